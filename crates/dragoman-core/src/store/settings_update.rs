//! Changing a setting from what it was (the view preferences' zoom step): read and written in
//! one immediate transaction, so what was read cannot change before the write. Beside
//! `settings.rs`, which reads and writes a value whole.
use rusqlite::OptionalExtension;

use super::Store;
use crate::error::Result;

impl Store {
    /// Replace the setting `key` with what `f` makes of its current value (`None` when it has
    /// none), and return the new value.
    pub fn update_setting(&mut self, key: &str, f: impl FnOnce(Option<&str>) -> String) -> Result<String> {
        let tx = self.write()?;
        let old: Option<String> =
            tx.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?;
        let new = f(old.as_deref());
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, new.as_str()],
        )?;
        tx.commit()?;
        Ok(new)
    }
}
