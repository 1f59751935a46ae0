//! The letters the alignment and the romanisation work on: the Arabic letters of a name
//! with their context (position in the word, the article, written vowel marks), and the
//! English letters of a spelling, lower case and without diacritics.
use unicode_normalization::UnicodeNormalization;

use crate::text::normalize::{is_deleted, normalize};

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Letter {
    /// The letter in normalised form (أ → ا, ة → ه, ى → ي).
    pub(super) c: char,
    /// The letter as written, before folding (tells ة from ه, ى from ي, إ from أ).
    pub(super) orig: char,
    /// Word index in the phrase.
    pub(super) word: usize,
    pub(super) initial: bool,
    pub(super) last: bool,
    /// One of the two letters of a word-initial article ال.
    pub(super) article: bool,
    /// A vowel mark written after the letter, if any (fatha, damma, kasra, sukun, shadda).
    pub(super) marks: [bool; 5],
}

pub(super) const FATHA: usize = 0;
pub(super) const DAMMA: usize = 1;
pub(super) const KASRA: usize = 2;
pub(super) const SUKUN: usize = 3;
pub(super) const SHADDA: usize = 4;

pub(super) fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | 'پ' | 'چ' | 'ژ' | 'گ')
}

/// The Arabic letters of `s` in normalised form, word by word. Anything that is not an
/// Arabic letter separates words.
pub(super) fn letters(s: &str) -> Vec<Letter> {
    let norm = normalize(s);
    let mut out: Vec<Letter> = Vec::new();
    let mut word = 0;
    let mut in_word = false;
    for (c, origin) in norm.text.chars().zip(&norm.origins) {
        if !is_arabic_letter(c) {
            if in_word {
                word += 1;
            }
            in_word = false;
            continue;
        }
        let written = s[origin.clone()].chars().next().unwrap_or(c);
        let orig = if matches!(written, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}') { c } else { written };
        // Marks the normalisation deleted, right after this letter in the original.
        let mut marks = [false; 5];
        for m in s[origin.end..].chars().take_while(|m| is_deleted(*m)) {
            match m {
                '\u{064E}' => marks[FATHA] = true,
                '\u{064F}' => marks[DAMMA] = true,
                '\u{0650}' => marks[KASRA] = true,
                '\u{0652}' => marks[SUKUN] = true,
                '\u{0651}' => marks[SHADDA] = true,
                _ => {}
            }
        }
        out.push(Letter { c, orig, word, initial: !in_word, last: false, article: false, marks });
        in_word = true;
    }
    for i in 0..out.len() {
        out[i].last = i + 1 == out.len() || out[i + 1].word != out[i].word;
    }
    // A word-initial ال with at least two letters after it is the article.
    let mut i = 0;
    while i < out.len() {
        let len = out[i..].iter().take_while(|l| l.word == out[i].word).count();
        if len >= 4 && out[i].c == 'ا' && out[i].orig == 'ا' && out[i + 1].c == 'ل' {
            out[i].article = true;
            out[i + 1].article = true;
        }
        i += len;
    }
    out
}

/// The sun letters: the ل of the article assimilates to them (ad-Din, ar-Rahman).
pub(super) fn is_sun(c: char) -> bool {
    matches!(c, 'ت' | 'ث' | 'د' | 'ذ' | 'ر' | 'ز' | 'س' | 'ش' | 'ص' | 'ض' | 'ط' | 'ظ' | 'ل' | 'ن')
}

// ---------------------------------------------------------------------------------------
// English letters.

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct ELetter {
    pub(super) c: char,
    /// First and last letter of its word.
    pub(super) initial: bool,
    pub(super) last: bool,
}

/// Lower case, diacritics off (é → e, ø → o, ß → ss), apostrophes and ʿ ʾ as `'`, anything
/// else that is not a letter separates words.
pub(super) fn english_letters(s: &str) -> Vec<ELetter> {
    let mut out: Vec<ELetter> = Vec::new();
    let mut in_word = false;
    let push = |out: &mut Vec<ELetter>, c: char, in_word: &mut bool| {
        out.push(ELetter { c, initial: !*in_word, last: false });
        *in_word = true;
    };
    for ch in s.nfd() {
        if ('\u{0300}'..='\u{036F}').contains(&ch) {
            continue;
        }
        for c in ch.to_lowercase() {
            match c {
                'a'..='z' => push(&mut out, c, &mut in_word),
                '\'' | '’' | '‘' | 'ʿ' | 'ʾ' | 'ʼ' | '`' if in_word || !out.is_empty() => {
                    push(&mut out, '\'', &mut in_word)
                }
                'ø' => push(&mut out, 'o', &mut in_word),
                'ł' => push(&mut out, 'l', &mut in_word),
                'đ' | 'ð' => push(&mut out, 'd', &mut in_word),
                'ı' => push(&mut out, 'i', &mut in_word),
                'ß' => {
                    push(&mut out, 's', &mut in_word);
                    push(&mut out, 's', &mut in_word);
                }
                'æ' => {
                    push(&mut out, 'a', &mut in_word);
                    push(&mut out, 'e', &mut in_word);
                }
                'œ' => {
                    push(&mut out, 'o', &mut in_word);
                    push(&mut out, 'e', &mut in_word);
                }
                'þ' => {
                    push(&mut out, 't', &mut in_word);
                    push(&mut out, 'h', &mut in_word);
                }
                _ => in_word = false,
            }
        }
    }
    for i in 0..out.len() {
        out[i].last = i + 1 == out.len() || out[i + 1].initial;
    }
    out
}

pub(super) fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}
