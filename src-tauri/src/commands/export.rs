//! Exporting an article to a file.
use dragoman_core::export::{self, ExportFormat};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// Export an article to `path` (chosen in the save dialog). The file is written beside
/// its destination and renamed into place, so a failed export never leaves half a file.
#[tauri::command(async)]
pub fn export_write(
    state: State<'_, AppState>,
    article_id: i64,
    format: ExportFormat,
    path: String,
) -> Result<String, IpcError> {
    let bytes = state.with_store(|s| {
        let article = s.article(article_id)?;
        let segments = s.segments(article_id)?;
        export::export(&article, &segments, format)
    })?;
    let path = std::path::PathBuf::from(path);
    export::write_file(&path, &bytes)?;
    tracing::info!(article_id, ?format, path = %path.display(), "exported");
    Ok(path.display().to_string())
}
