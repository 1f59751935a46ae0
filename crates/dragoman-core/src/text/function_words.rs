//! The one list of Arabic function words, and the suggester's extension of it.
//!
//! [`FUNCTION_WORDS`] are the prepositions and particles that normalisation folds into a
//! name: على becomes علي (Ali), إلى الي, and so on. The glossary matcher compares them with
//! the text *as written* (harakat off, nothing folded), so that علي is still a name and على
//! never is; the suggester compares them normalised, with [`COMMON_WORDS`] besides.
use std::sync::LazyLock;

use super::normalize::normalize_str;

/// Prepositions and particles that fold into a name when normalised, as they are spelled.
pub const FUNCTION_WORDS: &[&str] = &["على", "إلى", "الى", "حتى", "متى", "لدى", "سوى", "مدى"];

/// The suggester's extension, normalised: other particles, pronouns, frequent verbs of
/// reporting, days and months, which are never proposed as names. The matcher does not
/// refuse them: some are names too (صباح, Sabah), and a glossary entry says when.
pub const COMMON_WORDS: &[&str] = &[
    "في",
    "من",
    "عن",
    "مع",
    "ان",
    "لا",
    "لم",
    "لن",
    "ما",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "التي",
    "الذي",
    "الذين",
    "اللذين",
    "قد",
    "كان",
    "كانت",
    "بين",
    "بعد",
    "قبل",
    "حول",
    "عند",
    "كل",
    "او",
    "ثم",
    "منذ",
    "عبر",
    "ضد",
    "دون",
    "خلال",
    "هو",
    "هي",
    "هم",
    "هما",
    "نحن",
    "انه",
    "انها",
    "انهم",
    "لكن",
    "لقد",
    "اذا",
    "اذ",
    "كما",
    "بل",
    "غير",
    "يوم",
    "اليوم",
    "امس",
    "مساء",
    "صباح",
    "قال",
    "قالت",
    "يقول",
    "تقول",
    "اكد",
    "اكدت",
    "اعلن",
    "اعلنت",
    "اضاف",
    "اضافت",
    "اوضح",
    "اوضحت",
    "اشار",
    "اشارت",
    "ذكر",
    "ذكرت",
    "نقل",
    "نقلت",
    "افاد",
    "افادت",
    "صرح",
    "كشف",
    "كشفت",
    "دعا",
    "وقال",
    "وقالت",
    "واضاف",
    "واكد",
    "ايضا",
    "وفق",
    "وفقا",
    "بحسب",
    "حسب",
    "نحو",
    "سوف",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "يناير",
    "فبراير",
    "مارس",
    "ابريل",
    "مايو",
    "يونيو",
    "يوليو",
    "اغسطس",
    "سبتمبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
    "الجاري",
    "الماضي",
    "المقبل",
    "القادم",
    // Particles and adverbs that stand where a name could (issue 10: أي was proposed).
    "اي",
    "ايه",
    "كيف",
    "لماذا",
    "هناك",
    "هنا",
    "عده",
    "بعض",
    "جميع",
    "الان",
    "حاليا",
    "غدا",
];

/// [`FUNCTION_WORDS`] normalised.
static FUNCTION_WORDS_NORMALISED: LazyLock<Vec<String>> =
    LazyLock::new(|| FUNCTION_WORDS.iter().map(|w| normalize_str(w)).collect());

/// Whether a word as written (harakat and other deleted marks taken off, nothing folded) is
/// one of the [`FUNCTION_WORDS`]: the matcher's guard.
pub fn is_function_word_as_written(word: &str) -> bool {
    FUNCTION_WORDS.contains(&word)
}

/// Whether a normalised word is a function word or one of the [`COMMON_WORDS`]: never a
/// suggested name.
pub fn is_common_word(normalised: &str) -> bool {
    COMMON_WORDS.contains(&normalised) || FUNCTION_WORDS_NORMALISED.iter().any(|w| w == normalised)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_matcher_reads_as_written_and_the_suggester_normalised() {
        assert!(is_function_word_as_written("على"));
        assert!(!is_function_word_as_written("علي"), "Ali");
        assert!(is_common_word("علي") && is_common_word("الي") && is_common_word("في") && is_common_word("صباح"));
        assert!(!is_common_word("بوتين"));
        // The extension is normalised and does not repeat the list.
        for w in COMMON_WORDS {
            assert_eq!(normalize_str(w), *w);
            assert!(!FUNCTION_WORDS_NORMALISED.contains(&w.to_string()), "{w}");
        }
    }
}
