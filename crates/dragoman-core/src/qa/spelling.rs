//! The spelling of the English, by the editor's own spell check ([`Speller`], the same
//! Hunspell dictionary, the glossary's English and the personal dictionary as known words).
//!
//! News is full of names no dictionary or glossary has yet, and a check that flags each would
//! be switched off by the second day. So a capitalised word the dictionary lacks is taken for a
//! name when it spells a word of the Arabic (Moualem for المعلم, by the names suggester's
//! letter alignment) or when no ordinary word (one the dictionary has in lower case) is one
//! edit from it (Kavanaugh); it is flagged when one is (Leaguge → League). ([`crate::qa::run`] also lets pass one the article
//! uses more than once.) What is expected is the word one edit away, when there is one
//! ([`Speller::near_word`]): Hunspell's own suggestions take a tenth of a second a word, too
//! slow to run as the translator types; the editor's spelling menu offers them.
use super::{Arg, Issue, IssueKind, Severity, Span};
use crate::model::Segment;
use crate::names::suggest::skeleton_score;
use crate::spell::{Known, Speller};
use crate::text::clitics::CLITICS;

/// Whether `word` (capitalised) spells one of the Arabic words of `source`, with or without a
/// clitic in front, alone or with the word after it.
fn spells_a_source_word(word: &str, source: &str) -> bool {
    let plain = word.trim_end_matches("'s").trim_end_matches("\u{2019}s").trim_end_matches('\u{2019}');
    let arabic: Vec<&str> = source
        .split(|c: char| !(c.is_alphabetic() || ('\u{064B}'..='\u{065F}').contains(&c)))
        .filter(|w| !w.is_empty() && !w.is_ascii())
        .collect();
    arabic.iter().enumerate().any(|(k, w)| {
        let bare = CLITICS[1..].iter().filter_map(|c| w.strip_prefix(c)).filter(|r| r.chars().count() >= 2);
        let pair = arabic.get(k + 1).map(|n| format!("{w} {n}"));
        std::iter::once(*w).chain(bare).any(|a| skeleton_score(a, plain).is_some())
            || pair.is_some_and(|p| skeleton_score(&p, plain).is_some())
    })
}

/// The misspelt words of a segment's English, each with the word one edit away if there is one.
pub fn check_segment(s: &Segment, speller: &Speller, known: &[&Known]) -> Vec<Issue> {
    speller
        .check(&s.target, known)
        .into_iter()
        .filter_map(|m| {
            let near = speller.near_word(&m.word);
            let capitalised = m.word.starts_with(char::is_uppercase);
            // A capitalised word is flagged only as an ordinary word mistyped (Leaguge): one edit
            // from a word the dictionary has in lower case, the first letter kept, five letters
            // or more. Else it is a name (Gjorge, Palu, Ukip) the dictionary cannot judge.
            let ordinary = |n: &str| {
                m.word.chars().count() >= 5
                    && n.chars().next().map(|c| c.to_lowercase().to_string())
                        == m.word.chars().next().map(|c| c.to_lowercase().to_string())
                    && speller.is_correct(&n.to_lowercase(), &[])
            };
            if capitalised && (!near.as_deref().is_some_and(ordinary) || spells_a_source_word(&m.word, &s.source)) {
                return None;
            }
            let expected = near.unwrap_or_default();
            let variant = if expected.is_empty() { "none" } else { "suggestion" };
            Some(
                Issue::new(IssueKind::Misspelling, Severity::Warning, s.id, s.position, &m.word, &expected)
                    .with_arg("variant", Arg::Text(variant.into()))
                    .at_target(Span { start: m.start, end: m.end }),
            )
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
        let issues = check_segment(&s, &speller, &[]);
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert_eq!((issues[0].found(), issues[0].expected()), ("wuold", "would"));
        assert_eq!(issues[0].target, vec![Span { start: 23, end: 28 }]);
        // A capitalised word one edit from a word is flagged; one far from any is a name.
        let s = seg("وقال وزير الخارجية", "Ministr said");
        assert_eq!(check_segment(&s, &speller, &[]).len(), 1);
        assert!(check_segment(&seg("وقال", "Zakharova said"), &speller, &[]).is_empty());
        // A misspelling with no word one edit away is flagged with nothing expected.
        let far = check_segment(&seg("قال", "he said xqzzkw"), &speller, &[]);
        assert_eq!((far[0].found(), far[0].expected(), far[0].text("variant")), ("xqzzkw", "", "none"));
        // The personal list and the glossary's words are known.
        let known = Known::from_words(["Ministr"]);
        assert!(check_segment(&s, &speller, &[&known]).is_empty());
    }
}
