//! Tables `xliff_files`, `xliff_units`, `xliff_exports` and `xliff_export_segments`: an
//! article opened from another tool's XLIFF (the file as it came, each segment's unit and
//! inline codes), and what an article said when it was exported as XLIFF, to tell changes
//! made here from changes made there when the file comes back.
use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};

use super::article_rows::{article_in, touch_article};
use super::articles::insert_article;
use super::drafts::{draft_in, insert_draft};
use super::segment_writes::{write_segment_text, Reason};
use super::{now_ms, Store};
use crate::error::{Error, Result};
use crate::formats::xliff::codes::Code;
use crate::model::{Article, Draft, NewArticle, SegmentStatus};

/// The exports of an article whose snapshots are kept (older ones are pruned).
pub const KEPT_EXPORTS: i64 = 20;

/// The file an article was opened from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XliffFile {
    pub article_id: i64,
    pub file_name: String,
    pub content: String,
}

/// A segment of an article opened from XLIFF: its unit (index in the file's units) and codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XliffSegment {
    pub segment_id: i64,
    pub unit: usize,
    pub codes: Vec<Code>,
}

/// A translation taken from an XLIFF file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XliffWrite {
    pub segment_id: i64,
    pub target: String,
    pub status: SegmentStatus,
}

/// A new segment's translation and its unit in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XliffNewSegment {
    pub target: String,
    pub status: SegmentStatus,
    pub unit: usize,
    pub codes: Vec<Code>,
}

impl Store {
    /// A new article from another tool's XLIFF, in one transaction: the segments of `new`
    /// with the translations and statuses the file had (`segments`, in the same order),
    /// the file itself, and each segment's unit and codes.
    pub fn create_xliff_article(
        &mut self,
        new: &NewArticle,
        segments: &[XliffNewSegment],
        file_name: &str,
        content: &str,
    ) -> Result<Article> {
        if segments.len() != new.segments.len() {
            return Err(Error::Invalid("one translation per segment".into()));
        }
        let now = now_ms();
        let tx = self.write()?;
        let id = insert_article(&tx, new, now)?;
        tx.execute(
            "INSERT INTO xliff_files (article_id, file_name, content) VALUES (?1, ?2, ?3)",
            params![id, file_name, content],
        )?;
        let ids: Vec<i64> = {
            let mut stmt = tx.prepare("SELECT id FROM segments WHERE article_id = ?1 ORDER BY position")?;
            let rows = stmt.query_map([id], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut unit_row = tx.prepare("INSERT INTO xliff_units (segment_id, unit, codes) VALUES (?1, ?2, ?3)")?;
        for (segment_id, s) in ids.iter().zip(segments) {
            let codes = serde_json::to_string(&s.codes).map_err(|e| Error::Invalid(e.to_string()))?;
            unit_row.execute(params![segment_id, s.unit as i64, codes])?;
            if !s.target.is_empty() && s.status != SegmentStatus::Excluded {
                write_segment_text(&tx, *segment_id, &s.target, s.status, None, now)?;
            }
        }
        drop(unit_row);
        let article = article_in(&tx, id)?;
        tx.commit()?;
        Ok(article)
    }

    /// The file an article was opened from, if it was.
    pub fn xliff_file(&self, article_id: i64) -> Result<Option<XliffFile>> {
        Ok(self
            .conn
            .prepare_cached("SELECT file_name, content FROM xliff_files WHERE article_id = ?1")?
            .query_row([article_id], |r| Ok(XliffFile { article_id, file_name: r.get(0)?, content: r.get(1)? }))
            .optional()?)
    }

    /// The units and codes of an article's segments, in article order (none for an article
    /// not opened from XLIFF).
    pub fn xliff_segments(&self, article_id: i64) -> Result<Vec<XliffSegment>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT u.segment_id, u.unit, u.codes FROM xliff_units u JOIN segments s ON s.id = u.segment_id
             WHERE s.article_id = ?1 ORDER BY s.position",
        )?;
        let rows =
            stmt.query_map([article_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (segment_id, unit, codes) = row?;
            let codes = serde_json::from_str(&codes)
                .map_err(|e| Error::DbDamaged { detail: format!("xliff_units.codes: {e}") })?;
            out.push(XliffSegment { segment_id, unit: unit as usize, codes });
        }
        Ok(out)
    }

    /// Note what each segment of the article says now, as an XLIFF export of it; the export's
    /// id (written into the file). Older exports past [`KEPT_EXPORTS`] are forgotten.
    pub fn record_xliff_export(&mut self, article_id: i64) -> Result<i64> {
        let now = now_ms();
        let tx = self.write()?;
        article_in(&tx, article_id)?;
        tx.execute("INSERT INTO xliff_exports (article_id, created_at) VALUES (?1, ?2)", params![article_id, now])?;
        let id = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO xliff_export_segments (export_id, segment_id, target, status)
             SELECT ?1, id, target, status FROM segments WHERE article_id = ?2",
            params![id, article_id],
        )?;
        tx.execute(
            "DELETE FROM xliff_exports WHERE article_id = ?1 AND id NOT IN
               (SELECT id FROM xliff_exports WHERE article_id = ?1 ORDER BY id DESC LIMIT ?2)",
            params![article_id, KEPT_EXPORTS],
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// What each segment said at export `export_id` of `article_id`; `None` when that export
    /// is not on record (forgotten, or another database's).
    pub fn xliff_export_base(
        &self,
        article_id: i64,
        export_id: i64,
    ) -> Result<Option<HashMap<i64, (String, SegmentStatus)>>> {
        let known: Option<i64> = self
            .conn
            .prepare_cached("SELECT id FROM xliff_exports WHERE id = ?1 AND article_id = ?2")?
            .query_row(params![export_id, article_id], |r| r.get(0))
            .optional()?;
        if known.is_none() {
            return Ok(None);
        }
        let mut stmt = self
            .conn
            .prepare_cached("SELECT segment_id, target, status FROM xliff_export_segments WHERE export_id = ?1")?;
        let rows =
            stmt.query_map([export_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?;
        let mut base = HashMap::new();
        for row in rows {
            let (id, target, status) = row?;
            base.insert(id, (target, SegmentStatus::parse(&status).unwrap_or(SegmentStatus::New)));
        }
        Ok(Some(base))
    }

    /// Take translations from an XLIFF file that came back, in one transaction: the article's
    /// text as it was is kept first as the draft "before XLIFF import" (`file` names it), and
    /// each changed segment gets a history entry. Returns that draft.
    pub fn apply_xliff(&mut self, article_id: i64, writes: &[XliffWrite], file: &str) -> Result<Draft> {
        let now = now_ms();
        let tx = self.write()?;
        article_in(&tx, article_id)?;
        let draft = insert_draft(&tx, article_id, "", Some(("before-xliff-import", file)), now)?;
        for w in writes {
            let owner: Option<i64> = tx
                .prepare_cached("SELECT article_id FROM segments WHERE id = ?1")?
                .query_row([w.segment_id], |r| r.get(0))
                .optional()?;
            if owner != Some(article_id) {
                return Err(Error::SegmentNotFound(w.segment_id));
            }
            write_segment_text(&tx, w.segment_id, &w.target, w.status, Some(Reason::XliffImport), now)?;
        }
        touch_article(&tx, article_id, now)?;
        let draft = draft_in(&tx, draft)?;
        tx.commit()?;
        Ok(draft)
    }
}
