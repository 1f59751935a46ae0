//! The spell check's policy: its settings (on or off, US or UK spelling), the words never
//! flagged (the glossary's English, the personal dictionary), and what may be added to the
//! personal dictionary.
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::spell::{words, Known, Variant};
use crate::store::Store;

/// The settings keys.
pub const VARIANT_KEY: &str = "spell.variant";
pub const ENABLED_KEY: &str = "spell.enabled";

/// The longest word the personal dictionary takes, in characters.
pub const MAX_WORD_CHARS: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SpellSettings {
    pub enabled: bool,
    pub variant: Variant,
}

impl Default for SpellSettings {
    fn default() -> Self {
        SpellSettings { enabled: true, variant: Variant::EnUs }
    }
}

/// The saved settings (on, US spelling, until chosen otherwise).
pub fn settings(store: &Store) -> Result<SpellSettings> {
    let d = SpellSettings::default();
    let variant = store.setting(VARIANT_KEY)?.as_deref().and_then(Variant::parse).unwrap_or(d.variant);
    let enabled = store.setting(ENABLED_KEY)?.map_or(d.enabled, |v| v != "false");
    Ok(SpellSettings { enabled, variant })
}

pub fn set_settings(store: &mut Store, s: SpellSettings) -> Result<()> {
    store.set_settings(&[(VARIANT_KEY, s.variant.as_str()), (ENABLED_KEY, if s.enabled { "true" } else { "false" })])
}

/// The glossary's English words: never flagged.
pub fn glossary_words(store: &Store) -> Result<Known> {
    Ok(Known::from_glossary(store.glossary_entries()?.iter()))
}

/// The personal dictionary: never flagged.
pub fn personal_words(store: &Store) -> Result<Known> {
    Ok(Known::from_words(store.spell_words()?))
}

/// Add a word to the personal dictionary: one word (letters and inner apostrophes, as the
/// spell check sees words), at most [`MAX_WORD_CHARS`] long.
pub fn add_word(store: &Store, word: &str) -> Result<()> {
    let word = word.trim();
    let one_word = words::all_words(word).map(|r| (r.start, r.end)).eq([(0, word.len())]);
    if !one_word || word.chars().count() > MAX_WORD_CHARS {
        return Err(Error::Invalid(format!("not a single word: {word:?}")));
    }
    store.add_spell_word(word)?;
    Ok(())
}

pub fn remove_word(store: &Store, word: &str) -> Result<()> {
    store.remove_spell_word(word.trim())?;
    Ok(())
}
