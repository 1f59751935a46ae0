//! The native open and save dialogs, opened from here rather than from the page: what the
//! translator picks is recorded as chosen (`AppState::chosen`, `crate::chosen`) before its
//! path goes back to the page to be shown and passed to the command that reads or writes
//! it. The commands that read or write files take no other path.
use serde::{Deserialize, Serialize};
use tauri::{Manager, Runtime, Webview};
use tauri_plugin_dialog::{Dialog, FileDialogBuilder};

use crate::error::IpcError;
use crate::state::AppState;

/// What an open dialog is for; the files it offers by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum OpenKind {
    /// An article: plain text, HTML, Word, Markdown; or XLIFF (another tool's file, opened
    /// as an article, or one that came back, updating its article).
    Article,
    /// A glossary: CSV or TBX.
    Glossary,
    /// A translation memory: TMX.
    Tmx,
    /// An XLIFF file that came back from another tool, to update the article open.
    Xliff,
}

impl OpenKind {
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            OpenKind::Article => {
                &["txt", "html", "htm", "docx", "md", "markdown", "xlf", "xliff", "sdlxliff", "mqxliff"]
            }
            OpenKind::Glossary => &["csv", "tbx", "xml"],
            OpenKind::Tmx => &["tmx", "xml"],
            OpenKind::Xliff => &["xlf", "xliff", "sdlxliff", "mqxliff"],
        }
    }
}

/// The type of file a save dialog proposes, which is its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum SaveType {
    Txt,
    Md,
    Html,
    Docx,
    Csv,
    Tbx,
    Tmx,
    /// XLIFF, for another translation tool: `.xlf` (the name proposed ends so) or `.xliff`.
    Xliff,
}

impl SaveType {
    /// The extensions the dialog's filter shows; the first is the one proposed.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            SaveType::Txt => &["txt"],
            SaveType::Md => &["md"],
            SaveType::Html => &["html"],
            SaveType::Docx => &["docx"],
            SaveType::Csv => &["csv"],
            SaveType::Tbx => &["tbx"],
            SaveType::Tmx => &["tmx"],
            SaveType::Xliff => &["xlf", "xliff"],
        }
    }
}

pub(crate) fn dialog<R: Runtime>(webview: &Webview<R>) -> Result<FileDialogBuilder<R>, IpcError> {
    let dialog =
        webview.try_state::<Dialog<R>>().ok_or_else(|| IpcError::internal("the dialog plugin is not set up"))?;
    Ok(dialog.file())
}

/// Show the dialog off the async runtime's workers (it waits for the translator) and give
/// the path picked, if any.
pub(crate) async fn shown<R: Runtime>(
    builder: FileDialogBuilder<R>,
    show: fn(FileDialogBuilder<R>) -> Option<tauri_plugin_dialog::FilePath>,
) -> Result<Option<std::path::PathBuf>, IpcError> {
    let picked = tauri::async_runtime::spawn_blocking(move || show(builder))
        .await
        .map_err(|e| IpcError::internal(format!("the file dialog failed: {e}")))?;
    Ok(picked.and_then(|p| p.into_path().ok()))
}

/// The open dialog for one file of `kind` (`filter_name`: the filter's label, in the
/// interface's language). The file picked may then be read; its path, or nothing if the
/// translator cancelled.
#[tauri::command]
pub async fn files_pick_open<R: Runtime>(
    webview: Webview<R>,
    kind: OpenKind,
    filter_name: String,
) -> Result<Option<String>, IpcError> {
    let builder = dialog(&webview)?.add_filter(filter_name, kind.extensions());
    // As the dialog plugin's own open: a parent window only where the toolkit wants one.
    #[cfg(any(windows, target_os = "macos"))]
    let builder = builder.set_parent(&webview.window());
    let Some(path) = shown(builder, FileDialogBuilder::blocking_pick_file).await? else { return Ok(None) };
    webview.state::<AppState>().chosen.allow_read(&path);
    tracing::info!(path = %path.display(), ?kind, "file chosen to read");
    Ok(Some(path.to_string_lossy().into_owned()))
}

/// The save dialog, proposing `default_name` (a file name: any folder in it is dropped) of
/// `file_type`. The file picked may then be written; its path, or nothing if the translator
/// cancelled.
#[tauri::command]
pub async fn files_pick_save<R: Runtime>(
    webview: Webview<R>,
    default_name: String,
    file_type: SaveType,
    filter_name: String,
) -> Result<Option<String>, IpcError> {
    let mut builder = dialog(&webview)?.add_filter(filter_name, file_type.extensions());
    if let Some(name) = std::path::Path::new(&default_name).file_name() {
        builder = builder.set_file_name(name.to_string_lossy());
    }
    let builder = builder.set_parent(&webview.window());
    let Some(path) = shown(builder, FileDialogBuilder::blocking_save_file).await? else { return Ok(None) };
    webview.state::<AppState>().chosen.allow_write(&path);
    tracing::info!(path = %path.display(), ?file_type, "file chosen to write");
    Ok(Some(path.to_string_lossy().into_owned()))
}
