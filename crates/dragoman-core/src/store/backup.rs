//! Backups, with SQLite's online backup: the database is copied page by page from a
//! connection that reads one consistent snapshot, while the app goes on writing (WAL).
//!
//! Backups live in `backups/` beside the database, one self-contained file each (rollback
//! journal, no `-wal` beside it), named `dragoman-<UTC time>-<kind>.db`:
//! - `before-upgrade`: made before migrations change the schema ([`Store::open`]);
//! - `daily`: made once a day while Dragoman is in use ([`daily_if_due`]), if the database
//!   passes the check (a damaged one would push the sound backups out of the week);
//! - `before-restore`: the current database, kept aside before a restore;
//! - `manual`: asked for (`dragoman backup` without a file).
//!
//! A week of them is kept; the newest one is never removed. A file is restored only if it
//! is a Dragoman database (its `application_id`, or an older Dragoman's tables), not newer
//! than this build, and passes SQLite's `quick_check`.
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use super::{foreign, migrate, read_version, Store, SCHEMA_VERSION};
use crate::error::{Error, Result};

/// Between two steps of a backup that found the database busy (another writer).
const PAUSE: Duration = Duration::from_millis(20);
/// How many of the newest backups are kept whatever their age (a clock set wrong, a desk
/// left for a month).
const KEEP_AT_LEAST: usize = 3;

/// How long backups are kept.
pub const KEEP_MS: i64 = 7 * DAY_MS;
/// How often a daily backup is made.
pub const DAY_MS: i64 = 24 * 60 * 60 * 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum BackupKind {
    Daily,
    BeforeUpgrade,
    BeforeRestore,
    Manual,
}

impl BackupKind {
    pub const ALL: [BackupKind; 4] =
        [BackupKind::Daily, BackupKind::BeforeUpgrade, BackupKind::BeforeRestore, BackupKind::Manual];

    pub fn as_str(self) -> &'static str {
        match self {
            BackupKind::Daily => "daily",
            BackupKind::BeforeUpgrade => "before-upgrade",
            BackupKind::BeforeRestore => "before-restore",
            BackupKind::Manual => "manual",
        }
    }
}

/// One backup in the backups folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    /// The file's name in the backups folder (what the app asks to restore).
    pub name: String,
    #[serde(skip)]
    pub path: PathBuf,
    pub kind: BackupKind,
    /// When it was made, in milliseconds since the epoch (UTC, from its name).
    #[ts(type = "number")]
    pub created_ms: i64,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// `backups/` beside the database.
pub fn backups_dir(db: &Path) -> PathBuf {
    db.parent().map(|p| p.join("backups")).unwrap_or_else(|| PathBuf::from("backups"))
}

/// `dragoman-2026-12-02T153000.123Z-daily.db`
fn file_name(kind: BackupKind, ms: i64) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    format!(
        "dragoman-{:04}-{:02}-{:02}T{:02}{:02}{:02}.{:03}Z-{}.db",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.millisecond(),
        kind.as_str()
    )
}

/// The kind and time of a backup from its file name; `None` for any other file.
fn parse_name(name: &str) -> Option<(BackupKind, i64)> {
    let rest = name.strip_prefix("dragoman-")?.strip_suffix(".db")?;
    let (stamp, kind) = rest.split_once("Z-")?;
    let kind = BackupKind::ALL.into_iter().find(|k| k.as_str() == kind)?;
    let (date, clock) = stamp.split_once('T')?;
    let mut d = date.split('-').map(|p| p.parse::<i32>().ok());
    let (year, month, day) = (d.next()??, d.next()??, d.next()??);
    let (hms, milli) = clock.split_once('.')?;
    if hms.len() != 6 || milli.len() != 3 {
        return None;
    }
    let num = |s: &str| s.parse::<u8>().ok();
    let month = time::Month::try_from(u8::try_from(month).ok()?).ok()?;
    let date = time::Date::from_calendar_date(year, month, u8::try_from(day).ok()?).ok()?;
    let t = date.with_hms_milli(num(&hms[0..2])?, num(&hms[2..4])?, num(&hms[4..6])?, milli.parse().ok()?).ok()?;
    let ms = t.assume_utc().unix_timestamp_nanos() / 1_000_000;
    Some((kind, i64::try_from(ms).ok()?))
}

