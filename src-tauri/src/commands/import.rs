//! Importing an article: a preview first, then the same reading stored.
use dragoman_core::import::work::Progress;
use dragoman_core::import::{ImportOptions, Preview};
use dragoman_core::usecases::glossary::{self as glossary_usecases, DroppedFile};
use dragoman_core::usecases::import::{self, ImportSource};
use dragoman_core::Article;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// What an import would make, before anything is stored, and the article already stored
/// with the same text, if any. (The store is held only for that lookup.)
#[tauri::command(async)]
pub fn import_preview(
    state: State<'_, AppState>,
    source: ImportSource,
    encoding: Option<String>,
    repair_mojibake: Option<bool>,
) -> Result<Preview, IpcError> {
    // A new preview stops the one in flight (the source or the choices changed meanwhile).
    let opts = import::options(encoding, repair_mojibake);
    if let Ok(mut current) = state.import_work.lock() {
        if let Some(previous) = current.replace(opts.work.clone()) {
            previous.cancel();
        }
    }
    let preview = read(&state, &source, &opts)?;
    state.with_store(|s| import::with_existing(s, preview))
}

/// How far the preview in flight is, if one is.
#[tauri::command(async)]
pub fn import_progress(state: State<'_, AppState>) -> Option<Progress> {
    let current = state.import_work.lock().ok()?;
    current.as_ref().filter(|w| !w.is_cancelled()).map(|w| w.progress())
}

/// Stop the preview in flight: it ends with the error `cancelled`.
#[tauri::command(async)]
pub fn import_cancel(state: State<'_, AppState>) {
    if let Ok(mut current) = state.import_work.lock() {
        if let Some(work) = current.take() {
            work.cancel();
        }
    }
}

/// Import for real: the same reading as the preview, stored in one transaction; the
/// segments at the positions `excluded` (furniture accepted in the preview) come in "not for
/// translation".
#[tauri::command(async)]
pub fn import_commit(
    state: State<'_, AppState>,
    source: ImportSource,
    encoding: Option<String>,
    repair_mojibake: Option<bool>,
    title: Option<String>,
    excluded: Option<Vec<usize>>,
) -> Result<Article, IpcError> {
    state.wait_checked()?;
    let preview = read(&state, &source, &import::options(encoding, repair_mojibake))?;
    state.with_store(|s| import::commit(s, preview, title.as_deref(), excluded.as_deref().unwrap_or_default()))
}

/// Whether a file dropped onto the window is a glossary or an article, by its content.
#[tauri::command(async)]
pub fn import_classify(state: State<'_, AppState>, path: String) -> Result<DroppedFile, IpcError> {
    Ok(glossary_usecases::classify(&state.chosen.readable(&path)?))
}

/// The preview of `source`: a file only if the translator chose it (a dialog, a drop).
fn read(state: &AppState, source: &ImportSource, opts: &ImportOptions) -> Result<Preview, IpcError> {
    Ok(match source {
        ImportSource::File { path } => import::preview_file(&state.chosen.readable(path)?, opts)?,
        paste => import::preview(paste, opts)?,
    })
}
