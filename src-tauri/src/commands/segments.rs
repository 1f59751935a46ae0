//! Segments: listing, saving a translation, status, exclusion, split and merge, history,
//! find and replace.
use dragoman_core::store::FindHit;
use dragoman_core::{Segment, SegmentStatus, SegmentVersion};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command(async)]
pub fn segments_list(state: State<'_, AppState>, article_id: i64) -> Result<Vec<Segment>, IpcError> {
    state.with_store(|s| s.segments(article_id))
}

/// Save a translation. `expected_version` is the version the editor loaded: a segment
/// changed elsewhere since is refused with `conflict` instead of overwritten.
#[tauri::command(async)]
pub fn segments_update(
    state: State<'_, AppState>,
    id: i64,
    target: String,
    expected_version: Option<i64>,
) -> Result<Segment, IpcError> {
    state.with_store(|s| s.save_target(id, &target, expected_version))
}

#[tauri::command(async)]
pub fn segments_set_excluded(state: State<'_, AppState>, id: i64, excluded: bool) -> Result<Segment, IpcError> {
    state.with_store(|s| s.set_segment_excluded(id, excluded))
}

#[tauri::command(async)]
pub fn segments_split(state: State<'_, AppState>, id: i64, at: usize) -> Result<Vec<Segment>, IpcError> {
    state.with_store(|s| s.split_segment(id, at))
}

#[tauri::command(async)]
pub fn segments_merge(state: State<'_, AppState>, id: i64) -> Result<Vec<Segment>, IpcError> {
    state.with_store(|s| s.merge_with_next(id))
}

#[tauri::command(async)]
pub fn segments_set_status(state: State<'_, AppState>, id: i64, status: SegmentStatus) -> Result<Segment, IpcError> {
    state.with_store(|s| s.set_segment_status(id, status))
}

#[tauri::command(async)]
pub fn segments_history(state: State<'_, AppState>, id: i64) -> Result<Vec<SegmentVersion>, IpcError> {
    state.with_store(|s| s.segment_history(id))
}

#[tauri::command(async)]
pub fn segments_restore_version(state: State<'_, AppState>, version_id: i64) -> Result<Segment, IpcError> {
    state.with_store(|s| s.restore_segment_version(version_id))
}

#[tauri::command(async)]
pub fn segments_find(
    state: State<'_, AppState>,
    article_id: i64,
    query: String,
    in_target: bool,
) -> Result<Vec<FindHit>, IpcError> {
    state.with_store(|s| s.find(article_id, &query, in_target))
}

#[tauri::command(async)]
pub fn segments_replace(
    state: State<'_, AppState>,
    article_id: i64,
    query: String,
    replacement: String,
) -> Result<usize, IpcError> {
    state.wait_checked()?;
    state.with_store(|s| s.replace(article_id, &query, &replacement, None))
}
