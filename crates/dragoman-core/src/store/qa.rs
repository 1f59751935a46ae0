//! Table `qa_ignored`: the QA issues set aside, by segment and key.
use std::collections::HashSet;

use rusqlite::params;

use super::{now_ms, Store};
use crate::error::Result;

impl Store {
    /// The ignored issues of an article's segments, as `(segment id, key)`.
    pub fn ignored_issues(&self, article_id: i64) -> Result<HashSet<(i64, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT q.segment_id, q.key FROM qa_ignored q JOIN segments s ON s.id = q.segment_id WHERE s.article_id = ?1",
        )?;
        let rows = stmt.query_map([article_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Set an issue aside (`ignored`) or take it back. True when something changed.
    pub fn set_issue_ignored(&self, segment_id: i64, key: &str, ignored: bool) -> Result<bool> {
        let n = if ignored {
            self.conn
                .prepare_cached(
                    "INSERT INTO qa_ignored (segment_id, key, ignored_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT (segment_id, key) DO NOTHING",
                )?
                .execute(params![segment_id, key, now_ms()])?
        } else {
            self.conn
                .prepare_cached("DELETE FROM qa_ignored WHERE segment_id = ?1 AND key = ?2")?
                .execute(params![segment_id, key])?
        };
        Ok(n == 1)
    }
}
