//! Table `tm_units` (the translation memory) and the full-text indexes over units and
//! segments (`tm_index`, `segment_index`, whose terms are [`crate::text::terms`]).
//!
//! A segment's unit is kept by [`keep_unit`], called by the one writer of segment content
//! (`segment_writes.rs`) whenever a segment is confirmed with a translation; units from files
//! come through [`Store::import_units`]. The indexes are written here and only here; rows
//! deleted by a cascade leave them through triggers (migration 0007).
use std::collections::{HashMap, HashSet};

use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::{now_ms, Store};
use crate::error::{Error, Result};
use crate::model::{NewUnit, Segment, Unit, UnitOrigin, UnitOutcome};
use crate::text::normalize::fingerprint;
use crate::text::terms::index_text;
use crate::text::tokens::count_words;

const UNIT_COLUMNS: &str = "id, source, target, source_lang, target_lang, origin_kind, origin, article_id, segment_id,
     words, created_by, changed_by, created_at, updated_at, prev_key, next_key";

fn unit_from_row(row: &Row<'_>) -> rusqlite::Result<Unit> {
    let kind: String = row.get(5)?;
    Ok(Unit {
        id: row.get(0)?,
        source: row.get(1)?,
        target: row.get(2)?,
        source_lang: row.get(3)?,
        target_lang: row.get(4)?,
        origin_kind: if kind == "file" { UnitOrigin::File } else { UnitOrigin::Article },
        origin: row.get(6)?,
        article_id: row.get(7)?,
        segment_id: row.get(8)?,
        words: row.get(9)?,
        created_by: row.get(10)?,
        changed_by: row.get(11)?,
        created_at: row.get(12)?,
        updated_at: row.get(13)?,
        prev_key: row.get(14)?,
        next_key: row.get(15)?,
    })
}

/// Which text of a unit or segment a search reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The Arabic.
    Source,
    /// The English.
    Target,
}

impl Side {
    fn column(self) -> &'static str {
        match self {
            Side::Source => "src",
            Side::Target => "tgt",
        }
    }
}

/// A full-text query: every group must be present, a group is present when any of its terms
/// is (terms as [`crate::text::terms`] makes them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermQuery {
    pub side: Side,
    pub groups: Vec<Vec<String>>,
}

/// FTS5's query text for `groups` joined by `join` (AND / OR), in `side`'s column. Terms hold
/// only word characters; quoting them keeps FTS5's own operators (AND, NOT, NEAR) words.
fn match_expr(side: Side, groups: &[Vec<String>], join: &str) -> String {
    let group = |g: &Vec<String>| {
        let terms: Vec<String> = g.iter().map(|t| format!("\"{}\"", t.replace('"', "\"\""))).collect();
        format!("({})", terms.join(" OR "))
    };
    let all: Vec<String> = groups.iter().map(group).collect();
    format!("{} : ({})", side.column(), all.join(&format!(" {join} ")))
}

/// Index (again) segment `id`'s text.
pub(super) fn index_segment(tx: &Connection, id: i64, source: &str, target: &str) -> Result<()> {
    tx.prepare_cached("DELETE FROM segment_index WHERE rowid = ?1")?.execute([id])?;
    tx.prepare_cached("INSERT INTO segment_index (rowid, src, tgt) VALUES (?1, ?2, ?3)")?.execute(params![
        id,
        index_text(source),
        index_text(target)
    ])?;
    Ok(())
}

/// The distinct terms of a unit's Arabic.
fn source_terms(source: &str) -> HashSet<String> {
    index_text(source).split(' ').filter(|t| !t.is_empty()).map(str::to_owned).collect()
}

/// Changes to [`tm_terms`]' counts, gathered and written together.
#[derive(Default)]
struct TermCounts(HashMap<String, i64>);

impl TermCounts {
    /// A unit's Arabic went from `old` (none: a new unit) to `new` (none: deleted).
    fn change(&mut self, old: Option<&str>, new: Option<&str>) {
        let old = old.map(source_terms).unwrap_or_default();
        let new = new.map(source_terms).unwrap_or_default();
        for t in old.difference(&new) {
            *self.0.entry(t.clone()).or_default() -= 1;
        }
        for t in new.difference(&old) {
            *self.0.entry(t.clone()).or_default() += 1;
        }
    }

