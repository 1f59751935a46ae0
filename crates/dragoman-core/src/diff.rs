//! Comparing two versions of an article's translation: a word-level diff per segment
//! (`similar`), segments aligned by identity, unchanged ones counted and folded away.
use serde::Serialize;
use similar::{ChangeTag, TextDiff};

use crate::model::{DraftSegment, SegmentKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Op {
    Equal,
    Insert,
    Delete,
}

/// A run of text in a diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Piece {
    pub op: Op,
    pub text: String,
}

/// One segment that differs between the two sides.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SegmentDiff {
    pub segment_id: i64,
    /// Position on the newer side (or the older side, for a segment that is gone).
    pub position: i64,
    pub kind: SegmentKind,
    pub source: String,
    pub pieces: Vec<Piece>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    pub changed: Vec<SegmentDiff>,
    pub unchanged: usize,
}

/// Word-level diff of two texts.
pub fn word_diff(old: &str, new: &str) -> Vec<Piece> {
    let diff = TextDiff::configure().diff_unicode_words(old, new);
    let mut pieces: Vec<Piece> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => Op::Equal,
            ChangeTag::Insert => Op::Insert,
            ChangeTag::Delete => Op::Delete,
        };
        match pieces.last_mut() {
            Some(last) if last.op == op => last.text.push_str(change.value()),
            _ => pieces.push(Piece { op, text: change.value().to_owned() }),
        }
    }
    pieces
}

/// Compare `old` and `new` (both in article order). Segments are matched by id; one found
/// on only one side is wholly inserted or deleted.
pub fn compare(old: &[DraftSegment], new: &[DraftSegment]) -> Comparison {
    use std::collections::HashMap;
    let old_by_id: HashMap<i64, &DraftSegment> = old.iter().map(|s| (s.segment_id, s)).collect();
    let new_ids: std::collections::HashSet<i64> = new.iter().map(|s| s.segment_id).collect();
    let mut changed = Vec::new();
    let mut unchanged = 0;
    for n in new {
        let before = old_by_id.get(&n.segment_id).map(|o| o.target.as_str()).unwrap_or("");
        if before == n.target {
            unchanged += 1;
            continue;
        }
        changed.push(SegmentDiff {
            segment_id: n.segment_id,
            position: n.position,
            kind: n.kind,
            source: n.source.clone(),
            pieces: word_diff(before, &n.target),
        });
    }
    for o in old.iter().filter(|o| !new_ids.contains(&o.segment_id)) {
        if o.target.is_empty() {
            unchanged += 1;
            continue;
        }
        changed.push(SegmentDiff {
            segment_id: o.segment_id,
            position: o.position,
            kind: o.kind,
            source: o.source.clone(),
            pieces: vec![Piece { op: Op::Delete, text: o.target.clone() }],
        });
    }
    changed.sort_by_key(|d| d.position);
    Comparison { changed, unchanged }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SegmentStatus;

    fn seg(id: i64, target: &str) -> DraftSegment {
        DraftSegment {
            segment_id: id,
            position: id,
            kind: SegmentKind::Paragraph,
            paragraph: id,
            source: format!("مصدر {id}"),
            target: target.into(),
            status: SegmentStatus::Draft,
        }
    }

    #[test]
    fn words_inserted_and_deleted_are_marked() {
        let p = word_diff("Putin spoke to Biden on Thursday", "Putin spoke by phone to Biden on Friday");
        let marked: Vec<(Op, &str)> = p.iter().map(|p| (p.op, p.text.as_str())).collect();
        assert!(marked.contains(&(Op::Insert, "by phone ")), "{marked:?}");
        assert!(marked.contains(&(Op::Delete, "Thursday")), "{marked:?}");
        assert!(marked.contains(&(Op::Insert, "Friday")), "{marked:?}");
        let rebuilt_new: String = p.iter().filter(|p| p.op != Op::Delete).map(|p| p.text.as_str()).collect();
        assert_eq!(rebuilt_new, "Putin spoke by phone to Biden on Friday");
    }

    #[test]
    fn unchanged_segments_are_folded_and_vanished_ones_shown() {
        let old = vec![seg(1, "The Kremlin"), seg(2, "said"), seg(3, "gone")];
        let new = vec![seg(1, "The Kremlin"), seg(2, "said on Thursday"), seg(4, "")];
        let c = compare(&old, &new);
        assert_eq!(c.unchanged, 2);
        let ids: Vec<i64> = c.changed.iter().map(|d| d.segment_id).collect();
        assert_eq!(ids, vec![2, 3]);
        assert_eq!(c.changed[1].pieces, vec![Piece { op: Op::Delete, text: "gone".into() }]);
    }
}
