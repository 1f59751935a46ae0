//! The spell check of the English: Hunspell dictionaries (the system's `en_US` or `en_GB`,
//! Debian's `hunspell-en-us` / `hunspell-en-gb`) read by `spellbook`, over the words that
//! [`words::words`] picks out. Words the dictionary lacks but the translator knows are never
//! flagged: the English forms of the glossary's names and the personal dictionary
//! ([`Known`]). Offsets are UTF-16, as the UI's strings count.
//!
//! Knows `text` (offsets) and `names` (the glossary's entries); no SQL, no interface text.
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use spellbook::Dictionary;

use crate::error::{Error, Result};
use crate::names::glossary::StoredEntry;
use crate::text::offsets::Offsets;

pub mod words;

/// US or UK spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
pub enum Variant {
    #[serde(rename = "en-US")]
    EnUs,
    #[serde(rename = "en-GB")]
    EnGb,
}

impl Variant {
    pub const ALL: [Variant; 2] = [Variant::EnUs, Variant::EnGb];

    pub fn as_str(self) -> &'static str {
        match self {
            Variant::EnUs => "en-US",
            Variant::EnGb => "en-GB",
        }
    }

    pub fn parse(s: &str) -> Option<Variant> {
        Variant::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// The Hunspell file name, without extension (`en_US`).
    pub fn file_stem(self) -> &'static str {
        match self {
            Variant::EnUs => "en_US",
            Variant::EnGb => "en_GB",
        }
    }

    /// The Debian package that installs the dictionary.
    pub fn package(self) -> &'static str {
        match self {
            Variant::EnUs => "hunspell-en-us",
            Variant::EnGb => "hunspell-en-gb",
        }
    }
}

/// A word the dictionary does not know, at `start..end` in UTF-16 code units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Misspelling {
    pub start: usize,
    pub end: usize,
    pub word: String,
}

/// Prefixes that make a word of any word: a word the dictionary knows behind one is right.
const PREFIXES: &[&str] =
    &["un", "non", "re", "pre", "anti", "counter", "post", "multi", "inter", "semi", "over", "under"];

/// The most suggestions offered for a word.
pub const MAX_SUGGESTIONS: usize = 5;

/// One Hunspell dictionary, parsed.
pub struct Speller {
    variant: Variant,
    dict: Dictionary,
}

/// Where Hunspell dictionaries are looked for: `$DICPATH` (Hunspell's own variable, folders
/// separated by `:`), then the system's folders.
pub fn search_path() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> =
        std::env::var_os("DICPATH").map(|p| std::env::split_paths(&p).collect()).unwrap_or_default();
    dirs.extend(["/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell"].map(PathBuf::from));
    dirs
}

impl Speller {
    /// The dictionary of `variant` from the first folder of `dirs` that has both its files.
    pub fn load(variant: Variant, dirs: &[PathBuf]) -> Result<Speller> {
        let stem = variant.file_stem();
        let found =
            dirs.iter().find(|d| d.join(format!("{stem}.aff")).is_file() && d.join(format!("{stem}.dic")).is_file());
        let Some(dir) = found else {
            return Err(Error::SpellDictionaryMissing {
                variant: variant.as_str().into(),
                package: variant.package().into(),
            });
        };
        let aff = read(&dir.join(format!("{stem}.aff")), None)?;
        let encoding = aff.lines().find_map(|l| l.strip_prefix("SET ")).map(|s| s.trim().to_owned());
        let dic = read(&dir.join(format!("{stem}.dic")), encoding.as_deref())?;
        Speller::new(variant, &aff, &dic).map_err(|e| match e {
            Error::SpellDictionaryDamaged { detail, .. } => {
                Error::SpellDictionaryDamaged { path: dir.join(format!("{stem}.aff")), detail }
            }
            e => e,
        })
    }

