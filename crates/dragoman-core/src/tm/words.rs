//! A text as the matcher compares it: its words after the shared normalisation, a number
//! (2٫7, 1,000) one word, a glossary name (with the clitic glued to it) one word.
use std::ops::Range;

use crate::names::glossary::Compiled;
use crate::text::clitics::CLITICS;
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
    /// The word and its readings without a clitic ([`readings`]), for a plain word: read
    /// once, compared many times.
    pub readings: Vec<String>,
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
        let range = t.original(&norm);
        // A ligature (ﷺ) is several words of the normalised text from one character: they
        // are one word here, as they are one in the text.
        if let Some(last) = out.last_mut().filter(|w| w.range == range) {
            last.norm.push(' ');
            last.norm.push_str(t.text(&norm));
            i += 1;
            continue;
        }
        let mut w = Word { norm: t.text(&norm).to_owned(), range, kind: Kind::Plain, readings: Vec::new() };
        // A number behind a clitic (و3, ب2019) is the number.
        if let Some(digits) = CLITICS[1..].iter().find_map(|c| w.norm.strip_prefix(c).filter(|d| is_digits(d))) {
            w.norm = digits.to_owned();
        }
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
        if w.kind == Kind::Plain {
            w.readings = readings(&w.norm);
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
            (range.clone(), Word { norm, range, kind: Kind::Name(e.id), readings: Vec::new() })
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
pub fn clitic_variants(a: &Word, b: &Word) -> bool {
    a.readings.iter().any(|x| b.readings.contains(x))
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
        let v = |a: &str, b: &str| clitic_variants(&words(a, None)[0], &words(b, None)[0]);
        assert!(v("وقال", "قال"));
        assert!(v("وقال", "فقال"));
        assert!(v("للكرملين", "الكرملين"));
        assert!(!v("قال", "قالت"));
    }

    #[test]
    fn a_ligature_is_one_word() {
        let text = "قال النبي ﷺ اليوم";
        let w = words(text, None);
        assert_eq!(w.len(), 4);
        assert_eq!(&text[w[2].range.clone()], "ﷺ");
        assert_eq!(w[2].norm, "صلي الله عليه وسلم");
    }
}
