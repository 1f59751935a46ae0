//! The rules of status: where a segment's translation stands after each thing that can
//! happen to it, which segments count toward an article's progress, and when a workflow
//! change is recorded. Pure functions, no SQL: the store asks these and writes the answer.
//!
//! The segment rules, in one sentence each:
//! - exclusion ("not for translation") is a mark on the segment, not on its text: changing the
//!   text keeps it, and only [`on_exclude`] (or asking for another status, or merging with a
//!   segment that is not excluded, or restoring a draft that lacked it) takes it away;
//! - an empty translation is `new`, whatever made it empty (typing, a replace, a restore, a
//!   merge), unless the segment is excluded;
//! - a changed, non-empty translation is a `draft`, whatever it was before: a confirmed
//!   (`translated` or `reviewed`) text that changes needs confirming anew;
//! - confirming needs a translation that is not blank.
//!
//! "Empty" means no characters at all: a translation of spaces is a (poor) draft, but it
//! cannot be confirmed.
use crate::model::{SegmentStatus, WorkflowStatus};

use SegmentStatus::{Draft, Excluded, New, Reviewed, Translated};

/// The status of a segment just made (imported, or the second half of a split).
pub const NEW_SEGMENT: SegmentStatus = New;

/// The workflow status of an article just imported.
pub const NEW_ARTICLE: WorkflowStatus = WorkflowStatus::ToTranslate;

/// The status a segment's text implies when nothing else decides: `new` when empty, else
/// `draft`.
fn by_text(target: &str) -> SegmentStatus {
    if target.is_empty() {
        New
    } else {
        Draft
    }
}

/// The translation changed to `target` (typed, or a find-and-replace): excluded stays
/// excluded, empty is `new`, anything else is a `draft` (confirmed text that changes needs
/// confirming again).
pub fn on_text_change(current: SegmentStatus, target: &str) -> SegmentStatus {
    match current {
        Excluded => Excluded,
        _ => by_text(target),
    }
}

/// The translator asks for `requested` on a segment whose translation is `target`. `None`:
/// refused, there is nothing to confirm (`translated` and `reviewed` need a translation that
/// is not blank). Asking for `new` or `draft` gets whichever the text implies; asking for
/// `excluded` excludes.
pub fn on_request(requested: SegmentStatus, target: &str) -> Option<SegmentStatus> {
    match requested {
        Translated | Reviewed if target.trim().is_empty() => None,
        Translated | Reviewed | Excluded => Some(requested),
        New | Draft => Some(by_text(target)),
    }
}

/// The "not for translation" mark is set (`excluded`) or taken back. Taking it back from an
/// excluded segment gives the status its text implies; a segment that was not excluded keeps
/// its status.
pub fn on_exclude(current: SegmentStatus, excluded: bool, target: &str) -> SegmentStatus {
    match (excluded, current) {
        (true, _) => Excluded,
        (false, Excluded) => by_text(target),
        (false, other) => other,
    }
}

/// An earlier version of the translation (`target`, recorded with `recorded`) is brought
/// back: its status comes with it, except that an excluded segment stays excluded, and the
/// text decides between `new` and the rest (a version recorded `draft` with no text, as an
/// older Dragoman could, comes back `new`).
pub fn on_version_restore(current: SegmentStatus, recorded: SegmentStatus, target: &str) -> SegmentStatus {
    match current {
        Excluded => Excluded,
        _ => settle(recorded, target),
    }
}

/// A draft's text and status are brought back, the exclusion mark included (a draft keeps
/// the whole state of the article), with the text deciding between `new` and the rest.
pub fn on_draft_restore(recorded: SegmentStatus, target: &str) -> SegmentStatus {
    settle(recorded, target)
}

/// A segment is split in two: the first part keeps the translation and its status, the
/// second starts `new`. Returns (first, second).
pub fn on_split(current: SegmentStatus) -> (SegmentStatus, SegmentStatus) {
    (current, NEW_SEGMENT)
}

/// Two segments are merged, their translations joined into `target`: excluded only when
/// both were, otherwise the joined text is a `draft` (or `new` when both were empty): a text
/// nobody has confirmed as a whole.
pub fn on_merge(first: SegmentStatus, second: SegmentStatus, target: &str) -> SegmentStatus {
    match (first, second) {
        (Excluded, Excluded) => Excluded,
        _ => by_text(target),
    }
}

/// A recorded status made consistent with its text: no text is `new` (unless excluded), and
/// text is never `new`.
fn settle(recorded: SegmentStatus, target: &str) -> SegmentStatus {
    match recorded {
        Excluded => Excluded,
        _ if target.is_empty() => New,
        New => Draft,
        other => other,
    }
}

/// Progress: what counts, and how far each segment has come. The store's aggregates are
/// built from these predicates, so "translated" means one thing everywhere.
impl SegmentStatus {
    /// The segment counts toward the article's size (everything but excluded segments).
    pub fn counts(self) -> bool {
        self != Excluded
    }

    /// The segment has a translation, confirmed or not (`draft`, `translated`, `reviewed`).
    pub fn has_translation(self) -> bool {
        matches!(self, Draft | Translated | Reviewed)
    }

    /// The translation is confirmed (`translated` or `reviewed`).
    pub fn is_confirmed(self) -> bool {
        matches!(self, Translated | Reviewed)
    }