    /// A dictionary from the text of its `.aff` and `.dic` files.
    pub fn new(variant: Variant, aff: &str, dic: &str) -> Result<Speller> {
        let dict = Dictionary::new(aff, dic)
            .map_err(|e| Error::SpellDictionaryDamaged { path: PathBuf::new(), detail: e.to_string() })?;
        Ok(Speller { variant, dict })
    }

    pub fn variant(&self) -> Variant {
        self.variant
    }

    /// Whether one word is spelt right (by the dictionary or `known`).
    pub fn is_correct(&self, word: &str, known: &[&Known]) -> bool {
        let plain = plain(word);
        if known.iter().any(|k| k.contains(&plain)) || self.dict.check(&plain) {
            return true;
        }
        // A possessive of a word the dictionary knows without one (a name: "Erdogan's").
        let possessive = plain.strip_suffix("'s").or_else(|| plain.strip_suffix("s'")).is_some_and(|stem| {
            self.dict.check(stem) || (stem.ends_with('s') && self.dict.check(&plain[..plain.len() - 1]))
        });
        // A word the dictionary knows, behind a prefix English makes words with freely
        // ("unconstructive", "reelected", "nonmilitary"), which Hunspell's lists leave out.
        // Two words the dictionary knows, written as one ("hometown", "playoff", "dashcam"),
        // as English makes them and Hunspell's lists often lack; each at least three letters.
        let compound = || {
            plain.is_ascii()
                && plain.len() >= 7
                && (3..=plain.len() - 3)
                    .any(|k| self.dict.check(&plain[..k]) && self.dict.check(&plain[k..].to_lowercase()))
        };
        // A noun made with -ization on a word the dictionary knows, with or without "de"
        // (denuclearization, which news writes daily and Hunspell lacks).
        let ization = || {
            let lower = plain.to_lowercase();
            ["ization", "isation"].iter().any(|suffix| {
                lower.strip_suffix(suffix).is_some_and(|stem| {
                    stem.len() >= 4
                        && (self.dict.check(stem) || stem.strip_prefix("de").is_some_and(|s| self.dict.check(s)))
                })
            })
        };
        possessive
            || ization()
            || PREFIXES.iter().any(|p| {
                plain.get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p))
                    && plain.len() >= p.len() + 5
                    && self.dict.check(&plain[p.len()..])
            })
            || compound()
    }

    /// The misspelt words of `text`, in order. The part of a hyphenated word after a
    /// capitalised one is a name's (Kim Jong-un), and a plural after a hyphen is the compound's
    /// (18-year-olds): neither is judged alone.
    pub fn check(&self, text: &str, known: &[&Known]) -> Vec<Misspelling> {
        let mut offsets = Offsets::new(text);
        let after_hyphen = |r: &std::ops::Range<usize>| {
            let before = &text[..r.start];
            let Some(head) = before.strip_suffix('-') else { return false };
            let prev = head.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            let word = &text[r.clone()];
            prev.starts_with(char::is_uppercase)
                || prev.starts_with(|c: char| c.is_ascii_digit())
                || word.strip_suffix('s').is_some_and(|w| self.dict.check(w))
        };
        words::words(text)
            .filter(|r| !after_hyphen(r) && !self.is_correct(&text[r.clone()], known))
            .map(|r| Misspelling {
                start: offsets.utf16_at_byte(r.start),
                end: offsets.utf16_at_byte(r.end),
                word: text[r].to_owned(),
            })
            .collect()
    }

    /// A word the dictionary knows one edit from `word` (two letters swapped, one left out,
    /// one added, one changed: "recieved" → "received", "grondwork" → "groundwork"), tried in
    /// that order; `None` when there is none. A few hundred lookups at most, so it is cheap
    /// enough to run as the translator types, where [`Speller::suggest`] takes a tenth of a
    /// second. ASCII words only.
    pub fn near_word(&self, word: &str) -> Option<String> {
        if !word.is_ascii() || word.len() < 3 {
            return None;
        }
        let b = word.as_bytes();
        let n = b.len();
        let known = |w: &[u8]| {
            let w = std::str::from_utf8(w).ok()?;
            self.dict.check(w).then(|| w.to_owned())
        };
        let upper = b[0].is_ascii_uppercase();
        let letters = |k: usize| -> Vec<u8> {
            if k == 0 && upper {
                (b'A'..=b'Z').collect()
            } else {
                (b'a'..=b'z').collect()
            }
        };
        for k in 0..n - 1 {
            if b[k] != b[k + 1] {
                let mut w = b.to_vec();
                w.swap(k, k + 1);
                if let Some(found) = known(&w) {
                    return Some(found);
                }
            }
        }
        for k in 0..n {
            let w: Vec<u8> = b[..k].iter().chain(&b[k + 1..]).copied().collect();
            if let Some(found) = known(&w) {
                return Some(found);
            }
        }
        for k in 0..=n {
            for c in letters(k) {
                let w: Vec<u8> = b[..k].iter().copied().chain([c]).chain(b[k..].iter().copied()).collect();
                if let Some(found) = known(&w) {
                    return Some(found);
                }
            }
        }
        for k in 0..n {
            for c in letters(k) {
                if c != b[k] {
                    let mut w = b.to_vec();
                    w[k] = c;
                    if let Some(found) = known(&w) {
                        return Some(found);
                    }
                }
            }
        }
        None
    }

    /// Up to [`MAX_SUGGESTIONS`] corrections for `word`, best first.
    pub fn suggest(&self, word: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.dict.suggest(word, &mut out);
        out.truncate(MAX_SUGGESTIONS);
        out
    }
}

