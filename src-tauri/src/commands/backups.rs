//! Backups: the list of the database's backups, one made now, and a restore. The UI names a
//! backup by its file name in the backups folder, never by a path.
use dragoman_core::store::backup::{self, BackupInfo, BackupKind};
use serde::Serialize;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Backups {
    /// The folder they are kept in.
    pub folder: String,
    /// Newest first.
    pub backups: Vec<BackupInfo>,
}

#[tauri::command(async)]
pub fn backups_list(state: State<'_, AppState>) -> Result<Backups, IpcError> {
    list(&state)
}

fn list(state: &AppState) -> Result<Backups, IpcError> {
    Ok(Backups {
        folder: backup::backups_dir(&state.db_path).display().to_string(),
        backups: backup::list(&state.db_path)?,
    })
}

/// A backup now, into the backups folder; the list after it.
#[tauri::command(async)]
pub fn backups_create(state: State<'_, AppState>) -> Result<Backups, IpcError> {
    state.with_store(|s| s.backup_now(BackupKind::Manual))?;
    list(&state)
}

/// Restore the backup called `name`; returns the backup of the database as it was.
#[tauri::command(async)]
pub fn backups_restore(state: State<'_, AppState>, name: String) -> Result<BackupInfo, IpcError> {
    let chosen = backup::find(&state.db_path, &name)?;
    state.restore(&chosen.path)
}
