//! A preview in progress, seen from outside: how far it is (its phase, and how much of the
//! phase is done), and a way to stop it. The importer checks for a stop between chunks of the
//! HTML it parses and between blocks as it splits sentences, so that a large file can be
//! given up at once; the app polls the progress and shows it when a preview takes more than
//! a moment.
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};

use serde::Serialize;

use crate::error::{Error, Result};

/// What the importer is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// Reading and decoding the file.
    Reading,
    /// Parsing a web page (`done` and `total` in bytes).
    Parsing,
    /// Telling paragraphs and sentences apart (`done` and `total` in blocks).
    Structure,
}

/// How far a preview is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    pub phase: Phase,
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}

#[derive(Debug, Default)]
pub struct Work {
    cancelled: AtomicBool,
    phase: AtomicU8,
    done: AtomicUsize,
    total: AtomicUsize,
}

impl Work {
    pub fn new() -> Work {
        Work::default()
    }

    /// Ask the preview to stop; it returns [`Error::Cancelled`] at its next check.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// [`Error::Cancelled`] once [`Work::cancel`] was called.
    pub fn check(&self) -> Result<()> {
        if self.is_cancelled() {
            return Err(Error::Cancelled);
        }
        Ok(())
    }

    pub(crate) fn begin(&self, phase: Phase, total: usize) {
        self.phase.store(phase as u8, Ordering::Relaxed);
        self.done.store(0, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
    }

    pub(crate) fn advance(&self, by: usize) {
        self.done.fetch_add(by, Ordering::Relaxed);
    }

    pub fn progress(&self) -> Progress {
        let phase = match self.phase.load(Ordering::Relaxed) {
            1 => Phase::Parsing,
            2 => Phase::Structure,
            _ => Phase::Reading,
        };
        Progress {
            phase,
            done: self.done.load(Ordering::Relaxed) as u64,
            total: self.total.load(Ordering::Relaxed) as u64,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_follows_the_phases_and_a_cancel_stops_the_next_check() {
        let w = Work::new();
        assert_eq!(w.progress(), Progress { phase: Phase::Reading, done: 0, total: 0 });
        w.begin(Phase::Parsing, 1000);
        w.advance(250);
        assert_eq!(w.progress(), Progress { phase: Phase::Parsing, done: 250, total: 1000 });
        assert!(w.check().is_ok());
        w.cancel();
        assert!(matches!(w.check(), Err(Error::Cancelled)));
    }
}
