//! The only statements that write a segment's content: its source, its translation
//! (`target`) and its status, the rows that make and delete segments, and the history.
//!
//! Every path that changes a segment's text comes through here: typing
//! ([`Store::save_target`]), confirming and excluding (status), restoring a version,
//! splitting, merging, find and replace, and restoring a draft; importing and splitting make
//! segments with [`insert_segment`], merging deletes one with [`delete_segment`]. An index over
//! segment text (search, translation memory) therefore has exactly one place to stay current:
//! [`write_segment`], [`insert_segment`] and [`delete_segment`] (and an article's deletion,
//! which removes its segments by cascade). Keep it so: no other `UPDATE segments SET source,
//! target, status`, no other `INSERT INTO segments`.
//!
//! The statuses written here are decided by [`crate::status`]; these functions only write.
//!
//! [`Store::save_target`]: super::Store::save_target
use rusqlite::{params, OptionalExtension, Transaction};

use super::memory::{detach_unit, index_segment, keep_unit};
use super::segment_rows::{segment_from_row, SEGMENT_COLUMNS};
use crate::error::{Error, Result};
use crate::model::{SegmentKind, SegmentStatus};
use crate::text::tokens::count_words;

/// Typing within this many milliseconds of the last saved edit updates that history entry
/// instead of adding one.
const HISTORY_COALESCE_MS: i64 = 60_000;

/// Why a segment's translation is noted in its history (`segment_versions.reason`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reason {
    /// Typing; bursts within a minute share one entry.
    Edit,
    Status,
    Restore,
    Replace,
    DraftRestore,
    /// Filled from the translation memory.
    Memory,
    /// Taken from an XLIFF file that came back.
    XliffImport,
}

impl Reason {
    fn as_str(self) -> &'static str {
        match self {
            Reason::Edit => "edit",
            Reason::Status => "status",
            Reason::Restore => "restore",
            Reason::Replace => "replace",
            Reason::DraftRestore => "draft-restore",
            Reason::Memory => "memory",
            Reason::XliffImport => "xliff-import",
        }
    }
}

/// What changes in a segment; `None` leaves a column as it is.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Change<'a> {
    /// The Arabic source and the kind it makes the segment (its word count follows).
    pub source: Option<(&'a str, SegmentKind)>,
    pub target: Option<&'a str>,
    pub status: Option<SegmentStatus>,
    /// The memory unit a fill took the translation from. Any change of translation or status
    /// sets it: to this, so to nothing unless the change is a fill.
    pub memory_unit: Option<i64>,
}

/// Where a new segment goes.
pub(super) struct NewRow {
    pub article_id: i64,
    pub position: i64,
    pub kind: SegmentKind,
    pub paragraph: i64,
}

/// The one writer of segment content: the only statement that changes a segment's source,
/// translation or status (splitting and merging change the source here too, typing and
/// replacing the translation, confirming and excluding the status). Changes segment `id` as
/// `change` says, sets
/// `updated_at`, increments `version` (every write does: an editor holding an older version
/// has missed this one), and notes the translation in the history when `history` says why.
/// Returns the new version. Statuses come from [`crate::status`], decided by the caller
/// inside the same transaction.
pub(super) fn write_segment(
    tx: &Transaction<'_>,
    id: i64,
    change: Change<'_>,
    history: Option<Reason>,
    now: i64,
) -> Result<i64> {
    let (source, kind) = change.source.unzip();
    let seg = tx
        .prepare_cached(&format!(
            "UPDATE segments SET
                 source = COALESCE(?2, source),
                 kind = COALESCE(?3, kind),
                 words = COALESCE(?4, words),
                 target = COALESCE(?5, target),
                 status = COALESCE(?6, status),
                 memory_unit = CASE WHEN ?5 IS NULL AND ?6 IS NULL THEN memory_unit ELSE ?8 END,
                 updated_at = ?7,
                 version = version + 1
             WHERE id = ?1
             RETURNING {SEGMENT_COLUMNS}"
        ))?
        .query_row(
            params![
                id,
                source,
                kind.map(SegmentKind::as_str),
                source.map(count_words),
                change.target,
                change.status.map(SegmentStatus::as_str),
                now,
                change.memory_unit
            ],
            segment_from_row,
        )
        .optional()?
        .ok_or(Error::SegmentNotFound(id))?;
    if change.source.is_some() || change.target.is_some() {
        index_segment(tx, id, &seg.source, &seg.target)?;
    }
    if change.source.is_some() {
        // Split or merged: the unit keeps the text that was confirmed.
        detach_unit(tx, id)?;
    } else if seg.status.is_confirmed() && !seg.target.trim().is_empty() {
        keep_unit(tx, &seg, now)?;
    }
    let version = seg.version;
    if let Some(reason) = history {
        record_history(tx, id, reason, now)?;
    }
    Ok(version)
}

