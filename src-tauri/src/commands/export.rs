//! Exporting an article to a file.
use dragoman_core::formats::export::ExportFormat;
use dragoman_core::formats::xliff::XliffVersion;
use dragoman_core::usecases::export::{self, Unfinished};
use serde::{Deserialize, Serialize};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// Export an article to `path`, which the translator chose in the save dialog (any other
/// path is refused). The file is written beside its destination and renamed into place, so
/// a failed export never leaves half a file.
#[tauri::command(async)]
pub fn export_write(
    state: State<'_, AppState>,
    article_id: i64,
    format: ExportFormat,
    path: String,
) -> Result<String, IpcError> {
    let path = state.chosen.writable(&path)?;
    // Only the reading holds the store; building and writing the file do not.
    let (article, segments) = state.with_store(|s| export::load(s, article_id))?;
    export::to_file(&article, &segments, format, &path)?;
    Ok(path.display().to_string())
}

/// The XLIFF an article goes out as, for another translation tool.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum XliffExport {
    /// XLIFF 1.2, which memoQ, Trados and OmegaT read.
    Xliff12,
    /// XLIFF 2.1.
    Xliff21,
}

impl From<XliffExport> for XliffVersion {
    fn from(version: XliffExport) -> Self {
        match version {
            XliffExport::Xliff12 => XliffVersion::V12,
            XliffExport::Xliff21 => XliffVersion::V21,
        }
    }
}

/// Export an article as XLIFF to `path`, chosen in the save dialog as for
/// [`export_write`]: a unit per segment, untranslated ones without a target, each with the
/// glossary names found in its Arabic as notes (as `dragoman export --format xliff12|xliff21`).
#[tauri::command(async)]
pub fn export_xliff(
    state: State<'_, AppState>,
    article_id: i64,
    version: XliffExport,
    path: String,
) -> Result<String, IpcError> {
    let path = state.chosen.writable(&path)?;
    // The export is recorded (what each segment says now), so that the file can come back
    // as an update with conflicts told apart; a read-only database exports unrecorded.
    let (article, segments, export_id) = state.with_store(|s| {
        let export_id = if s.is_read_only() { None } else { export::record_export(s, article_id) };
        let (article, segments) = export::load(s, article_id)?;
        Ok((article, segments, export_id))
    })?;
    let notes = state.with_compiled(|glossary| export::name_notes(&segments, glossary))?;
    export::xliff(&article, &segments, version.into(), export_id, &notes, Some(&path), &mut std::io::sink())?;
    Ok(path.display().to_string())
}

/// What an export of the article would leave out or send unconfirmed, and the checks' open
/// issues: said before the file is written, so the translator can go back first.
#[tauri::command(async)]
pub fn export_check(state: State<'_, AppState>, article_id: i64) -> Result<Unfinished, IpcError> {
    let report = super::qa::qa_check(state.clone(), article_id)?;
    let segments = state.with_store(|s| s.segments(article_id))?;
    Ok(export::unfinished(&segments, &report))
}
