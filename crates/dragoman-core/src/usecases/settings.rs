//! The user's settings kept in the database: the interface language.
use crate::error::{Error, Result};
use crate::store::Store;

/// The settings key of the interface language.
pub const LANGUAGE_KEY: &str = "ui.language";

/// The interface languages, by code.
pub const LANGUAGES: &[&str] = &["en", "ar"];

/// The saved interface language, if one was chosen and is still offered.
pub fn language(store: &Store) -> Result<Option<String>> {
    Ok(store.setting(LANGUAGE_KEY)?.filter(|l| LANGUAGES.contains(&l.as_str())))
}

/// Save the interface language; an unknown one is refused.
pub fn set_language(store: &Store, language: &str) -> Result<()> {
    if !LANGUAGES.contains(&language) {
        return Err(Error::Invalid(format!("unknown language {language}")));
    }
    store.set_setting(LANGUAGE_KEY, language)
}
