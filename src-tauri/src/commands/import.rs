//! Importing an article: a preview first, then the same reading stored.
use dragoman_core::import::Preview;
use dragoman_core::usecases::glossary::{self as glossary_usecases, DroppedFile};
use dragoman_core::usecases::import::{self, ImportSource};
use dragoman_core::Article;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// What an import would make, before anything is stored.
#[tauri::command(async)]
pub fn import_preview(
    source: ImportSource,
    encoding: Option<String>,
    repair_mojibake: Option<bool>,
) -> Result<Preview, IpcError> {
    Ok(import::preview(&source, &import::options(encoding, repair_mojibake))?)
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
    let preview = import::preview(&source, &import::options(encoding, repair_mojibake))?;
    state.with_store(|s| import::commit(s, preview, title.as_deref()))
}

/// Whether a file dropped onto the window is a glossary or an article, by its content.
#[tauri::command(async)]
pub fn import_classify(path: String) -> DroppedFile {
    glossary_usecases::classify(std::path::Path::new(&path))
}
