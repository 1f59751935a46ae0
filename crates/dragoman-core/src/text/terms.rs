//! The words of a text as the full-text index reads them (`tm_index`, `segment_index`): the
//! tokens of its normalised form ([`super::normalize`], [`super::tokens`]), and for an Arabic
//! word also each reading of it without a clitic ([`super::clitics::detach`]), so that
//! بايدن finds وبايدن and قال finds وقال. English words are in lower case (the normalisation
//! folds case). Terms are separated by spaces and hold only word characters, so the index's
//! `ascii` tokenizer cuts them exactly where this does.
use super::clitics::{detach, longest_first};
use super::normalize::normalize;
use super::tokens::tokenize;

/// Whether `w` holds an Arabic letter (and so may carry a clitic).
pub fn is_arabic(w: &str) -> bool {
    w.chars().any(|c| matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}'))
}

/// `w` (normalised) without each clitic it may carry, leaving at least two letters; the
/// readings only, not `w` itself.
pub fn stems(w: &str) -> impl Iterator<Item = String> + '_ {
    let arabic = is_arabic(w);
    longest_first().filter(move |_| arabic).filter_map(move |c| detach(w, c)).filter(|s| s.chars().count() >= 2)
}

/// `w` and its readings without a clitic ([`stems`]), `w` first, no repeats.
pub fn readings(w: &str) -> Vec<String> {
    let mut out = vec![w.to_owned()];
    for s in stems(w) {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// The normalised words of `s`, in order.
pub fn words(s: &str) -> Vec<String> {
    let norm = normalize(s);
    tokenize(&norm).iter().map(|t| t.text(&norm).to_owned()).collect()
}

/// What the index keeps of `s`: every word and its readings without a clitic.
pub fn index_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for w in words(s) {
        for r in readings(&w) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&r);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_words_are_indexed_with_and_without_their_clitics() {
        assert_eq!(index_text("وقالَ الرئيسُ"), "وقال قال الرئيس");
        assert_eq!(index_text("للكرملين"), "للكرملين الكرملين");
        assert_eq!(index_text("وبايدن ٢٠٢١"), "وبايدن ايدن بايدن 2021");
        // A clitic is not taken when less than two letters would be left.
        assert_eq!(index_text("به"), "به");
        // English: lower case, no readings.
        assert_eq!(index_text("The Kremlin, Peskov's"), "the kremlin peskov s");
        assert_eq!(readings("وبايدن"), ["وبايدن", "ايدن", "بايدن"]);
    }
}
