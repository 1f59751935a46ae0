//! Start-up and settings.
use dragoman_core::import;
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
    /// The encodings the import preview offers.
    pub encodings: &'static [&'static str],
}

#[tauri::command(async)]
pub fn app_startup(state: State<'_, AppState>) -> Startup {
    let saved = state
        .with_store(|s| s.setting(LANGUAGE_KEY))
        .ok()
        .flatten()
        .filter(|l| l == "en" || l == "ar");
    Startup {
        language: saved.unwrap_or_else(|| Lang::system().code().to_owned()),
        db_path: state.db_path.display().to_string(),
        db_error: state.open_error().cloned(),
        encodings: import::decode::OFFERED,
    }
}

#[tauri::command(async)]
pub fn settings_set_language(state: State<'_, AppState>, language: String) -> Result<(), IpcError> {
    if language != "en" && language != "ar" {
        return Err(dragoman_core::Error::Invalid(format!("unknown language {language}")).into());
    }
    state.with_store(|s| s.set_setting(LANGUAGE_KEY, &language))
}
