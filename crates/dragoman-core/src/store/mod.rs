//! The SQLite store. All of Dragoman's SQL lives in this module, one file per group of
//! tables (as `articles.rs`, `segments.rs` …), each with the `impl Store` block of its
//! table; [`Store`] itself, opening, pragmas and migrations are here.
//!
//! One file, WAL, foreign keys on, a busy timeout, `synchronous = FULL` (an edit that
//! returned is on disk). Pragmas are set outside the migration transaction; migrations are
//! embedded in the binary and applied together in one immediate transaction, tracked by
//! `PRAGMA user_version`. A database written by a newer Dragoman is refused before anything
//! is written to it.
//!
//! Every write whose outcome depends on what is read (a version check, a segment to split, a
//! glossary duplicate) reads inside its own immediate transaction ([`Store::write`]), so two
//! processes never interleave between the read and the write.
//!
//! No rusqlite type crosses this module's public surface: [`Store`]'s methods take and return
//! the domain types and [`crate::Error`], so another backend can sit behind the same calls.
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, ErrorCode, Transaction, TransactionBehavior};

use crate::error::{Error, Result};

mod article_rows;
mod articles;
pub mod backup;
mod drafts;
mod glossary;
mod memory;
mod qa;
mod segment_rows;
mod segment_writes;
mod segments;
mod settings;
mod spell;
mod xliff;
mod xliff_rows;

pub use memory::{Fill, Side, TermQuery, UnitImport};
pub use segments::FindHit;
pub use xliff::{XliffFile, XliffNewSegment, XliffSegment, XliffWrite};

/// The migrations, in order. Migration `i` (0-based) brings the schema to version `i + 1`.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_articles_segments.sql"),
    include_str!("../../migrations/0002_import_metadata_captions.sql"),
    include_str!("../../migrations/0003_history_drafts.sql"),
    include_str!("../../migrations/0004_glossary.sql"),
    include_str!("../../migrations/0005_spell_words.sql"),
    include_str!("../../migrations/0006_datelines_source_keys.sql"),
    include_str!("../../migrations/0007_memory.sql"),
    include_str!("../../migrations/0008_qa_ignored.sql"),
    include_str!("../../migrations/0009_xliff.sql"),
];

/// A step of a migration done in Rust, in the migration's transaction.
type MigrationStep = fn(&Transaction<'_>) -> Result<()>;

/// What a migration needs beyond its SQL (the normalisation lives in Rust): run right after
/// the script of migration `i` (0-based), in the same transaction.
const MIGRATION_STEPS: &[(usize, MigrationStep)] = &[(5, articles::fill_source_keys), (6, memory::fill_memory)];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// The environment variable that points Dragoman at another database file.
pub const DB_ENV: &str = "DRAGOMAN_DB";

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Opened read-only ([`Store::open_read_only`]): every write is refused by SQLite.
    read_only: bool,
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

/// The default database: `dragoman/dragoman.db` in the platform's per-user data directory
/// (`~/.local/share` on Linux).
pub fn default_path() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("dragoman").join("dragoman.db"))
}

/// `DRAGOMAN_DB` if set and not empty, else [`default_path`].
pub fn path_from_env() -> Option<PathBuf> {
    match std::env::var_os(DB_ENV) {
        Some(p) if !p.is_empty() => Some(PathBuf::from(p)),
        _ => default_path(),
    }
}

/// SQLite's errors reach the rest of Dragoman as [`Error::Storage`], their text kept for the
/// log; a damaged file and a database that may no longer be written are told apart, since
/// the user can act on them. (Open-time failures are told apart first, by [`classify`].)
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => Error::DbDamaged { detail: e.to_string() },
            // The file's permissions changed, the disk went read-only, the file was moved: not
            // damage (a store opened read-only says so itself, in `write`).
            Some(ErrorCode::ReadOnly) => Error::Unwritable { path: PathBuf::new(), detail: e.to_string() },
            _ => Error::Storage { detail: e.to_string() },
        }
    }
}

