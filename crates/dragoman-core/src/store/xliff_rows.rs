//! Whether a segment or an article came from another tool's XLIFF (table `xliff_units`,
//! `xliff_files`), asked by the segment writes that must not split or merge such segments.
use rusqlite::{Connection, OptionalExtension};

use crate::error::Result;

/// Whether the segment belongs to an article opened from XLIFF (its segments are the file's
/// units: they are not split or merged).
pub(super) fn is_xliff_segment(conn: &Connection, segment_id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM xliff_units WHERE segment_id = ?1")?
        .query_row([segment_id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Whether the article was opened from XLIFF.
pub(super) fn is_xliff_article(conn: &Connection, article_id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM xliff_files WHERE article_id = ?1")?
        .query_row([article_id], |_| Ok(()))
        .optional()?
        .is_some())
}
