//! Suggesting an English spelling for an Arabic name the glossary does not know
//! (`../shared/guides/arabic-text.md` §2, last paragraph).
//!
//! - [`skeleton_score`] aligns an Arabic name, letter by letter, with an English word or
//!   phrase: every Arabic letter takes one of its Latin spellings (ب b/p, ق q/k/g/c …), the
//!   long-vowel letters ا و ي and ع ء ه may also stand for nothing, and English vowels (the
//!   short vowels Arabic does not write) may go unmatched. An English consonant that no
//!   Arabic letter accounts for means no alignment. A dynamic program finds the cheapest
//!   alignment.
//! - [`spell()`] looks for the best-aligning run of capitalised words in the translator's
//!   English draft; when nothing aligns it falls back on [`romanize`], marked unverified.
//! - [`candidates()`] lists the name-looking spans of an article that the glossary does not
//!   match yet, each with a suggestion: after a cue, aligned with the translation, or a
//!   well-known name (`known`, a table kept as data, which also gives their established
//!   spelling: [`suggest_spelling`]). Function words and common nouns are never proposed.
//!
//! Measured on the Wikidata name pairs in `docs/names-suggester.md`
//! (`examples/translit_eval.rs`).
//!
//! Inside: `letters` (Arabic and English letters with their context), `skeleton` (the
//! alignment), `romanise`, `spell` (capitalised runs of an English draft), `source` (the words
//! of an Arabic source and their readings without a clitic), `cues` (الرئيس، وزير …) and
//! `candidates` (the steps of [`candidates()`]).
mod candidates;
mod cues;
mod known;
mod letters;
mod romanise;
mod skeleton;
mod source;
mod spell;

use serde::Serialize;

pub use candidates::candidates;
pub use romanise::romanize;
pub use skeleton::skeleton_score;
pub use spell::spell;

/// The English spelling to propose for `arabic`: [`spell()`]'s from the translator's draft;
/// else the established spelling of a well-known name (نيويورك: New York, from
/// `data/known-names.tsv`); else a romanisation, unverified.
pub fn suggest_spelling(arabic: &str, english_context: &str) -> Suggestion {
    let from_draft = spell(arabic, english_context);
    if from_draft.verified {
        return from_draft;
    }
    match known::spelling(arabic) {
        Some(english) => Suggestion { english: english.to_owned(), verified: true },
        None => from_draft,
    }
}

/// A proposed English spelling.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Suggestion {
    pub english: String,
    /// True when the spelling was found in the English draft and aligns with the Arabic, or
    /// is the established spelling of a well-known name; false for a plain romanisation.
    pub verified: bool,
}

/// A name-looking span of an article that the glossary does not match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    /// The span as written in the source (without a clitic that was taken off).
    pub arabic: String,
    /// Index of the segment of its first occurrence.
    pub segment: usize,
    /// Character offsets of the span in that segment's source.
    pub start: usize,
    pub end: usize,
    /// The word(s) that announced it (الرئيس, وزير الخارجية …), if any.
    pub cue: Option<String>,
    pub suggestion: Suggestion,
    /// How many times it occurs in all the sources, with or without a clitic.
    pub occurrences: usize,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A translator's draft of some segments of the sample article.
    pub(crate) fn sample_segments() -> Vec<(String, String)> {
        let paras: Vec<&str> =
            crate::sample::SAMPLE_TEXT.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect();
        let english = |ar: &str| -> &str {
            if ar.starts_with("ونقلت وكالة") {
                "Kremlin spokesman Dmitry Peskov told reporters, according to Bloomberg news agency, that the aim of the talks \
                 was very clear: to continue discussing all the issues on the agenda of the talks the two presidents held on \
                 December 7, and before the security talks planned for January."
            } else if ar.starts_with("ومن المتوقع") {
                "Putin and Biden are expected to lay the groundwork for the coming talks in Geneva on January 10, where \
                 diplomats of the two countries will discuss the crisis."
            } else if ar.starts_with("وتابع") {
                "He added that Putin told Biden it was a mistake to put the full blame for the current tension on Russia, \
                 and told Biden of the \"unconstructive\" position of Kyiv on a settlement in eastern Ukraine."
            } else {
                ""
            }
        };
        paras.iter().map(|p| (p.to_string(), english(p).to_string())).collect()
    }

    #[test]
    fn suggestions_serialise_in_camel_case() {
        let c = Candidate {
            arabic: "جنيف".into(),
            segment: 2,
            start: 3,
            end: 7,
            cue: None,
            suggestion: Suggestion { english: "Geneva".into(), verified: true },
            occurrences: 1,
        };
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(
            json,
            r#"{"arabic":"جنيف","segment":2,"start":3,"end":7,"cue":null,"suggestion":{"english":"Geneva","verified":true},"occurrences":1}"#
        );
    }
}