impl Store {
    /// Open (creating if needed) the database at `path`, and bring its schema up to date,
    /// after checking it and backing it up if its schema is older.
    ///
    /// The whole database is not checked here: SQLite's `quick_check` reads every page (a
    /// second for 70 MB), too long to wait for at every start. The app checks in the
    /// background as it starts ([`check_file`]) and holds imports and deletes until the check
    /// is done; the command line checks before a command that writes ([`Store::check`]).
    ///
    /// A file Dragoman may not write is refused before SQLite touches it: SQLite would open it
    /// read-only and leave a read-only `-shm` beside it, which would then block the database
    /// once it is writable again. A damaged file is refused with [`Error::DbDamaged`]; it can
    /// still be opened with [`Store::open_read_only`] to export what remains.
    pub fn open(path: &Path) -> Result<Store> {
        let unwritable = |detail: String| Error::Unwritable { path: path.to_owned(), detail };
        // SQLite reads these as an in-memory database (which keeps nothing) or a URI.
        let name = path.to_string_lossy();
        if name == ":memory:" || name.starts_with("file:") || name.is_empty() {
            return Err(Error::DbPathRefused { path: path.to_owned() });
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| unwritable(e.to_string()))?;
        }
        writable(path)?;
        let conn = Connection::open(path).map_err(|e| unwritable(e.to_string()))?;
        Self::init(conn, path.to_owned(), true)
    }

    /// Open an existing database to read only: nothing is created, migrated or written, and
    /// every write is refused ([`Error::DbReadOnly`]). For a damaged database, so that what
    /// can still be read can be exported. Its schema must be this build's.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let name = path.to_string_lossy();
        if name == ":memory:" || name.starts_with("file:") || name.is_empty() {
            return Err(Error::DbPathRefused { path: path.to_owned() });
        }
        if !path.is_file() {
            return Err(Error::NotAFile { path: path.to_owned() });
        }
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(e, path))?;
        let version = read_version(&conn, path)?;
        if version != SCHEMA_VERSION {
            let detail = format!("schema {version}, and a read-only database cannot be upgraded to {SCHEMA_VERSION}");
            return Err(if version > SCHEMA_VERSION {
                Error::NewerSchema { path: path.to_owned(), found: version, known: SCHEMA_VERSION }
            } else {
                Error::DbDamaged { detail }
            });
        }
        if let Some(detail) = foreign(&conn, version).map_err(|e| classify(e, path))? {
            return Err(Error::NotADatabase { path: path.to_owned(), detail });
        }
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "query_only", true)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        Ok(Store { conn, path: path.to_owned(), read_only: true })
    }

    /// A private in-memory database, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        Self::init(Connection::open_in_memory()?, PathBuf::from(":memory:"), false)
    }

    fn init(mut conn: Connection, path: PathBuf, on_disk: bool) -> Result<Store> {
        // Read the version before writing anything: this is also where a file that is not
        // a database shows itself.
        let version = read_version(&conn, &path)?;
        if version > SCHEMA_VERSION {
            return Err(Error::NewerSchema { path, found: version, known: SCHEMA_VERSION });
        }
        // Another application's database, opened by mistake, is left as it is: not given
        // Dragoman's tables, not switched to WAL.
        if let Some(detail) = foreign(&conn, version).map_err(|e| classify(e, &path))? {
            return Err(Error::NotADatabase { path, detail });
        }
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // Before the migrations change an existing database: checked (a damaged one is not
        // upgraded), and a copy kept as it was.
        if version > 0 && version < SCHEMA_VERSION {
            quick_check(&conn, &path)?;
            if on_disk {
                backup::backup_into_folder(&conn, &path, backup::BackupKind::BeforeUpgrade, now_ms())?;
            }
        }
        let pragma_err = |e: rusqlite::Error| classify(e, &path);
        conn.pragma_update(None, "journal_mode", "WAL").map_err(pragma_err)?;
        conn.pragma_update(None, "synchronous", "FULL").map_err(pragma_err)?;
        // Off while migrating (as SQLite's way of rebuilding a table asks: dropping the old
        // table must not cascade), checked before the migrations commit, then on for good.
        conn.pragma_update(None, "foreign_keys", false).map_err(pragma_err)?;
        migrate(&mut conn, &path)?;
        conn.pragma_update(None, "foreign_keys", true).map_err(pragma_err)?;
        Ok(Store { conn, path, read_only: false })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// SQLite's `quick_check` of the whole database: [`Error::DbDamaged`] if a page or record
    /// is broken. Before a bulk write (an import, a delete), which could spread the damage.
    pub fn check(&self) -> Result<()> {
        quick_check(&self.conn, &self.path)
    }

    /// Whether this store was opened read-only ([`Store::open_read_only`]).
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    pub fn schema_version(&self) -> Result<u32> {
        read_version(&self.conn, &self.path)
    }

    /// A write transaction, begun immediately (it takes the database's write lock before its
    /// first read, waiting for another writer up to the busy timeout): what it reads cannot
    /// change before it commits.
    fn write(&mut self) -> Result<Transaction<'_>> {
        if self.read_only {
            return Err(Error::DbReadOnly { detail: "the database is open read-only".into() });
        }
        Ok(self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
    }
}

fn read_version(conn: &Connection, path: &Path) -> Result<u32> {
    conn.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))
        .map(|v| v.max(0) as u32)
        .map_err(|e| classify(e, path))
}

