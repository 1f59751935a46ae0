//! The spell check's share of the app's state: the Hunspell dictionaries, parsed once each
//! (in the background at start-up for the saved variant; a command that needs one meanwhile
//! waits for it), and the glossary's English words with the glossary revision they reflect.
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use dragoman_core::spell::{search_path, Known, Speller, Variant};
use dragoman_core::usecases::spell as usecase;

use crate::error::IpcError;
use crate::state::AppState;

#[derive(Default)]
pub struct SpellState {
    /// Locked while a dictionary loads, so that a check waits for it rather than load it twice.
    dictionaries: Mutex<HashMap<Variant, Arc<Speller>>>,
    glossary: Mutex<Option<(i64, Arc<Known>)>>,
}

fn poisoned() -> IpcError {
    IpcError::internal("spell check lock poisoned")
}

impl SpellState {
    /// Drop the glossary's words (the database was replaced: its revision says nothing).
    pub fn forget_glossary(&self) {
        if let Ok(mut g) = self.glossary.lock() {
            *g = None;
        }
    }

    /// The dictionary of `variant`, loaded on first use. A missing one is not remembered: once
    /// its package is installed, the next check finds it.
    pub fn speller(&self, variant: Variant) -> Result<Arc<Speller>, IpcError> {
        let mut dicts = self.dictionaries.lock().map_err(|_| poisoned())?;
        if let Some(s) = dicts.get(&variant) {
            return Ok(s.clone());
        }
        let started = std::time::Instant::now();
        let speller = Speller::load(variant, &search_path()).map_err(|e| {
            tracing::warn!(error = %e, "spell check dictionary");
            IpcError::from(e)
        })?;
        tracing::info!(variant = variant.as_str(), ms = started.elapsed().as_millis() as u64, "dictionary loaded");
        let speller = Arc::new(speller);
        dicts.insert(variant, speller.clone());
        Ok(speller)
    }

    /// The English words of the glossary, brought up to date with its revision.
    pub fn glossary_words(&self, app: &AppState) -> Result<Arc<Known>, IpcError> {
        let rev = app.with_store(|s| s.glossary_rev())?;
        if let Some((r, known)) = self.glossary.lock().map_err(|_| poisoned())?.as_ref() {
            if *r == rev {
                return Ok(known.clone());
            }
        }
        let (rev, known) = app.with_store(|s| Ok((s.glossary_rev()?, usecase::glossary_words(s)?)))?;
        let known = Arc::new(known);
        *self.glossary.lock().map_err(|_| poisoned())? = Some((rev, known.clone()));
        Ok(known)
    }
}

/// Load what the first check needs (the saved variant's dictionary, the glossary's words),
/// so that opening an article does not wait for it.
pub fn preload(app: &AppState) {
    let Ok(settings) = app.with_store(|s| usecase::settings(s)) else { return };
    if settings.enabled {
        let _ = app.spell.speller(settings.variant);
        let _ = app.spell.glossary_words(app);
    }
}
