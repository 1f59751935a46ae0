//! The one normalisation of Arabic (and Latin) text, shared by search, the glossary and QA
//! (`../shared/guides/arabic-text.md` §1). Each normalised character remembers where it came
//! from in the original, so that matches found in normalised text highlight and replace the
//! original text.
//!
//! 1. Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) → NFKC.
//! 2. Deleted: harakat U+064B–U+0655, U+0670, tatweel U+0640, Quranic marks U+0610–U+061A and
//!    U+06D6–U+06ED, invisible format characters (U+200B–U+200F, U+061C, U+202A–U+202E,
//!    U+2066–U+2069, U+00AD, U+FEFF).
//! 3. Folded: أ إ آ ٱ → ا; ى → ي; ة → ه; ی → ي; ک → ك; ڤ → ف; Arabic-Indic and Persian
//!    digits → 0–9; Latin letters to lower case. ء ؤ ئ are kept.
use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

/// Normalised text with, for each of its characters, the byte range it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    /// One entry per `char` of `text`: the byte range in the original.
    pub origins: Vec<Range<usize>>,
}

impl Normalized {
    /// The original byte range covered by the normalised byte range `r`.
    pub fn original_range(&self, r: Range<usize>) -> Range<usize> {
        let first = self.text[..r.start].chars().count();
        let count = self.text[r.clone()].chars().count();
        if count == 0 {
            let at = self
                .origins
                .get(first)
                .map(|o| o.start)
                .unwrap_or_else(|| self.origins.last().map(|o| o.end).unwrap_or(0));
            return at..at;
        }
        self.origins[first].start..self.origins[first + count - 1].end
    }
}

/// Whether normalisation deletes `c` (harakat, tatweel, invisible marks).
pub fn is_deleted(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{0655}' | '\u{0670}' | '\u{0640}' | '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06ED}'
        | '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{00AD}' | '\u{FEFF}')
}

/// Whether `c` is a digit the normalisation reads as one: Western, Arabic-Indic or Persian.
pub fn is_digit(c: char) -> bool {
    fold(c).is_ascii_digit()
}

fn fold(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ی' => 'ي',
        'ک' => 'ك',
        'ڤ' => 'ف',
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        _ => c,
    }
}

fn push(out: &mut Normalized, c: char, origin: Range<usize>) {
    if is_deleted(c) {
        return;
    }
    let c = fold(c);
    if c.is_uppercase() {
        for l in c.to_lowercase() {
            out.text.push(l);
            out.origins.push(origin.clone());
        }
    } else {
        out.text.push(c);
        out.origins.push(origin);
    }
}

/// Normalise `s`, keeping the way back to the original.
pub fn normalize(s: &str) -> Normalized {
    let mut out = Normalized { text: String::with_capacity(s.len()), origins: Vec::with_capacity(s.len()) };
    for (i, c) in s.char_indices() {
        let origin = i..i + c.len_utf8();
        if matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}') {
            for d in std::iter::once(c).nfkc() {
                push(&mut out, d, origin.clone());
            }
        } else {
            push(&mut out, c, origin);
        }
    }
    out
}

/// Normalised text alone.
pub fn normalize_str(s: &str) -> String {
    normalize(s).text
}

/// Where `needle` occurs in `haystack`, compared in normalised form; byte ranges of the
/// original `haystack`, not overlapping.
pub fn find(haystack: &str, needle: &str) -> Vec<Range<usize>> {
    let n = normalize_str(needle);
    if n.trim().is_empty() {
        return Vec::new();
    }
    let h = normalize(haystack);
    h.text.match_indices(n.as_str()).map(|(at, m)| h.original_range(at..at + m.len())).collect()
}

/// Replace every occurrence of `needle` (compared in normalised form) with `replacement`.
/// Returns the new text and how many were replaced.
pub fn replace_all(haystack: &str, needle: &str, replacement: &str) -> (String, usize) {
    let ranges = find(haystack, needle);
    let mut out = String::with_capacity(haystack.len());
    let mut last = 0;
    for r in &ranges {
        out.push_str(&haystack[last..r.start]);
        out.push_str(replacement);
        last = r.end;
    }
    out.push_str(&haystack[last..]);
    (out, ranges.len())
}

/// A digest of text as this normalisation reads it, whitespace left out: texts that differ
/// only in harakat, tatweel, hamza forms, digits, case, or in where their lines and parts
/// break (`parts` are read as one text) have the same. 32 hex digits (128 bits of SHA-256).
pub fn fingerprint<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    let mut kept = String::new();
    for part in parts {
        kept.clear();
        kept.extend(normalize_str(part).chars().filter(|c| !c.is_whitespace()));
        hasher.update(kept.as_bytes());
    }
    hasher.finalize()[..16].iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fingerprint_ignores_what_the_normalisation_ignores_and_where_text_breaks() {
        let one = fingerprint(["قالَ الكرملين إنّ المحادثات بدأت.", "وأضاف بيسكوف"]);
        assert_eq!(one.len(), 32);
        assert_eq!(one, fingerprint(["قال الكـرملين إن", "المحادثات  بدأت.\nوأضاف بيسكوف"]));
        assert_ne!(one, fingerprint(["قال الكرملين إن المحادثات بدأت. وأضاف لافروف"]));
        assert_ne!(fingerprint(["ab"]), fingerprint(["abc"]));
    }

    #[test]
    fn harakat_tatweel_and_hamza_forms_fold() {
        assert_eq!(normalize_str("مُحَمَّد"), "محمد");
        assert_eq!(normalize_str("الكـــرملين"), "الكرملين");
        assert_eq!(normalize_str("أحمد إبراهيم آمال ٱلله"), "احمد ابراهيم امال الله");
        assert_eq!(normalize_str("مصطفى مدرسة"), "مصطفي مدرسه");
        assert_eq!(normalize_str("یک کتاب ڤيينا"), "يك كتاب فيينا");
        assert_eq!(normalize_str("٣٫٥ و۱۲"), "3٫5 و12");
        assert_eq!(normalize_str("سؤال رئيس ماء"), "سؤال رئيس ماء");
        assert_eq!(normalize_str("Kyiv KIEV"), "kyiv kiev");
        assert_eq!(normalize_str("a\u{200F}b\u{2066}c\u{00AD}d"), "abcd");
    }

    #[test]
    fn presentation_forms_become_letters() {
        // ﻻ (lam-alef ligature) and isolated forms from old PDFs.
        assert_eq!(normalize_str("\u{FEFB}"), "لا");
        assert_eq!(normalize_str("\u{FE8D}\u{FEDF}\u{FEE0}\u{FEEA}"), "الله");
    }

    #[test]
    fn matches_map_back_to_the_original() {
        let text = "قال مُحَمَّد إنّ الكـرملين أكّد";
        let r = find(text, "محمد");
        assert_eq!(r.len(), 1);
        assert_eq!(&text[r[0].clone()], "مُحَمَّد");
        let r = find(text, "الكرملين");
        assert_eq!(&text[r[0].clone()], "الكـرملين");
        assert_eq!(find("Kiev and kiev", "KIEV").len(), 2);
        assert!(find("نص", "  ").is_empty());
    }

    #[test]
    fn replace_uses_the_original_text_around_matches() {
        assert_eq!(replace_all("Kiev said; KIEV agreed.", "kiev", "Kyiv"), ("Kyiv said; Kyiv agreed.".to_owned(), 2));
        assert_eq!(replace_all("no match", "x", "y"), ("no match".to_owned(), 0));
    }
}
