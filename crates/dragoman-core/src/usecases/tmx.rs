//! The translation memory's TMX files: import (one transaction: a file that turns out broken
//! halfway leaves the memory as it was) and export (streamed to a file beside the target,
//! then renamed into place).
use std::io::BufReader;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::formats::export::write_with;
use crate::formats::tmx::{self, TmxItem, TmxSkipped, TmxWriter};
use crate::model::{NewUnit, UnitOutcome};
use crate::store::{now_ms, Store};

/// The largest TMX file imported, in bytes (512 MiB: millions of units).
pub const MAX_TMX_BYTES: u64 = 512 * 1024 * 1024;
/// Skipped units listed in a report at most; the rest are counted in `skipped_more`.
pub const MAX_SKIPPED_LISTED: usize = 1000;

/// What a TMX import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TmxReport {
    /// New units.
    pub added: usize,
    /// Units from this same file whose translation changed.
    pub updated: usize,
    /// Units the memory already held with the same translation.
    pub unchanged: usize,
    /// The units not imported, by line (the first [`MAX_SKIPPED_LISTED`]).
    pub skipped: Vec<TmxSkipped>,
    /// Further units not imported, beyond those listed.
    pub skipped_more: usize,
}

impl TmxReport {
    /// How many units were skipped in all.
    pub fn skipped_total(&self) -> usize {
        self.skipped.len() + self.skipped_more
    }
}

/// Import the TMX file at `path` into the memory: each unit with an Arabic and an English
/// segment is added (its origin: the unit's `x-origin` property, else the file's name), in
/// one transaction. A path that is not a regular file, a file over [`MAX_TMX_BYTES`], and a
/// file that cannot be read (see [`crate::formats::tmx`]) change nothing.
pub fn import(store: &mut Store, path: &Path) -> Result<TmxReport> {
    let io = |source| Error::Io { path: path.to_owned(), source };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        // A FIFO would wait for a writer; a directory cannot be read. Said as an article's or
        // a glossary's file is (`import::read_file`).
        return Err(Error::NotAFile { path: path.to_owned() });
    }
    if meta.len() > MAX_TMX_BYTES {
        return Err(Error::TmxTooLarge { size: meta.len(), limit: MAX_TMX_BYTES });
    }
    let file = std::fs::File::open(path).map_err(io)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let now = now_ms();
    let report = store.import_units(|imp| {
        let mut report = TmxReport::default();
        tmx::read(BufReader::with_capacity(64 * 1024, file), |item| {
            match item {
                TmxItem::Unit(u) => {
                    let created_at = u.created_at.unwrap_or(now);
                    let unit = NewUnit {
                        source: u.source,
                        target: u.target,
                        source_lang: u.source_lang,
                        target_lang: u.target_lang,
                        origin: u.origin.unwrap_or_else(|| name.clone()),
                        tuid: u.tuid,
                        created_by: u.created_by,
                        changed_by: u.changed_by,
                        created_at,
                        updated_at: u.changed_at.unwrap_or(created_at),
                    };
                    match imp.add(&unit)? {
                        UnitOutcome::Added => report.added += 1,
                        UnitOutcome::Updated => report.updated += 1,
                        UnitOutcome::Unchanged => report.unchanged += 1,
                    }
                }
                TmxItem::Skipped(s) if report.skipped.len() < MAX_SKIPPED_LISTED => report.skipped.push(s),
                TmxItem::Skipped(_) => report.skipped_more += 1,
            }
            Ok(())
        })?;
        Ok(report)
    })?;
    tracing::info!(
        path = %path.display(),
        added = report.added,
        updated = report.updated,
        unchanged = report.unchanged,
        skipped = report.skipped_total(),
        "translation memory imported"
    );
    Ok(report)
}

/// Write the memory's units (all, or those of `article`) to `path` as TMX 1.4b, one unit at
/// a time; returns how many.
pub fn export(store: &Store, path: &Path, article: Option<i64>) -> Result<usize> {
    if let Some(id) = article {
        store.article(id)?;
    }
    let io = |source| Error::Write { path: path.to_owned(), source };
    let count = write_with(path, |out| {
        let mut w = TmxWriter::new(out).map_err(io)?;
        let count = store.for_each_unit(article, |u| w.unit(&u).map_err(io))?;
        w.finish().map_err(io)?;
        Ok(count)
    })?;
    tracing::info!(path = %path.display(), units = count, ?article, "translation memory exported");
    Ok(count)
}