/// A segment's translation changes (to `target`, with `status`). See [`write_segment`].
pub(super) fn write_segment_text(
    tx: &Transaction<'_>,
    id: i64,
    target: &str,
    status: SegmentStatus,
    history: Option<Reason>,
    now: i64,
) -> Result<i64> {
    write_segment(tx, id, Change { target: Some(target), status: Some(status), ..Change::default() }, history, now)
}

/// Only a segment's status changes. See [`write_segment`].
pub(super) fn write_segment_status(
    tx: &Transaction<'_>,
    id: i64,
    status: SegmentStatus,
    history: Option<Reason>,
    now: i64,
) -> Result<i64> {
    write_segment(tx, id, Change { status: Some(status), ..Change::default() }, history, now)
}

/// The one statement that makes a segment: `source`, no translation yet, `status` (that of
/// a new segment, [`crate::status::NEW_SEGMENT`], or of a split's second half). Returns its
/// id.
pub(super) fn insert_segment(
    tx: &Transaction<'_>,
    row: &NewRow,
    source: &str,
    status: SegmentStatus,
    now: i64,
) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO segments (article_id, position, kind, paragraph, source, target, status, updated_at, words)
         VALUES (?1, ?2, ?3, ?4, ?5, '', ?6, ?7, ?8)",
    )?
    .execute(params![
        row.article_id,
        row.position,
        row.kind.as_str(),
        row.paragraph,
        source,
        status.as_str(),
        now,
        count_words(source)
    ])?;
    let id = tx.last_insert_rowid();
    index_segment(tx, id, source, "")?;
    Ok(id)
}

/// The one statement that deletes a single segment (its history goes by cascade, its index
/// row by trigger; its unit stays).
pub(super) fn delete_segment(tx: &Transaction<'_>, id: i64) -> Result<()> {
    tx.prepare_cached("DELETE FROM segments WHERE id = ?1")?.execute([id])?;
    Ok(())
}

/// Move the positions of an article's segments from `from` on by `delta`, without ever
/// colliding on the (article, position) uniqueness: through negative positions. (Positions
/// only: no content changes.)
pub(super) fn shift_positions(tx: &Transaction<'_>, article_id: i64, from: i64, delta: i64) -> Result<()> {
    tx.execute(
        "UPDATE segments SET position = -(position + ?3) - 1 WHERE article_id = ?1 AND position >= ?2",
        params![article_id, from, delta],
    )?;
    tx.execute("UPDATE segments SET position = -position - 1 WHERE article_id = ?1 AND position < 0", [article_id])?;
    Ok(())
}

/// Note a segment's current translation in its history. Typing in bursts updates the
/// newest "edit" entry for a minute instead of adding one per keystroke pause.
fn record_history(tx: &Transaction<'_>, segment_id: i64, reason: Reason, now: i64) -> Result<()> {
    if reason == Reason::Edit {
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
    .execute(params![segment_id, reason.as_str(), now])?;
    Ok(())
}
