//! The English words of a translation that the spell check looks at: Unicode word
//! boundaries (`icu_segmenter`, UAX #29: "don't" and "Peskov's" are one word, a hyphen
//! separates two), less what a dictionary cannot judge: numbers and words with digits
//! ("1990s", "G7"), acronyms in capitals ("NATO", "U.S"), abbreviations with a dot, single
//! letters, words in another script (Arabic left in the English), and whole web and mail
//! addresses.
use std::ops::Range;
use std::sync::OnceLock;

use icu_segmenter::options::WordBreakInvariantOptions;
use icu_segmenter::{WordSegmenter, WordSegmenterBorrowed};

fn segmenter() -> &'static WordSegmenterBorrowed<'static> {
    static SEGMENTER: OnceLock<WordSegmenterBorrowed<'static>> = OnceLock::new();
    SEGMENTER.get_or_init(|| WordSegmenter::new_for_non_complex_scripts(WordBreakInvariantOptions::default()))
}

/// Every word-like run of `text` (letters, digits, inner apostrophes), as byte ranges, in
/// order; nothing left out.
pub fn all_words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut breaks = segmenter().segment_str(text);
    let mut start = breaks.next().unwrap_or(0);
    std::iter::from_fn(move || loop {
        let end = breaks.next()?;
        let range = start..end;
        start = end;
        if breaks.is_word_like() {
            return Some(range);
        }
    })
}

/// The words of `text` the spell check judges, as byte ranges, in order.
pub fn words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let skipped = addresses(text);
    all_words(text)
        .filter(move |r| !skipped.iter().any(|s| s.start <= r.start && r.end <= s.end) && checkable(&text[r.clone()]))
}

/// Whether a word is one a dictionary can judge.
fn checkable(word: &str) -> bool {
    let mut letters = 0;
    let mut upper = 0;
    for c in word.chars() {
        if c.is_alphabetic() {
            if !is_latin(c) {
                return false;
            }
            letters += 1;
            upper += usize::from(c.is_uppercase());
        } else if !is_apostrophe(c) {
            // Digits, dots, underscores: a number, an abbreviation, a code.
            return false;
        }
    }
    // An acronym's plural (MPs, AMs) is an acronym too.
    let acronym_plural = word.ends_with('s') && upper + 1 == letters;
    letters >= 2 && upper < letters && !acronym_plural
}

/// Latin letters (the English alphabet and its accented relatives: café, Erdoğan).
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

pub(super) fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// The byte ranges of the whitespace-separated pieces of `text` that are web or mail
/// addresses (`https://…`, `www.…`, `name@host`).
fn addresses(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    for piece in text.split(char::is_whitespace) {
        let lower = piece.to_ascii_lowercase();
        if lower.contains("://") || lower.starts_with("www.") || (piece.contains('@') && piece.contains('.')) {
            out.push(at..at + piece.len());
        }
        at += piece.len() + text[at + piece.len()..].chars().next().map_or(0, char::len_utf8);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judged(text: &str) -> Vec<&str> {
        words(text).map(|r| &text[r]).collect()
    }

    #[test]
    fn apostrophes_stay_in_a_word_and_hyphens_separate() {
        assert_eq!(
            judged("Peskov’s aide didn't say; a well-known man"),
            ["Peskov’s", "aide", "didn't", "say", "well", "known", "man"]
        );
    }

    #[test]
    fn numbers_acronyms_abbreviations_and_single_letters_are_left_alone() {
        assert_eq!(judged("In 1990s the G7 and NATO, U.S. e.g. plan B"), ["In", "the", "and", "plan"]);
    }

    #[test]
    fn addresses_and_other_scripts_are_left_alone() {
        assert_eq!(
            judged("See https://example.com/recieved and www.teh.org or mail a@b.com about الكرملين now"),
            ["See", "and", "or", "mail", "about", "now"]
        );
    }

    #[test]
    fn ranges_are_bytes_of_the_text() {
        let text = "«Zelensky» – receved";
        let got: Vec<_> = words(text).collect();
        assert_eq!(got.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>(), ["Zelensky", "receved"]);
    }
}