/// The backups of the database at `db`, newest first.
pub fn list(db: &Path) -> Result<Vec<BackupInfo>> {
    let dir = backups_dir(db);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(Error::Io { path: dir, source }),
    };
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((kind, created_ms)) = parse_name(&name) else { continue };
        let Ok(meta) = entry.metadata() else { continue };
        if meta.is_file() {
            found.push(BackupInfo { name, path: entry.path(), kind, created_ms, bytes: meta.len() });
        }
    }
    found.sort_by(|a, b| b.created_ms.cmp(&a.created_ms).then(b.name.cmp(&a.name)));
    Ok(found)
}

/// The backup called `name` in the backups folder of `db` (only a name [`list`] gives).
pub fn find(db: &Path, name: &str) -> Result<BackupInfo> {
    list(db)?.into_iter().find(|b| b.name == name).ok_or_else(|| Error::Invalid(format!("no backup named {name:?}")))
}

/// Copy the database `src` reads into a new file at `dest`, replacing it at once when the
/// copy is complete (a temporary file beside it, synced, then renamed): a crash midway
/// leaves no half backup under the name.
fn copy(src: &Connection, dest: &Path) -> Result<()> {
    let write = |source: std::io::Error| Error::Write { path: dest.to_owned(), source };
    let dir = dest.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(write)?;
    if let Ok(meta) = std::fs::symlink_metadata(dest) {
        if !meta.is_file() {
            return Err(Error::NotAFile { path: dest.to_owned() });
        }
    }
    let tmp = tempfile::Builder::new().prefix(".dragoman-backup-").suffix(".tmp").tempfile_in(dir).map_err(write)?;
    {
        let mut out = Connection::open(tmp.path()).map_err(|e| storage_write(dest, e))?;
        Backup::new(src, &mut out)
            .and_then(|b| b.run_to_completion(1024, PAUSE, None))
            .map_err(|e| storage_write(dest, e))?;
        // One file, readable alone: the copy carries the source's WAL mark.
        out.pragma_update(None, "journal_mode", "DELETE").map_err(|e| storage_write(dest, e))?;
        out.close().map_err(|(_, e)| storage_write(dest, e))?;
    }
    tmp.as_file().sync_all().map_err(write)?;
    tmp.persist(dest).map_err(|e| write(e.error))?;
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

fn storage_write(dest: &Path, e: rusqlite::Error) -> Error {
    Error::Write { path: dest.to_owned(), source: std::io::Error::other(e.to_string()) }
}

/// A backup of `conn`'s database (at `db`) into its backups folder.
pub(super) fn backup_into_folder(conn: &Connection, db: &Path, kind: BackupKind, now_ms: i64) -> Result<BackupInfo> {
    let dir = backups_dir(db);
    let mut ms = now_ms;
    // Two backups in one millisecond get distinct names.
    while dir.join(file_name(kind, ms)).exists() {
        ms += 1;
    }
    let path = dir.join(file_name(kind, ms));
    copy(conn, &path)?;
    let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    tracing::info!(path = %path.display(), kind = kind.as_str(), bytes, "database backed up");
    Ok(BackupInfo {
        name: path.file_name().unwrap_or_default().to_string_lossy().into_owned(),
        path,
        kind,
        created_ms: ms,
        bytes,
    })
}

/// Remove the backups older than a week, keeping the three newest whatever their age.
pub fn prune(db: &Path, now_ms: i64) -> Result<Vec<BackupInfo>> {
    let mut removed = Vec::new();
    for b in list(db)?.into_iter().skip(KEEP_AT_LEAST) {
        if now_ms - b.created_ms > KEEP_MS {
            match std::fs::remove_file(&b.path) {
                Ok(()) => removed.push(b),
                Err(e) => tracing::warn!(path = %b.path.display(), error = %e, "cannot remove an old backup"),
            }
        }
    }
    Ok(removed)
}

/// Open `path` to read only, never creating it and never writing to it.
fn open_read_only(path: &Path) -> Result<Connection> {
    if !path.is_file() {
        return Err(Error::NotAFile { path: path.to_owned() });
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| super::classify(e, path))?;
    conn.busy_timeout(Duration::from_secs(5))?;
    Ok(conn)
}

/// Once a day while Dragoman is in use: a backup of the database at `db` if the newest
/// backup is a day old or more (or there is none), then the old ones pruned. Reads through a
/// connection of its own, so the app's writes do not wait for it.
pub fn daily_if_due(db: &Path, now_ms: i64) -> Result<Option<BackupInfo>> {
    // The newest backup not dated in the future (a clock once set ahead must not make one
    // due every hour).
    let newest = list(db)?.into_iter().find(|b| b.created_ms <= now_ms);
    if newest.is_some_and(|b| now_ms - b.created_ms < DAY_MS) {
        return Ok(None);
    }
    let conn = open_read_only(db)?;
    // A damaged database is not backed up, and the sound backups it would push out of the
    // week are kept.
    super::quick_check(&conn, db)?;
    let made = backup_into_folder(&conn, db, BackupKind::Daily, now_ms)?;
    prune(db, now_ms)?;
    Ok(Some(made))
}

/// Why `path` may not be restored, if it may not: it is not a Dragoman database, it was
/// written by a newer Dragoman, or it is damaged. Nothing is written to it.
pub fn check_restorable(path: &Path) -> Result<u32> {
    let conn = open_read_only(path)?;
    let version = read_version(&conn, path)?;
    if version > SCHEMA_VERSION {
        return Err(Error::NewerSchema { path: path.to_owned(), found: version, known: SCHEMA_VERSION });
    }
    let not_ours = |detail: String| Error::NotADatabase { path: path.to_owned(), detail };
    if let Some(detail) = foreign(&conn, version).map_err(|e| super::classify(e, path))? {
        return Err(not_ours(detail));
    }
    if version == 0 {
        return Err(not_ours("an empty database".into()));
    }
    super::quick_check(&conn, path)?;
    Ok(version)
}

/// Whether `dest` names the database at `db` itself or one of its companion files (its
/// WAL, its shared memory, its journal): a backup renamed over it would lose the live data.
fn is_the_database(dest: &Path, db: &Path) -> bool {
    let resolve = |p: &Path| -> Option<PathBuf> {
        let parent = p.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        Some(std::fs::canonicalize(parent).ok()?.join(p.file_name()?))
    };
    let (Some(dest), Some(db)) = (resolve(dest), resolve(db)) else { return false };
    ["", "-wal", "-shm", "-journal"].iter().any(|suffix| {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        let companion = PathBuf::from(name);
        dest == companion || std::fs::canonicalize(&dest).ok().is_some_and(|d| d == companion)
    })
}

impl Store {
    /// A backup of this database into `dest` (replaced once the copy is complete). Refused
    /// when `dest` is the database itself or one of its companion files, and when the
    /// database is damaged (a good backup there must not be replaced by a damaged one).
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        if is_the_database(dest, &self.path) {
            return Err(Error::Invalid(format!("{} is the database itself", dest.display())));
        }
        super::quick_check(&self.conn, &self.path)?;
        copy(&self.conn, dest)
    }

    /// A backup of this database into its backups folder. One asked for (`Manual`) is of a
    /// sound database only; one kept aside before a restore is of whatever is there.
    pub fn backup_now(&self, kind: BackupKind) -> Result<BackupInfo> {
        if kind == BackupKind::Manual {
            super::quick_check(&self.conn, &self.path)?;
        }
        backup_into_folder(&self.conn, &self.path, kind, super::now_ms())
    }

    /// Replace this database's content with the backup at `src`, after checking it
    /// ([`check_restorable`]) and keeping the current content as a `before-restore` backup.
    /// An older backup is brought up to this build's schema. Returns the backup of what was
    /// replaced.
    pub fn restore_from(&mut self, src: &Path) -> Result<BackupInfo> {
        if self.read_only {
            return Err(Error::DbReadOnly { detail: "opened read-only".into() });
        }
        restore_into(&mut self.conn, &self.path, src)
    }
}

