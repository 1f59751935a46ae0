use std::path::PathBuf;
use std::sync::Mutex;

use dragoman_core::names::glossary::{Compiled, StoredEntry};
use dragoman_core::Store;

use crate::error::IpcError;
use crate::spell::SpellState;

/// The shell's state: the store, or the reason it could not be opened. The window starts
/// either way, so that it can tell the user what went wrong in their language. A damaged
/// database is open read-only, with the damage kept to tell the user; a restore replaces
/// the store in place.
pub struct AppState {
    pub db_path: PathBuf,
    store: Mutex<Result<Store, IpcError>>,
    /// Why the store is open read-only (the database is damaged), if it is.
    damaged: Mutex<Option<IpcError>>,
    /// Whether the check at start ([`AppState::check_integrity`]) is done; held while it
    /// runs, so that imports and deletes wait for it ([`AppState::wait_checked`]).
    checked: Mutex<bool>,
    /// The glossary compiled for matching, with the store's glossary revision it reflects.
    /// Built on first use, updated entry by entry by this window's edits, rebuilt when
    /// another process changed the glossary. Locked after the store, never before.
    glossary: Mutex<Option<(i64, Compiled)>>,
    /// The spell check's dictionaries and the glossary's English words.
    pub spell: SpellState,
    /// The import preview in flight: its progress, and its stop.
    pub import_work: Mutex<Option<std::sync::Arc<dragoman_core::import::work::Work>>>,
    /// The QA checks' issues of each segment by its own checks, kept between runs. Locked
    /// after the store and the glossary.
    pub qa: Mutex<dragoman_core::qa::run::Cache>,
    /// The files the translator chose this session (dialogs, drops): the only paths the
    /// commands read or write.
    pub chosen: crate::chosen::Chosen,
}

/// What a glossary edit did, for updating the compiled glossary.
pub enum GlossaryChange {
    Upsert(Vec<StoredEntry>),
    Remove(i64),
}

impl AppState {
    pub fn open(db_path: PathBuf) -> AppState {
        let (store, damaged) = open_store(&db_path);
        AppState {
            db_path,
            store: Mutex::new(store),
            damaged: Mutex::new(damaged),
            checked: Mutex::new(false),
            glossary: Mutex::new(None),
            spell: SpellState::default(),
            qa: Mutex::new(dragoman_core::qa::run::Cache::new()),
            import_work: Mutex::new(None),
            chosen: Default::default(),
        }
    }

    /// Why the database could not be opened, if it could not.
    pub fn open_error(&self) -> Option<IpcError> {
        match self.store.lock() {
            Ok(store) => store.as_ref().err().cloned(),
            Err(_) => Some(IpcError::internal("store lock poisoned")),
        }
    }

    /// Why the database is open read-only (it is damaged), if it is.
    pub fn damaged(&self) -> Option<IpcError> {
        self.damaged.lock().ok().and_then(|d| d.clone())
    }

    /// Check the whole database (SQLite's `quick_check`, on a connection of its own, so the
    /// window works meanwhile), once: the first caller checks, a caller meanwhile waits for
    /// it. A damaged database is then reopened read-only, so that nothing spreads the damage
    /// and what remains can be exported. Returns the damage, if any, for the window to show.
    /// Run in the background as the app starts.
    pub fn check_integrity(&self) -> Option<IpcError> {
        let Ok(mut done) = self.checked.lock() else { return self.damaged() };
        if *done {
            return self.damaged();
        }
        if self.open_error().is_none() && self.damaged().is_none() {
            match dragoman_core::store::check_file(&self.db_path) {
                Err(e @ dragoman_core::Error::DbDamaged { .. }) => {
                    tracing::error!(error = %e, "the database is damaged: reopening it read-only");
                    let damage = IpcError::from(e);
                    if let Ok(mut store) = self.store.lock() {
                        *store = dragoman_core::Store::open_read_only(&self.db_path).map_err(|_| damage.clone());
                    }
                    if let Ok(mut d) = self.damaged.lock() {
                        *d = Some(damage);
                    }
                }
                Err(e) => tracing::warn!(error = %e, "cannot check the database"),
                Ok(()) => {}
            }
        }
        *done = true;
        self.damaged()
    }

    /// The check at start done (waiting for it, or doing it); the damage, if it found any.
    /// Before an import or a delete, which must not write to a damaged database.
    pub fn wait_checked(&self) -> Result<(), IpcError> {
        match self.check_integrity() {
            Some(damage) => Err(damage),
            None => Ok(()),
        }
    }

    /// Replace the database with the backup at `src` (the current one is kept aside first),
    /// and go on with the restored one: the store is reopened, and what was computed from the
    /// old one (the compiled glossary, the checks) is dropped. A damaged database, open
    /// read-only or not open at all, is restored through its file.
    pub fn restore(&self, src: &std::path::Path) -> Result<dragoman_core::store::backup::BackupInfo, IpcError> {
        use dragoman_core::store::backup;
        // The check at start is done first (or waited for): its verdict on the old database
        // must not fall on the restored one. The restored content was checked by the restore.
        let mut checked = self.checked.lock().map_err(|_| IpcError::internal("check lock poisoned"))?;
        let mut store = self.store.lock().map_err(|_| IpcError::internal("store lock poisoned"))?;
        let aside = match store.as_mut() {
            Ok(s) if !s.is_read_only() => s.restore_from(src)?,
            _ => {
                // Through the file: the read-only connection goes first.
                *store = Err(IpcError::internal("restoring"));
                let restored = backup::restore_file(&self.db_path, src);
                if restored.is_err() {
                    *store = open_store(&self.db_path).0;
                }
                restored?
            }
        };
        *checked = true;
        let (reopened, damaged) = open_store(&self.db_path);
        *store = reopened;
        if let Ok(mut d) = self.damaged.lock() {
            *d = damaged;
        }
        if let Ok(mut g) = self.glossary.lock() {
            *g = None;
        }
        if let Ok(mut qa) = self.qa.lock() {
            *qa = dragoman_core::qa::run::Cache::new();
        }
        self.spell.forget_glossary();
        Ok(aside)
    }

