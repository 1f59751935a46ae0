//! Importing an article: a preview first, then the same reading stored.
use dragoman_core::import::{self, ImportOptions, Preview};
use dragoman_core::Article;
use serde::Deserialize;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// Where an import comes from: a file the user chose or dropped, or pasted text (with the
/// clipboard's HTML when a web page was copied).
#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum ImportSource {
    File { path: String },
    Paste { text: String, html: Option<String> },
}

fn preview_source(source: &ImportSource, encoding: Option<String>, repair_mojibake: bool) -> Result<Preview, IpcError> {
    let opts = ImportOptions { encoding: encoding.filter(|e| !e.is_empty()), repair_mojibake };
    let preview = match source {
        ImportSource::File { path } => {
            let path = std::path::Path::new(path);
            let bytes = import::read_file(path)?;
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            import::preview_bytes(&bytes, name.as_deref(), &opts)?
        }
        ImportSource::Paste { text, html } => import::preview_paste(text, html.as_deref())?,
    };
    Ok(preview)
}

/// What an import would make, before anything is stored.
#[tauri::command(async)]
pub fn import_preview(
    source: ImportSource,
    encoding: Option<String>,
    repair_mojibake: Option<bool>,
) -> Result<Preview, IpcError> {
    preview_source(&source, encoding, repair_mojibake.unwrap_or(true))
}

/// Import for real: the same reading as the preview, stored in one transaction.
#[tauri::command(async)]
pub fn import_commit(
    state: State<'_, AppState>,
    source: ImportSource,
    encoding: Option<String>,
    repair_mojibake: Option<bool>,
    title: Option<String>,
) -> Result<Article, IpcError> {
    let preview = preview_source(&source, encoding, repair_mojibake.unwrap_or(true))?;
    let format = preview.format;
    let new = preview.into_article(title.as_deref());
    let article = state.with_store(|s| s.create_article(&new))?;
    tracing::info!(id = article.id, format = format.as_str(), segments = new.segments.len(), "article imported");
    Ok(article)
}
