//! The view preferences: zoom, each pane's text size, the theme (policy in
//! `dragoman_core::usecases::preferences`). The zoom is the webview's own, set here (and at
//! start-up in `lib.rs`), so the UI needs no window permission for it.
use dragoman_core::usecases::preferences::{self, Preferences, Size, SizeStep, Theme};
use tauri::{Runtime, State, Webview};

use crate::error::IpcError;
use crate::state::AppState;

/// Zoom the whole window as the preferences say.
pub fn apply_zoom<R: Runtime>(webview: &Webview<R>, prefs: &Preferences) {
    if let Err(e) = webview.set_zoom(prefs.zoom_factor()) {
        tracing::warn!(error = %e, zoom = prefs.zoom, "cannot zoom the window");
    }
}

#[tauri::command(async)]
pub fn preferences_get(state: State<'_, AppState>) -> Result<Preferences, IpcError> {
    state.with_store(|s| preferences::load(s))
}

#[tauri::command(async)]
pub fn preferences_step<R: Runtime>(
    webview: Webview<R>,
    state: State<'_, AppState>,
    size: Size,
    step: SizeStep,
) -> Result<Preferences, IpcError> {
    let prefs = state.with_store(|s| preferences::step(s, size, step))?;
    if size == Size::Zoom {
        apply_zoom(&webview, &prefs);
    }
    Ok(prefs)
}

#[tauri::command(async)]
pub fn preferences_set_theme(state: State<'_, AppState>, theme: Theme) -> Result<Preferences, IpcError> {
    state.with_store(|s| preferences::set_theme(s, theme))
}
