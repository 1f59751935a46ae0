//! Drafts: named copies of an article's translation, compared and restored.
use dragoman_core::diff::Comparison;
use dragoman_core::Draft;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command(async)]
pub fn drafts_list(state: State<'_, AppState>, article_id: i64) -> Result<Vec<Draft>, IpcError> {
    state.with_store(|s| s.list_drafts(article_id))
}

#[tauri::command(async)]
pub fn drafts_create(state: State<'_, AppState>, article_id: i64, name: String) -> Result<Draft, IpcError> {
    state.with_store(|s| s.create_draft(article_id, &name))
}

/// Compare `from` → `to`; a missing side is the current text.
#[tauri::command(async)]
pub fn drafts_compare(
    state: State<'_, AppState>,
    article_id: i64,
    from: Option<i64>,
    to: Option<i64>,
) -> Result<Comparison, IpcError> {
    state.with_store(|s| s.compare(article_id, from, to))
}

/// Restore a draft; returns the draft that keeps the text as it was before.
#[tauri::command(async)]
pub fn drafts_restore(state: State<'_, AppState>, draft_id: i64) -> Result<Draft, IpcError> {
    state.wait_checked()?;
    state.with_store(|s| s.restore_draft(draft_id))
}
