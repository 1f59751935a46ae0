//! Glossary names in an article for the editor: where each occurs in the source (UTF-16
//! spans, which the UI indexes by), which English form to insert there (first or second
//! reference), and what to show of each entry, once.
use std::collections::HashSet;

use serde::Serialize;

use super::glossary::{Compiled, NameType, StoredEntry};
use crate::model::{Segment, SegmentKind, SegmentStatus};
use crate::text::offsets::Offsets;

/// Which English form a name takes where it stands in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Reference {
    /// The name's first appearance in the article: the full form (Vladimir Putin).
    First,
    /// Later: the second-reference form (Putin), or the full form when there is none.
    Second,
}

/// A glossary name found in a segment's source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NameSpan {
    /// In UTF-16 code units of the source (what the UI indexes by): the whole match, clitic
    /// included, and where the name itself starts.
    pub start: usize,
    pub end: usize,
    pub core_start: usize,
    pub surface: String,
    pub prefix: String,
    pub entry_id: i64,
    pub reference: Reference,
    /// The English form a click (or Alt+digit) inserts here: the full form at the first
    /// reference, the short one after (the full form when the entry has no short one).
    pub insert: String,
}

/// What the editor shows of a glossary entry (once per entry, not per occurrence).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NameInfo {
    pub id: i64,
    pub kind: NameType,
    pub arabic: String,
    pub english: String,
    pub short: Option<String>,
    pub notes: String,
}

/// The names of one segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SegmentNames {
    pub segment_id: i64,
    pub names: Vec<NameSpan>,
}

/// The glossary names of an article: the entries found, and each segment's occurrences.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Annotated {
    pub entries: Vec<NameInfo>,
    pub segments: Vec<SegmentNames>,
}

impl Annotated {
    pub fn entry(&self, id: i64) -> Option<&NameInfo> {
        self.entries.iter().find(|e| e.id == id)
    }
}

/// The glossary names in each segment of an article, in order. A name's first appearance in
/// the body (paragraphs, sentences, captions not marked "not for translation") takes the
/// first-reference form; later ones, and names in headlines and subheads, the second.
pub fn annotate(segments: &[Segment], glossary: &Compiled) -> Annotated {
    let mut seen: HashSet<i64> = HashSet::new();
    let mut out = Annotated::default();
    let mut listed: HashSet<i64> = HashSet::new();
    for s in segments {
        let found = glossary.find(&s.source);
        if found.is_empty() {
            continue;
        }
        let mut offsets = Offsets::new(&s.source);
        let names = found
            .into_iter()
            .map(|(m, e)| {
                // Headlines and subheads use the short form (news style: "Putin, Biden to
                // talk") and do not introduce a name; nor does text not for translation.
                let display = matches!(s.kind, SegmentKind::Headline | SegmentKind::Subhead);
                let reference = if display || seen.contains(&e.id) { Reference::Second } else { Reference::First };
                if !display && s.status != SegmentStatus::Excluded {
                    seen.insert(e.id);
                }
                if listed.insert(e.id) {
                    out.entries.push(info(e));
                }
                NameSpan {
                    start: offsets.utf16_at_char(m.start),
                    end: offsets.utf16_at_char(m.end),
                    core_start: offsets.utf16_at_char(m.core_start),
                    surface: m.surface,
                    prefix: m.prefix,
                    entry_id: e.id,
                    reference,
                    insert: match reference {
                        Reference::First => e.entry.english.clone(),
                        Reference::Second => e.entry.short.clone().unwrap_or_else(|| e.entry.english.clone()),
                    },
                }
            })
            .collect();
        out.segments.push(SegmentNames { segment_id: s.id, names });
    }
    out
}

fn info(e: &StoredEntry) -> NameInfo {
    NameInfo {
        id: e.id,
        kind: e.entry.kind,
        arabic: e.entry.arabic.clone(),
        english: e.entry.english.clone(),
        short: e.entry.short.clone(),
        notes: e.entry.notes.clone(),
    }
}
