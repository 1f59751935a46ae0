//! The SQLite store. All of Dragoman's SQL lives in this module.
//!
//! One file, WAL, foreign keys on, a busy timeout, `synchronous = FULL` (an edit that
//! returned is on disk). Pragmas are set outside the migration transaction; migrations are
//! embedded in the binary and applied together in one immediate transaction, tracked by
//! `PRAGMA user_version`. A database written by a newer Dragoman is refused before anything
//! is written to it.
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::{params, Connection, ErrorCode, OptionalExtension, Row, TransactionBehavior};

use crate::error::{Error, Result};
use crate::model::{
    Article, ArticleSummary, NewArticle, Segment, SegmentKind, SegmentStatus, WorkflowStatus,
};

/// The migrations, in order. Migration `i` (0-based) brings the schema to version `i + 1`.
const MIGRATIONS: &[&str] = &[include_str!("../migrations/0001_articles_segments.sql")];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// The environment variable that points Dragoman at another database file.
pub const DB_ENV: &str = "DRAGOMAN_DB";

pub struct Store {
    conn: Connection,
    path: PathBuf,
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

impl Store {
    /// Open (creating if needed) the database at `path` and bring its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let unwritable = |detail: String| Error::Unwritable { path: path.to_owned(), detail };
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| unwritable(e.to_string()))?;
        }
        let conn = Connection::open(path).map_err(|e| unwritable(e.to_string()))?;
        Self::init(conn, path.to_owned())
    }

    /// A private in-memory database, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        Self::init(Connection::open_in_memory()?, PathBuf::from(":memory:"))
    }

    fn init(mut conn: Connection, path: PathBuf) -> Result<Store> {
        // Read the version before writing anything: this is also where a file that is not
        // a database shows itself.
        let version = read_version(&conn, &path)?;
        if version > SCHEMA_VERSION {
            return Err(Error::NewerSchema { path, found: version, known: SCHEMA_VERSION });
        }
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let pragma_err = |e: rusqlite::Error| classify(e, &path);
        conn.pragma_update(None, "journal_mode", "WAL").map_err(pragma_err)?;
        conn.pragma_update(None, "synchronous", "FULL").map_err(pragma_err)?;
        conn.pragma_update(None, "foreign_keys", true).map_err(pragma_err)?;
        migrate(&mut conn, &path)?;
        Ok(Store { conn, path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn schema_version(&self) -> Result<u32> {
        read_version(&self.conn, &self.path)
    }

    // ---- articles -------------------------------------------------------------------

    /// All articles, most recently changed first, with their progress.
    pub fn list_articles(&self) -> Result<Vec<ArticleSummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.title, a.source_lang, a.target_lang, a.origin, a.author,
                    a.created_at, a.updated_at, a.status,
                    COUNT(s.id) FILTER (WHERE s.status <> 'excluded'),
                    COUNT(s.id) FILTER (WHERE s.status IN ('draft', 'translated', 'reviewed'))
             FROM articles a LEFT JOIN segments s ON s.article_id = a.id
             GROUP BY a.id
             ORDER BY a.updated_at DESC, a.id DESC",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(ArticleSummary {
                article: article_from_row(row)?,
                segment_count: row.get(9)?,
                translated_count: row.get(10)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn article(&self, id: i64) -> Result<Article> {
        self.conn
            .prepare_cached(
                "SELECT id, title, source_lang, target_lang, origin, author, created_at,
                        updated_at, status
                 FROM articles WHERE id = ?1",
            )?
            .query_row([id], article_from_row)
            .optional()?
            .ok_or(Error::ArticleNotFound(id))
    }

    /// Store a new article and its segments in one transaction.
    pub fn create_article(&mut self, new: &NewArticle) -> Result<Article> {
        if new.segments.is_empty() {
            return Err(Error::EmptyText);
        }
        if new.title.trim().is_empty() {
            return Err(Error::Invalid("empty title".into()));
        }
        let now = now_ms();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO articles (title, source_lang, target_lang, origin, author,
                                   created_at, updated_at, status)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, 'to-translate')",
            params![new.title, new.source_lang, new.target_lang, new.origin, new.author, now],
        )?;
        let id = tx.last_insert_rowid();
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO segments (article_id, position, kind, paragraph, source, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for (position, seg) in new.segments.iter().enumerate() {
                insert.execute(params![
                    id,
                    position as i64,
                    seg.kind.as_str(),
                    seg.paragraph,
                    seg.source,
                    now
                ])?;
            }
        }
        tx.commit()?;
        self.article(id)
    }

    /// Delete an article with its segments.
    pub fn delete_article(&mut self, id: i64) -> Result<()> {
        let n = self.conn.execute("DELETE FROM articles WHERE id = ?1", [id])?;
        if n == 0 {
            return Err(Error::ArticleNotFound(id));
        }
        Ok(())
    }

    // ---- segments -------------------------------------------------------------------

    /// The segments of an article, in order.
    pub fn segments(&self, article_id: i64) -> Result<Vec<Segment>> {
        self.article(article_id)?; // not found is an error, not an empty list
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, article_id, position, kind, paragraph, source, target, status, updated_at
             FROM segments WHERE article_id = ?1 ORDER BY position",
        )?;
        let rows = stmt.query_map([article_id], segment_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn segment(&self, id: i64) -> Result<Segment> {
        self.conn
            .prepare_cached(
                "SELECT id, article_id, position, kind, paragraph, source, target, status,
                        updated_at
                 FROM segments WHERE id = ?1",
            )?
            .query_row([id], segment_from_row)
            .optional()?
            .ok_or(Error::SegmentNotFound(id))
    }

    /// Save the translation of one segment. A segment that was `new` becomes `draft` when
    /// text is typed, and a draft emptied again goes back to `new`; confirmed statuses are
    /// kept. The article's `updated_at` moves with it, in the same transaction.
    pub fn update_segment_target(&mut self, id: i64, target: &str) -> Result<Segment> {
        let now = now_ms();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let n = tx.prepare_cached(
            "UPDATE segments SET
                 target = ?2,
                 status = CASE
                     WHEN ?2 = '' AND status = 'draft' THEN 'new'
                     WHEN ?2 <> '' AND status = 'new' THEN 'draft'
                     ELSE status END,
                 updated_at = ?3
             WHERE id = ?1",
        )?
        .execute(params![id, target, now])?;
        if n == 0 {
            return Err(Error::SegmentNotFound(id));
        }
        tx.prepare_cached(
            "UPDATE articles SET updated_at = ?2
             WHERE id = (SELECT article_id FROM segments WHERE id = ?1)",
        )?
        .execute(params![id, now])?;
        tx.commit()?;
        self.segment(id)
    }

    // ---- settings -------------------------------------------------------------------

    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )?
            .execute([key, value])?;
        Ok(())
    }
}