    fn write(&mut self, tx: &Connection) -> Result<()> {
        let mut up = tx.prepare_cached(
            "INSERT INTO tm_terms (term, units) VALUES (?1, ?2)
             ON CONFLICT (term) DO UPDATE SET units = units + excluded.units",
        )?;
        let mut gone = tx.prepare_cached("DELETE FROM tm_terms WHERE term = ?1 AND units <= 0")?;
        for (term, delta) in self.0.drain().filter(|(_, d)| *d != 0) {
            up.execute(params![term, delta])?;
            if delta < 0 {
                gone.execute([term])?;
            }
        }
        Ok(())
    }
}

/// Index (again) unit `id`, whose Arabic was `old_source` (none: a new unit), counting its
/// terms in `counts`.
fn index_unit(
    tx: &Connection,
    counts: &mut TermCounts,
    id: i64,
    old_source: Option<&str>,
    source: &str,
    target: &str,
) -> Result<()> {
    if old_source.is_some() {
        tx.prepare_cached("DELETE FROM tm_index WHERE rowid = ?1")?.execute([id])?;
    }
    tx.prepare_cached("INSERT INTO tm_index (rowid, src, tgt) VALUES (?1, ?2, ?3)")?.execute(params![
        id,
        index_text(source),
        index_text(target)
    ])?;
    counts.change(old_source, Some(source));
    Ok(())
}

/// The fingerprints of the sources before and after position `position` of an article.
fn neighbour_keys_in(conn: &Connection, article_id: i64, position: i64) -> Result<(Option<String>, Option<String>)> {
    let mut stmt = conn.prepare_cached("SELECT source FROM segments WHERE article_id = ?1 AND position = ?2")?;
    let mut at = |p: i64| -> Result<Option<String>> {
        Ok(stmt
            .query_row(params![article_id, p], |r| r.get::<_, String>(0))
            .optional()?
            .map(|s| fingerprint([s.as_str()])))
    };
    Ok((at(position - 1)?, at(position + 1)?))
}

/// The confirmed segment `id` (with `source` and a non-blank `target`) becomes its unit, or
/// updates it: one unit per segment, whatever happens to the segment after.
pub(super) fn keep_unit(tx: &Transaction<'_>, seg: &Segment, now: i64) -> Result<()> {
    let mut counts = TermCounts::default();
    keep_unit_counted(tx, seg, now, &mut counts)?;
    counts.write(tx)
}

/// [`keep_unit`], its term counts gathered in `counts` (written by the caller).
fn keep_unit_counted(tx: &Transaction<'_>, seg: &Segment, now: i64, counts: &mut TermCounts) -> Result<()> {
    let (prev, next) = neighbour_keys_in(tx, seg.article_id, seg.position)?;
    let old: Option<String> = tx
        .prepare_cached("SELECT source FROM tm_units WHERE segment_id = ?1")?
        .query_row([seg.id], |r| r.get(0))
        .optional()?;
    let title: String =
        tx.prepare_cached("SELECT title FROM articles WHERE id = ?1")?.query_row([seg.article_id], |r| r.get(0))?;
    let id: i64 = tx
        .prepare_cached(
            "INSERT INTO tm_units (source, target, source_key, prev_key, next_key, origin_kind, origin,
                                   article_id, segment_id, words, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 'article', ?6, ?7, ?8, ?9, ?10, ?10)
             ON CONFLICT (segment_id) DO UPDATE SET
                 source = excluded.source, target = excluded.target, source_key = excluded.source_key,
                 prev_key = excluded.prev_key, next_key = excluded.next_key, origin = excluded.origin,
                 words = excluded.words, updated_at = excluded.updated_at
             RETURNING id",
        )?
        .query_row(
            params![
                seg.source,
                seg.target,
                fingerprint([seg.source.as_str()]),
                prev,
                next,
                title,
                seg.article_id,
                seg.id,
                count_words(&seg.source),
                now
            ],
            |r| r.get(0),
        )?;
    index_unit(tx, counts, id, old.as_deref(), &seg.source, &seg.target)
}