/// Restore the backup at `src` into the database at `db`, which may be damaged (a damaged
/// database cannot be opened as a [`Store`], and a restore is what it needs): the file is
/// opened without the check at open, but only if it is Dragoman's. What it holds is kept
/// aside first, as a `before-restore` backup (the pages as they are, damage and all). A file
/// SQLite cannot read at all (its first page broken) is copied aside byte for byte and
/// replaced whole; another application's database is refused. No connection to `db` may be
/// open.
pub fn restore_file(db: &Path, src: &Path) -> Result<BackupInfo> {
    check_restorable(src)?;
    super::writable(db)?;
    let mut conn = Connection::open(db).map_err(|e| super::classify(e, db))?;
    conn.busy_timeout(Duration::from_secs(5))?;
    // Unreadable as a database (not another application's readable one): replaced whole.
    let unreadable = |e: &Error| matches!(e, Error::NotADatabase { .. } | Error::DbDamaged { .. });
    let version = match read_version(&conn, db) {
        Ok(version) => version,
        Err(e) if unreadable(&e) => {
            drop(conn);
            return replace_whole(db, src);
        }
        Err(e) => return Err(e),
    };
    if version > SCHEMA_VERSION {
        return Err(Error::NewerSchema { path: db.to_owned(), found: version, known: SCHEMA_VERSION });
    }
    match foreign(&conn, version).map_err(|e| super::classify(e, db)) {
        Ok(None) => {}
        Ok(Some(detail)) => return Err(Error::NotADatabase { path: db.to_owned(), detail }),
        Err(e) if unreadable(&e) => {
            drop(conn);
            return replace_whole(db, src);
        }
        Err(e) => return Err(e),
    }
    conn.pragma_update(None, "journal_mode", "WAL").map_err(|e| super::classify(e, db))?;
    conn.pragma_update(None, "synchronous", "FULL").map_err(|e| super::classify(e, db))?;
    restore_into(&mut conn, db, src)
}

