//! The glossary of names: a page of search results, files in and out, and what a dropped
//! file is.
use std::io::Read;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::formats::glossary_file::{self, GlossaryFormat};
use crate::names::glossary::{Columns, GlossaryEntry, ImportReport, NameType, Skipped, StoredEntry};
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

/// A glossary file as it is imported: its entries, the lines it skipped, and the fields it
/// carries (an entry already stored keeps the others).
pub struct GlossaryFile {
    pub entries: Vec<GlossaryEntry>,
    pub skipped: Vec<Skipped>,
    pub columns: Columns,
}

/// [`read_file`] for an import.
pub fn read_for_import(path: &Path) -> Result<GlossaryFile> {
    let (entries, skipped, columns) = glossary_file::read_file_columns(&crate::import::read_file(path)?)?;
    Ok(GlossaryFile { entries, skipped, columns })
}

/// Store what [`read_for_import`] read, in one transaction; returns the report and the
/// entries added or changed (for the compiled glossary).
pub fn import_entries(store: &mut Store, file: GlossaryFile) -> Result<(ImportReport, Vec<StoredEntry>)> {
    let (report, changed) = store.import_glossary_columns(&file.entries, file.skipped, file.columns, false)?;
    tracing::info!(added = report.added, updated = report.updated, skipped = report.skipped.len(), "glossary imported");
    Ok((report, changed))
}

/// What importing [`read_for_import`]'s file would do, and nothing done: the same import in a
/// transaction that is rolled back, so that the preview cannot differ from the import.
pub fn preview_entries(store: &mut Store, file: GlossaryFile) -> Result<ImportReport> {
    Ok(store.import_glossary_columns(&file.entries, file.skipped, file.columns, true)?.0)
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

/// The whole glossary, as a file holds it.
pub fn entries(store: &Store) -> Result<Vec<GlossaryEntry>> {
    Ok(store.glossary_entries()?.into_iter().map(|e| e.entry).collect())
}

/// Write `entries` to `path` in `format` (beside it, then renamed into place); returns how
/// many were written.
pub fn write_file(entries: &[GlossaryEntry], path: &Path, format: GlossaryFormat) -> Result<usize> {
    crate::formats::export::write_file(path, &glossary_file::write(entries, format))?;
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

/// What a dropped file is: a `.csv` or `.tbx` file is a glossary (as it always was: the
/// glossary import then explains what is wrong with it), and so is any other regular file
/// whose beginning (the first 64 KiB) is one: TBX, or CSV whose header has the arabic and
/// english columns, whatever its name. Anything else is an article (what cannot be read,
/// the article import then explains).
pub fn classify(path: &Path) -> DroppedFile {
    let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase());
    if matches!(extension.as_deref(), Some("csv" | "tbx")) {
        return DroppedFile::Glossary;
    }
    // Only a regular file is looked into: opening a FIFO would wait for a writer.
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return DroppedFile::Article;
    }
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(64 * 1024).read_to_end(&mut head));
    match read {
        Ok(_) if glossary_file::looks_like_glossary(&head) => DroppedFile::Glossary,
        _ => DroppedFile::Article,
    }
}
