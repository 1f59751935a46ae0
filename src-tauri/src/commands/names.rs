//! Names: the glossary's names in an article, likely names the glossary lacks, and a
//! spelling for selected Arabic words. (The checks on the English are the QA checks.)
use dragoman_core::names::suggest::Suggestion;
use dragoman_core::usecases::names::{self, ArticleNames, NameCandidate};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// The glossary names of an article (with the form each inserts).
#[tauri::command(async)]
pub fn names_article(state: State<'_, AppState>, article_id: i64) -> Result<ArticleNames, IpcError> {
    let segments = state.with_store(|s| s.segments(article_id))?;
    state.with_compiled(|compiled| names::article_names(&segments, compiled))
}

/// Names in the article's source that the glossary does not match, each with an English
/// spelling from the translation (verified) or a romanisation (unverified).
#[tauri::command(async)]
pub fn names_suggest(state: State<'_, AppState>, article_id: i64) -> Result<Vec<NameCandidate>, IpcError> {
    let segments = state.with_store(|s| s.segments(article_id))?;
    state.with_compiled(|compiled| names::candidates(&segments, compiled))
}

/// An English spelling for Arabic words selected in the article, from its translation.
#[tauri::command(async)]
pub fn names_spell(state: State<'_, AppState>, article_id: i64, arabic: String) -> Result<Suggestion, IpcError> {
    let segments = state.with_store(|s| s.segments(article_id))?;
    Ok(names::spell(&segments, &arabic))
}
