//! Finding glossary names in Arabic text, clitics and all (`../shared/guides/arabic-text.md`
//! §2). The text is never stripped: the glossary generates the forms a name takes behind
//! و ف (and, so), ب ك (with, like) and ل (to, which contracts with ال: للكرملين), and the
//! text's tokens are looked up whole, in the shared normalised form. No suffixes, no added
//! ال, no interrogative أ or future س. Multi-word names must be separated by whitespace
//! only. The longest match wins, then the unprefixed reading, then the shortest clitic.
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;

use crate::normalize::{normalize, Normalized};

/// A name as the matcher needs it: its Arabic forms and options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameSpec {
    /// Arabic forms (the main one and variants), as written.
    pub forms: Vec<String>,
    /// Whether و ف ب ك ل may attach (false for names that are common words: أمل).
    pub clitics: bool,
    /// Surface forms that must never match this name.
    pub not: Vec<String>,
}

/// One name found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NameMatch {
    /// Index of the name in the list the index was built from.
    pub name: usize,
    /// The whole match, clitic included, as character offsets into the original text.
    pub start: usize,
    pub end: usize,
    /// Where the name itself starts (after the clitic), as a character offset.
    pub core_start: usize,
    /// The original text of the match.
    pub surface: String,
    /// The clitic in front of the name ("", "و", "ول", …).
    pub prefix: String,
}

/// Function words that must never be read as names (على would otherwise fold into علي).
const FUNCTION_WORDS: &[&str] = &["على", "إلى", "الى", "حتى", "متى", "لدى", "سوى", "مدى"];

#[derive(Debug, Clone)]
struct Candidate {
    name: usize,
    clitic: &'static str,
    /// The name's tokens after the first (shared by all its clitic forms).
    rest: Arc<[String]>,
}

/// The compiled glossary: every form a name can take, keyed by its first token.
#[derive(Debug, Default, Clone)]
pub struct NameIndex {
    keys: HashMap<String, Vec<Candidate>>,
    not: HashMap<usize, Vec<String>>,
}

fn tokens_of(s: &str) -> Vec<String> {
    normalize(s).text.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).map(str::to_owned).collect()
}

/// The clitics: C ∈ {∅, و, ف} then P ∈ {∅, ب, ك}, and C + ل.
const CLITICS: [&str; 12] = ["", "ب", "ك", "ل", "و", "وب", "وك", "ول", "ف", "فب", "فك", "فل"];

