//! Reading a segment's row: used by the segment tables' readers and writers and by the
//! memory, so it sits below them all.
use rusqlite::Row;

use crate::model::{Segment, SegmentKind, SegmentStatus};

/// The columns `segment_from_row` reads, in its order.
pub(super) const SEGMENT_COLUMNS: &str =
    "id, article_id, position, kind, paragraph, source, target, status, updated_at, words, version, memory_unit";

pub(super) fn segment_from_row(row: &Row<'_>) -> rusqlite::Result<Segment> {
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
        mergeable: false,
        memory_unit: row.get(11)?,
    })
}
