//! Sentences the way an Arabic reader splits them.
//!
//! Unicode sentence rules (`icu_segmenter`) find the candidate breaks: after . ! ? ؟ ۔, not
//! at ، or ؛, not inside 3.5 or ٣٫٥. A merge pass then removes the breaks those rules get
//! wrong for news text:
//! - after an Arabic abbreviation (د. م. أ.د. ص.ب. ق.م. …) or a Latin initialism or title
//!   (U.S., U.N., Mr., Dr.);
//! - after a quotation that ends in ! or ? when the sentence goes on («…!» قال …);
//! - before a fragment with no letter in it (a stray closing bracket or quote).
//!
//! The same function splits English text.
use std::ops::Range;
use std::sync::OnceLock;

use icu_segmenter::options::SentenceBreakInvariantOptions;
use icu_segmenter::SentenceSegmenter;

/// Arabic abbreviations that end in a dot but not a sentence. Chained forms (أ.د.) are
/// matched as a whole token.
const ARABIC_ABBREVIATIONS: &[&str] = &[
    "د.",
    "م.",
    "أ.",
    "أ.د.",
    "ص.ب.",
    "ق.م.",
    "ب.م.",
    "ت.",
    "ج.",
    "ش.",
    "ه.",
    "هـ.",
    "ص.",
    "س.",
    "ع.",
    "إلخ.",
    "الخ.",
    "ج.م.ع.",
    "ق.",
    "ط.",
    "ك.",
    "ل.",
    "ر.",
];

/// Latin abbreviations that do not end a sentence (compared case-sensitively).
const LATIN_ABBREVIATIONS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Sen.", "Rep.", "Gen.", "Col.", "Lt.", "Gov.", "Jan.", "Feb.", "Mar.",
    "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "vs.", "etc.", "e.g.", "i.e.",
    "Inc.", "Ltd.", "Co.", "Corp.", "Jr.", "Sr.",
];

const CLOSING_QUOTES: &[char] = &['»', '”', '"', '’', '\'', ')', '›'];

fn segmenter() -> &'static icu_segmenter::SentenceSegmenterBorrowed<'static> {
    static SEGMENTER: OnceLock<icu_segmenter::SentenceSegmenterBorrowed<'static>> = OnceLock::new();
    SEGMENTER.get_or_init(|| SentenceSegmenter::new(SentenceBreakInvariantOptions::default()))
}

/// The sentences of `text`, as byte ranges with surrounding whitespace left out.
pub fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    let breaks: Vec<usize> = segmenter().segment_str(text).collect();
    let mut out: Vec<Range<usize>> = Vec::new();
    for pair in breaks.windows(2) {
        let Some(range) = trim_range(text, pair[0]..pair[1]) else { continue };
        match out.last_mut() {
            Some(prev) if !breaks_between(&text[prev.clone()], &text[range.clone()]) => prev.end = range.end,
            _ => out.push(range),
        }
    }
    out
}

/// The sentences of `text`, trimmed.
pub fn sentences(text: &str) -> Vec<&str> {
    sentence_ranges(text).into_iter().map(|r| &text[r]).collect()
}

fn trim_range(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.start + s.trim_end().len();
    (start < end).then_some(start..end)
}

/// Whether a sentence really ends between `prev` and `next` (both trimmed).
fn breaks_between(prev: &str, next: &str) -> bool {
    // A fragment without letters or digits (a lone bracket, quote or dash) belongs before.
    if !next.chars().any(char::is_alphanumeric) {
        return false;
    }
    let last_token = prev.rsplit(char::is_whitespace).next().unwrap_or(prev);
    let token = last_token.trim_start_matches(['(', '«', '"', '“', '[']);
    if token.ends_with('.') && is_abbreviation(token) {
        return false;
    }
    // «…!» or "…?" and then the rest of the sentence: the next part starts with a word
    // that is not capitalised (Arabic has no capitals, so any Arabic word continues it).
    let unquoted = prev.trim_end_matches(CLOSING_QUOTES);
    if unquoted.len() < prev.len() && unquoted.ends_with(['!', '?', '؟']) {
        if let Some(first) = next.chars().next() {
            if is_arabic_letter(first) || first.is_lowercase() {
                return false;
            }
        }
    }
    true
}

