//! The spell check of the English: its settings, the misspelt words of a text, suggestions,
//! and the personal dictionary.
use dragoman_core::spell::Misspelling;
use dragoman_core::usecases::spell::{self, SpellSettings};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command(async)]
pub fn spell_settings(state: State<'_, AppState>) -> Result<SpellSettings, IpcError> {
    state.with_store(|s| spell::settings(s))
}

/// Save the settings; the new variant's dictionary is loaded by the next check.
#[tauri::command(async)]
pub fn spell_set_settings(state: State<'_, AppState>, settings: SpellSettings) -> Result<(), IpcError> {
    state.with_store(|s| spell::set_settings(s, settings))
}

/// The misspelt words of `text` (none while the spell check is off).
#[tauri::command(async)]
pub fn spell_check(state: State<'_, AppState>, text: String) -> Result<Vec<Misspelling>, IpcError> {
    let (settings, personal) = state.with_store(|s| Ok((spell::settings(s)?, spell::personal_words(s)?)))?;
    if !settings.enabled {
        return Ok(Vec::new());
    }
    let speller = state.spell.speller(settings.variant)?;
    let glossary = state.spell.glossary_words(&state)?;
    Ok(speller.check(&text, &[&glossary, &personal]))
}

/// Corrections for a word, best first (at most five).
#[tauri::command(async)]
pub fn spell_suggest(state: State<'_, AppState>, word: String) -> Result<Vec<String>, IpcError> {
    let settings = state.with_store(|s| spell::settings(s))?;
    Ok(state.spell.speller(settings.variant)?.suggest(&word))
}

/// The personal dictionary.
#[tauri::command(async)]
pub fn spell_words(state: State<'_, AppState>) -> Result<Vec<String>, IpcError> {
    state.with_store(|s| s.spell_words())
}

#[tauri::command(async)]
pub fn spell_add_word(state: State<'_, AppState>, word: String) -> Result<(), IpcError> {
    state.with_store(|s| spell::add_word(s, &word))
}

#[tauri::command(async)]
pub fn spell_remove_word(state: State<'_, AppState>, word: String) -> Result<(), IpcError> {
    state.with_store(|s| spell::remove_word(s, &word))
}
