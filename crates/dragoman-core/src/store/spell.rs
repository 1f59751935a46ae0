//! Table `spell_words`: the personal dictionary of the spell check (words the translator
//! added, never flagged).
use super::{now_ms, Store};
use crate::error::Result;

impl Store {
    /// The personal dictionary, in alphabetical order (case ignored).
    pub fn spell_words(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached("SELECT word FROM spell_words ORDER BY word")?;
        let words = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(words)
    }

    /// Add a word (already there in any case: nothing changes). True when it was added.
    pub fn add_spell_word(&self, word: &str) -> Result<bool> {
        let n = self
            .conn
            .prepare_cached("INSERT INTO spell_words (word, added_at) VALUES (?1, ?2) ON CONFLICT (word) DO NOTHING")?
            .execute(rusqlite::params![word, now_ms()])?;
        Ok(n == 1)
    }

    /// Remove a word (in any case). True when it was there.
    pub fn remove_spell_word(&self, word: &str) -> Result<bool> {
        let n = self.conn.prepare_cached("DELETE FROM spell_words WHERE word = ?1")?.execute([word])?;
        Ok(n == 1)
    }
}
