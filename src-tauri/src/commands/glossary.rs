//! The glossary: search, add, update, delete, import and export. Edits go through
//! `AppState::edit_glossary`, which keeps the compiled glossary in step.
use dragoman_core::formats::glossary_file::GlossaryFormat;
use dragoman_core::names::glossary::{GlossaryEntry, ImportReport, NameType, StoredEntry};
use dragoman_core::usecases::glossary::{self, GlossaryPage};
use tauri::State;

use crate::error::IpcError;
use crate::state::{AppState, GlossaryChange};

/// Entries matching `query` (Arabic: harakat and hamza forms ignored; English: case ignored),
/// of `kind` if given.
#[tauri::command(async)]
pub fn glossary_search(
    state: State<'_, AppState>,
    query: String,
    kind: Option<NameType>,
    limit: Option<usize>,
) -> Result<GlossaryPage, IpcError> {
    state.with_store(|s| glossary::search(s, &query, kind, limit))
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

/// What importing a CSV or TBX file would change, entry by entry, with nothing changed (the
/// same import, rolled back).
#[tauri::command(async)]
pub fn glossary_import_preview(state: State<'_, AppState>, path: String) -> Result<ImportReport, IpcError> {
    let read = glossary::read_for_import(&state.chosen.readable(&path)?)?;
    state.with_store(|s| glossary::preview_entries(s, read))
}

/// Import a CSV or TBX file (chosen in the open dialog or dropped; no other path) into the
/// glossary, in one transaction. A file that cannot be used at all changes nothing.
#[tauri::command(async)]
pub fn glossary_import(state: State<'_, AppState>, path: String) -> Result<ImportReport, IpcError> {
    state.wait_checked()?;
    let read = glossary::read_for_import(&state.chosen.readable(&path)?)?;
    state.edit_glossary(|s| {
        let (report, changed) = glossary::import_entries(s, read)?;
        Ok((report, GlossaryChange::Upsert(changed)))
    })
}

/// Write the whole glossary to `path` (chosen in the save dialog) as CSV or TBX.
#[tauri::command(async)]
pub fn glossary_export(state: State<'_, AppState>, path: String, format: GlossaryFormat) -> Result<usize, IpcError> {
    let path = state.chosen.writable(&path)?;
    // Only the reading holds the store; serialising and writing the file do not.
    let entries = state.with_store(|s| glossary::entries(s))?;
    Ok(glossary::write_file(&entries, &path, format)?)
}