    /// The translation has been reviewed.
    pub fn is_reviewed(self) -> bool {
        self == Reviewed
    }
}

/// An article's workflow status is set to `requested`: a draft is made (named after the new
/// status) only when the status changes. Any status may follow any other: the newsroom
/// decides the order.
pub fn workflow_changes(current: WorkflowStatus, requested: WorkflowStatus) -> bool {
    current != requested
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXTS: [&str; 3] = ["", "  ", "Kyiv"];

    /// Every (old status, event, text) case, against a table written out by hand.
    #[test]
    fn a_text_change_is_new_when_empty_draft_otherwise_and_keeps_exclusion() {
        for &old in SegmentStatus::ALL {
            for text in TEXTS {
                let want = match (old, text) {
                    (Excluded, _) => Excluded,
                    (_, "") => New,
                    _ => Draft,
                };
                assert_eq!(on_text_change(old, text), want, "{old:?} {text:?}");
            }
        }
    }

    #[test]
    fn confirming_needs_a_translation_and_new_or_draft_follow_the_text() {
        for &requested in SegmentStatus::ALL {
            for text in TEXTS {
                let want = match (requested, text) {
                    (Translated | Reviewed, "" | "  ") => None,
                    (Translated | Reviewed | Excluded, _) => Some(requested),
                    (New | Draft, "") => Some(New),
                    (New | Draft, _) => Some(Draft),
                };
                assert_eq!(on_request(requested, text), want, "{requested:?} {text:?}");
            }
        }
    }

    #[test]
    fn taking_the_exclusion_back_gives_what_the_text_implies() {
        for &old in SegmentStatus::ALL {
            for text in TEXTS {
                assert_eq!(on_exclude(old, true, text), Excluded);
                let want = match (old, text) {
                    (Excluded, "") => New,
                    (Excluded, _) => Draft,
                    (other, _) => other,
                };
                assert_eq!(on_exclude(old, false, text), want, "{old:?} {text:?}");
            }
        }
    }

    #[test]
    fn a_restored_version_brings_its_status_unless_excluded_now() {
        for &old in SegmentStatus::ALL {
            for &recorded in SegmentStatus::ALL {
                for text in TEXTS {
                    let want = match (old, recorded, text) {
                        (Excluded, _, _) | (_, Excluded, _) => Excluded,
                        (_, _, "") => New,
                        (_, New, _) => Draft,
                        (_, r, _) => r,
                    };
                    assert_eq!(on_version_restore(old, recorded, text), want, "{old:?} {recorded:?} {text:?}");
                }
            }
        }
    }

    #[test]
    fn a_restored_draft_brings_its_status_exclusion_included() {
        for &recorded in SegmentStatus::ALL {
            for text in TEXTS {
                let want = match (recorded, text) {
                    (Excluded, _) => Excluded,
                    (_, "") => New,
                    (New, _) => Draft,
                    (r, _) => r,
                };
                assert_eq!(on_draft_restore(recorded, text), want, "{recorded:?} {text:?}");
            }
        }
    }

    #[test]
    fn a_split_keeps_the_first_status_and_starts_the_second_new() {
        for &old in SegmentStatus::ALL {
            assert_eq!(on_split(old), (old, New));
        }
    }

    #[test]
    fn a_merge_is_excluded_only_when_both_were() {
        for &a in SegmentStatus::ALL {
            for &b in SegmentStatus::ALL {
                for text in TEXTS {
                    let want = match (a, b, text) {
                        (Excluded, Excluded, _) => Excluded,
                        (_, _, "") => New,
                        _ => Draft,
                    };
                    assert_eq!(on_merge(a, b, text), want, "{a:?} {b:?} {text:?}");
                }
            }
        }
    }

    #[test]
    fn an_emptied_translation_is_new_whatever_emptied_it() {
        for &old in SegmentStatus::ALL.iter().filter(|s| **s != Excluded) {
            assert_eq!(on_text_change(old, ""), New);
            assert_eq!(on_version_restore(old, Translated, ""), New);
            assert_eq!(on_draft_restore(Reviewed, ""), New);
            assert_eq!(on_merge(old, Excluded, ""), New);
            assert_eq!(on_request(Draft, ""), Some(New));
            assert_eq!(on_exclude(Excluded, false, ""), New);
        }
    }

    #[test]
    fn progress_predicates() {
        let of =
            |f: fn(SegmentStatus) -> bool| SegmentStatus::ALL.iter().copied().filter(|s| f(*s)).collect::<Vec<_>>();
        assert_eq!(of(SegmentStatus::counts), vec![New, Draft, Translated, Reviewed]);
        assert_eq!(of(SegmentStatus::has_translation), vec![Draft, Translated, Reviewed]);
        assert_eq!(of(SegmentStatus::is_confirmed), vec![Translated, Reviewed]);
        assert_eq!(of(SegmentStatus::is_reviewed), vec![Reviewed]);
    }

    #[test]
    fn only_a_change_of_workflow_status_is_recorded() {
        for &a in WorkflowStatus::ALL {
            for &b in WorkflowStatus::ALL {
                assert_eq!(workflow_changes(a, b), a != b);
            }
        }
    }
}
