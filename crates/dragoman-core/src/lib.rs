//! Dragoman's core: the domain (articles, segments) and the SQLite store.
//!
//! Invariants kept here:
//! - no dependency on Tauri, IPC or the UI;
//! - no user-facing text: errors carry a stable [`Error::kind`] that the shells map to a
//!   Fluent message `error-<kind>`;
//! - all SQL lives in [`store`].

pub mod error;
pub mod model;
pub mod sample;
pub mod store;
pub mod text;

pub use error::{Error, Result};
pub use model::{
    Article, ArticleSummary, NewArticle, NewSegment, Segment, SegmentKind, SegmentStatus,
    WorkflowStatus,
};
pub use store::Store;

/// Largest text file `dragoman import` and the paste dialog accept, in bytes (20 MiB).
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;