/// A database SQLite cannot read: its bytes copied aside (as a `before-restore` backup), then
/// the backup written beside it and renamed over it; its WAL and shared memory removed.
fn replace_whole(db: &Path, src: &Path) -> Result<BackupInfo> {
    let dir = backups_dir(db);
    std::fs::create_dir_all(&dir).map_err(|source| Error::Write { path: dir.clone(), source })?;
    let mut ms = super::now_ms();
    while dir.join(file_name(BackupKind::BeforeRestore, ms)).exists() {
        ms += 1;
    }
    let aside = dir.join(file_name(BackupKind::BeforeRestore, ms));
    std::fs::copy(db, &aside).map_err(|source| Error::Write { path: aside.clone(), source })?;
    let from = open_read_only(src)?;
    copy(&from, db)?;
    drop(from);
    for suffix in ["-wal", "-shm"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
    tracing::info!(from = %src.display(), aside = %aside.display(), "unreadable database replaced whole");
    let bytes = std::fs::metadata(&aside).map(|m| m.len()).unwrap_or(0);
    let name = aside.file_name().unwrap_or_default().to_string_lossy().into_owned();
    Ok(BackupInfo { name, path: aside, kind: BackupKind::BeforeRestore, created_ms: ms, bytes })
}

/// The backup's pages copied into `conn`'s database, then the schema brought up to date; if
/// the upgrade fails, the content kept aside is put back, so that a restore either happens
/// whole or not at all.
fn restore_into(conn: &mut Connection, db: &Path, src: &Path) -> Result<BackupInfo> {
    check_restorable(src)?;
    let aside = backup_into_folder(conn, db, BackupKind::BeforeRestore, super::now_ms())?;
    pages_from(conn, db, src)?;
    conn.pragma_update(None, "foreign_keys", false)?;
    let migrated = migrate(conn, db);
    conn.pragma_update(None, "foreign_keys", true)?;
    if let Err(e) = migrated {
        tracing::error!(error = %e, "the restored backup cannot be upgraded: putting the database back as it was");
        pages_from(conn, db, &aside.path)?;
        return Err(e);
    }
    tracing::info!(from = %src.display(), aside = %aside.path.display(), "database restored");
    Ok(aside)
}

/// Every page of the database at `src` copied into `conn`'s (SQLite's backup, in reverse).
fn pages_from(conn: &mut Connection, db: &Path, src: &Path) -> Result<()> {
    let from = open_read_only(src)?;
    Backup::new(&from, conn).and_then(|b| b.run_to_completion(1024, PAUSE, None)).map_err(|e| super::classify(e, db))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_their_kind_and_time_and_nothing_else_is_a_backup() {
        let ms = 1_796_225_400_123; // 2026-12-02T15:30:00.123Z
        for kind in BackupKind::ALL {
            let name = file_name(kind, ms);
            assert_eq!(parse_name(&name), Some((kind, ms)), "{name}");
        }
        assert_eq!(file_name(BackupKind::Daily, ms), "dragoman-2026-12-02T153000.123Z-daily.db");
        for other in ["dragoman.db", "dragoman-2026-12-02T153000.123Z-weekly.db", "notes.txt", "dragoman-x.db"] {
            assert_eq!(parse_name(other), None, "{other}");
        }
    }
}
