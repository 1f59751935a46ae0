//! XLIFF, the bilingual exchange format of the trade (memoQ, Trados, OmegaT, MateCat).
//!
//! Out ([`writer`]): an article as XLIFF 1.2 or 2.1, one unit per segment.
//! - The unit's id is the segment's (`s<id>`), stable across exports.
//! - Segments of one paragraph sit in one group (`p<paragraph>`); the segment's kind is the
//!   unit's type (1.2 `restype="x-headline"`, 2.1 `type="dragoman:headline"`): enough to
//!   rebuild the article's structure.
//! - A segment not for translation is `translate="no"`.
//! - Statuses: new → 1.2 `new` / 2.1 `initial`; a draft → `needs-review-translation` /
//!   `initial` with `subState="dragoman:draft"`; translated → `translated`; reviewed →
//!   `signed-off` / `reviewed`.
//! - The glossary names found in a segment are notes a reviewer sees ("بوتين = Putin").
//! - Source `ar` (right to left), target `en`.
//! - `<file original="dragoman:article/<id>/export/<n>">` says where the file came from and
//!   which recorded export it is, so that it can come back as an update ([`reader::Origin`]).
//!
//! In ([`reader`]): any XLIFF 1.2 or 2.x, Dragoman's or another tool's, as units with their
//! source, target, state and where their target sits in the file. Inline codes become marker
//! characters ([`codes`]). A foreign file is written back by [`fill`]: the file as it came,
//! with the translated targets put in.
//!
//! Both versions validate against the OASIS schemas (`tests/xliff.rs`, xmllint).
pub mod codes;
mod fill;
pub mod reader;
mod writer;

pub use fill::{fill, BadCodes, Fill};
pub use reader::{read, Dialect, Document, Origin, Unit};
pub use writer::{write, XliffVersion};

use crate::model::SegmentStatus;

/// A unit's status in Dragoman's terms, from its state (and 1.2 `approved`), whether it has
/// a translation, and whether it is for translation.
pub fn status_of(unit: &Unit) -> SegmentStatus {
    if !unit.translate {
        return SegmentStatus::Excluded;
    }
    let translated = unit.target.as_ref().is_some_and(|t| !t.text.trim().is_empty());
    if !translated {
        return SegmentStatus::New;
    }
    if unit.approved {
        return SegmentStatus::Reviewed;
    }
    match (unit.state.as_deref(), unit.sub_state.as_deref()) {
        (Some("signed-off" | "final" | "reviewed"), _) => SegmentStatus::Reviewed,
        (Some("translated"), _) => SegmentStatus::Translated,
        (None, _) => SegmentStatus::Translated,
        _ => SegmentStatus::Draft,
    }
}

/// The state a status is written as in a foreign file (`None`: leave the file's).
pub fn state_for(dialect: Dialect, status: SegmentStatus) -> Option<&'static str> {
    match (dialect, status) {
        (_, SegmentStatus::New | SegmentStatus::Excluded) => None,
        (Dialect::V12, SegmentStatus::Draft) => Some("needs-review-translation"),
        (Dialect::V2, SegmentStatus::Draft) => Some("initial"),
        (_, SegmentStatus::Translated) => Some("translated"),
        (Dialect::V12, SegmentStatus::Reviewed) => Some("signed-off"),
        (Dialect::V2, SegmentStatus::Reviewed) => Some("reviewed"),
    }
}
