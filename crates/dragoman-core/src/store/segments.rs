//! Table `segments` and its history (`segment_versions`): reading, typing with the version
//! check, status, exclusion, restoring a version, splitting and merging, find and replace.
//! Every write goes through [`super::segment_writes`]; every status comes from
//! [`crate::status`]; every read that decides a write happens inside that write's
//! transaction.
use rusqlite::{params, Connection, OptionalExtension};

use super::article_rows::{article_in, touch_article, touch_article_of};
use super::segment_rows::{segment_from_row, SEGMENT_COLUMNS};
use super::segment_writes::{
    delete_segment, insert_segment, shift_positions, write_segment, write_segment_status, write_segment_text, Change,
    NewRow, Reason,
};
use super::{now_ms, Store};
use crate::error::{Error, Result};
use crate::model::{Segment, SegmentKind, SegmentStatus, SegmentVersion};
use crate::status;
use crate::text::offsets::utf16_len;

/// A segment that matched a search, with the matches in UTF-16 code units.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FindHit {
    pub segment_id: i64,
    pub position: i64,
    pub ranges: Vec<[usize; 2]>,
}

impl Store {
    /// The segments of an article, in order.
    pub fn segments(&self, article_id: i64) -> Result<Vec<Segment>> {
        segments_in(&self.conn, article_id)
    }

    pub fn segment(&self, id: i64) -> Result<Segment> {
        segment_in(&self.conn, id)
    }

    /// Save the translation of one segment, whatever its version (the command line, tests).
    pub fn update_segment_target(&mut self, id: i64, target: &str) -> Result<Segment> {
        self.save_target(id, target, None)
    }

    /// Save the translation of one segment; its status follows [`status::on_text_change`]
    /// (empty is `new`, other text a `draft`, excluded stays excluded). With
    /// `expected_version`, a segment changed elsewhere since is refused ([`Error::Conflict`])
    /// instead of overwritten; the version is read inside the write's transaction, so two
    /// processes cannot both pass the check. The history and the article's `updated_at` move
    /// in the same transaction.
    pub fn save_target(&mut self, id: i64, target: &str, expected_version: Option<i64>) -> Result<Segment> {
        let now = now_ms();
        let tx = self.write()?;
        let seg = segment_in(&tx, id)?;
        if seg.target == target {
            // Nothing to write; when the versions differ, the same text arrived both ways
            // and nothing is lost.
            return Ok(seg);
        }
        if expected_version.is_some_and(|v| v != seg.version) {
            return Err(Error::Conflict(id));
        }
        write_segment_text(&tx, id, target, status::on_text_change(seg.status, target), Some(Reason::Edit), now)?;
        touch_article_of(&tx, id, now)?;
        let seg = segment_in(&tx, id)?;
        tx.commit()?;
        Ok(seg)
    }

