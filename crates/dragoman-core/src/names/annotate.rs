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

/// The glossary names in each segment of an article, in reading order (by position, and
/// within a segment by place in the text). A name's first appearance in the body that is for
/// translation (paragraphs, sentences, captions; not a segment marked "not for translation")
/// takes the first-reference form; later ones, and names in headlines and subheads, the
/// second. A name seen only in text not for translation is still new to the reader.
pub fn annotate(segments: &[Segment], glossary: &Compiled) -> Annotated {
    let mut seen: HashSet<i64> = HashSet::new();
    let mut out = Annotated::default();
    let mut listed: HashSet<i64> = HashSet::new();
    let mut order: Vec<&Segment> = segments.iter().collect();
    order.sort_by_key(|s| s.position);
    for s in order {
        let mut found = glossary.find(&s.source);
        if found.is_empty() {
            continue;
        }
        found.sort_by_key(|(m, _)| m.start);
        // Headlines and subheads use the short form (news style: "Putin, Biden to talk") and
        // do not introduce a name; nor does text not for translation, which the reader of
        // the English never sees.
        let display = matches!(s.kind, SegmentKind::Headline | SegmentKind::Subhead);
        let introduces = !display && s.status != SegmentStatus::Excluded;
        let mut offsets = Offsets::new(&s.source);
        let names = found
            .into_iter()
            .map(|(m, e)| {
                let reference = if display || seen.contains(&e.id) { Reference::Second } else { Reference::First };
                if introduces {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::glossary::GlossaryEntry;

    fn segment(id: i64, position: i64, kind: SegmentKind, status: SegmentStatus, source: &str) -> Segment {
        Segment {
            id,
            article_id: 1,
            position,
            kind,
            paragraph: position,
            source: source.into(),
            target: String::new(),
            status,
            updated_at: 0,
            words: 1,
            version: 1,
            mergeable: false,
            memory_unit: None,
        }
    }

    fn kremlin() -> Compiled {
        let entry = GlossaryEntry {
            arabic: "الكرملين".into(),
            variants: vec![],
            english: "the Kremlin".into(),
            short: Some("Kremlin".into()),
            kind: NameType::Organization,
            deprecated: vec![],
            clitics: true,
            not: vec![],
            notes: String::new(),
        };
        Compiled::new(vec![StoredEntry { id: 7, entry, created_at: 0, updated_at: 0 }])
    }

    /// (segment id, what each of its names inserts).
    fn inserts(a: &Annotated) -> Vec<(i64, Vec<&str>)> {
        a.segments.iter().map(|s| (s.segment_id, s.names.iter().map(|n| n.insert.as_str()).collect())).collect()
    }

    use SegmentKind::{Headline, Paragraph, Sentence};
    use SegmentStatus::{Excluded, New, Translated};

    #[test]
    fn text_not_for_translation_does_not_introduce_a_name() {
        let segments = [
            segment(1, 0, Paragraph, Excluded, "الكرملين"),
            segment(2, 1, Sentence, New, "قال الكرملين إن المحادثات جادة."),
            segment(3, 2, Sentence, Translated, "وأضاف الكرملين أنه ينتظر."),
        ];
        let got = annotate(&segments, &kremlin());
        assert_eq!(got.entries.len(), 1);
        assert_eq!(got.segments[1].names[0].reference, Reference::First);
        assert_eq!(inserts(&got), vec![(1, vec!["the Kremlin"]), (2, vec!["the Kremlin"]), (3, vec!["Kremlin"])]);
    }

    #[test]
    fn headlines_take_the_short_form_and_do_not_introduce() {
        let segments = [
            segment(1, 0, Headline, New, "الكرملين يرد"),
            segment(2, 1, Sentence, New, "قال الكرملين للصحفيين، ثم كرر الكرملين ذلك."),
        ];
        let got = annotate(&segments, &kremlin());
        assert_eq!(inserts(&got), vec![(1, vec!["Kremlin"]), (2, vec!["the Kremlin", "Kremlin"])]);
    }

    #[test]
    fn reading_order_is_the_segments_positions() {
        // Given out of order (as after a split), read by position.
        let segments = [
            segment(9, 2, Sentence, New, "وأضاف الكرملين أنه ينتظر."),
            segment(4, 1, Sentence, New, "قال الكرملين إن المحادثات جادة."),
        ];
        let got = annotate(&segments, &kremlin());
        assert_eq!(inserts(&got), vec![(4, vec!["the Kremlin"]), (9, vec!["Kremlin"])]);
    }
}