fn is_abbreviation(token: &str) -> bool {
    if ARABIC_ABBREVIATIONS.contains(&token) || LATIN_ABBREVIATIONS.contains(&token) {
        return true;
    }
    // Initialisms: one or two letters and a dot, repeated (U.S., U.N., أ.ف.ب.).
    let parts: Vec<&str> = token.split_terminator('.').collect();
    parts.len() >= 2
        && token.ends_with('.')
        && parts.iter().all(|p| {
            let n = p.chars().count();
            (1..=2).contains(&n) && p.chars().all(|c| c.is_alphabetic())
        })
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FC}')
}

#[cfg(test)]
mod tests {
    use super::sentences;

    #[test]
    fn arabic_question_and_exclamation_marks_end_sentences() {
        assert_eq!(
            sentences("هل ستحضر القمة؟ قال إنه سيحضر! وأضاف أن الوفد جاهز."),
            vec!["هل ستحضر القمة؟", "قال إنه سيحضر!", "وأضاف أن الوفد جاهز."]
        );
    }

    #[test]
    fn commas_and_semicolons_never_end_sentences() {
        assert_eq!(
            sentences("قال الوزير، في مؤتمر صحفي؛ إن المحادثات مستمرة."),
            vec!["قال الوزير، في مؤتمر صحفي؛ إن المحادثات مستمرة."]
        );
    }

    #[test]
    fn decimal_numbers_stay_whole() {
        assert_eq!(
            sentences("ارتفع النمو 3.5 في المئة. وبلغ التضخم ٣٫٥ أيضًا."),
            vec!["ارتفع النمو 3.5 في المئة.", "وبلغ التضخم ٣٫٥ أيضًا."]
        );
    }

    #[test]
    fn arabic_abbreviations_do_not_end_sentences() {
        for text in [
            "قال د. أحمد زويل إن العلم مفتاح التقدم.",
            "صرح م. خالد بأن المشروع اكتمل.",
            "ألقى أ.د. محمد حسن كلمة الافتتاح.",
            "راسلونا على ص.ب. 1234 في القاهرة.",
            "بُني المعبد في القرن الثالث ق.م. على ضفاف النيل.",
        ] {
            assert_eq!(sentences(text), vec![text], "{text}");
        }
    }

    #[test]
    fn latin_initialisms_do_not_end_sentences() {
        assert_eq!(
            sentences("The U.S. envoy met Mr. Peskov. Talks resume in January."),
            vec!["The U.S. envoy met Mr. Peskov.", "Talks resume in January."]
        );
        assert_eq!(
            sentences("وقالت وزارة الخارجية U.S. إن الموقف لم يتغير."),
            vec!["وقالت وزارة الخارجية U.S. إن الموقف لم يتغير."]
        );
    }

    #[test]
    fn a_quotation_followed_by_the_rest_of_the_sentence_stays_one() {
        assert_eq!(
            sentences("وهتف المتظاهرون «لن نتراجع!» مطالبين برحيل الحكومة. ثم تفرقوا."),
            vec!["وهتف المتظاهرون «لن نتراجع!» مطالبين برحيل الحكومة.", "ثم تفرقوا."]
        );
        assert_eq!(sentences("\"Stop!\" he said. Then he left."), vec!["\"Stop!\" he said.", "Then he left."]);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("وقال: \"أنا متأكد من النجاح\". وأضاف أن الاتصالات مستمرة."),
            vec!["وقال: \"أنا متأكد من النجاح\".", "وأضاف أن الاتصالات مستمرة."]
        );
    }

    #[test]
    fn english_is_split_with_the_same_machinery() {
        assert_eq!(sentences("Putin spoke. Biden listened? Yes!"), vec!["Putin spoke.", "Biden listened?", "Yes!"]);
    }

    #[test]
    fn whitespace_only_has_no_sentences() {
        assert!(sentences("  \n ").is_empty());
    }
}