/// A segment's text changed (split, merge): its unit stays as it was confirmed, no longer
/// tied to the segment; confirming the segment again makes a unit of its new text.
pub(super) fn detach_unit(tx: &Transaction<'_>, segment_id: i64) -> Result<()> {
    tx.prepare_cached("UPDATE tm_units SET segment_id = NULL WHERE segment_id = ?1")?.execute([segment_id])?;
    Ok(())
}

/// Delete the units made from article `article_id`'s segments (its index rows go by trigger).
pub(super) fn delete_units_of(tx: &Transaction<'_>, article_id: i64) -> Result<()> {
    let mut counts = TermCounts::default();
    let sources: Vec<String> = tx
        .prepare_cached("SELECT source FROM tm_units WHERE article_id = ?1")?
        .query_map([article_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for s in &sources {
        counts.change(Some(s), None);
    }
    tx.prepare_cached("DELETE FROM tm_units WHERE article_id = ?1")?.execute([article_id])?;
    counts.write(tx)
}

/// Migration 7's step: index every segment, and make the units of the segments already
/// confirmed.
pub(super) fn fill_memory(tx: &Transaction<'_>) -> Result<()> {
    let now = now_ms();
    let mut counts = TermCounts::default();
    let mut after = 0i64;
    loop {
        // In batches of ids: a big database is never all in memory at once.
        let batch: Vec<Segment> = {
            let mut stmt = tx.prepare(&format!(
                "SELECT {} FROM segments WHERE id > ?1 ORDER BY id LIMIT 10000",
                super::segment_rows::SEGMENT_COLUMNS
            ))?;
            let rows = stmt.query_map([after], super::segment_rows::segment_from_row)?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let Some(last) = batch.last() else { break };
        after = last.id;
        for seg in &batch {
            index_segment(tx, seg.id, &seg.source, &seg.target)?;
            if seg.status.is_confirmed() && !seg.target.trim().is_empty() {
                keep_unit_counted(tx, seg, seg.updated_at.max(0).min(now), &mut counts)?;
            }
        }
    }
    counts.write(tx)
}

/// Units from a file being added, in one transaction ([`Store::import_units`]).
pub struct UnitImport<'a> {
    tx: Transaction<'a>,
    counts: TermCounts,
    /// The sources this import has added or updated: a file that gives one source two
    /// translations keeps both.
    written: HashSet<String>,
}

impl UnitImport<'_> {
    /// Add `unit`: nothing when the memory holds its source (as the normalisation reads it)
    /// with the same translation; its translation replaced when it is the same unit of the
    /// same file (same name, same `tuid`, same source) imported before with another; else a
    /// new unit: a file giving a source two translations keeps both, and two files of the same
    /// name from different people never overwrite each other's units without ids.
    pub fn add(&mut self, unit: &NewUnit) -> Result<UnitOutcome> {
        let key = fingerprint([unit.source.as_str()]);
        type Same = (i64, String, String, String, String, Option<String>);
        let same: Vec<Same> = self
            .tx
            .prepare_cached("SELECT id, source, target, origin_kind, origin, tuid FROM tm_units WHERE source_key = ?1")?
            .query_map([&key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?
            .collect::<rusqlite::Result<_>>()?;
        if same.iter().any(|(_, _, target, ..)| *target == unit.target) {
            return Ok(UnitOutcome::Unchanged);
        }
        let again = !self.written.insert(key.clone());
        let is_it = |(_, _, _, kind, origin, tuid): &&Same| {
            !again && kind == "file" && *origin == unit.origin && tuid.is_some() && *tuid == unit.tuid
        };
        if let Some((id, old, ..)) = same.iter().find(is_it) {
            self.tx
                .prepare_cached(
                    "UPDATE tm_units SET source = ?2, target = ?3, changed_by = ?4, updated_at = ?5 WHERE id = ?1",
                )?
                .execute(params![id, unit.source, unit.target, unit.changed_by, unit.updated_at])?;
            index_unit(&self.tx, &mut self.counts, *id, Some(old), &unit.source, &unit.target)?;
            return Ok(UnitOutcome::Updated);
        }
        let id: i64 = self
            .tx
            .prepare_cached(
                "INSERT INTO tm_units (source, target, source_lang, target_lang, source_key, origin_kind, origin,
                                       words, created_by, changed_by, created_at, updated_at, tuid)
                 VALUES (?1, ?2, ?3, ?4, ?5, 'file', ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                 RETURNING id",
            )?
            .query_row(
                params![
                    unit.source,
                    unit.target,
                    unit.source_lang,
                    unit.target_lang,
                    key,
                    unit.origin,
                    count_words(&unit.source),
                    unit.created_by,
                    unit.changed_by,
                    unit.created_at,
                    unit.updated_at,
                    unit.tuid
                ],
                |r| r.get(0),
            )?;
        index_unit(&self.tx, &mut self.counts, id, None, &unit.source, &unit.target)?;
        Ok(UnitOutcome::Added)
    }
}

/// A segment to fill from the memory: its translation and the unit it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fill {
    pub segment_id: i64,
    pub unit_id: i64,
    pub target: String,
}

impl Store {
    /// How many units the memory holds.
    pub fn unit_count(&self) -> Result<i64> {
        Ok(self.conn.query_row("SELECT count(*) FROM tm_units", [], |r| r.get(0))?)
    }

    pub fn unit(&self, id: i64) -> Result<Unit> {
        self.conn
            .prepare_cached(&format!("SELECT {UNIT_COLUMNS} FROM tm_units WHERE id = ?1"))?
            .query_row([id], unit_from_row)
            .optional()?
            .ok_or_else(|| Error::Invalid(format!("no memory unit {id}")))
    }

    /// Add units from a file through `f`, all in one transaction: if `f` fails (a malformed
    /// file halfway through), nothing is added.
    pub fn import_units<T>(&mut self, f: impl FnOnce(&mut UnitImport<'_>) -> Result<T>) -> Result<T> {
        let mut import = UnitImport { tx: self.write()?, counts: TermCounts::default(), written: HashSet::new() };
        let out = f(&mut import)?;
        import.counts.write(&import.tx)?;
        import.tx.commit()?;
        Ok(out)
    }

    /// Every unit (or those of one article), oldest first, given to `f` one at a time.
    /// Returns how many.
    pub fn for_each_unit(&self, article_id: Option<i64>, mut f: impl FnMut(Unit) -> Result<()>) -> Result<usize> {
        // Two statements: `?1 IS NULL OR article_id = ?1` would not use the article's index.
        let sql = match article_id {
            Some(_) => format!("SELECT {UNIT_COLUMNS} FROM tm_units WHERE article_id = ?1 ORDER BY id"),
            None => format!("SELECT {UNIT_COLUMNS} FROM tm_units ORDER BY id"),
        };
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = match article_id {
            Some(id) => stmt.query([id])?,
            None => stmt.query([])?,
        };
        let mut n = 0;
        while let Some(row) = rows.next()? {
            f(unit_from_row(row)?)?;
            n += 1;
        }
        Ok(n)
    }

    /// Units whose source is `source` as the normalisation reads it, the newest first, at
    /// most `limit` (boilerplate may be in the memory thousands of times).
    pub fn units_with_source(&self, source: &str, limit: usize) -> Result<Vec<Unit>> {
        let key = fingerprint([source]);
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {UNIT_COLUMNS} FROM tm_units WHERE source_key = ?1 ORDER BY updated_at DESC, id DESC LIMIT ?2"
        ))?;
        let rows = stmt.query_map(params![key, limit as i64], unit_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many units hold each term in their Arabic.
    pub fn unit_term_counts(&self, terms: &[String]) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare_cached("SELECT units FROM tm_terms WHERE term = ?1")?;
        terms.iter().map(|t| Ok(stmt.query_row([t], |r| r.get(0)).optional()?.unwrap_or(0))).collect()
    }

    /// The ids of the units whose Arabic holds any of `group`'s terms.
    pub fn unit_ids_with(&self, group: &[String]) -> Result<Vec<i64>> {
        let expr = match_expr(Side::Source, &[group.to_vec()], "OR");
        let mut stmt = self.conn.prepare_cached("SELECT rowid FROM tm_index WHERE tm_index MATCH ?1")?;
        let rows = stmt.query_map([expr], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The units with these ids (in no particular order; ids that are gone are skipped).
    pub fn units_by_id(&self, ids: &[i64]) -> Result<Vec<Unit>> {
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {UNIT_COLUMNS} FROM tm_units WHERE id = ?1"))?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(u) = stmt.query_row([id], unit_from_row).optional()? {
                out.push(u);
            }
        }
        Ok(out)
    }

    /// Units holding every group of `query`, newest first, at most `limit`, with ids below
    /// `before` (to read on).
    pub fn units_containing(&self, query: &TermQuery, before: Option<i64>, limit: usize) -> Result<Vec<Unit>> {
        if query.groups.is_empty() {
            return Ok(Vec::new());
        }
        let expr = match_expr(query.side, &query.groups, "AND");
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {UNIT_COLUMNS} FROM tm_units WHERE id IN
               (SELECT rowid FROM tm_index WHERE tm_index MATCH ?1 AND rowid < ?2 ORDER BY rowid DESC LIMIT ?3)
             ORDER BY id DESC"
        ))?;
        let rows = stmt.query_map(params![expr, before.unwrap_or(i64::MAX), limit as i64], unit_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Segments (with their article's title) holding every group of `query`, newest first,
    /// at most `limit`, with ids below `before`.
    pub fn segments_containing(
        &self,
        query: &TermQuery,
        before: Option<i64>,
        limit: usize,
    ) -> Result<Vec<(Segment, String)>> {
        if query.groups.is_empty() {
            return Ok(Vec::new());
        }
        let expr = match_expr(query.side, &query.groups, "AND");
        let cols: Vec<String> =
            super::segment_rows::SEGMENT_COLUMNS.split(", ").map(|c| format!("s.{}", c.trim())).collect();
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {}, a.title FROM segments s JOIN articles a ON a.id = s.article_id WHERE s.id IN
               (SELECT rowid FROM segment_index WHERE segment_index MATCH ?1 AND rowid < ?2 ORDER BY rowid DESC LIMIT ?3)
             ORDER BY s.id DESC",
            cols.join(", ")
        ))?;
        let rows = stmt.query_map(params![expr, before.unwrap_or(i64::MAX), limit as i64], |r| {
            Ok((super::segment_rows::segment_from_row(r)?, r.get(12)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The articles with a segment holding every group of `query` (in either language when
    /// both queries are given: the Arabic one or the English one).
    pub fn articles_containing(&self, queries: &[TermQuery]) -> Result<Vec<i64>> {
        let exprs: Vec<String> = queries
            .iter()
            .filter(|q| !q.groups.is_empty())
            .map(|q| format!("({})", match_expr(q.side, &q.groups, "AND")))
            .collect();
        if exprs.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare_cached(
            // A word in most segments would list millions of them: the first 200,000 (newest
            // first) say which articles hold it.
            "SELECT DISTINCT s.article_id FROM segments s WHERE s.id IN
               (SELECT rowid FROM segment_index WHERE segment_index MATCH ?1 ORDER BY rowid DESC LIMIT 200000)",
        )?;
        let rows = stmt.query_map([exprs.join(" OR ")], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The fingerprints of the sources around segment `id` (context matches).
    pub fn neighbour_keys(&self, id: i64) -> Result<(Option<String>, Option<String>)> {
        let (article, position): (i64, i64) = self
            .conn
            .prepare_cached("SELECT article_id, position FROM segments WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .ok_or(Error::SegmentNotFound(id))?;
        neighbour_keys_in(&self.conn, article, position)
    }
}
