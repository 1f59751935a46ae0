//! The translation memory: a segment's matches, an article's analysis by match band,
//! filling from 100% matches, concordance, the memory's settings, and TMX in and out.
use dragoman_core::tm::TmMatch;
use dragoman_core::usecases::memory::{self, Analysis, Concordance, MemorySettings, SettingsChange};
use dragoman_core::usecases::tmx::{self, TmxReport};
use serde::Serialize;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// The best matches for a segment (up to five, from the translator's threshold), with
/// their differences marked and their English adapted where only numbers or names differ.
#[tauri::command(async)]
pub fn memory_matches(state: State<'_, AppState>, segment_id: i64) -> Result<Vec<TmMatch>, IpcError> {
    let started = std::time::Instant::now();
    let found = state.with_store_and_compiled(|s, g| memory::matches(s, segment_id, Some(g)))?;
    tracing::debug!(segment_id, found = found.len(), ms = started.elapsed().as_millis() as u64, "memory matches");
    Ok(found)
}

/// An article's segments and words by match band.
#[tauri::command(async)]
pub fn memory_analysis(state: State<'_, AppState>, article_id: i64) -> Result<Analysis, IpcError> {
    state.with_store_and_compiled(|s, g| memory::analyse(s, article_id, Some(g)))
}

/// Fill the article's empty segments that have a 100% match; how many were filled.
#[tauri::command(async)]
pub fn memory_fill(state: State<'_, AppState>, article_id: i64) -> Result<usize, IpcError> {
    state.wait_checked()?;
    state.with_store_and_compiled(|s, g| memory::fill(s, article_id, Some(g)))
}

/// Every unit and segment holding the words of `text`.
#[tauri::command(async)]
pub fn memory_concordance(state: State<'_, AppState>, text: String) -> Result<Concordance, IpcError> {
    state.with_store(|s| memory::concordance(s, &text))
}

/// The memory's settings and size.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MemoryInfo {
    pub settings: MemorySettings,
    pub units: i64,
}

#[tauri::command(async)]
pub fn memory_info(state: State<'_, AppState>) -> Result<MemoryInfo, IpcError> {
    state.with_store(|s| Ok(MemoryInfo { settings: memory::settings(s)?, units: s.unit_count()? }))
}

/// Change what is given of the settings; the settings after it.
#[tauri::command(async)]
pub fn memory_set_settings(state: State<'_, AppState>, change: SettingsChange) -> Result<MemorySettings, IpcError> {
    state.with_store(|s| memory::set_settings(s, change))
}

/// Add the units of a TMX file (chosen in the open dialog or dropped) to the memory, in one
/// transaction; what was added, updated, already there and skipped.
#[tauri::command(async)]
pub fn memory_import_tmx(state: State<'_, AppState>, path: String) -> Result<TmxReport, IpcError> {
    state.wait_checked()?;
    let path = state.chosen.readable(&path)?;
    let report = state.with_store(|s| tmx::import(s, &path))?;
    tracing::info!(added = report.added, updated = report.updated, skipped = report.skipped_total(), "TMX imported");
    Ok(report)
}

/// Write the whole memory (or one article's units) as TMX 1.4b to a file chosen in the save
/// dialog; how many units.
#[tauri::command(async)]
pub fn memory_export_tmx(state: State<'_, AppState>, path: String, article_id: Option<i64>) -> Result<usize, IpcError> {
    let path = state.chosen.writable(&path)?;
    state.with_store(|s| tmx::export(s, &path, article_id))
}
