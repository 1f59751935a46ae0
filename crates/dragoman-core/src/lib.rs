//! Dragoman's core: the domain (articles, segments) and the SQLite store.
//!
//! Invariants kept here:
//! - no dependency on Tauri, IPC or the UI;
//! - no user-facing text: errors carry a stable [`Error::kind`] that the shells map to a
//!   Fluent message `error-<kind>`;
//! - all SQL lives in [`store`].

pub mod diff;
pub mod error;
pub mod export;
pub mod glossary;
pub mod import;
pub mod model;
pub mod names;
pub mod namecheck;
pub mod sample;
pub mod segment;
pub mod store;
pub mod suggest;
pub mod tbx;
pub mod text;

pub use error::{Error, Result};
pub use model::{
    Article, ArticleSummary, Draft, DraftSegment, NewArticle, NewSegment, Segment, SegmentKind,
    SegmentStatus, SegmentVersion, WorkflowStatus,
};
pub use store::Store;

// Transitional paths (issue 9), kept until the shells and the store use the new ones.
#[doc(hidden)]
pub use text::normalize; // transitional: removed when the store and the examples move (issue 9)

/// Largest file or paste that can be imported, in bytes (20 MiB): several hundred times a
/// long news article, small enough to preview at once.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;
