//! Names: the glossary's names in an article, the checks on its English, likely names the
//! glossary lacks, and a spelling for selected Arabic words.
use dragoman_core::namecheck::{self, Annotated, NameIssue};
use dragoman_core::{Segment, SegmentStatus};
use serde::Serialize;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArticleNames {
    /// The entries found, and the names in each segment's source (segments without names
    /// are left out).
    #[serde(flatten)]
    pub names: Annotated,
    /// The checks on the English.
    pub issues: Vec<NameIssue>,
}

/// The glossary names of an article and the checks on its English.
#[tauri::command(async)]
pub fn names_article(state: State<'_, AppState>, article_id: i64) -> Result<ArticleNames, IpcError> {
    let segments = state.with_store(|s| s.segments(article_id))?;
    state.with_compiled(|compiled| ArticleNames {
        names: namecheck::annotate(&segments, compiled),
        issues: namecheck::check(&segments, compiled),
    })
}

/// Just the checks (after an edit).
#[tauri::command(async)]
pub fn names_check(state: State<'_, AppState>, article_id: i64) -> Result<Vec<NameIssue>, IpcError> {
    let segments = state.with_store(|s| s.segments(article_id))?;
    state.with_compiled(|compiled| namecheck::check(&segments, compiled))
}

/// A likely name the glossary does not have, with the segment it was found in.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NameCandidate {
    #[serde(flatten)]
    pub candidate: dragoman_core::suggest::Candidate,
    pub segment_id: i64,
}

/// Names in the article's source that the glossary does not match, each with an English
/// spelling from the translation (verified) or a romanisation (unverified).
#[tauri::command(async)]
pub fn names_suggest(state: State<'_, AppState>, article_id: i64) -> Result<Vec<NameCandidate>, IpcError> {
    let segments: Vec<Segment> =
        state.with_store(|s| s.segments(article_id))?.into_iter().filter(|x| x.status != SegmentStatus::Excluded).collect();
    let pairs: Vec<(&str, &str)> = segments.iter().map(|x| (x.source.as_str(), x.target.as_str())).collect();
    state.with_compiled(|compiled| {
        dragoman_core::suggest::candidates(&pairs, compiled.index())
            .into_iter()
            .map(|c| NameCandidate { segment_id: segments[c.segment].id, candidate: c })
            .collect()
    })
}

/// The most words of a selection spelt as a name.
const MAX_NAME_WORDS: usize = 6;

/// An English spelling for Arabic words selected in the article, from its translation.
#[tauri::command(async)]
pub fn names_spell(state: State<'_, AppState>, article_id: i64, arabic: String) -> Result<dragoman_core::suggest::Suggestion, IpcError> {
    let context: Vec<String> = state
        .with_store(|s| s.segments(article_id))?
        .into_iter()
        .map(|x| x.target)
        .filter(|t| !t.trim().is_empty())
        .collect();
    // A name is a few words: a longer selection is cut, so that a paragraph selected by
    // mistake costs nothing.
    let words: Vec<&str> = arabic.split_whitespace().take(MAX_NAME_WORDS).collect();
    Ok(dragoman_core::suggest::spell(&words.join(" "), &context.join("\n")))
}
