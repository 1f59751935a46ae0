//! Dragoman's core: the domain (articles, segments) and the SQLite store.
//!
//! Modules: [`text`] (Arabic text: normalisation, tokens, clitics, offsets), [`names`] (the
//! glossary, the matcher, the editor's names, the suggester), [`qa`] (checks on a
//! translation), [`formats`] (files other than the database: glossary CSV and TBX, exports,
//! XML), [`import`] (articles in), [`segment`] (sentences), [`diff`], [`model`], [`store`],
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
pub mod status;
pub mod store;
pub mod text;

pub use error::{Error, ErrorKind, Result};
pub use model::{
    Article, ArticleSummary, Draft, DraftSegment, NewArticle, NewSegment, Segment, SegmentKind,
    SegmentStatus, SegmentVersion, WorkflowStatus,
};
pub use store::Store;

// Transitional paths (issue 9): the modules' old names, so that the shells (src-tauri,
// dragoman-cli) and the store compile unchanged. Removed when they use the new paths;
// `tests/module_graph.rs` lists who still does.
#[doc(hidden)]
pub use formats::{export, tbx}; // transitional: removed when the shells move (issue 9)
#[doc(hidden)]
pub use names::suggest; // transitional: removed when the shells move (issue 9)
#[doc(hidden)]
pub use text::normalize; // transitional: removed when the store and the examples move (issue 9)

/// Transitional (issue 9): the glossary's domain ([`names::glossary`]) and its files
/// ([`formats::csv`], [`formats::glossary_file`]) under the old path. Removed when the shells
/// and the store move.
#[doc(hidden)]
pub mod glossary {
    pub use crate::formats::csv::{read_csv, write_csv, CSV_HEADER};
    pub use crate::formats::glossary_file::{read_file, write, GlossaryFormat};
    pub use crate::names::glossary::*;
}

/// Transitional (issue 9): the editor's names ([`names::annotate`]) and the name checks in
/// the shape the UI reads ([`qa::names`]) under the old path. Removed when the shells move.
#[doc(hidden)]
pub mod namecheck {
    pub use crate::names::annotate::{annotate, Annotated, NameInfo, NameSpan, Reference, SegmentNames};
    pub use crate::qa::names::{name_issues as check, NameIssue, NameIssueKind as IssueKind};
}

/// Largest file or paste that can be imported, in bytes (20 MiB): several hundred times a
/// long news article, small enough to preview at once.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;
