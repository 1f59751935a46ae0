//! Table `settings`: small key-value pairs (the interface language, the glossary revision,
//! the spell check's variant and switch, the view preferences, where the translator left off).
use rusqlite::OptionalExtension;

use super::Store;
use crate::error::Result;

const SELECT: &str = "SELECT value FROM settings WHERE key = ?1";
const UPSERT: &str = "INSERT INTO settings (key, value) VALUES (?1, ?2)
                      ON CONFLICT (key) DO UPDATE SET value = excluded.value";

impl Store {
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self.conn.prepare_cached(SELECT)?.query_row([key], |r| r.get(0)).optional()?)
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn.prepare_cached(UPSERT)?.execute([key, value])?;
        Ok(())
    }

    /// Several settings at once, in one transaction.
    pub fn set_settings(&mut self, pairs: &[(&str, &str)]) -> Result<()> {
        let tx = self.write()?;
        for (key, value) in pairs {
            tx.prepare_cached(UPSERT)?.execute([key, value])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Replace the setting `key` with what `f` makes of its current value (`None` when it has
    /// none), and return the new value: read and written in one immediate transaction, so what
    /// was read cannot change before the write (the view preferences' zoom step).
    pub fn update_setting(&mut self, key: &str, f: impl FnOnce(Option<&str>) -> String) -> Result<String> {
        let tx = self.write()?;
        let old: Option<String> = tx.prepare_cached(SELECT)?.query_row([key], |r| r.get(0)).optional()?;
        let new = f(old.as_deref());
        tx.prepare_cached(UPSERT)?.execute([key, new.as_str()])?;
        tx.commit()?;
        Ok(new)
    }
}
