//! XLIFF, the bilingual exchange format of the trade (memoQ, Trados, OmegaT, MateCat).
//!
//! Written so far (issue 14 begun): an article as XLIFF 1.2 or 2.1, one unit per segment.
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
//!
//! Both versions validate against the OASIS schemas (`tests/xliff.rs`, xmllint).
mod writer;

pub use writer::{write, XliffVersion};
