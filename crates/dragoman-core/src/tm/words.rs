//! A text as the matcher compares it: its words after the shared normalisation, a number
//! (2٫7, 1,000) one word, a glossary name (with the clitic glued to it) one word.
use std::ops::Range;

use crate::names::glossary::Compiled;
use crate::text::normalize::normalize;
use crate::text::terms::readings;
use crate::text::tokens::tokenize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Plain,
    /// Digits, with ASCII separators (٫ read as ".", ٬ as ",").
    Number,
    /// A glossary entry, by id.
    Name(i64),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The normalised word (a name: its clitic and the entry id).
    pub norm: String,
    /// Where it is in the original text (bytes).
    pub range: Range<usize>,
    pub kind: Kind,
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// The separator of a number's groups, as written in English.
fn separator(c: char) -> Option<char> {
    match c {
        '.' | '٫' => Some('.'),
        ',' | '٬' => Some(','),
        _ => None,
    }
}

/// The words of `text`; names from `glossary` when given.
pub fn words(text: &str, glossary: Option<&Compiled>) -> Vec<Word> {
    let norm = normalize(text);
    let tokens = tokenize(&norm);
    let mut out: Vec<Word> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let mut w = Word { norm: t.text(&norm).to_owned(), range: t.original(&norm), kind: Kind::Plain };
        if is_digits(&w.norm) {
            w.kind = Kind::Number;
            // 2٫7, 1,000,000: digits joined by one separator.
            while let Some(next) = tokens.get(i + 1) {
                let gap = &norm.text[tokens[i].bytes.end..next.bytes.start];
                let mut chars = gap.chars();
                let sep = match (chars.next().and_then(separator), chars.next()) {
                    (Some(sep), None) if is_digits(next.text(&norm)) => sep,
                    _ => break,
                };
                w.norm.push(sep);
                w.norm.push_str(next.text(&norm));
                w.range.end = next.original(&norm).end;
                i += 1;
            }
        }
        out.push(w);
        i += 1;
    }
    if let Some(glossary) = glossary {
        let names = glossary.find(text);
        if !names.is_empty() {
            out = with_names(text, out, &names);
        }
    }
    out
}

/// `words` with the words inside each name found replaced by one word for the name.
fn with_names(
    text: &str,
    words: Vec<Word>,
    names: &[(crate::names::index::NameMatch, &crate::names::glossary::StoredEntry)],
) -> Vec<Word> {
    // Names give character offsets; words have byte ranges.
    let byte_at: Vec<usize> = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
    let spans: Vec<(Range<usize>, Word)> = names
        .iter()
        .map(|(m, e)| {
            let range = byte_at[m.start]..byte_at[m.end];
            let norm = format!("{}\u{E000}{}", normalize(&m.prefix).text, e.id);
            (range.clone(), Word { norm, range, kind: Kind::Name(e.id) })
        })
        .collect();
    let mut out = Vec::with_capacity(words.len());
    let mut next_span = 0;
    for w in words {
        while next_span < spans.len() && spans[next_span].0.end <= w.range.start {
            next_span += 1;
        }
        match spans.get(next_span) {
            Some((r, name)) if r.start <= w.range.start && w.range.end <= r.end => {
                if out.last() != Some(name) {
                    out.push(name.clone());
                }
            }
            _ => out.push(w),
        }
    }
    out
}

/// Whether two different words are one word behind different clitics (وقال, قال, فقال).
pub fn clitic_variants(a: &str, b: &str) -> bool {
    let (ra, rb) = (readings(a), readings(b));
    ra.iter().any(|x| rb.contains(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_one_word_in_either_digits() {
        let w = words("ارتفع ٢٫٧٪ إلى 1,000 دولار", None);
        let got: Vec<(&str, Kind)> = w.iter().map(|w| (w.norm.as_str(), w.kind)).collect();
        assert_eq!(
            got,
            [
                ("ارتفع", Kind::Plain),
                ("2.7", Kind::Number),
                ("الي", Kind::Plain),
                ("1,000", Kind::Number),
                ("دولار", Kind::Plain)
            ]
        );
        assert_eq!(&"ارتفع ٢٫٧٪ إلى"[w[1].range.clone()], "٢٫٧");
    }

    #[test]
    fn clitics_make_variants_not_other_words() {
        assert!(clitic_variants("وقال", "قال"));
        assert!(clitic_variants("وقال", "فقال"));
        assert!(clitic_variants("للكرملين", "الكرملين"));
        assert!(!clitic_variants("قال", "قالت"));
    }
}