    /// Confirm (`translated`), mark `reviewed`, send back to `draft`, or exclude, by
    /// [`status::on_request`]: confirming needs a translation. Returns the segment.
    pub fn set_segment_status(&mut self, id: i64, status: SegmentStatus) -> Result<Segment> {
        let now = now_ms();
        let tx = self.write()?;
        let seg = segment_in(&tx, id)?;
        let Some(new) = status::on_request(status, &seg.target) else {
            return Err(Error::NothingToConfirm(id));
        };
        if new == SegmentStatus::Excluded {
            // Excluding is its own change (no history entry, written even when excluded).
            write_segment_status(&tx, id, new, None, now)?;
        } else if new == seg.status {
            return Ok(seg);
        } else {
            write_segment_status(&tx, id, new, Some(Reason::Status), now)?;
        }
        touch_article_of(&tx, id, now)?;
        let seg = segment_in(&tx, id)?;
        tx.commit()?;
        Ok(seg)
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
    /// that the restore can itself be undone), with its status by
    /// [`status::on_version_restore`].
    pub fn restore_segment_version(&mut self, version_id: i64) -> Result<Segment> {
        let now = now_ms();
        let tx = self.write()?;
        let (segment_id, target, recorded): (i64, String, String) = tx
            .prepare_cached("SELECT segment_id, target, status FROM segment_versions WHERE id = ?1")?
            .query_row([version_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?
            .ok_or_else(|| Error::Invalid(format!("no version {version_id}")))?;
        let seg = segment_in(&tx, segment_id)?;
        let recorded = SegmentStatus::parse(&recorded).unwrap_or(SegmentStatus::Draft);
        let status = status::on_version_restore(seg.status, recorded, &target);
        write_segment_text(&tx, segment_id, &target, status, Some(Reason::Restore), now)?;
        touch_article_of(&tx, segment_id, now)?;
        let seg = segment_in(&tx, segment_id)?;
        tx.commit()?;
        Ok(seg)
    }

    /// Mark a segment "not for translation" (site furniture: a masthead, a link label, a
    /// repeated caption) or take the mark back ([`status::on_exclude`]). Excluded segments
    /// stay visible but leave the counts; taking the mark back restores `draft` or `new`
    /// from the target.
    pub fn set_segment_excluded(&mut self, id: i64, excluded: bool) -> Result<Segment> {
        let now = now_ms();
        let tx = self.write()?;
        let seg = segment_in(&tx, id)?;
        write_segment_status(&tx, id, status::on_exclude(seg.status, excluded, &seg.target), None, now)?;
        touch_article_of(&tx, id, now)?;
        let seg = segment_in(&tx, id)?;
        tx.commit()?;
        Ok(seg)
    }

    /// Split a segment's source at `at` (a character offset). The first part keeps the
    /// translation typed so far; the second starts empty ([`status::on_split`]). A paragraph
    /// split in two becomes two sentences of that paragraph. Returns the article's segments.
    pub fn split_segment(&mut self, id: i64, at: usize) -> Result<Vec<Segment>> {
        let now = now_ms();
        let tx = self.write()?;
        let seg = segment_in(&tx, id)?;
        if super::xliff_rows::is_xliff_segment(&tx, id)? {
            return Err(Error::XliffFixedSegments);
        }
        let byte = seg.source.char_indices().nth(at).map(|(b, _)| b).unwrap_or(seg.source.len());
        let (left, right) = (seg.source[..byte].trim(), seg.source[byte..].trim());
        if left.is_empty() || right.is_empty() {
            return Err(Error::Invalid(format!("cannot split segment {id} at {at}: a part would be empty")));
        }
        let kind = match seg.kind {
            SegmentKind::Paragraph | SegmentKind::Sentence => SegmentKind::Sentence,
            other => other,
        };
        let (first, second) = status::on_split(seg.status);
        shift_positions(&tx, seg.article_id, seg.position + 1, 1)?;
        write_segment(
            &tx,
            id,
            Change { source: Some((left, kind)), status: Some(first), ..Change::default() },
            None,
            now,
        )?;
        let row = NewRow { article_id: seg.article_id, position: seg.position + 1, kind, paragraph: seg.paragraph };
        insert_segment(&tx, &row, right, second, now)?;
        touch_article_of(&tx, id, now)?;
        let segments = segments_in(&tx, seg.article_id)?;
        tx.commit()?;
        Ok(segments)
    }

    /// Merge a segment with the next one of the same paragraph: sources and translations
    /// are joined with a space, the status by [`status::on_merge`]. When a paragraph is whole
    /// again it is a paragraph segment.
    pub fn merge_with_next(&mut self, id: i64) -> Result<Vec<Segment>> {
        let now = now_ms();
        let tx = self.write()?;
        let seg = segment_in(&tx, id)?;
        if super::xliff_rows::is_xliff_segment(&tx, id)? {
            return Err(Error::XliffFixedSegments);
        }
        let next = next_in(&tx, &seg)?.ok_or_else(|| Error::Invalid(format!("segment {id} is the last one")))?;
        if !seg.can_merge_with(&next) {
            return Err(Error::Invalid(format!("segments {id} and {} are not in one paragraph", next.id)));
        }
        let join = |a: &str, b: &str| match (a.trim(), b.trim()) {
            ("", b) => b.to_owned(),
            (a, "") => a.to_owned(),
            (a, b) => format!("{a} {b}"),
        };
        let source = join(&seg.source, &next.source);
        let target = join(&seg.target, &next.target);
        let status = status::on_merge(seg.status, next.status, &target);
        delete_segment(&tx, next.id)?;
        shift_positions(&tx, seg.article_id, next.position + 1, -1)?;
        let others: i64 = tx.query_row(
            "SELECT COUNT(*) FROM segments WHERE article_id = ?1 AND paragraph = ?2 AND id <> ?3",
            params![seg.article_id, seg.paragraph, id],
            |r| r.get(0),
        )?;
        let kind = if others == 0 { SegmentKind::Paragraph } else { SegmentKind::Sentence };
        let change =
            Change { source: Some((&source, kind)), target: Some(&target), status: Some(status), ..Change::default() };
        write_segment(&tx, id, change, None, now)?;
        touch_article_of(&tx, id, now)?;
        let segments = segments_in(&tx, seg.article_id)?;
        tx.commit()?;
        Ok(segments)
    }

    /// Segments whose source (or target) contains `query`, compared in normalised form
    /// (harakat, tatweel, hamza forms and case ignored), with the matched ranges in UTF-16
    /// code units of the original text (for highlighting in the UI).
    pub fn find(&self, article_id: i64, query: &str, in_target: bool) -> Result<Vec<FindHit>> {
        let mut hits = Vec::new();
        for s in self.segments(article_id)? {
            let text = if in_target { &s.target } else { &s.source };
            let ranges = crate::text::normalize::find(text, query);
            if !ranges.is_empty() {
                hits.push(FindHit {
                    segment_id: s.id,
                    position: s.position,
                    ranges: ranges
                        .into_iter()
                        .map(|r| [utf16_len(&text[..r.start]), utf16_len(&text[..r.end])])
                        .collect(),
                });
            }
        }
        Ok(hits)
    }

    /// Replace `query` with `replacement` in the targets of the article (or of `only` these
    /// segments), in one transaction, each change in the segments' history; statuses as for
    /// typing ([`status::on_text_change`]). The targets are read inside the transaction.
    /// Returns how many occurrences were replaced.
    pub fn replace(&mut self, article_id: i64, query: &str, replacement: &str, only: Option<&[i64]>) -> Result<usize> {
        let now = now_ms();
        let tx = self.write()?;
        let segments = segments_in(&tx, article_id)?;
        let mut total = 0;
        for s in segments.iter().filter(|s| only.is_none_or(|ids| ids.contains(&s.id))) {
            let (new, n) = crate::text::normalize::replace_all(&s.target, query, replacement);
            if n == 0 {
                continue;
            }
            total += n;
            write_segment_text(&tx, s.id, &new, status::on_text_change(s.status, &new), Some(Reason::Replace), now)?;
        }
        if total > 0 {
            touch_article(&tx, article_id, now)?;
        }
        tx.commit()?;
        Ok(total)
    }
}

/// A segment, read on `conn` (the store's connection, or a transaction).
pub(super) fn segment_in(conn: &Connection, id: i64) -> Result<Segment> {
    let mut seg = conn
        .prepare_cached(&format!("SELECT {SEGMENT_COLUMNS} FROM segments WHERE id = ?1"))?
        .query_row([id], segment_from_row)
        .optional()?
        .ok_or(Error::SegmentNotFound(id))?;
    seg.mergeable = next_in(conn, &seg)?.is_some_and(|next| seg.can_merge_with(&next))
        && !super::xliff_rows::is_xliff_segment(conn, id)?;
    Ok(seg)
}

/// The segment after `seg` in its article, if any.
fn next_in(conn: &Connection, seg: &Segment) -> Result<Option<Segment>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {SEGMENT_COLUMNS} FROM segments WHERE article_id = ?1 AND position = ?2"))?
        .query_row(params![seg.article_id, seg.position + 1], segment_from_row)
        .optional()?)
}

/// The segments of an article in order, read on `conn`; an unknown article is an error, not
/// an empty list.
pub(super) fn segments_in(conn: &Connection, article_id: i64) -> Result<Vec<Segment>> {
    article_in(conn, article_id)?;
    let mut stmt = conn
        .prepare_cached(&format!("SELECT {SEGMENT_COLUMNS} FROM segments WHERE article_id = ?1 ORDER BY position"))?;
    let rows = stmt.query_map([article_id], segment_from_row)?;
    let mut segments: Vec<Segment> = rows.collect::<rusqlite::Result<_>>()?;
    // The segments of an article opened from XLIFF are the file's units: never merged.
    if !super::xliff_rows::is_xliff_article(conn, article_id)? {
        for i in 1..segments.len() {
            segments[i - 1].mergeable = segments[i - 1].can_merge_with(&segments[i]);
        }
    }
    Ok(segments)
}

impl Store {
    /// Fill segments from the memory, in one transaction: each still without a translation
    /// gets its match's, as a draft marked with the unit (`memory_unit`), noted in its
    /// history. Returns how many were filled.
    pub fn fill_from_memory(&mut self, fills: &[super::memory::Fill]) -> Result<usize> {
        let tx = self.write()?;
        let now = now_ms();
        let mut n = 0;
        for fill in fills {
            let seg = segment_in(&tx, fill.segment_id)?;
            if !seg.target.is_empty() || seg.status == crate::SegmentStatus::Excluded {
                continue;
            }
            write_segment(
                &tx,
                seg.id,
                Change {
                    target: Some(&fill.target),
                    status: Some(crate::status::on_text_change(seg.status, &fill.target)),
                    memory_unit: Some(fill.unit_id),
                    ..Default::default()
                },
                Some(Reason::Memory),
                now,
            )?;
            touch_article_of(&tx, seg.id, now)?;
            n += 1;
        }
        tx.commit()?;
        Ok(n)
    }
}
