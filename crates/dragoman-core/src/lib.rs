//! Dragoman's core: the domain (articles, segments) and the SQLite store.
//!
//! Modules: [`text`] (Arabic text: normalisation, tokens, clitics, offsets), [`names`] (the
//! glossary, the matcher, the editor's names, the suggester), [`qa`] (checks on a
//! translation), [`formats`] (files other than the database: glossary CSV and TBX, exports,
//! XML), [`import`] (articles in), [`usecases`] (what the app and the CLI do, once), [`segment`] (sentences), [`spell`] (the spell check of the English), [`diff`], [`model`], [`store`],
//! [`error`]. None imports a module that imports it back (`tests/module_graph.rs`).
//!
//! Invariants kept here:
//! - no dependency on Tauri, IPC or the UI;
//! - no user-facing text: errors carry a stable [`Error::kind`] that the shells map to a
//!   Fluent message `error-<kind>`;
//! - all SQL lives in [`store`].

pub mod diff;
pub mod error;
pub mod formats;
pub mod import;
pub mod model;
pub mod names;
pub mod qa;
pub mod sample;
pub mod segment;
pub mod spell;
pub mod status;
pub mod store;
pub mod text;
pub mod tm;
pub mod usecases;

pub use error::{Error, ErrorKind, Result};
pub use model::{
    Article, ArticleSummary, Draft, DraftSegment, NewArticle, NewSegment, Segment, SegmentKind, SegmentStatus,
    SegmentVersion, WorkflowStatus,
};
pub use store::Store;

/// Largest file or paste that can be imported, in bytes (20 MiB): several hundred times a
/// long news article, small enough to preview at once.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;

/// Most segments one article may have (20,000): a long news article has a few hundred, a long
/// report a few thousand. Measured at the limit (20,000 segments of 200 characters, 7 MB), a
/// release build previews the text in 0.85 s, imports it in 1.4 s and reads it back in
/// 0.14 s, and every export writes a block at a time; a 19 MB text once made 905,589
/// segments whose DOCX took 8.7 GB. Past it, a preview or an import is refused ([`Error::ArticleTooLarge`])
/// and nothing is stored.
pub const MAX_ARTICLE_SEGMENTS: usize = 20_000;

/// Most characters of Arabic one article may have (4,000,000: 20,000 segments of 200
/// characters, some 700,000 words), so that a few huge segments cannot stand in for many.
pub const MAX_ARTICLE_CHARS: usize = 4_000_000;
