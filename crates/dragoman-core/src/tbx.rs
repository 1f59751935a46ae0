//! Placeholder until the TBX module lands (branch wt-tbx).
use crate::error::{Error, Result};
use crate::glossary::{GlossaryEntry, Skipped};

pub fn read(_bytes: &[u8]) -> Result<(Vec<GlossaryEntry>, Vec<Skipped>)> {
    Err(Error::GlossaryFormat)
}

pub fn write(_entries: &[GlossaryEntry]) -> Vec<u8> {
    Vec::new()
}
