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
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_articles_segments.sql"),
    include_str!("../migrations/0002_import_metadata_captions.sql"),
];

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
                    a.created_at, a.updated_at, a.status, a.published, a.import_format,
                    a.import_encoding,
                    COUNT(s.id) FILTER (WHERE s.status <> 'excluded'),
                    COUNT(s.id) FILTER (WHERE s.status IN ('draft', 'translated', 'reviewed'))
             FROM articles a LEFT JOIN segments s ON s.article_id = a.id
             GROUP BY a.id
             ORDER BY a.updated_at DESC, a.id DESC",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(ArticleSummary {
                article: article_from_row(row)?,
                segment_count: row.get(12)?,
                translated_count: row.get(13)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn article(&self, id: i64) -> Result<Article> {
        self.conn
            .prepare_cached(
                "SELECT id, title, source_lang, target_lang, origin, author, created_at,
                        updated_at, status, published, import_format, import_encoding
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
        if let Some(i) = new.segments.iter().position(|s| s.source.trim().is_empty()) {
            return Err(Error::Invalid(format!("segment {i} has no text")));
        }
        let now = now_ms();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO articles (title, source_lang, target_lang, origin, author,
                                   created_at, updated_at, status, published, import_format,
                                   import_encoding)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, 'to-translate', ?7, ?8, ?9)",
            params![
                new.title,
                new.source_lang,
                new.target_lang,
                new.origin,
                new.author,
                now,
                new.published,
                new.format,
                new.encoding
            ],
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
        touch_article_of(&tx, id, now)?;
        tx.commit()?;
        self.segment(id)
    }

    /// Mark a segment "not for translation" (site furniture: a masthead, a link label, a
    /// repeated caption) or take the mark back. Excluded segments stay visible but leave
    /// the counts; taking the mark back restores `draft` or `new` from the target.
    pub fn set_segment_excluded(&mut self, id: i64, excluded: bool) -> Result<Segment> {
        let now = now_ms();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let n = tx
            .prepare_cached(
                "UPDATE segments SET
                     status = CASE
                         WHEN ?2 THEN 'excluded'
                         WHEN status <> 'excluded' THEN status
                         WHEN target = '' THEN 'new'
                         ELSE 'draft' END,
                     updated_at = ?3
                 WHERE id = ?1",
            )?
            .execute(params![id, excluded, now])?;
        if n == 0 {
            return Err(Error::SegmentNotFound(id));
        }
        touch_article_of(&tx, id, now)?;
        tx.commit()?;
        self.segment(id)
    }

    /// Split a segment's source at `at` (a character offset). The first part keeps the
    /// translation typed so far; the second starts empty. A paragraph split in two becomes
    /// two sentences of that paragraph. Returns the article's segments.
    pub fn split_segment(&mut self, id: i64, at: usize) -> Result<Vec<Segment>> {
        let seg = self.segment(id)?;
        let byte = seg.source.char_indices().nth(at).map(|(b, _)| b).unwrap_or(seg.source.len());
        let (left, right) = (seg.source[..byte].trim(), seg.source[byte..].trim());
        if left.is_empty() || right.is_empty() {
            return Err(Error::Invalid(format!("cannot split segment {id} at {at}: a part would be empty")));
        }
        let kind = match seg.kind {
            SegmentKind::Paragraph | SegmentKind::Sentence => SegmentKind::Sentence,
            other => other,
        };
        let now = now_ms();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        shift_positions(&tx, seg.article_id, seg.position + 1, 1)?;
        tx.execute(
            "UPDATE segments SET source = ?2, kind = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, left, kind.as_str(), now],
        )?;
        tx.execute(
            "INSERT INTO segments (article_id, position, kind, paragraph, source, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![seg.article_id, seg.position + 1, kind.as_str(), seg.paragraph, right, now],
        )?;
        touch_article_of(&tx, id, now)?;
        tx.commit()?;
        self.segments(seg.article_id)
    }

    /// Merge a segment with the next one of the same paragraph: sources and translations
    /// are joined with a space. When a paragraph is whole again it is a paragraph segment.
    pub fn merge_with_next(&mut self, id: i64) -> Result<Vec<Segment>> {
        let seg = self.segment(id)?;
        let next = self
            .conn
            .prepare_cached(
                "SELECT id, article_id, position, kind, paragraph, source, target, status, updated_at
                 FROM segments WHERE article_id = ?1 AND position = ?2",
            )?
            .query_row(params![seg.article_id, seg.position + 1], segment_from_row)
            .optional()?
            .ok_or_else(|| Error::Invalid(format!("segment {id} is the last one")))?;
        let body = |k: SegmentKind| matches!(k, SegmentKind::Paragraph | SegmentKind::Sentence);
        if next.paragraph != seg.paragraph || !body(seg.kind) || !body(next.kind) {
            return Err(Error::Invalid(format!("segments {id} and {} are not in one paragraph", next.id)));
        }
        let join = |a: &str, b: &str| match (a.trim(), b.trim()) {
            ("", b) => b.to_owned(),
            (a, "") => a.to_owned(),
            (a, b) => format!("{a} {b}"),
        };
        let source = join(&seg.source, &next.source);
        let target = join(&seg.target, &next.target);
        let excluded = seg.status == SegmentStatus::Excluded && next.status == SegmentStatus::Excluded;
        let status = if excluded {
            SegmentStatus::Excluded
        } else if target.is_empty() {
            SegmentStatus::New
        } else {
            SegmentStatus::Draft
        };
        let now = now_ms();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute("DELETE FROM segments WHERE id = ?1", [next.id])?;
        shift_positions(&tx, seg.article_id, next.position + 1, -1)?;
        let others: i64 = tx.query_row(
            "SELECT COUNT(*) FROM segments WHERE article_id = ?1 AND paragraph = ?2 AND id <> ?3",
            params![seg.article_id, seg.paragraph, id],
            |r| r.get(0),
        )?;
        let kind = if others == 0 { SegmentKind::Paragraph } else { SegmentKind::Sentence };
        tx.execute(
            "UPDATE segments SET source = ?2, target = ?3, status = ?4, kind = ?5, updated_at = ?6 WHERE id = ?1",
            params![id, source, target, status.as_str(), kind.as_str(), now],
        )?;
        touch_article_of(&tx, id, now)?;
        tx.commit()?;
        self.segments(seg.article_id)
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

/// Move the positions of an article's segments from `from` on by `delta`, without ever
/// colliding on the (article, position) uniqueness: through negative positions.
fn shift_positions(tx: &rusqlite::Transaction<'_>, article_id: i64, from: i64, delta: i64) -> Result<()> {
    tx.execute(
        "UPDATE segments SET position = -(position + ?3) - 1 WHERE article_id = ?1 AND position >= ?2",
        params![article_id, from, delta],
    )?;
    tx.execute("UPDATE segments SET position = -position - 1 WHERE article_id = ?1 AND position < 0", [article_id])?;
    Ok(())
}

fn touch_article_of(tx: &rusqlite::Transaction<'_>, segment_id: i64, now: i64) -> Result<()> {
    tx.prepare_cached(
        "UPDATE articles SET updated_at = ?2
         WHERE id = (SELECT article_id FROM segments WHERE id = ?1)",
    )?
    .execute(params![segment_id, now])?;
    Ok(())
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
        published: row.get(9)?,
        format: row.get(10)?,
        encoding: row.get(11)?,
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
