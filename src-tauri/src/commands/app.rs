//! Start-up and settings.
use dragoman_core::usecases::place::{self, Place};
use dragoman_core::usecases::settings;
use dragoman_l10n::Lang;
use serde::Serialize;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Startup {
    /// "en" or "ar": the saved choice, else the system's language.
    #[ts(type = "\"en\" | \"ar\"")]
    pub language: String,
    /// Where the database is (or was meant to be).
    pub db_path: String,
    /// Why the database could not be opened, if it could not.
    pub db_error: Option<IpcError>,
    /// Why the database is open read-only (it is damaged), if it is.
    pub db_damaged: Option<IpcError>,
    /// The encodings the import preview offers.
    pub encodings: Vec<String>,
}

#[tauri::command(async)]
pub fn app_startup(state: State<'_, AppState>) -> Startup {
    let saved = state.with_store(|s| settings::language(s)).ok().flatten();
    Startup {
        language: saved.unwrap_or_else(|| Lang::system().code().to_owned()),
        db_path: state.db_path.display().to_string(),
        db_error: state.open_error(),
        db_damaged: state.damaged(),
        encodings: dragoman_core::import::decode::OFFERED.iter().map(|e| e.to_string()).collect(),
    }
}

#[tauri::command(async)]
pub fn settings_set_language(state: State<'_, AppState>, language: String) -> Result<(), IpcError> {
    if state.damaged().is_some() {
        // Read-only: the choice holds for this session.
        return Ok(());
    }
    state.with_store(|s| settings::set_language(s, &language))
}

/// Where the translator left off (the article open when the app closed, and its segment).
#[tauri::command(async)]
pub fn app_last_place(state: State<'_, AppState>) -> Result<Option<Place>, IpcError> {
    state.with_store(|s| place::last_place(s))
}

/// Remember where the translator is; `None` when they go back to the article list.
#[tauri::command(async)]
pub fn app_set_last_place(state: State<'_, AppState>, place: Option<Place>) -> Result<(), IpcError> {
    if state.damaged().is_some() {
        return Ok(());
    }
    state.with_store(|s| place::set_last_place(s, place.as_ref()))
}
