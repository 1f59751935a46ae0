//! The one Arabic tokeniser (`../shared/guides/arabic-text.md` §2). A token is a run of
//! letters, marks and digits (`char::is_alphanumeric`); anything else separates tokens.
//! Tokens are cut from the normalised text ([`crate::text::normalize`]) and keep the way
//! back to the original, and what separates each from the one before (whitespace only, an
//! opening quote), which the matcher (multi-word names) and the suggester (cues, quoted
//! names) need.
use std::ops::Range;

use super::normalize::Normalized;

/// Whether `c` belongs to a token: a letter, mark or digit (`char::is_alphanumeric`, with
/// the Arabic letters and ASCII answered without the Unicode tables).
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' | '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => true,
        _ if c.is_ascii() => false,
        _ => c.is_alphanumeric(),
    }
}

/// The tokens of `s` as they are (not normalised), in order: "U.S. forces" gives "U", "S",
/// "forces".
pub fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !is_word_char(c)).filter(|t| !t.is_empty())
}

/// Words in a text as the article list counts them: runs separated by whitespace
/// (punctuation glued to a word does not make one of its own).
pub fn count_words(s: &str) -> i64 {
    s.split_whitespace().count() as i64
}

/// Whether `c` opens a quotation glued to the word after it (« “ " ' ‘).
fn is_opening_quote(c: char) -> bool {
    matches!(c, '"' | '«' | '“' | '\'' | '‘')
}

/// A token of a normalised text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the normalised text.
    pub bytes: Range<usize>,
    /// Char indexes (into the normalised text) of the first char and one past the last.
    pub chars: Range<usize>,
    /// Separated from the previous token by whitespace only (false for the first token).
    pub after_space: bool,
    /// The character right before it is an opening quote («بوتين», "رويترز").
    pub after_quote: bool,
}

impl Token {
    /// The token's normalised text.
    pub fn text<'a>(&self, norm: &'a Normalized) -> &'a str {
        &norm.text[self.bytes.clone()]
    }

    /// The byte range of the token in the original text.
    pub fn original(&self, norm: &Normalized) -> Range<usize> {
        norm.origins[self.chars.start].start..norm.origins[self.chars.end - 1].end
    }
}

/// The tokens of a normalised text, in order.
pub fn tokenize(norm: &Normalized) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize, bool)> = None; // (byte, char, after a quote)
    let mut gap_is_space = true;
    let mut after_quote = false;
    let s = &norm.text;
    for (ci, (b, ch)) in s.char_indices().chain(std::iter::once((s.len(), ' '))).enumerate() {
        let word = b < s.len() && is_word_char(ch);
        match (word, start) {
            (true, None) => start = Some((b, ci, after_quote)),
            (false, Some((sb, sc, quoted))) => {
                out.push(Token {
                    bytes: sb..b,
                    chars: sc..ci,
                    after_space: gap_is_space && !out.is_empty(),
                    after_quote: quoted,
                });
                start = None;
                gap_is_space = true;
            }
            _ => {}
        }
        if !word && b < s.len() && !ch.is_whitespace() {
            gap_is_space = false;
        }
        after_quote = !word && is_opening_quote(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::normalize;

    #[test]
    fn word_chars_are_the_alphanumeric_ones() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
        assert_eq!(words("U.S. forces, «بوتين»").collect::<Vec<_>>(), ["U", "S", "forces", "بوتين"]);
        assert_eq!(count_words(" قال  بوتين، أمس "), 3);
    }

    #[test]
    fn tokens_know_what_separates_them() {
        let text = "قال «بوتين» وبايدن، جو";
        let norm = normalize(text);
        let tokens = tokenize(&norm);
        let got: Vec<(&str, bool, bool)> =
            tokens.iter().map(|t| (t.text(&norm), t.after_space, t.after_quote)).collect();
        assert_eq!(
            got,
            [("قال", false, false), ("بوتين", false, true), ("وبايدن", false, false), ("جو", false, false)]
        );
        let spaced = normalize("فلاديمير  بوتين");
        assert!(tokenize(&spaced)[1].after_space);
        // Harakat are gone from the token, and the original range keeps them.
        let text = "مُحَمَّد";
        let norm = normalize(text);
        let t = &tokenize(&norm)[0];
        assert_eq!((t.text(&norm), &text[t.original(&norm)]), ("محمد", text));
    }
}
