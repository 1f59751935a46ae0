//! Names: the glossary's names in an article, the checks on its English, likely names the
//! glossary lacks, and a spelling for selected Arabic words.
use dragoman_core::names::suggest::Suggestion;
use dragoman_core::qa::names::NameIssue;
use dragoman_core::usecases::names::{self, ArticleNames, NameCandidate};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// The glossary names of an article (with the form each inserts) and the checks on its
/// English.
#[tauri::command(async)]
pub fn names_article(state: State<'_, AppState>, article_id: i64) -> Result<ArticleNames, IpcError> {
    let segments = state.with_store(|s| s.segments(article_id))?;
    state.with_compiled(|compiled| names::article_names(&segments, compiled))
}

/// Just the checks (after an edit).
#[tauri::command(async)]
pub fn names_check(state: State<'_, AppState>, article_id: i64) -> Result<Vec<NameIssue>, IpcError> {
    let segments = state.with_store(|s| s.segments(article_id))?;
    state.with_compiled(|compiled| names::check(&segments, compiled))
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
