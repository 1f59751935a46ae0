//! Spelling a name from the translator's English: the runs of capitalised words of a draft
//! and the one that aligns best with the Arabic ([`spell`]), else a romanisation.
use super::letters::letters;
use super::romanise::romanize;
use super::skeleton::skeleton_score;
use super::Suggestion;

/// A capitalised word of an English text.
#[derive(Debug, Clone)]
pub(super) struct EWord {
    pub(super) text: String,
    /// Capitalised (Peskov, al-Sisi), as opposed to a lowercase particle (bin, de, al).
    pub(super) capital: bool,
    /// First word of a sentence.
    pub(super) sentence_initial: bool,
    /// Which run of words it belongs to (words separated by spaces only).
    pub(super) run: usize,
}

/// Lowercase words that may stand inside a name (Mohammed bin Salman, Ursula von der Leyen).
const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "ben", "abu", "abd", "de", "da", "di", "du", "del", "della", "van", "von", "der",
    "den", "la", "le", "y", "ul", "ud",
];

/// Capitalised words that are not names, or not alone (compared in lower case).
const STOP_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "but",
    "or",
    "nor",
    "in",
    "on",
    "at",
    "of",
    "for",
    "to",
    "by",
    "with",
    "from",
    "as",
    "into",
    "after",
    "before",
    "during",
    "since",
    "until",
    "while",
    "when",
    "where",
    "what",
    "which",
    "who",
    "whom",
    "why",
    "how",
    "if",
    "so",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "hers",
    "their",
    "its",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "not",
    "no",
    "yes",
    "all",
    "some",
    "any",
    "both",
    "each",
    "one",
    "two",
    "three",
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "presidents",
    "vice",
    "prime",
    "minister",
    "ministers",
    "foreign",
    "defense",
    "defence",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "general",
    "gen",
    "chairman",
    "chief",
    "official",
    "officials",
    "state",
    "states",
    "government",
    "ministry",
    "according",
    "however",
    "meanwhile",
    "also",
    "however",
    "yet",
    "still",
    "then",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "said",
    "says",
];

pub(super) fn is_stop_word(w: &str) -> bool {
    let l = w.to_lowercase();
    STOP_WORDS.contains(&l.as_str())
}

/// The words of an English text that can be part of a name, grouped in runs.
pub(super) fn english_words(text: &str) -> Vec<EWord> {
    let mut out = Vec::new();
    let mut run = 0;
    let mut sentence_start = true;
    let mut gap_breaks = true;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphabetic() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric()
                    || is_mark(chars[i])
                    || (matches!(chars[i], '-' | '\'' | '’') && chars.get(i + 1).is_some_and(|n| n.is_alphabetic())))
            {
                i += 1;
            }
            let mut word: String = chars[start..i].iter().collect();
            // Possessive: Putin's.
            for s in ["'s", "’s"] {
                if word.len() > s.len() && word.ends_with(s) {
                    word.truncate(word.len() - s.len());
                }
            }
            let first = word.chars().next().unwrap_or(' ');
            let after_hyphen = word.split_once('-').and_then(|(p, rest)| {
                (PARTICLES.contains(&p.to_lowercase().as_str()) || p.len() <= 3).then(|| rest.chars().next())?
            });
            let capital = first.is_uppercase() || after_hyphen.is_some_and(char::is_uppercase);
            let particle = !capital && PARTICLES.contains(&word.as_str());
            if capital || particle {
                if gap_breaks {
                    run += 1;
                }
                out.push(EWord { text: word, capital, sentence_initial: sentence_start, run });
            } else {
                run += 1;
            }
            sentence_start = false;
            gap_breaks = false;
            continue;
        }
        if !c.is_whitespace() {
            gap_breaks = true;
            if matches!(c, '.' | '!' | '?' | ':' | '…') {
                sentence_start = true;
            }
        }
        i += 1;
    }
    out
}

fn is_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// The phrases of 1–3 capitalised words (particles allowed inside) of an English text, with
/// the index of their first word, skipping stop words; with `sentence_initial` false, a
/// phrase may not start a sentence.
pub(super) fn phrases(words: &[EWord], sentence_initial: bool) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for s in 0..words.len() {
        if !words[s].capital || is_stop_word(&words[s].text) || (!sentence_initial && words[s].sentence_initial) {
            continue;
        }
        let mut caps = 0;
        for e in s..words.len() {
            if words[e].run != words[s].run || (words[e].capital && is_stop_word(&words[e].text)) {
                break;
            }
            if words[e].capital {
                caps += 1;
                if caps > 3 {
                    break;
                }
                let text = words[s..=e].iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ");
                out.push((s, e, text));
            }
        }
    }
    out
}

/// The best-aligning phrase of `english_context` for `arabic`, with its score.
pub(super) fn best_phrase(arabic: &str, english_context: &str, sentence_initial: bool) -> Option<(String, f32)> {
    let a = letters(arabic);
    if a.is_empty() {
        return None;
    }
    let words = english_words(english_context);
    let mut best: Option<(String, f32)> = None;
    for (_, _, text) in phrases(&words, sentence_initial) {
        if let Some(score) = skeleton_score(arabic, &text) {
            if best.as_ref().is_none_or(|(_, b)| score > *b) {
                best = Some((text, score));
            }
        }
    }
    best
}

/// The English spelling of the Arabic name `arabic`: the best-aligning run of 1–3
/// capitalised words of `english_context` (the translator's English draft), verified; or,
/// when nothing aligns, [`romanize`], unverified.
///
/// A name of several words that does not align as a whole is spelled word by word (فلاديمير
/// بوتين with only "Putin" in the draft: "Faladimir Putin"), verified only if every word is.
pub fn spell(arabic: &str, english_context: &str) -> Suggestion {
    if let Some((english, _)) = best_phrase(arabic, english_context, true) {
        return Suggestion { english, verified: true };
    }
    let words: Vec<&str> = arabic.split_whitespace().collect();
    let parts: Vec<Suggestion> =
        if words.len() < 2 { Vec::new() } else { words.iter().map(|w| spell(w, english_context)).collect() };
    if !parts.iter().any(|p| p.verified) {
        return Suggestion { english: romanize(arabic), verified: false };
    }
    Suggestion {
        english: parts.iter().map(|p| p.english.as_str()).collect::<Vec<_>>().join(" "),
        verified: parts.iter().all(|p| p.verified),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::suggest::tests::sample_segments;
    #[test]
    fn spelling_from_the_english_draft() {
        let draft: String = sample_segments().iter().map(|(_, e)| e.clone()).collect::<Vec<_>>().join("\n");
        assert_eq!(spell("بيسكوف", &draft), Suggestion { english: "Peskov".into(), verified: true });
        assert_eq!(spell("كييف", &draft), Suggestion { english: "Kyiv".into(), verified: true });
        assert_eq!(spell("جنيف", &draft), Suggestion { english: "Geneva".into(), verified: true });
        assert_eq!(spell("ديمتري بيسكوف", &draft).english, "Dmitry Peskov");
        assert_eq!(spell("بلومبرج", &draft).english, "Bloomberg");
        // Not in the draft: a romanisation, unverified.
        assert_eq!(spell("عصام كامل", &draft), Suggestion { english: "Asam Kamel".into(), verified: false });
        // A name that aligns only in part: spelled word by word, unverified.
        assert_eq!(spell("فلاديمير بوتين", &draft), Suggestion { english: "Fladimir Putin".into(), verified: false });
    }
}