/// Words known to be right whatever the dictionary says, compared without case: the English
/// forms of the glossary's names (every word of the first and second reference) or the
/// personal dictionary.
#[derive(Debug, Default, Clone)]
pub struct Known(HashSet<String>);

impl Known {
    pub fn from_words<S: AsRef<str>>(list: impl IntoIterator<Item = S>) -> Known {
        Known(list.into_iter().map(|w| fold(w.as_ref())).collect())
    }

    /// Every word of the English forms of `entries` (deprecated spellings are not).
    pub fn from_glossary<'a>(entries: impl IntoIterator<Item = &'a StoredEntry>) -> Known {
        let mut set = HashSet::new();
        for e in entries {
            for form in std::iter::once(&e.entry.english).chain(e.entry.short.as_ref()) {
                set.extend(words::all_words(form).map(|r| fold(&form[r])));
            }
        }
        Known(set)
    }

    pub fn contains(&self, word: &str) -> bool {
        if self.0.is_empty() {
            return false;
        }
        let w = fold(word);
        self.0.contains(&w) || w.strip_suffix("'s").or_else(|| w.strip_suffix("s'")).is_some_and(|s| self.0.contains(s))
    }
}

/// Typographic apostrophes as plain ones.
fn plain(word: &str) -> String {
    word.chars().map(|c| if words::is_apostrophe(c) { '\'' } else { c }).collect()
}

/// Lower case, typographic apostrophes as plain ones.
fn fold(word: &str) -> String {
    plain(word).to_lowercase()
}

/// A dictionary file's text: UTF-8 (a BOM dropped), else in the `.aff`'s `SET` encoding.
fn read(path: &Path, encoding: Option<&str>) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.to_owned(), source })?;
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(s.to_owned());
    }
    let set = encoding.map(str::to_owned).or_else(|| {
        // The .aff itself: its SET line is ASCII whatever the encoding.
        String::from_utf8_lossy(bytes).lines().find_map(|l| l.strip_prefix("SET ").map(|s| s.trim().to_owned()))
    });
    let enc = set
        .as_deref()
        .and_then(|s| encoding_rs::Encoding::for_label(s.as_bytes()))
        .unwrap_or(encoding_rs::WINDOWS_1252);
    Ok(enc.decode_without_bom_handling(bytes).0.into_owned())
}

#[cfg(test)]
mod tests;
