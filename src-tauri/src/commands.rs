//! The commands the UI may call, named by domain. Every command that touches the database
//! is `async` so that it runs off the main thread and never freezes the window.
use dragoman_core::{sample, text, Article, ArticleSummary, Segment};
use dragoman_l10n::Lang;
use serde::Serialize;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// The settings key of the interface language.
const LANGUAGE_KEY: &str = "ui.language";

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Startup {
    /// "en" or "ar": the saved choice, else the system's language.
    pub language: String,
    /// Where the database is (or was meant to be).
    pub db_path: String,
    /// Why the database could not be opened, if it could not.
    pub db_error: Option<IpcError>,
}

#[tauri::command(async)]
pub fn app_startup(state: State<'_, AppState>) -> Startup {
    let saved = state
        .with_store(|s| Ok(s.setting(LANGUAGE_KEY)?))
        .ok()
        .flatten()
        .filter(|l| l == "en" || l == "ar");
    Startup {
        language: saved.unwrap_or_else(|| Lang::system().code().to_owned()),
        db_path: state.db_path.display().to_string(),
        db_error: state.open_error().cloned(),
    }
}

#[tauri::command(async)]
pub fn settings_set_language(state: State<'_, AppState>, language: String) -> Result<(), IpcError> {
    if language != "en" && language != "ar" {
        return Err(dragoman_core::Error::Invalid(format!("unknown language {language}")).into());
    }
    state.with_store(|s| s.set_setting(LANGUAGE_KEY, &language))
}

#[tauri::command(async)]
pub fn articles_list(state: State<'_, AppState>) -> Result<Vec<ArticleSummary>, IpcError> {
    state.with_store(|s| s.list_articles())
}

#[tauri::command(async)]
pub fn articles_get(state: State<'_, AppState>, id: i64) -> Result<Article, IpcError> {
    state.with_store(|s| s.article(id))
}

#[tauri::command(async)]
pub fn articles_create(state: State<'_, AppState>, title: String, text: String) -> Result<Article, IpcError> {
    let mut new = text::article_from_text(&title, &text)?;
    new.origin = Some("paste".to_owned());
    let article = state.with_store(|s| s.create_article(&new))?;
    tracing::info!(id = article.id, segments = new.segments.len(), "article created from paste");
    Ok(article)
}

#[tauri::command(async)]
pub fn articles_create_sample(state: State<'_, AppState>) -> Result<Article, IpcError> {
    state.with_store(|s| s.create_article(&sample::sample_article()))
}

#[tauri::command(async)]
pub fn articles_delete(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.with_store(|s| s.delete_article(id))?;
    tracing::info!(id, "article deleted");
    Ok(())
}

#[tauri::command(async)]
pub fn segments_list(state: State<'_, AppState>, article_id: i64) -> Result<Vec<Segment>, IpcError> {
    state.with_store(|s| s.segments(article_id))
}

#[tauri::command(async)]
pub fn segments_update(state: State<'_, AppState>, id: i64, target: String) -> Result<Segment, IpcError> {
    state.with_store(|s| s.update_segment_target(id, &target))
}
