//! XLIFF in the app (issue 14): a file that came back from another tool, reported before it
//! updates its article; another tool's file, opened as a new article; that article written
//! back as the file it came from; and the inline codes the editor shows as chips.
//!
//! The files read are only those the translator chose (an open dialog, a drop); the file
//! written back only the one picked in the save dialog this command opens.
use std::collections::HashMap;

use dragoman_core::formats::xliff::codes::Code;
use dragoman_core::usecases::xliff::{self, XliffOutcome, XliffPlan};
use tauri::{Manager, Runtime, State, Webview};
use tauri_plugin_dialog::FileDialogBuilder;

use crate::error::IpcError;
use crate::state::AppState;

/// What the XLIFF file at `path` is and would do, with nothing changed: the update of its
/// article (the changes, the conflicts, what is kept) or the article another tool's file
/// would make. `into`: the article the translator is updating, which the file must be from.
#[tauri::command(async)]
pub fn xliff_plan(state: State<'_, AppState>, path: String, into: Option<i64>) -> Result<XliffPlan, IpcError> {
    let path = state.chosen.readable(&path)?;
    state.with_store(|s| xliff::plan(s, &path, into))
}

/// Apply the XLIFF file at `path`: the update of its article (the changes, and the conflicts
/// whose segment is in `take`), kept first as the draft "before XLIFF import"; or a new
/// article from another tool's file.
#[tauri::command(async)]
pub fn xliff_apply(
    state: State<'_, AppState>,
    path: String,
    into: Option<i64>,
    take: Vec<i64>,
) -> Result<XliffOutcome, IpcError> {
    state.wait_checked()?;
    let path = state.chosen.readable(&path)?;
    state.with_store(|s| xliff::apply(s, &path, into, &take))
}

/// The inline codes of each segment of an article opened from another tool's XLIFF, by
/// segment id (none for any other article): what the editor shows as chips.
#[tauri::command(async)]
pub fn xliff_codes(state: State<'_, AppState>, article_id: i64) -> Result<HashMap<i64, Vec<Code>>, IpcError> {
    state.with_store(|s| xliff::codes_of(s, article_id))
}

/// The extensions the save dialog offers for a written-back file: XLIFF's, and the original
/// file's own if it is another (`.sdlxliff`, `.mqxliff`).
fn save_extensions(original: &str) -> Vec<String> {
    let mut list = vec!["xlf".to_owned(), "xliff".to_owned()];
    if let Some(ext) = std::path::Path::new(original).extension().and_then(|e| e.to_str()) {
        let ext = ext.to_ascii_lowercase();
        if !list.contains(&ext) {
            list.push(ext);
        }
    }
    list
}

/// Write an article opened from another tool's XLIFF back as that file, with the
/// translations put in: the save dialog (proposing the original file's name; `filter_name`
/// is its filter's label in the interface's language), then the file. The path written, or
/// nothing if the translator cancelled.
#[tauri::command]
pub async fn xliff_write_back<R: Runtime>(
    webview: Webview<R>,
    article_id: i64,
    filter_name: String,
) -> Result<Option<String>, IpcError> {
    let original = {
        let state = webview.state::<AppState>();
        state.with_store(|s| s.xliff_file(article_id))?
    };
    let Some(original) = original else {
        return Err(dragoman_core::Error::UnsupportedFormat.into());
    };
    let extensions = save_extensions(&original.file_name);
    let extensions: Vec<&str> = extensions.iter().map(String::as_str).collect();
    let mut builder = super::files::dialog(&webview)?.add_filter(filter_name, &extensions);
    if let Some(name) = std::path::Path::new(&original.file_name).file_name() {
        builder = builder.set_file_name(name.to_string_lossy());
    }
    let builder = builder.set_parent(&webview.window());
    let Some(picked) = super::files::shown(builder, FileDialogBuilder::blocking_save_file).await? else {
        return Ok(None);
    };
    let state = webview.state::<AppState>();
    state.chosen.allow_write(&picked);
    let path = state.chosen.writable(&picked.to_string_lossy())?;
    tracing::info!(path = %path.display(), article_id, "file chosen to write the XLIFF back");
    state.with_store(|s| xliff::write_back(s, article_id, &path))?;
    Ok(Some(path.display().to_string()))
}

#[cfg(test)]
mod tests {
    use super::save_extensions;

    #[test]
    fn the_dialog_offers_the_original_files_extension_too() {
        assert_eq!(save_extensions("kremlin.xlf"), ["xlf", "xliff"]);
        assert_eq!(save_extensions("Kremlin.XLIFF"), ["xlf", "xliff"]);
        assert_eq!(save_extensions("job.sdlxliff"), ["xlf", "xliff", "sdlxliff"]);
        assert_eq!(save_extensions("no-extension"), ["xlf", "xliff"]);
    }
}
