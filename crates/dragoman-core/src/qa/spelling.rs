//! The spelling of the English, by the editor's own spell check ([`Speller`], the same
//! Hunspell dictionary, the glossary's English and the personal dictionary as known words).
//! A capitalised word the dictionary lacks is a name when it spells a word of the Arabic
//! (Moualem for المعلم, by the names suggester's letter alignment): news is full of names no
//! glossary has yet, and a check that flags each would be switched off by the second day.
use std::collections::HashMap;

use super::{Arg, Issue, IssueKind, Severity, Span};
use crate::model::Segment;
use crate::names::suggest::skeleton_score;
use crate::spell::{Known, Speller};
use crate::text::clitics::CLITICS;

/// Suggestions already asked for in one run of the checks (Hunspell's are slow).
#[derive(Default)]
pub struct Suggestions(HashMap<String, String>);

impl Suggestions {
    fn first(&mut self, speller: &Speller, word: &str) -> String {
        self.0
            .entry(word.to_owned())
            .or_insert_with(|| speller.suggest(word).into_iter().next().unwrap_or_default())
            .clone()
    }
}

/// Whether `word` (capitalised) spells one of the Arabic words of `source`, with or without a
/// clitic in front, alone or with the word after it.
fn spells_a_source_word(word: &str, source: &str) -> bool {
    let plain = word.trim_end_matches("'s").trim_end_matches('\u{2019}').trim_end_matches("\u{2019}s");
    let arabic: Vec<&str> = source
        .split(|c: char| !(c.is_alphabetic() || ('\u{064B}'..='\u{065F}').contains(&c)))
        .filter(|w| !w.is_empty())
        .collect();
    arabic.iter().enumerate().any(|(k, w)| {
        let bare = CLITICS[1..].iter().filter_map(|c| w.strip_prefix(c)).filter(|r| r.chars().count() >= 2);
        let pair = arabic.get(k + 1).map(|n| format!("{w} {n}"));
        std::iter::once(*w).chain(bare).any(|a| skeleton_score(a, plain).is_some())
            || pair.is_some_and(|p| skeleton_score(&p, plain).is_some())
    })
}

/// The misspelt words of a segment's English, each with the dictionary's first suggestion.
pub fn check_segment(s: &Segment, speller: &Speller, known: &[&Known], suggestions: &mut Suggestions) -> Vec<Issue> {
    speller
        .check(&s.target, known)
        .into_iter()
        .filter(|m| {
            !(m.word.chars().next().is_some_and(char::is_uppercase) && spells_a_source_word(&m.word, &s.source))
        })
        .map(|m| {
            let expected = suggestions.first(speller, &m.word);
            let variant = if expected.is_empty() { "none" } else { "suggestion" };
            Issue::new(IssueKind::Misspelling, Severity::Warning, s.id, s.position, &m.word, &expected)
                .with_arg("variant", Arg::Text(variant.into()))
                .at_target(Span { start: m.start, end: m.end })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{SegmentKind, SegmentStatus};
    use crate::spell::Variant;

    const AFF: &str = "SET UTF-8\nTRY esianrtolcdugmphbyfvkwzESIANRTOLCDUGMPHBYFVKWZ'\n";
    const DIC: &str = "12\nthe\nforeign\nminister\nsaid\ntalks\nwould\ncontinue\nin\nwith\nand\nhe\nspoke\n";

    fn seg(source: &str, target: &str) -> Segment {
        Segment {
            id: 1,
            article_id: 1,
            position: 0,
            kind: SegmentKind::Sentence,
            paragraph: 0,
            source: source.into(),
            target: target.into(),
            status: SegmentStatus::Draft,
            updated_at: 0,
            words: 1,
            version: 1,
            mergeable: false,
            memory_unit: None,
        }
    }

    #[test]
    fn a_misspelling_is_caught_with_a_suggestion_and_a_name_of_the_arabic_is_not() {
        let speller = Speller::new(Variant::EnUs, AFF, DIC).unwrap();
        let s = seg("وقال وزير الخارجية وليد المعلم إن المحادثات ستستمر", "Moualem said the talks wuold continue");
        let issues = check_segment(&s, &speller, &[], &mut Suggestions::default());
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert_eq!((issues[0].found(), issues[0].expected()), ("wuold", "would"));
        assert_eq!(issues[0].target, vec![Span { start: 23, end: 28 }]);
        // A capitalised word that spells nothing in the Arabic is still flagged.
        let s = seg("وقال وزير الخارجية", "Ministr said");
        assert_eq!(check_segment(&s, &speller, &[], &mut Suggestions::default()).len(), 1);
        // The personal list and the glossary's words are known.
        let known = Known::from_words(["Ministr"]);
        assert!(check_segment(&s, &speller, &[&known], &mut Suggestions::default()).is_empty());
    }
}
