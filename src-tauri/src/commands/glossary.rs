//! The glossary: search, add, update, delete, import and export. Edits go through
//! `AppState::edit_glossary`, which keeps the compiled glossary in step.
use dragoman_core::export;
use dragoman_core::glossary::{self, GlossaryEntry, GlossaryFormat, ImportReport, NameType, StoredEntry};
use dragoman_core::import;
use serde::Serialize;
use tauri::State;

use crate::error::IpcError;
use crate::state::{AppState, GlossaryChange};

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GlossaryPage {
    pub entries: Vec<StoredEntry>,
    /// How many entries match, of which `entries` are the first.
    pub total: i64,
    /// How many entries the glossary has.
    pub count: i64,
}

/// Entries matching `query` (Arabic: harakat and hamza forms ignored; English: case ignored),
/// of `kind` if given.
#[tauri::command(async)]
pub fn glossary_search(
    state: State<'_, AppState>,
    query: String,
    kind: Option<NameType>,
    limit: Option<usize>,
) -> Result<GlossaryPage, IpcError> {
    state.with_store(|s| {
        let (entries, total) = s.search_glossary(&query, kind, limit.unwrap_or(500).min(5000))?;
        Ok(GlossaryPage { entries, total, count: s.glossary_count()? })
    })
}

#[tauri::command(async)]
pub fn glossary_add(state: State<'_, AppState>, entry: GlossaryEntry) -> Result<StoredEntry, IpcError> {
    let e = state.edit_glossary(|s| {
        let e = s.add_entry(&entry)?;
        Ok((e.clone(), GlossaryChange::Upsert(vec![e])))
    })?;
    tracing::info!(id = e.id, "glossary entry added");
    Ok(e)
}

#[tauri::command(async)]
pub fn glossary_update(state: State<'_, AppState>, id: i64, entry: GlossaryEntry) -> Result<StoredEntry, IpcError> {
    state.edit_glossary(|s| {
        let e = s.update_entry(id, &entry)?;
        Ok((e.clone(), GlossaryChange::Upsert(vec![e])))
    })
}

#[tauri::command(async)]
pub fn glossary_delete(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.edit_glossary(|s| {
        s.delete_entry(id)?;
        Ok(((), GlossaryChange::Remove(id)))
    })
}

/// Import a CSV or TBX file (chosen in the open dialog) into the glossary, in one
/// transaction. A file that cannot be used at all changes nothing.
#[tauri::command(async)]
pub fn glossary_import(state: State<'_, AppState>, path: String) -> Result<ImportReport, IpcError> {
    let bytes = import::read_file(std::path::Path::new(&path))?;
    let (entries, skipped) = glossary::read_file(&bytes)?;
    let report = state.edit_glossary(|s| {
        let (report, changed) = s.import_glossary(&entries, skipped)?;
        Ok((report, GlossaryChange::Upsert(changed)))
    })?;
    tracing::info!(path, added = report.added, updated = report.updated, skipped = report.skipped.len(), "glossary imported");
    Ok(report)
}

/// Write the whole glossary to `path` as CSV or TBX.
#[tauri::command(async)]
pub fn glossary_export(state: State<'_, AppState>, path: String, format: GlossaryFormat) -> Result<usize, IpcError> {
    let entries = state.with_store(|s| s.glossary_entries())?;
    let plain: Vec<GlossaryEntry> = entries.into_iter().map(|e| e.entry).collect();
    export::write_file(std::path::Path::new(&path), &glossary::write(&plain, format))?;
    tracing::info!(path, entries = plain.len(), ?format, "glossary exported");
    Ok(plain.len())
}