    /// Run `f` with the compiled glossary, brought up to date first. Only the glossary's
    /// lock is held while `f` runs: saving edits does not wait for the matching. A stale
    /// glossary is compiled with only the reading of its rows under the store's lock.
    pub fn with_compiled<T>(&self, f: impl FnOnce(&Compiled) -> T) -> Result<T, IpcError> {
        let poisoned = || IpcError::from(dragoman_core::Error::Invalid("glossary lock poisoned".into()));
        let rev = self.with_store(|s| s.glossary_rev())?;
        let fresh = self.glossary.lock().map_err(|_| poisoned())?.as_ref().is_some_and(|(r, _)| *r == rev);
        if !fresh {
            let (rev, entries) = self.with_store(|s| Ok((s.glossary_rev()?, s.glossary_entries()?)))?;
            let started = std::time::Instant::now();
            let compiled = Compiled::new(entries);
            tracing::info!(entries = compiled.len(), ms = started.elapsed().as_millis() as u64, "glossary compiled");
            *self.glossary.lock().map_err(|_| poisoned())? = Some((rev, compiled));
        }
        let cache = self.glossary.lock().map_err(|_| poisoned())?;
        let (_, compiled) = cache.as_ref().expect("filled above");
        Ok(f(compiled))
    }

    /// Run a glossary edit `f` and bring the compiled glossary along without rebuilding it
    /// (unless someone else changed the glossary meanwhile: then it is dropped and rebuilt
    /// on next use).
    pub fn edit_glossary<T>(
        &self,
        f: impl FnOnce(&mut Store) -> dragoman_core::Result<(T, GlossaryChange)>,
    ) -> Result<T, IpcError> {
        self.with_store(|store| {
            let before = store.glossary_rev()?;
            let (out, change) = f(store)?;
            let after = store.glossary_rev()?;
            let mut cache =
                self.glossary.lock().map_err(|_| dragoman_core::Error::Invalid("glossary lock poisoned".into()))?;
            match cache.as_mut() {
                // Only this edit happened since the cache was made: apply it. If another
                // process changed the glossary before or after it, recompile on next use.
                Some((rev, compiled)) if *rev == before && after == before + 1 => {
                    match change {
                        GlossaryChange::Upsert(entries) => entries.into_iter().for_each(|e| compiled.upsert(e)),
                        GlossaryChange::Remove(id) => compiled.remove(id),
                    }
                    *rev = after;
                }
                _ => *cache = None,
            }
            Ok(out)
        })
    }

    /// Run `f` with the store and the compiled glossary together (the memory's matches read
    /// units and names at once). The glossary is brought up to date first as
    /// [`AppState::with_compiled`] does, so that compiling does not hold the store; then the
    /// store is locked, and the glossary after it (the one order of the two locks).
    pub fn with_store_and_compiled<T>(
        &self,
        f: impl FnOnce(&mut Store, &Compiled) -> dragoman_core::Result<T>,
    ) -> Result<T, IpcError> {
        self.with_compiled(|_| ())?;
        self.with_store(|store| {
            let poisoned = || dragoman_core::Error::Invalid("glossary lock poisoned".into());
            let rev = store.glossary_rev()?;
            let mut cache = self.glossary.lock().map_err(|_| poisoned())?;
            if cache.as_ref().is_none_or(|(r, _)| *r != rev) {
                // Changed by another process in between: compile now, under both locks.
                *cache = Some((rev, Compiled::new(store.glossary_entries()?)));
            }
            let (_, compiled) = cache.as_ref().expect("filled above");
            f(store, compiled)
        })
    }

    /// Run `f` with the store; every command goes through here.
    pub fn with_store<T>(&self, f: impl FnOnce(&mut Store) -> dragoman_core::Result<T>) -> Result<T, IpcError> {
        let mut guard = self.store.lock().map_err(|_| IpcError::internal("store lock poisoned"))?;
        let store = guard.as_mut().map_err(|e| e.clone())?;
        let read_only = store.is_read_only();
        f(store).map_err(|e| {
            // A damaged database open read-only: any refused write says why.
            let e = match e {
                dragoman_core::Error::Unwritable { detail, .. } if read_only => {
                    dragoman_core::Error::DbReadOnly { detail }
                }
                e => e,
            };
            tracing::warn!(error = %e, kind = e.kind().as_str(), "command failed");
            IpcError::from(e)
        })
    }
}

/// Open the store at `db_path`; a damaged database read-only, with the damage as the second
/// value.
fn open_store(db_path: &std::path::Path) -> (Result<Store, IpcError>, Option<IpcError>) {
    match Store::open(db_path) {
        Ok(store) => {
            tracing::info!(path = %db_path.display(), "database open");
            (Ok(store), None)
        }
        Err(e @ dragoman_core::Error::DbDamaged { .. }) => {
            tracing::error!(path = %db_path.display(), error = %e, "the database is damaged: opening it read-only");
            let damage = IpcError::from(e);
            match Store::open_read_only(db_path) {
                Ok(store) => (Ok(store), Some(damage)),
                Err(e) => {
                    tracing::error!(error = %e, "cannot open the damaged database even to read");
                    (Err(damage), None)
                }
            }
        }
        Err(e) => {
            tracing::error!(path = %db_path.display(), error = %e, "cannot open the database");
            (Err(IpcError::from(e)), None)
        }
    }
}
