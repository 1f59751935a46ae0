//! Names in an article: the editor's highlights with the form each inserts, likely names the
//! glossary lacks, and a spelling for selected words. (The checks on the English are among
//! the QA checks: [`crate::usecases::qa`].)
use serde::Serialize;

use crate::model::{Segment, SegmentStatus};
use crate::names::annotate::{annotate, Annotated};
use crate::names::glossary::{Compiled, GlossaryEntry};
use crate::names::suggest::{self, Candidate, Suggestion};

/// An article's glossary names.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ArticleNames {
    /// The entries found, and the names in each segment's source (segments without names
    /// are left out).
    #[serde(flatten)]
    pub names: Annotated,
}

/// The names of an article's segments.
pub fn article_names(segments: &[Segment], glossary: &Compiled) -> ArticleNames {
    ArticleNames { names: annotate(segments, glossary) }
}

/// A likely name the glossary does not have, with the segment it was found in.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NameCandidate {
    #[serde(flatten)]
    pub candidate: Candidate,
    pub segment_id: i64,
}

/// Names in the article's source that the glossary does not match, each with an English
/// spelling from the translation (verified) or a romanisation (unverified). Text not for
/// translation is left out.
pub fn candidates(segments: &[Segment], glossary: &Compiled) -> Vec<NameCandidate> {
    let kept: Vec<&Segment> = segments.iter().filter(|s| s.status != SegmentStatus::Excluded).collect();
    let pairs: Vec<(&str, &str)> = kept.iter().map(|s| (s.source.as_str(), s.target.as_str())).collect();
    suggest::candidates(&pairs, glossary.index())
        .into_iter()
        .map(|c| NameCandidate { segment_id: kept[c.segment].id, candidate: c })
        .collect()
}

/// The most words of a selection spelt as a name: a longer selection is cut, so that a
/// paragraph selected by mistake costs nothing.
pub const MAX_NAME_WORDS: usize = 6;

/// An English spelling for Arabic words selected in the article, from its translation.
pub fn spell(segments: &[Segment], arabic: &str) -> Suggestion {
    let context: Vec<&str> = segments.iter().map(|s| s.target.as_str()).filter(|t| !t.trim().is_empty()).collect();
    let words: Vec<&str> = arabic.split_whitespace().take(MAX_NAME_WORDS).collect();
    suggest::suggest_spelling(&words.join(" "), &context.join("\n"))
}

/// A glossary name found in a text (the command line's `names match`). Fields in the order
/// the JSON has always listed them (alphabetical).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextMatch {
    pub arabic: String,
    /// Character offsets of the whole match (clitic included).
    pub end: usize,
    pub english: String,
    pub prefix: String,
    pub start: usize,
    pub surface: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
}

/// The glossary's names in `text`, clitics and all, longest first where they overlap.
pub fn match_text(entries: &[GlossaryEntry], text: &str) -> Vec<TextMatch> {
    let index = crate::names::glossary::index(entries);
    index
        .find(text)
        .into_iter()
        .map(|m| {
            let e = &entries[m.name];
            TextMatch {
                start: m.start,
                end: m.end,
                surface: m.surface,
                prefix: m.prefix,
                arabic: e.arabic.clone(),
                english: e.english.clone(),
                kind: e.kind.as_str(),
            }
        })
        .collect()
}
