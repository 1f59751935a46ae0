//! Table `glossary` (with its trigram index `glossary_search`, kept by triggers) and the
//! glossary revision in `settings`, bumped by every change in the same transaction. The
//! duplicate checks read inside the write's transaction.
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::{now_ms, Store};
use crate::error::{Error, Result};
use crate::names::glossary::{
    Columns, EntryChange, GlossaryEntry, ImportReport, NameType, SkipReason, Skipped, StoredEntry, MAX_CHANGES_LISTED,
};

/// The columns `entry_from_row` reads, in its order.
const ENTRY_COLUMNS: &str =
    "id, arabic, english, short, kind, variants, deprecated, not_forms, clitics, notes, created_at, updated_at";

impl Store {
    /// Every glossary entry, by normalised Arabic form.
    pub fn glossary_entries(&self) -> Result<Vec<StoredEntry>> {
        let mut stmt =
            self.conn.prepare_cached(&format!("SELECT {ENTRY_COLUMNS} FROM glossary ORDER BY arabic_key"))?;
        let rows = stmt.query_map([], entry_from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn glossary_count(&self) -> Result<i64> {
        Ok(self.conn.prepare_cached("SELECT count(*) FROM glossary")?.query_row([], |r| r.get(0))?)
    }

    /// Entries whose forms contain `query` (normalised: harakat, hamza forms and case do not
    /// matter), of `kind` if given, by normalised Arabic form; at most `limit`, with the
    /// number of all that match.
    pub fn search_glossary(
        &self,
        query: &str,
        kind: Option<NameType>,
        limit: usize,
    ) -> Result<(Vec<StoredEntry>, i64)> {
        let q = crate::text::normalize::normalize(query.trim()).text;
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
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ENTRY_COLUMNS} FROM glossary WHERE {filter} ORDER BY arabic_key LIMIT ?3"
        ))?;
        let rows =
            stmt.query_map(params![q, kind, limit as i64], entry_from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok((rows, total))
    }

    pub fn glossary_entry(&self, id: i64) -> Result<StoredEntry> {
        entry_in(&self.conn, id)
    }

    /// Add a name. Refused when a form is missing or another entry has its Arabic form.
    pub fn add_entry(&mut self, entry: &GlossaryEntry) -> Result<StoredEntry> {
        let entry = checked(entry)?;
        let tx = self.write()?;
        if entry_id_by_key(&tx, &entry.key())?.is_some() {
            return Err(Error::EntryDuplicate(entry.arabic));
        }
        let id = insert_entry(&tx, &entry, now_ms())?;
        bump_glossary_rev(&tx)?;
        let stored = entry_in(&tx, id)?;
        tx.commit()?;
        Ok(stored)
    }

