//! Tables `drafts` and `draft_segments`: named snapshots of an article's whole translation,
//! comparing them, and restoring one.
use std::sync::LazyLock;

use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::article_rows::{article_in, touch_article};
use super::segment_writes::{write_segment_text, Reason};
use super::segments::segments_in;
use super::{now_ms, status_list, Store};
use crate::error::{Error, Result};
use crate::model::{Draft, DraftSegment, SegmentKind, SegmentStatus};
use crate::status;

/// A draft with its counts, by the same definitions as the article list's.
static DRAFT_SELECT: LazyLock<String> = LazyLock::new(|| {
    let counts = status_list(SegmentStatus::counts);
    let translated = status_list(SegmentStatus::has_translation);
    format!(
        "SELECT d.id, d.article_id, d.name, d.auto_kind, d.auto_detail, d.created_at,
                COUNT(ds.position) FILTER (WHERE ds.status IN {counts}),
                COUNT(ds.position) FILTER (WHERE ds.status IN {translated})
         FROM drafts d LEFT JOIN draft_segments ds ON ds.draft_id = d.id"
    )
});

impl Store {
    /// Snapshot the article's whole translation as a named draft.
    pub fn create_draft(&mut self, article_id: i64, name: &str) -> Result<Draft> {
        let tx = self.write()?;
        article_in(&tx, article_id)?;
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(Error::Invalid("a draft needs a name".into()));
        }
        let id = insert_draft(&tx, article_id, &name, None, now_ms())?;
        let draft = draft_in(&tx, id)?;
        tx.commit()?;
        Ok(draft)
    }

    pub fn draft(&self, id: i64) -> Result<Draft> {
        draft_in(&self.conn, id)
    }

    /// An article's drafts, newest first.
    pub fn list_drafts(&self, article_id: i64) -> Result<Vec<Draft>> {
        self.article(article_id)?;
        let mut stmt = self
            .conn
            .prepare_cached(&format!("{} WHERE d.article_id = ?1 GROUP BY d.id ORDER BY d.id DESC", *DRAFT_SELECT))?;
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
        Ok(segments_in(&self.conn, article_id)?
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

    /// Bring back a draft's translation, each segment's status by
    /// [`status::on_draft_restore`]. The current text is first saved as a draft of its own
    /// ("before restoring …"), so the restore can itself be undone. Segments are matched by
    /// identity; a segment merged away since keeps its text in the draft only. Returns the
    /// draft made of the text as it was.
    pub fn restore_draft(&mut self, draft_id: i64) -> Result<Draft> {
        let now = now_ms();
        let tx = self.write()?;
        let draft = draft_in(&tx, draft_id)?;
        let label =
            if draft.name.is_empty() { draft.auto_detail.clone().unwrap_or_default() } else { draft.name.clone() };
        let backup = insert_draft(&tx, draft.article_id, "", Some(("before-restore", &label)), now)?;
        let changed: Vec<(i64, String, bool, String, String)> = {
            let mut stmt = tx.prepare(
                "SELECT s.id, s.status, s.target <> d.target, d.target, d.status
                 FROM segments s JOIN draft_segments d ON d.segment_id = s.id AND d.draft_id = ?1
                 WHERE s.target <> d.target OR s.status <> d.status",
            )?;
            let rows = stmt.query_map([draft_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for (id, current, text_differs, target, recorded) in changed {
            let recorded = SegmentStatus::parse(&recorded).unwrap_or(SegmentStatus::New);
            let status = status::on_draft_restore(recorded, &target);
            if !text_differs && status.as_str() == current {
                continue; // only the draft's status differed, and settled it is the same
            }
            write_segment_text(&tx, id, &target, status, Some(Reason::DraftRestore), now)?;
        }
        touch_article(&tx, draft.article_id, now)?;
        let backup = draft_in(&tx, backup)?;
        tx.commit()?;
        Ok(backup)
    }
}

/// A draft with its counts, read on `conn` (the store's connection, or a transaction).
pub(super) fn draft_in(conn: &Connection, id: i64) -> Result<Draft> {
    conn.prepare_cached(&format!("{} WHERE d.id = ?1 GROUP BY d.id", *DRAFT_SELECT))?
        .query_row([id], draft_from_row)
        .optional()?
        .ok_or(Error::DraftNotFound(id))
}

/// Make a draft of the article's current segments in one statement.
pub(super) fn insert_draft(
    tx: &Transaction<'_>,
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
