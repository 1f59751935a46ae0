//! The glossary of names: a page of search results, files in and out, and what a dropped
//! file is.
use std::io::Read;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::formats::glossary_file::{self, GlossaryFormat};
use crate::names::glossary::{GlossaryEntry, ImportReport, NameType, Skipped, StoredEntry};
use crate::store::Store;

/// Entries a page of search results holds unless asked otherwise, and at most.
pub const PAGE_DEFAULT: usize = 500;
pub const PAGE_MAX: usize = 5000;

/// A page of the glossary's search results.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct GlossaryPage {
    pub entries: Vec<StoredEntry>,
    /// How many entries match, of which `entries` are the first.
    pub total: i64,
    /// How many entries the glossary has.
    pub count: i64,
}

/// Entries matching `query` (Arabic: harakat and hamza forms ignored; English: case
/// ignored), of `kind` if given, at most `limit` (default [`PAGE_DEFAULT`], capped at
/// [`PAGE_MAX`]).
pub fn search(store: &Store, query: &str, kind: Option<NameType>, limit: Option<usize>) -> Result<GlossaryPage> {
    let limit = limit.unwrap_or(PAGE_DEFAULT).min(PAGE_MAX);
    let (entries, total) = store.search_glossary(query, kind, limit)?;
    Ok(GlossaryPage { entries, total, count: store.glossary_count()? })
}

/// A glossary file's entries and the lines it skipped, read whole and checked before
/// anything is stored.
pub fn read_file(path: &Path) -> Result<(Vec<GlossaryEntry>, Vec<Skipped>)> {
    glossary_file::read_file(&crate::import::read_file(path)?)
}

/// Store what [`read_file`] read, in one transaction; returns the report and the entries
/// added or changed (for the compiled glossary).
pub fn import_entries(
    store: &mut Store,
    entries: &[GlossaryEntry],
    skipped: Vec<Skipped>,
) -> Result<(ImportReport, Vec<StoredEntry>)> {
    let (report, changed) = store.import_glossary(entries, skipped)?;
    tracing::info!(added = report.added, updated = report.updated, skipped = report.skipped.len(), "glossary imported");
    Ok((report, changed))
}

/// The format a glossary is written in: the one asked for (`csv`, `tbx`), else told by the
/// file's name (`.tbx`, `.xml`: TBX; anything else CSV).
pub fn format_for(path: &Path, asked: Option<&str>) -> Result<GlossaryFormat> {
    match asked.map(str::to_lowercase).as_deref() {
        None => Ok(GlossaryFormat::from_name(&path.to_string_lossy())),
        Some("csv") => Ok(GlossaryFormat::Csv),
        Some("tbx") => Ok(GlossaryFormat::Tbx),
        Some(other) => Err(Error::Invalid(format!("unknown glossary format {other:?}: csv, tbx"))),
    }
}

/// Write the whole glossary to `path` in `format`; returns how many entries were written.
pub fn export_file(store: &Store, path: &Path, format: GlossaryFormat) -> Result<usize> {
    let entries: Vec<GlossaryEntry> = store.glossary_entries()?.into_iter().map(|e| e.entry).collect();
    crate::formats::export::write_file(path, &glossary_file::write(&entries, format))?;
    tracing::info!(path = %path.display(), entries = entries.len(), ?format, "glossary exported");
    Ok(entries.len())
}

/// What a file dropped onto the window is: a glossary goes into the glossary, anything else
/// is offered as an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum DroppedFile {
    Glossary,
    Article,
}

/// Tell a dropped file by its beginning (the first 64 KiB): TBX, or CSV whose header has the
/// arabic and english columns, is a glossary; anything else (or what cannot be read, which
/// the import then explains) an article.
pub fn classify(path: &Path) -> DroppedFile {
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(64 * 1024).read_to_end(&mut head));
    match read {
        Ok(_) if glossary_file::looks_like_glossary(&head) => DroppedFile::Glossary,
        _ => DroppedFile::Article,
    }
}
