//! Articles: the list, one article, the sample, deletion, the workflow status.
use dragoman_core::usecases::articles;
use dragoman_core::{sample, Article, ArticleSummary, WorkflowStatus};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// The articles, most recently changed first; with a query, those whose title or text (in
/// either language) holds it.
#[tauri::command(async)]
pub fn articles_list(state: State<'_, AppState>, query: Option<String>) -> Result<Vec<ArticleSummary>, IpcError> {
    state.with_store(|s| articles::list(s, query.as_deref().unwrap_or("")))
}

/// An article's progress, as the list counts it (the editor's counts after each change).
#[tauri::command(async)]
pub fn articles_progress(state: State<'_, AppState>, id: i64) -> Result<ArticleSummary, IpcError> {
    state.with_store(|s| articles::progress(s, id))
}

#[tauri::command(async)]
pub fn articles_get(state: State<'_, AppState>, id: i64) -> Result<Article, IpcError> {
    state.with_store(|s| s.article(id))
}

#[tauri::command(async)]
pub fn articles_create_sample(state: State<'_, AppState>) -> Result<Article, IpcError> {
    state.with_store(|s| s.create_article(&sample::sample_article()))
}

/// Delete an article; its memory units stay unless `forget_units`.
#[tauri::command(async)]
pub fn articles_delete(state: State<'_, AppState>, id: i64, forget_units: Option<bool>) -> Result<(), IpcError> {
    state.wait_checked()?;
    let forget_units = forget_units.unwrap_or(false);
    state.with_store(|s| if forget_units { s.delete_article_and_units(id) } else { s.delete_article(id) })?;
    tracing::info!(id, forget_units, "article deleted");
    Ok(())
}

#[tauri::command(async)]
pub fn articles_set_status(state: State<'_, AppState>, id: i64, status: WorkflowStatus) -> Result<Article, IpcError> {
    state.with_store(|s| s.set_article_status(id, status))
}
