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
use crate::glossary::{GlossaryEntry, ImportReport, NameType, SkipReason, Skipped, StoredEntry};
use crate::model::{
    Article, ArticleSummary, Draft, DraftSegment, NewArticle, Segment, SegmentKind, SegmentStatus,
    SegmentVersion, WorkflowStatus,
};

/// The migrations, in order. Migration `i` (0-based) brings the schema to version `i + 1`.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_articles_segments.sql"),
    include_str!("../migrations/0002_import_metadata_captions.sql"),
    include_str!("../migrations/0003_history_drafts.sql"),
    include_str!("../migrations/0004_glossary.sql"),
];

/// The columns `entry_from_row` reads, in its order.
const ENTRY_COLUMNS: &str =
    "id, arabic, english, short, kind, variants, deprecated, not_forms, clitics, notes, created_at, updated_at";

/// The columns `segment_from_row` reads, in its order.
const SEGMENT_COLUMNS: &str =
    "id, article_id, position, kind, paragraph, source, target, status, updated_at, words, version";

/// Typing within this many milliseconds of the last saved edit updates that history entry
/// instead of adding one.
const HISTORY_COALESCE_MS: i64 = 60_000;

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

/// SQLite's errors reach the rest of Dragoman as [`Error::Storage`], their text kept for the
/// log. (Open-time failures a user can act on are told apart first, by [`classify`].)
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Storage { detail: e.to_string() }
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
                    COUNT(s.id) FILTER (WHERE s.status IN ('draft', 'translated', 'reviewed')),
                    COALESCE(SUM(s.words) FILTER (WHERE s.status <> 'excluded'), 0),
                    COALESCE(SUM(s.words) FILTER (WHERE s.status IN ('draft', 'translated', 'reviewed')), 0),
                    COUNT(s.id) FILTER (WHERE s.status IN ('translated', 'reviewed')),
                    COUNT(s.id) FILTER (WHERE s.status = 'reviewed')
             FROM articles a LEFT JOIN segments s ON s.article_id = a.id
             GROUP BY a.id
             ORDER BY a.updated_at DESC, a.id DESC",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(ArticleSummary {
                article: article_from_row(row)?,
                segment_count: row.get(12)?,
                translated_count: row.get(13)?,
                word_count: row.get(14)?,
                translated_words: row.get(15)?,
                confirmed_count: row.get(16)?,
                reviewed_count: row.get(17)?,
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
                "INSERT INTO segments (article_id, position, kind, paragraph, source, updated_at, words)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for (position, seg) in new.segments.iter().enumerate() {
                insert.execute(params![
                    id,
                    position as i64,
                    seg.kind.as_str(),
                    seg.paragraph,
                    seg.source,
                    now,
                    count_words(&seg.source)
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
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {SEGMENT_COLUMNS} FROM segments WHERE article_id = ?1 ORDER BY position"))?;
        let rows = stmt.query_map([article_id], segment_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn segment(&self, id: i64) -> Result<Segment> {
        self.conn
            .prepare_cached(&format!("SELECT {SEGMENT_COLUMNS} FROM segments WHERE id = ?1"))?
            .query_row([id], segment_from_row)
            .optional()?
            .ok_or(Error::SegmentNotFound(id))
    }

    /// Save the translation of one segment, whatever its version (the command line, tests).
    pub fn update_segment_target(&mut self, id: i64, target: &str) -> Result<Segment> {
        self.save_target(id, target, None)
    }

    /// Save the translation of one segment. A segment that was `new` becomes `draft` when
    /// text is typed, and a draft emptied again goes back to `new`; a confirmed segment whose
    /// text changes is a draft again (it needs confirming anew); excluded stays excluded.
    /// With `expected_version`, a segment changed elsewhere since is refused
    /// ([`Error::Conflict`]) instead of overwritten. The history and the article's
    /// `updated_at` move in the same transaction.
    pub fn save_target(&mut self, id: i64, target: &str, expected_version: Option<i64>) -> Result<Segment> {
        let now = now_ms();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (old_target, version): (String, i64) = tx
            .prepare_cached("SELECT target, version FROM segments WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .ok_or(Error::SegmentNotFound(id))?;
        if expected_version.is_some_and(|v| v != version) {
            if old_target == target {
                // The same text arrived both ways: nothing is lost.
                drop(tx);
                return self.segment(id);
            }
            return Err(Error::Conflict(id));
        }
        if old_target == target {
            drop(tx);
            return self.segment(id);
        }
        tx.prepare_cached(
            "UPDATE segments SET
                 target = ?2,
                 status = CASE
                     WHEN status = 'excluded' THEN 'excluded'
                     WHEN ?2 = '' THEN 'new'
                     ELSE 'draft' END,
                 updated_at = ?3,
                 version = version + 1
             WHERE id = ?1",
        )?
        .execute(params![id, target, now])?;
        record_history(&tx, id, "edit", now)?;
        touch_article_of(&tx, id, now)?;
        tx.commit()?;
        self.segment(id)
    }

    /// Confirm (`translated`), mark `reviewed`, or send back to `draft`. Confirming needs a
    /// translation. Returns the segment.
    pub fn set_segment_status(&mut self, id: i64, status: SegmentStatus) -> Result<Segment> {
        let seg = self.segment(id)?;
        let status = match status {
            SegmentStatus::Translated | SegmentStatus::Reviewed if seg.target.trim().is_empty() => {
                return Err(Error::NothingToConfirm(id));
            }
            SegmentStatus::Excluded => return self.set_segment_excluded(id, true),
            SegmentStatus::New | SegmentStatus::Draft if seg.target.is_empty() => SegmentStatus::New,
            SegmentStatus::New | SegmentStatus::Draft => SegmentStatus::Draft,
            other => other,
        };
        if status == seg.status {
            return Ok(seg);
        }
        let now = now_ms();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.prepare_cached("UPDATE segments SET status = ?2, updated_at = ?3, version = version + 1 WHERE id = ?1")?
            .execute(params![id, status.as_str(), now])?;
        record_history(&tx, id, "status", now)?;
        touch_article_of(&tx, id, now)?;
        tx.commit()?;
        self.segment(id)
    }

    /// The history of a segment's translation, newest first.
    pub fn segment_history(&self, id: i64) -> Result<Vec<SegmentVersion>> {
        self.segment(id)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, segment_id, target, status, reason, created_at
             FROM segment_versions WHERE segment_id = ?1 ORDER BY id DESC",
        )?;
        let rows = stmt.query_map([id], |r| {
            let status: String = r.get(3)?;
            Ok(SegmentVersion {
                id: r.get(0)?,
                segment_id: r.get(1)?,
                target: r.get(2)?,
                status: SegmentStatus::parse(&status).unwrap_or(SegmentStatus::Draft),
                reason: r.get(4)?,
                created_at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Bring back an earlier translation of a segment (recorded as a new history entry, so
    /// that the restore can itself be undone).
    pub fn restore_segment_version(&mut self, version_id: i64) -> Result<Segment> {
        let (segment_id, target, status): (i64, String, String) = self
            .conn
            .query_row(
                "SELECT segment_id, target, status FROM segment_versions WHERE id = ?1",
                [version_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or_else(|| Error::Invalid(format!("no version {version_id}")))?;
        let now = now_ms();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "UPDATE segments SET target = ?2,
                 status = CASE WHEN status = 'excluded' THEN 'excluded' ELSE ?3 END,
                 updated_at = ?4, version = version + 1
             WHERE id = ?1",
            params![segment_id, target, status, now],
        )?;
        record_history(&tx, segment_id, "restore", now)?;
        touch_article_of(&tx, segment_id, now)?;
        tx.commit()?;
        self.segment(segment_id)
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
                     updated_at = ?3,
                     version = version + 1
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
            "UPDATE segments SET source = ?2, kind = ?3, updated_at = ?4, words = ?5, version = version + 1
             WHERE id = ?1",
            params![id, left, kind.as_str(), now, count_words(left)],
        )?;
        tx.execute(
            "INSERT INTO segments (article_id, position, kind, paragraph, source, updated_at, words)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![seg.article_id, seg.position + 1, kind.as_str(), seg.paragraph, right, now, count_words(right)],
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
            .prepare_cached(&format!("SELECT {SEGMENT_COLUMNS} FROM segments WHERE article_id = ?1 AND position = ?2"))?
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
            "UPDATE segments SET source = ?2, target = ?3, status = ?4, kind = ?5, updated_at = ?6,
                 words = ?7, version = version + 1
             WHERE id = ?1",
            params![id, source, target, status.as_str(), kind.as_str(), now, count_words(&source)],
        )?;
        touch_article_of(&tx, id, now)?;
        tx.commit()?;
        self.segments(seg.article_id)
    }

    // ---- workflow and drafts -----------------------------------------------------------

    /// Move an article through the workflow. A draft is made automatically, named after
    /// the new status, so every stage can be compared and restored.
    pub fn set_article_status(&mut self, id: i64, status: WorkflowStatus) -> Result<Article> {
        let article = self.article(id)?;
        if article.status == status {
            return Ok(article);
        }
        let now = now_ms();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute("UPDATE articles SET status = ?2, updated_at = ?3 WHERE id = ?1", params![id, status.as_str(), now])?;
        insert_draft(&tx, id, "", Some(("status-change", status.as_str())), now)?;
        tx.commit()?;
        self.article(id)
    }

    /// Snapshot the article's whole translation as a named draft.
    pub fn create_draft(&mut self, article_id: i64, name: &str) -> Result<Draft> {
        self.article(article_id)?;
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(Error::Invalid("a draft needs a name".into()));
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let id = insert_draft(&tx, article_id, &name, None, now_ms())?;
        tx.commit()?;
        self.draft(id)
    }

    pub fn draft(&self, id: i64) -> Result<Draft> {
        self.conn
            .prepare_cached(&format!("{DRAFT_SELECT} WHERE d.id = ?1 GROUP BY d.id"))?
            .query_row([id], draft_from_row)
            .optional()?
            .ok_or(Error::DraftNotFound(id))
    }

    /// An article's drafts, newest first.
    pub fn list_drafts(&self, article_id: i64) -> Result<Vec<Draft>> {
        self.article(article_id)?;
        let mut stmt =
            self.conn.prepare_cached(&format!("{DRAFT_SELECT} WHERE d.article_id = ?1 GROUP BY d.id ORDER BY d.id DESC"))?;
        let rows = stmt.query_map([article_id], draft_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The segments a draft keeps, in order.
    pub fn draft_segments(&self, draft_id: i64) -> Result<Vec<DraftSegment>> {
        self.draft(draft_id)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT segment_id, position, kind, paragraph, source, target, status
             FROM draft_segments WHERE draft_id = ?1 ORDER BY position",
        )?;
        let rows = stmt.query_map([draft_id], draft_segment_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The article's current translation in the shape of a draft.
    pub fn current_segments(&self, article_id: i64) -> Result<Vec<DraftSegment>> {
        Ok(self
            .segments(article_id)?
            .into_iter()
            .map(|s| DraftSegment {
                segment_id: s.id,
                position: s.position,
                kind: s.kind,
                paragraph: s.paragraph,
                source: s.source,
                target: s.target,
                status: s.status,
            })
            .collect())
    }

    /// Compare two drafts, or a draft with the current text (`None`): old → new.
    pub fn compare(&self, article_id: i64, old: Option<i64>, new: Option<i64>) -> Result<crate::diff::Comparison> {
        let side = |d: Option<i64>| -> Result<Vec<DraftSegment>> {
            match d {
                Some(id) => {
                    if self.draft(id)?.article_id != article_id {
                        return Err(Error::DraftNotFound(id));
                    }
                    self.draft_segments(id)
                }
                None => self.current_segments(article_id),
            }
        };
        Ok(crate::diff::compare(&side(old)?, &side(new)?))
    }

    /// Bring back a draft's translation. The current text is first saved as a draft of its
    /// own ("before restoring …"), so the restore can itself be undone. Segments are matched
    /// by identity; a segment merged away since keeps its text in the draft only. Returns the
    /// draft made of the text as it was.
    pub fn restore_draft(&mut self, draft_id: i64) -> Result<Draft> {
        let draft = self.draft(draft_id)?;
        let label = if draft.name.is_empty() { draft.auto_detail.clone().unwrap_or_default() } else { draft.name.clone() };
        let now = now_ms();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let backup = insert_draft(&tx, draft.article_id, "", Some(("before-restore", &label)), now)?;
        let changed: Vec<i64> = {
            let mut stmt = tx.prepare(
                "SELECT s.id FROM segments s JOIN draft_segments d ON d.segment_id = s.id AND d.draft_id = ?1
                 WHERE s.target <> d.target OR s.status <> d.status",
            )?;
            let ids = stmt.query_map([draft_id], |r| r.get(0))?.collect::<rusqlite::Result<Vec<i64>>>()?;
            ids
        };
        tx.execute(
            "UPDATE segments SET
                 (target, status) = (SELECT d.target, d.status FROM draft_segments d
                                     WHERE d.draft_id = ?1 AND d.segment_id = segments.id),
                 updated_at = ?2, version = version + 1
             WHERE id IN (SELECT s.id FROM segments s JOIN draft_segments d ON d.segment_id = s.id AND d.draft_id = ?1
                          WHERE s.target <> d.target OR s.status <> d.status)",
            params![draft_id, now],
        )?;
        for id in changed {
            record_history(&tx, id, "draft-restore", now)?;
        }
        tx.execute("UPDATE articles SET updated_at = ?2 WHERE id = ?1", params![draft.article_id, now])?;
        tx.commit()?;
        self.draft(backup)
    }

    // ---- find and replace ----------------------------------------------------------------

    /// Segments whose source (or target) contains `query`, compared in normalised form
    /// (harakat, tatweel, hamza forms and case ignored), with the matched ranges in UTF-16
    /// code units of the original text (for highlighting in the UI).
    pub fn find(&self, article_id: i64, query: &str, in_target: bool) -> Result<Vec<FindHit>> {
        let mut hits = Vec::new();
        for s in self.segments(article_id)? {
            let text = if in_target { &s.target } else { &s.source };
            let ranges = crate::normalize::find(text, query);
            if !ranges.is_empty() {
                hits.push(FindHit {
                    segment_id: s.id,
                    position: s.position,
                    ranges: ranges.into_iter().map(|r| [utf16_len(&text[..r.start]), utf16_len(&text[..r.end])]).collect(),
                });
            }
        }
        Ok(hits)
    }

    /// Replace `query` with `replacement` in the targets of the article (or of `only` these
    /// segments), in one transaction, each change in the segments' history. Returns how many
    /// occurrences were replaced.
    pub fn replace(&mut self, article_id: i64, query: &str, replacement: &str, only: Option<&[i64]>) -> Result<usize> {
        let segments = self.segments(article_id)?;
        let now = now_ms();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut total = 0;
        for s in segments.iter().filter(|s| only.is_none_or(|ids| ids.contains(&s.id))) {
            let (new, n) = crate::normalize::replace_all(&s.target, query, replacement);
            if n == 0 {
                continue;
            }
            total += n;
            tx.prepare_cached(
                "UPDATE segments SET target = ?2,
                     status = CASE WHEN status IN ('translated', 'reviewed') THEN 'draft' ELSE status END,
                     updated_at = ?3, version = version + 1
                 WHERE id = ?1",
            )?
            .execute(params![s.id, new, now])?;
            record_history(&tx, s.id, "replace", now)?;
        }
        if total > 0 {
            tx.execute("UPDATE articles SET updated_at = ?2 WHERE id = ?1", params![article_id, now])?;
        }
        tx.commit()?;
        Ok(total)
    }

    // ---- glossary -------------------------------------------------------------------

    /// Every glossary entry, by normalised Arabic form.
    pub fn glossary_entries(&self) -> Result<Vec<StoredEntry>> {
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {ENTRY_COLUMNS} FROM glossary ORDER BY arabic_key"))?;
        let rows = stmt.query_map([], entry_from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn glossary_count(&self) -> Result<i64> {
        Ok(self.conn.prepare_cached("SELECT count(*) FROM glossary")?.query_row([], |r| r.get(0))?)
    }

    /// Entries whose forms contain `query` (normalised: harakat, hamza forms and case do not
    /// matter), of `kind` if given, by normalised Arabic form; at most `limit`, with the
    /// number of all that match.
    pub fn search_glossary(&self, query: &str, kind: Option<NameType>, limit: usize) -> Result<(Vec<StoredEntry>, i64)> {
        let q = crate::normalize::normalize(query.trim()).text;
        let kind = kind.map(NameType::as_str);
        // Three characters or more go through the trigram index (as one quoted FTS string:
        // nothing in the query is FTS syntax); shorter ones are looked for row by row.
        let filter = if q.chars().count() >= 3 {
            "id IN (SELECT rowid FROM glossary_search WHERE glossary_search MATCH ?1) AND (?2 IS NULL OR kind = ?2)"
        } else {
            "(?1 = '' OR instr(search, ?1) > 0) AND (?2 IS NULL OR kind = ?2)"
        };
        let q = if q.chars().count() >= 3 { format!("\"{}\"", q.replace('"', "\"\"")) } else { q };
        let total: i64 = self
            .conn
            .prepare_cached(&format!("SELECT count(*) FROM glossary WHERE {filter}"))?
            .query_row(params![q, kind], |r| r.get(0))?;
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {ENTRY_COLUMNS} FROM glossary WHERE {filter} ORDER BY arabic_key LIMIT ?3"))?;
        let rows = stmt.query_map(params![q, kind, limit as i64], entry_from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok((rows, total))
    }

    pub fn glossary_entry(&self, id: i64) -> Result<StoredEntry> {
        self.conn
            .prepare_cached(&format!("SELECT {ENTRY_COLUMNS} FROM glossary WHERE id = ?1"))?
            .query_row([id], entry_from_row)
            .optional()?
            .ok_or(Error::EntryNotFound(id))
    }

    /// Add a name. Refused when a form is missing or another entry has its Arabic form.
    pub fn add_entry(&mut self, entry: &GlossaryEntry) -> Result<StoredEntry> {
        let entry = checked(entry)?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if entry_id_by_key(&tx, &entry.key())?.is_some() {
            return Err(Error::EntryDuplicate(entry.arabic));
        }
        let id = insert_entry(&tx, &entry, now_ms())?;
        bump_glossary_rev(&tx)?;
        tx.commit()?;
        self.glossary_entry(id)
    }

    /// Change a name. Its Arabic form may change, but not to another entry's.
    pub fn update_entry(&mut self, id: i64, entry: &GlossaryEntry) -> Result<StoredEntry> {
        let entry = checked(entry)?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        match entry_id_by_key(&tx, &entry.key())? {
            Some(other) if other != id => return Err(Error::EntryDuplicate(entry.arabic)),
            _ => {}
        }
        let exists: bool = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM glossary WHERE id = ?1)")?.query_row([id], |r| r.get(0))?;
        if !exists {
            return Err(Error::EntryNotFound(id));
        }
        write_entry(&tx, Some(id), &entry, now_ms())?;
        bump_glossary_rev(&tx)?;
        tx.commit()?;
        self.glossary_entry(id)
    }

    pub fn delete_entry(&mut self, id: i64) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if tx.execute("DELETE FROM glossary WHERE id = ?1", [id])? == 0 {
            return Err(Error::EntryNotFound(id));
        }
        bump_glossary_rev(&tx)?;
        tx.commit()?;
        Ok(())
    }

    /// A number that changes with every change to the glossary, by any process: a compiled
    /// glossary remembers it and is rebuilt when it differs (the command line imported).
    pub fn glossary_rev(&self) -> Result<i64> {
        Ok(self.setting(GLOSSARY_REV_KEY)?.and_then(|v| v.parse().ok()).unwrap_or(0))
    }

    /// Import entries read from a file, in one transaction: an entry whose normalised Arabic
    /// form is already in the glossary updates it (if anything differs), others are added.
    /// `skipped` (the rows the reader refused) is carried into the report. Returns the report
    /// and the entries added or changed.
    pub fn import_glossary(&mut self, entries: &[GlossaryEntry], skipped: Vec<Skipped>) -> Result<(ImportReport, Vec<StoredEntry>)> {
        let now = now_ms();
        let mut report = ImportReport { skipped, ..ImportReport::default() };
        let mut changed_ids = Vec::new();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut seen = std::collections::HashSet::new();
        for raw in entries {
            let Ok(entry) = checked(raw) else {
                report.skipped.push(Skipped { line: 0, reason: SkipReason::EmptyForm, detail: raw.arabic.clone() });
                continue;
            };
            // The readers report duplicates with their lines; this catches any they let by,
            // so that importing a file twice still changes nothing the second time.
            if !seen.insert(entry.key()) {
                report.skipped.push(Skipped { line: 0, reason: SkipReason::DuplicateInFile, detail: entry.arabic.clone() });
                continue;
            }
            match entry_id_by_key(&tx, &entry.key())? {
                None => {
                    changed_ids.push(insert_entry(&tx, &entry, now)?);
                    report.added += 1;
                }
                Some(id) => {
                    let old = tx
                        .prepare_cached(&format!("SELECT {ENTRY_COLUMNS} FROM glossary WHERE id = ?1"))?
                        .query_row([id], entry_from_row)?;
                    if old.entry == entry {
                        report.unchanged += 1;
                    } else {
                        write_entry(&tx, Some(id), &entry, now)?;
                        changed_ids.push(id);
                        report.updated += 1;
                    }
                }
            }
        }
        if !changed_ids.is_empty() {
            bump_glossary_rev(&tx)?;
        }
        tx.commit()?;
        report.skipped.sort_by_key(|s| s.line);
        let changed = changed_ids.into_iter().map(|id| self.glossary_entry(id)).collect::<Result<Vec<_>>>()?;
        Ok((report, changed))
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
        _ => Error::from(e),
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

const GLOSSARY_REV_KEY: &str = "glossary.rev";

fn bump_glossary_rev(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO settings (key, value) VALUES (?1, '1')
         ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
    )?
    .execute([GLOSSARY_REV_KEY])?;
    Ok(())
}

fn checked(entry: &GlossaryEntry) -> Result<GlossaryEntry> {
    let entry = entry.tidy();
    if entry.key().is_empty() || entry.english.is_empty() {
        return Err(Error::EntryIncomplete);
    }
    Ok(entry)
}

fn entry_id_by_key(conn: &Connection, key: &str) -> Result<Option<i64>> {
    Ok(conn.prepare_cached("SELECT id FROM glossary WHERE arabic_key = ?1")?.query_row([key], |r| r.get(0)).optional()?)
}

fn json_list(v: &[String]) -> String {
    serde_json::to_string(v).expect("strings serialise")
}

fn insert_entry(tx: &rusqlite::Transaction<'_>, e: &GlossaryEntry, now: i64) -> Result<i64> {
    write_entry(tx, None, e, now)?;
    Ok(tx.last_insert_rowid())
}

/// Insert an entry (`id` None) or overwrite entry `id`, keeping its `created_at`.
fn write_entry(tx: &rusqlite::Transaction<'_>, id: Option<i64>, e: &GlossaryEntry, now: i64) -> Result<()> {
    tx
        .prepare_cached(
            "INSERT INTO glossary (id, arabic, arabic_key, english, short, kind, variants, deprecated, not_forms,
                                   clitics, notes, search, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)
             ON CONFLICT (id) DO UPDATE SET
                 arabic = excluded.arabic, arabic_key = excluded.arabic_key, english = excluded.english,
                 short = excluded.short, kind = excluded.kind, variants = excluded.variants,
                 deprecated = excluded.deprecated, not_forms = excluded.not_forms, clitics = excluded.clitics,
                 notes = excluded.notes, search = excluded.search, updated_at = excluded.updated_at",
        )?
        .execute(params![
            id,
            e.arabic,
            e.key(),
            e.english,
            e.short,
            e.kind.as_str(),
            json_list(&e.variants),
            json_list(&e.deprecated),
            json_list(&e.not),
            e.clitics,
            e.notes,
            e.search_text(),
            now
        ])?;
    Ok(())
}

fn entry_from_row(r: &Row<'_>) -> rusqlite::Result<StoredEntry> {
    let list = |i: usize| -> rusqlite::Result<Vec<String>> {
        let s: String = r.get(i)?;
        serde_json::from_str(&s).map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e)))
    };
    let kind: String = r.get(4)?;
    Ok(StoredEntry {
        id: r.get(0)?,
        entry: GlossaryEntry {
            arabic: r.get(1)?,
            english: r.get(2)?,
            short: r.get(3)?,
            kind: NameType::parse(&kind).unwrap_or(NameType::Other),
            variants: list(5)?,
            deprecated: list(6)?,
            not: list(7)?,
            clitics: r.get(8)?,
            notes: r.get(9)?,
        },
        created_at: r.get(10)?,
        updated_at: r.get(11)?,
    })
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
        words: row.get(9)?,
        version: row.get(10)?,
    })
}

const DRAFT_SELECT: &str = "SELECT d.id, d.article_id, d.name, d.auto_kind, d.auto_detail, d.created_at,
        COUNT(ds.position) FILTER (WHERE ds.status <> 'excluded'),
        COUNT(ds.position) FILTER (WHERE ds.status IN ('draft', 'translated', 'reviewed'))
    FROM drafts d LEFT JOIN draft_segments ds ON ds.draft_id = d.id";

fn draft_from_row(r: &Row<'_>) -> rusqlite::Result<Draft> {
    Ok(Draft {
        id: r.get(0)?,
        article_id: r.get(1)?,
        name: r.get(2)?,
        auto_kind: r.get(3)?,
        auto_detail: r.get(4)?,
        created_at: r.get(5)?,
        segment_count: r.get(6)?,
        translated_count: r.get(7)?,
    })
}

fn draft_segment_from_row(r: &Row<'_>) -> rusqlite::Result<DraftSegment> {
    let kind: String = r.get(2)?;
    let status: String = r.get(6)?;
    Ok(DraftSegment {
        segment_id: r.get(0)?,
        position: r.get(1)?,
        kind: SegmentKind::parse(&kind).unwrap_or(SegmentKind::Paragraph),
        paragraph: r.get(3)?,
        source: r.get(4)?,
        target: r.get(5)?,
        status: SegmentStatus::parse(&status).unwrap_or(SegmentStatus::New),
    })
}

/// Make a draft of the article's current segments in one statement.
fn insert_draft(
    tx: &rusqlite::Transaction<'_>,
    article_id: i64,
    name: &str,
    auto: Option<(&str, &str)>,
    now: i64,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO drafts (article_id, name, auto_kind, auto_detail, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![article_id, name, auto.map(|a| a.0), auto.map(|a| a.1), now],
    )?;
    let id = tx.last_insert_rowid();
    tx.execute(
        "INSERT INTO draft_segments (draft_id, position, segment_id, kind, paragraph, source, target, status)
         SELECT ?1, position, id, kind, paragraph, source, target, status FROM segments WHERE article_id = ?2",
        params![id, article_id],
    )?;
    Ok(id)
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// A segment that matched a search, with the matches in UTF-16 code units.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FindHit {
    pub segment_id: i64,
    pub position: i64,
    pub ranges: Vec<[usize; 2]>,
}

/// Words in a text: runs separated by whitespace.
pub fn count_words(s: &str) -> i64 {
    s.split_whitespace().count() as i64
}

/// Note a segment's current translation in its history. Typing in bursts updates the
/// newest "edit" entry for a minute instead of adding one per keystroke pause.
fn record_history(tx: &rusqlite::Transaction<'_>, segment_id: i64, reason: &str, now: i64) -> Result<()> {
    if reason == "edit" {
        let recent: Option<i64> = tx
            .prepare_cached(
                "SELECT id FROM segment_versions
                 WHERE segment_id = ?1 AND id = (SELECT MAX(id) FROM segment_versions WHERE segment_id = ?1)
                   AND reason = 'edit' AND created_at > ?2",
            )?
            .query_row(params![segment_id, now - HISTORY_COALESCE_MS], |r| r.get(0))
            .optional()?;
        if let Some(vid) = recent {
            tx.prepare_cached(
                "UPDATE segment_versions SET (target, status) = (SELECT target, status FROM segments WHERE id = ?2)
                 WHERE id = ?1",
            )?
            .execute(params![vid, segment_id])?;
            return Ok(());
        }
    }
    tx.prepare_cached(
        "INSERT INTO segment_versions (segment_id, target, status, reason, created_at)
         SELECT id, target, status, ?2, ?3 FROM segments WHERE id = ?1",
    )?
    .execute(params![segment_id, reason, now])?;
    Ok(())
}