    /// Change a name. Its Arabic form may change, but not to another entry's.
    pub fn update_entry(&mut self, id: i64, entry: &GlossaryEntry) -> Result<StoredEntry> {
        let entry = checked(entry)?;
        let tx = self.write()?;
        match entry_id_by_key(&tx, &entry.key())? {
            Some(other) if other != id => return Err(Error::EntryDuplicate(entry.arabic)),
            _ => {}
        }
        let exists: bool =
            tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM glossary WHERE id = ?1)")?.query_row([id], |r| r.get(0))?;
        if !exists {
            return Err(Error::EntryNotFound(id));
        }
        write_entry(&tx, Some(id), &entry, now_ms())?;
        bump_glossary_rev(&tx)?;
        let stored = entry_in(&tx, id)?;
        tx.commit()?;
        Ok(stored)
    }

    pub fn delete_entry(&mut self, id: i64) -> Result<()> {
        let tx = self.write()?;
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
    pub fn import_glossary(
        &mut self,
        entries: &[GlossaryEntry],
        skipped: Vec<Skipped>,
    ) -> Result<(ImportReport, Vec<StoredEntry>)> {
        self.import_glossary_columns(entries, skipped, Columns::ALL, false)
    }

    /// [`Store::import_glossary`] from a file that carries only `columns`: an entry already
    /// there keeps the fields the file lacks.
    pub fn import_glossary_columns(
        &mut self,
        entries: &[GlossaryEntry],
        skipped: Vec<Skipped>,
        columns: Columns,
        dry_run: bool,
    ) -> Result<(ImportReport, Vec<StoredEntry>)> {
        let now = now_ms();
        let mut report = ImportReport { skipped, ..ImportReport::default() };
        let mut changed_ids = Vec::new();
        let tx = self.write()?;
        let mut seen = std::collections::HashSet::new();
        for raw in entries {
            let Ok(entry) = checked(raw) else {
                report.skipped.push(Skipped { line: 0, reason: SkipReason::EmptyForm, detail: raw.arabic.clone() });
                continue;
            };
            // The readers report duplicates with their lines; this catches any they let by,
            // so that importing a file twice still changes nothing the second time.
            if !seen.insert(entry.key()) {
                report.skipped.push(Skipped {
                    line: 0,
                    reason: SkipReason::DuplicateInFile,
                    detail: entry.arabic.clone(),
                });
                continue;
            }
            match entry_id_by_key(&tx, &entry.key())? {
                None => {
                    changed_ids.push(insert_entry(&tx, &entry, now)?);
                    report.added += 1;
                    if report.changes.len() < MAX_CHANGES_LISTED {
                        report.changes.push(EntryChange { before: None, after: entry.clone() });
                    }
                }
                Some(id) => {
                    let old = entry_in(&tx, id)?;
                    let entry = columns.merge(&old.entry, &entry);
                    if old.entry == entry {
                        report.unchanged += 1;
                    } else {
                        write_entry(&tx, Some(id), &entry, now)?;
                        changed_ids.push(id);
                        report.updated += 1;
                        if report.changes.len() < MAX_CHANGES_LISTED {
                            report.changes.push(EntryChange { before: Some(old.entry), after: entry });
                        }
                    }
                }
            }
        }
        if !changed_ids.is_empty() {
            bump_glossary_rev(&tx)?;
        }
        report.skipped.sort_by_key(|s| s.line);
        if dry_run {
            // Rolled back: the report says what the import would do, exactly as it would.
            drop(tx);
            return Ok((report, Vec::new()));
        }
        let changed = changed_ids.into_iter().map(|id| entry_in(&tx, id)).collect::<Result<Vec<_>>>()?;
        tx.commit()?;
        Ok((report, changed))
    }
}

const GLOSSARY_REV_KEY: &str = "glossary.rev";

/// An entry, read on `conn` (the store's connection, or a transaction).
fn entry_in(conn: &Connection, id: i64) -> Result<StoredEntry> {
    conn.prepare_cached(&format!("SELECT {ENTRY_COLUMNS} FROM glossary WHERE id = ?1"))?
        .query_row([id], entry_from_row)
        .optional()?
        .ok_or(Error::EntryNotFound(id))
}

fn bump_glossary_rev(tx: &Transaction<'_>) -> Result<()> {
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
    Ok(conn
        .prepare_cached("SELECT id FROM glossary WHERE arabic_key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

fn json_list(v: &[String]) -> String {
    serde_json::to_string(v).expect("strings serialise")
}

fn insert_entry(tx: &Transaction<'_>, e: &GlossaryEntry, now: i64) -> Result<i64> {
    write_entry(tx, None, e, now)?;
    Ok(tx.last_insert_rowid())
}

/// Insert an entry (`id` None) or overwrite entry `id`, keeping its `created_at`.
fn write_entry(tx: &Transaction<'_>, id: Option<i64>, e: &GlossaryEntry, now: i64) -> Result<()> {
    tx.prepare_cached(
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
        serde_json::from_str(&s)
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e)))
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