/// The clitic forms of a first token: (clitic, key).
fn clitic_keys(t: &str) -> impl Iterator<Item = (&'static str, String)> + '_ {
    CLITICS.iter().map(move |&c| {
        let key = if c.ends_with('ل') {
            let head = &c[..c.len() - 'ل'.len_utf8()];
            // ل + الكرملين = للكرملين: the alef of the article goes (and ل + اللاذقية = للاذقية).
            if let Some(rest) = t.strip_prefix("الل") {
                format!("{head}لل{rest}")
            } else if let Some(rest) = t.strip_prefix('ا').filter(|r| r.starts_with('ل')) {
                format!("{head}ل{rest}")
            } else {
                format!("{c}{t}")
            }
        } else {
            format!("{c}{t}")
        };
        (c, key)
    })
}

impl NameIndex {
    /// Compile the forms of `names`.
    pub fn build(names: &[NameSpec]) -> NameIndex {
        let mut index = NameIndex::default();
        index.keys.reserve(names.len() * 12);
        for (i, spec) in names.iter().enumerate() {
            index.add(i, spec);
        }
        index
    }

    /// Add (or re-add) one name; `i` is its index in the caller's list.
    pub fn add(&mut self, i: usize, spec: &NameSpec) {
        let mut forms: Vec<Vec<String>> = Vec::new();
        for form in &spec.forms {
            let tokens = tokens_of(form);
            if tokens.is_empty() {
                continue;
            }
            // عبد compounds are written both ways: عبد الله and عبدالله.
            if let Some(j) = tokens.iter().position(|t| t == "عبد") {
                if j + 1 < tokens.len() {
                    let mut joined = tokens.clone();
                    let next = joined.remove(j + 1);
                    joined[j] = format!("عبد{next}");
                    forms.push(joined);
                }
            }
            if let Some(j) = tokens.iter().position(|t| t.len() > "عبد".len() && t.starts_with("عبد") && t[ "عبد".len()..].starts_with("ال")) {
                let mut split = tokens.clone();
                let rest = split[j]["عبد".len()..].to_owned();
                split[j] = "عبد".to_owned();
                split.insert(j + 1, rest);
                forms.push(split);
            }
            forms.push(tokens);
        }
        for tokens in forms {
            let (first, rest) = tokens.split_first().expect("not empty");
            let rest: Arc<[String]> = rest.into();
            let keys: Vec<(&'static str, String)> =
                if spec.clitics { clitic_keys(first).collect() } else { vec![("", first.clone())] };
            for (clitic, key) in keys {
                let list = self.keys.entry(key).or_default();
                if !list.iter().any(|c| c.name == i && c.clitic == clitic && c.rest == rest) {
                    list.push(Candidate { name: i, clitic, rest: rest.clone() });
                }
            }
        }
        if !spec.not.is_empty() {
            self.not.insert(i, spec.not.iter().map(|n| normalize(n).text).collect());
        }
    }

    /// Drop every form of name `i`. (Temporary: scans the map.)
    pub fn remove(&mut self, i: usize) {
        self.keys.retain(|_, list| {
            list.retain(|c| c.name != i);
            !list.is_empty()
        });
        self.not.remove(&i);
    }

    /// The names in `text`, in order, not overlapping.
    pub fn find(&self, text: &str) -> Vec<NameMatch> {
        let norm = normalize(text);
        let tokens = tokenize(&norm);
        let mut counter = CharCounter { text, byte: 0, chars: 0 };
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let Some(cands) = self.keys.get(&tokens[i].text) else {
                i += 1;
                continue;
            };
            let mut best: Option<(&Candidate, usize)> = None;
            for c in cands {
                let n = 1 + c.rest.len();
                if i + n > tokens.len() {
                    continue;
                }
                let fits = c.rest.iter().enumerate().all(|(k, t)| {
                    let tok = &tokens[i + 1 + k];
                    tok.text == *t && tok.after_space
                });
                if !fits || self.refused(c, &tokens[i..i + n], text, &norm) {
                    continue;
                }
                let better = match best {
                    None => true,
                    Some((b, bn)) => (n, std::cmp::Reverse(c.clitic.chars().count())) > (bn, std::cmp::Reverse(b.clitic.chars().count())),
                };
                if better {
                    best = Some((c, n));
                }
            }
            match best {
                Some((c, n)) => {
                    let first = tokens[i].chars.start;
                    let span = norm.origins[first].start..norm.origins[tokens[i + n - 1].chars.end - 1].end;
                    let core = norm.origins[first + c.clitic.chars().count()].start;
                    let start = counter.at(span.start);
                    let core_start = counter.at(core);
                    let end = counter.at(span.end);
                    out.push(NameMatch {
                        name: c.name,
                        start,
                        end,
                        core_start,
                        surface: text[span].to_owned(),
                        prefix: c.clitic.to_owned(),
                    });
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }

    fn refused(&self, c: &Candidate, tokens: &[Token], text: &str, norm: &Normalized) -> bool {
        // A function word (with its clitic taken off) is never a name.
        let first = &text[norm.origins[tokens[0].chars.start].start..norm.origins[tokens[0].chars.end - 1].end];
        let light: String = first.chars().filter(|ch| !crate::normalize::is_deleted(*ch)).collect();
        let core: String = light.chars().skip(c.clitic.chars().count()).collect();
        if FUNCTION_WORDS.contains(&light.as_str()) || FUNCTION_WORDS.contains(&core.as_str()) {
            return true;
        }
        if let Some(not) = self.not.get(&c.name) {
            let surface = tokens.iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ");
            if not.contains(&surface) {
                return true;
            }
        }
        false
    }
}

#[derive(Debug)]
struct Token {
    text: String,
    /// Char indexes (into the normalised text) of the first char and one past the last.
    chars: Range<usize>,
    /// Separated from the previous token by whitespace only.
    after_space: bool,
}

fn tokenize(norm: &Normalized) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize)> = None; // (byte, char)
    let mut gap_is_space = true;
    let s = &norm.text;
    for (ci, (b, ch)) in s.char_indices().chain(std::iter::once((s.len(), ' '))).enumerate() {
        let word = b < s.len() && ch.is_alphanumeric();
        match (word, start) {
            (true, None) => start = Some((b, ci)),
            (false, Some((sb, sc))) => {
                out.push(Token { text: s[sb..b].to_owned(), chars: sc..ci, after_space: gap_is_space && !out.is_empty() });
                start = None;
                gap_is_space = true;
            }
            _ => {}
        }
        if !word && b < s.len() && !ch.is_whitespace() {
            gap_is_space = false;
        }
    }
    out
}

/// Byte offsets of the original text to char offsets, for offsets that only grow.
struct CharCounter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl CharCounter<'_> {
    fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}
