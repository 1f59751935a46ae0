//! The QA checks: an article's issues (every check that is on), "ignore this one", and the
//! checks' settings.
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use dragoman_core::qa::run::QaSettings;
use dragoman_core::qa::Check;
use dragoman_core::usecases::qa::{self, Inputs, QaReport};
use dragoman_core::usecases::spell as spell_usecase;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// Every check that is on, over the article: its issues in article order, those set aside
/// marked. Segments unchanged since the last call are not checked again by their own checks
/// (the window's cache, stamped with the settings, the glossary's revision, the dictionary
/// and the personal list).
#[tauri::command(async)]
pub fn qa_check(state: State<'_, AppState>, article_id: i64) -> Result<QaReport, IpcError> {
    let (spell, settings, personal) =
        state.with_store(|s| Ok((spell_usecase::settings(s)?, qa::settings(s)?, spell_usecase::personal_words(s)?)))?;
    // The dictionary only when the spelling check is on (loading it takes a moment).
    let speller = if settings.is_on(Check::Spelling) { state.spell.speller(spell.variant).ok() } else { None };
    let glossary_words = state.spell.glossary_words(&state)?;
    let mut personal_list = state.with_store(|s| s.spell_words())?;
    personal_list.sort();
    let mut h = DefaultHasher::new();
    personal_list.hash(&mut h);
    spell.variant.as_str().hash(&mut h);
    speller.is_some().hash(&mut h);
    let started = std::time::Instant::now();
    let report = state.with_store_and_compiled(|store, compiled| {
        let revs = [store.glossary_rev()? as u64, h.finish()];
        let inputs =
            Inputs { glossary: compiled, speller: speller.as_deref(), known: vec![&glossary_words, &personal] };
        let mut cache = state.qa.lock().map_err(|_| dragoman_core::Error::Invalid("qa cache lock poisoned".into()))?;
        qa::check_article(store, article_id, &inputs, Some((&mut cache, &revs)))
    })?;
    tracing::debug!(article_id, issues = report.issues.len(), ms = started.elapsed().as_millis() as u64, "qa checked");
    Ok(report)
}

/// Set an issue aside ("ignore this one"), remembered with its segment, or take it back.
#[tauri::command(async)]
pub fn qa_set_ignored(state: State<'_, AppState>, segment_id: i64, key: String, ignored: bool) -> Result<(), IpcError> {
    state.with_store(|s| qa::set_ignored(s, segment_id, &key, ignored))
}

#[tauri::command(async)]
pub fn qa_settings(state: State<'_, AppState>) -> Result<QaSettings, IpcError> {
    state.with_store(|s| qa::settings(s))
}

#[tauri::command(async)]
pub fn qa_set_settings(state: State<'_, AppState>, settings: QaSettings) -> Result<(), IpcError> {
    state.with_store(|s| qa::set_settings(s, &settings))
}
