//! Exporting an article to a file.
use dragoman_core::formats::export::ExportFormat;
use dragoman_core::usecases::export::{self, Unfinished};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// Export an article to `path`, which the translator chose in the save dialog (any other
/// path is refused). The file is written beside its destination and renamed into place, so
/// a failed export never leaves half a file.
#[tauri::command(async)]
pub fn export_write(
    state: State<'_, AppState>,
    article_id: i64,
    format: ExportFormat,
    path: String,
) -> Result<String, IpcError> {
    let path = state.chosen.writable(&path)?;
    // Only the reading holds the store; building and writing the file do not.
    let (article, segments) = state.with_store(|s| export::load(s, article_id))?;
    export::to_file(&article, &segments, format, &path)?;
    Ok(path.display().to_string())
}

/// What an export of the article would leave out or send unconfirmed, and the checks' open
/// issues: said before the file is written, so the translator can go back first.
#[tauri::command(async)]
pub fn export_check(state: State<'_, AppState>, article_id: i64) -> Result<Unfinished, IpcError> {
    let report = super::qa::qa_check(state.clone(), article_id)?;
    let segments = state.with_store(|s| s.segments(article_id))?;
    Ok(export::unfinished(&segments, &report))
}
