use std::path::PathBuf;
use std::sync::Mutex;

use dragoman_core::Store;

use crate::error::IpcError;

/// The shell's state: the store, or the reason it could not be opened. The window starts
/// either way, so that it can tell the user what went wrong in their language.
pub struct AppState {
    pub db_path: PathBuf,
    store: Result<Mutex<Store>, IpcError>,
}

impl AppState {
    pub fn open(db_path: PathBuf) -> AppState {
        let store = match Store::open(&db_path) {
            Ok(store) => {
                tracing::info!(path = %db_path.display(), "database open");
                Ok(Mutex::new(store))
            }
            Err(e) => {
                tracing::error!(path = %db_path.display(), error = %e, "cannot open the database");
                Err(IpcError::from(e))
            }
        };
        AppState { db_path, store }
    }

    pub fn open_error(&self) -> Option<&IpcError> {
        self.store.as_ref().err()
    }

    /// Run `f` with the store; every command goes through here.
    pub fn with_store<T>(
        &self,
        f: impl FnOnce(&mut Store) -> dragoman_core::Result<T>,
    ) -> Result<T, IpcError> {
        let store = self.store.as_ref().map_err(Clone::clone)?;
        let mut guard = store.lock().map_err(|_| IpcError::internal("store lock poisoned"))?;
        f(&mut guard).map_err(|e| {
            tracing::warn!(error = %e, kind = e.kind(), "command failed");
            IpcError::from(e)
        })
    }
}