fn read_version(conn: &Connection, path: &Path) -> Result<u32> {
    conn.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))
        .map(|v| v.max(0) as u32)
        .map_err(|e| classify(e, path))
}

/// Map SQLite's open-time failures to the errors a user can act on.
fn classify(e: rusqlite::Error, path: &Path) -> Error {
    let path = path.to_owned();
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => Error::NotADatabase { path, detail: e.to_string() },
        Some(ErrorCode::CannotOpen | ErrorCode::ReadOnly | ErrorCode::PermissionDenied) => {
            Error::Unwritable { path, detail: e.to_string() }
        }
        _ => Error::Sqlite(e),
    }
}

fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| classify(e, path))?;
    // Re-read inside the transaction: another process may have migrated meanwhile.
    let version = read_version(&tx, path)?;
    if version > SCHEMA_VERSION {
        return Err(Error::NewerSchema { path: path.to_owned(), found: version, known: SCHEMA_VERSION });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        tracing::info!(to = i + 1, "applying migration");
        tx.execute_batch(sql)?;
    }
    if version < SCHEMA_VERSION {
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    }
    tx.commit().map_err(|e| classify(e, path))?;
    Ok(())
}

fn article_from_row(row: &Row<'_>) -> rusqlite::Result<Article> {
    let status: String = row.get(8)?;
    Ok(Article {
        id: row.get(0)?,
        title: row.get(1)?,
        source_lang: row.get(2)?,
        target_lang: row.get(3)?,
        origin: row.get(4)?,
        author: row.get(5)?,
        created_at: row.get(6)?,
        updated_at: row.get(7)?,
        status: WorkflowStatus::parse(&status).unwrap_or(WorkflowStatus::ToTranslate),
    })
}

fn segment_from_row(row: &Row<'_>) -> rusqlite::Result<Segment> {
    let kind: String = row.get(3)?;
    let status: String = row.get(7)?;
    Ok(Segment {
        id: row.get(0)?,
        article_id: row.get(1)?,
        position: row.get(2)?,
        kind: SegmentKind::parse(&kind).unwrap_or(SegmentKind::Paragraph),
        paragraph: row.get(4)?,
        source: row.get(5)?,
        target: row.get(6)?,
        status: SegmentStatus::parse(&status).unwrap_or(SegmentStatus::New),
        updated_at: row.get(8)?,
    })
}