/// [`Store::check`] through a read-only connection of its own, so that the app's other work
/// goes on meanwhile (WAL: it reads one snapshot).
pub fn check_file(path: &Path) -> Result<()> {
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(e, path))?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    let started = std::time::Instant::now();
    let checked = quick_check(&conn, path);
    tracing::info!(ms = started.elapsed().as_millis() as u64, ok = checked.is_ok(), "database checked");
    checked
}

/// SQLite's `quick_check`: every page and record well formed (not the indexes' content,
/// which `integrity_check` compares at many times the cost). The first problem is the detail.
fn quick_check(conn: &Connection, path: &Path) -> Result<()> {
    let first: String =
        conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0)).map_err(|e| match classify(e, path) {
            Error::NotADatabase { detail, .. } => Error::DbDamaged { detail },
            other => other,
        })?;
    if first != "ok" {
        tracing::error!(path = %path.display(), problem = %first, "the database is damaged");
        return Err(Error::DbDamaged { detail: first });
    }
    Ok(())
}

/// Refuse a database file (or its `-wal` and `-shm`) that exists and may not be written,
/// before SQLite opens it read-only and leaves a read-only `-shm` behind.
///
/// Asked with `access(2)`, never by opening the file: closing any descriptor of a file drops
/// every POSIX lock the process holds on it, SQLite's included, and this runs while the app
/// has the database open (a restore reopens it).
pub(crate) fn writable(path: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let file = Path::new(&name);
        if file.is_file() && !may_write(file) {
            let detail = format!("{}: may not be written", file.display());
            return Err(Error::Unwritable { path: path.to_owned(), detail });
        }
    }
    Ok(())
}

#[cfg(unix)]
fn may_write(file: &Path) -> bool {
    rustix::fs::access(file, rustix::fs::Access::WRITE_OK).is_ok()
}

#[cfg(not(unix))]
fn may_write(file: &Path) -> bool {
    std::fs::metadata(file).map(|m| !m.permissions().readonly()).unwrap_or(true)
}

/// What marks a Dragoman database (`PRAGMA application_id`, in the file's header): "Drgm".
pub const APPLICATION_ID: i32 = 0x4472_676D;

/// Why a database is not Dragoman's, if it is not: it carries another application's id, or it
/// holds tables but none of Dragoman's (an older Dragoman's file has no id yet but has
/// `articles`). An empty file is Dragoman's to make.
fn foreign(conn: &Connection, version: u32) -> rusqlite::Result<Option<String>> {
    let id: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    if id != 0 && id != i64::from(APPLICATION_ID) {
        return Ok(Some(format!("another application's database (application_id {id:#x})")));
    }
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    let ours: i64 =
        conn.query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'articles'", [], |r| {
            r.get(0)
        })?;
    if id == 0 && tables > 0 && (version == 0 || ours == 0) {
        return Ok(Some("a database with tables of another application".into()));
    }
    Ok(None)
}

/// Map SQLite's open-time failures to the errors a user can act on.
fn classify(e: rusqlite::Error, path: &Path) -> Error {
    let path = path.to_owned();
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => Error::NotADatabase { path, detail: e.to_string() },
        Some(ErrorCode::DatabaseCorrupt) => Error::DbDamaged { detail: e.to_string() },
        Some(ErrorCode::CannotOpen | ErrorCode::ReadOnly | ErrorCode::PermissionDenied) => {
            Error::Unwritable { path, detail: e.to_string() }
        }
        _ => Error::from(e),
    }
}

fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(|e| classify(e, path))?;
    // Re-read inside the transaction: another process may have migrated meanwhile.
    let version = read_version(&tx, path)?;
    if version > SCHEMA_VERSION {
        return Err(Error::NewerSchema { path: path.to_owned(), found: version, known: SCHEMA_VERSION });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        tracing::info!(to = i + 1, "applying migration");
        tx.execute_batch(sql)?;
        for (_, step) in MIGRATION_STEPS.iter().filter(|(at, _)| *at == i) {
            step(&tx)?;
        }
    }
    let id: i64 = tx.pragma_query_value(None, "application_id", |r| r.get(0))?;
    if id != i64::from(APPLICATION_ID) {
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    }
    if version < SCHEMA_VERSION {
        // Every reference still holds after the tables were rebuilt.
        let broken: i64 = tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))?;
        if broken > 0 {
            return Err(Error::Storage { detail: format!("{broken} broken references after migrating") });
        }
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    }
    tx.commit().map_err(|e| classify(e, path))?;
    Ok(())
}

/// `('a', 'b')`: the statuses for which `pred` holds, as an SQL list for `IN`, so that the
/// aggregates count by the rules of [`crate::status`] instead of restating them.
fn status_list(pred: fn(crate::SegmentStatus) -> bool) -> String {
    let names: Vec<String> =
        crate::SegmentStatus::ALL.iter().filter(|s| pred(**s)).map(|s| format!("'{}'", s.as_str())).collect();
    format!("({})", names.join(", "))
}
