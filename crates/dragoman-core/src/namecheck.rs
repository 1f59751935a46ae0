//! Glossary names in an article: where they are (for the editor's highlights and for
//! inserting the right English form), and the checks on the English: a name whose English
//! form is missing from the translation, a deprecated spelling, one name rendered two ways.
use std::collections::HashMap;

use serde::Serialize;

use crate::glossary::{Compiled, NameType, StoredEntry};
use crate::model::{Segment, SegmentKind, SegmentStatus};
use crate::text::offsets::Offsets;
use crate::text::tokens::is_word_char;

/// Which English form a name takes where it stands in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reference {
    /// The name's first appearance in the article: the full form (Vladimir Putin).
    First,
    /// Later: the second-reference form (Putin), or the full form when there is none.
    Second,
}

/// A glossary name found in a segment's source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
}

impl NameSpan {
    /// The English form to insert here.
    pub fn insert<'a>(&self, info: &'a NameInfo) -> &'a str {
        match self.reference {
            Reference::First => &info.english,
            Reference::Second => info.short.as_deref().unwrap_or(&info.english),
        }
    }
}

/// What the editor shows of a glossary entry (once per entry, not per occurrence).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SegmentNames {
    pub segment_id: i64,
    pub names: Vec<NameSpan>,
}

/// The glossary names of an article: the entries found, and each segment's occurrences.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
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
    let mut seen: std::collections::HashSet<i64> = std::collections::HashSet::new();
    let mut out = Annotated::default();
    let mut listed: std::collections::HashSet<i64> = std::collections::HashSet::new();
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

/// What a check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IssueKind {
    /// The name is in the source but neither English form is in the translation.
    Missing,
    /// The translation uses a spelling the glossary deprecates (Kiev).
    Deprecated,
    /// The name is rendered differently here than elsewhere in the article.
    Inconsistent,
}

/// One problem with a name in a translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NameIssue {
    pub kind: IssueKind,
    pub segment_id: i64,
    pub position: i64,
    pub entry_id: i64,
    pub arabic: String,
    /// The house form (for Inconsistent: the rendering used most in the article).
    pub expected: String,
    /// What the translation has instead, when known.
    pub found: Option<String>,
}

/// Check the English of an article's segments against the glossary. Segments without a
/// translation, and those not for translation, are not checked.
pub fn check(segments: &[Segment], glossary: &Compiled) -> Vec<NameIssue> {
    let mut issues = Vec::new();
    // entry id → (segment, rendering) in article order, for the consistency check.
    let mut renderings: HashMap<i64, Vec<(&Segment, String)>> = HashMap::new();
    let mut order: Vec<i64> = Vec::new();
    for s in segments.iter().filter(|s| s.status != SegmentStatus::Excluded && !s.target.trim().is_empty()) {
        let target = s.target.to_lowercase();
        let mut flagged: Vec<(i64, String)> = Vec::new();
        for (entry, spelling) in glossary.deprecated_in(&target) {
            if !flagged.contains(&(entry.id, spelling.clone())) {
                flagged.push((entry.id, spelling.clone()));
                issues.push(NameIssue {
                    kind: IssueKind::Deprecated,
                    segment_id: s.id,
                    position: s.position,
                    entry_id: entry.id,
                    arabic: entry.entry.arabic.clone(),
                    expected: entry.entry.english.clone(),
                    found: Some(original_case(&s.target, &target, &spelling.to_lowercase())),
                });
            }
        }
        let mut done: Vec<i64> = Vec::new();
        for (m, e) in glossary.find(&s.source) {
            if done.contains(&e.id) {
                continue;
            }
            done.push(e.id);
            // A deprecated spelling has its own issue; it is not a rendering of its own.
            let rendering = if house_form_in(&target, e) {
                Some(e.entry.english.clone())
            } else if flagged.iter().any(|(id, _)| *id == e.id) {
                None
            } else {
                // What the translator wrote instead, if a capitalised word of the English
                // aligns with the Arabic (Peskoff for بيسكوف).
                let core: String = s.source.chars().skip(m.core_start).take(m.end - m.core_start).collect();
                let guess = crate::suggest::spell(&core, &s.target);
                let found = guess.verified.then_some(guess.english);
                issues.push(NameIssue {
                    kind: IssueKind::Missing,
                    segment_id: s.id,
                    position: s.position,
                    entry_id: e.id,
                    arabic: e.entry.arabic.clone(),
                    expected: e.entry.english.clone(),
                    found: found.clone(),
                });
                found
            };
            if let Some(r) = rendering {
                if !renderings.contains_key(&e.id) {
                    order.push(e.id);
                }
                renderings.entry(e.id).or_default().push((s, r));
            }
        }
    }
    for id in order {
        let list = &renderings[&id];
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for (_, r) in list {
            match counts.iter_mut().find(|(c, _)| *c == r) {
                Some(c) => c.1 += 1,
                None => counts.push((r, 1)),
            }
        }
        if counts.len() < 2 {
            continue;
        }
        // The house form, when the article uses it, is the article's rendering; else the one
        // used most (the first of equals). The others are flagged.
        let entry = glossary.get(id).expect("found in the glossary");
        let main = match counts.iter().find(|(r, _)| *r == entry.entry.english) {
            Some((r, _)) => (*r).to_owned(),
            None => counts.iter().fold(counts[0], |best, c| if c.1 > best.1 { *c } else { best }).0.to_owned(),
        };
        for (s, r) in list.iter().filter(|(_, r)| *r != main) {
            issues.push(NameIssue {
                kind: IssueKind::Inconsistent,
                segment_id: s.id,
                position: s.position,
                entry_id: id,
                arabic: entry.entry.arabic.clone(),
                expected: main.clone(),
                found: Some(r.clone()),
            });
        }
    }
    issues.sort_by_key(|i| (i.position, i.kind as u8));
    issues
}

/// Whether the (lower-cased) translation has the entry's first- or second-reference form, as
/// whole words; a leading "the" of the form is optional ("Kremlin" for "the Kremlin").
fn house_form_in(target_lower: &str, e: &StoredEntry) -> bool {
    std::iter::once(&e.entry.english).chain(e.entry.short.as_ref()).any(|form| {
        let form = form.to_lowercase();
        let bare = form.strip_prefix("the ").unwrap_or(&form);
        contains_words(target_lower, bare)
    })
}

/// Whether `needle` occurs in `hay` with no letter or digit right before or after it.
pub(crate) fn contains_words(hay: &str, needle: &str) -> bool {
    !needle.is_empty()
        && hay.match_indices(needle).any(|(i, _)| {
            let before = hay[..i].chars().next_back();
            let after = hay[i + needle.len()..].chars().next();
            !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
        })
}

/// The spelling as the translator typed it (the lower-cased text may differ in length only
/// for exotic letters; then the lower-case form is shown).
fn original_case(target: &str, lower: &str, spelling: &str) -> String {
    if target.len() == lower.len() {
        if let Some(i) = lower.find(spelling) {
            if let Some(s) = target.get(i..i + spelling.len()) {
                return s.to_owned();
            }
        }
    }
    spelling.to_owned()
}
