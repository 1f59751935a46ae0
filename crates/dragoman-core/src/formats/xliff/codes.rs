//! Inline codes: the tags of a foreign XLIFF's source (`<g>`, `<x/>`, `<bpt>`, `<ph>`, 2.x
//! `<pc>`, `<sc/>`, `<ec/>`, `<mrk>` …) that a translation must carry.
//!
//! In a segment's text each code is one character of the Private Use Area, its *marker*:
//! the segment's n-th code (from 0) is U+E000 + n. The text stays a plain string that the
//! store, the memory and the editor already handle; the editor shows each marker as a small
//! numbered chip that cannot be edited, only inserted, moved or deleted whole. The code's
//! XML is kept exactly as it came ([`Code::xml`]) and goes back into the file unchanged.
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The marker of code 0.
pub const MARKER_BASE: u32 = 0xE000;
/// Codes a segment may have (the BMP's Private Use Area).
pub const MAX_CODES: usize = 0xF8FF - 0xE000 + 1;

/// How a code sits in the XML: the start tag of an element whose content is text (`<g>`,
/// `<pc>`, `<mrk>`), its end tag, or a code that stands alone (an empty element, or a 1.2
/// `<ph>`/`<bpt>`/`<ept>`/`<it>` whose content is native code).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum CodeKind {
    Open,
    Close,
    Standalone,
}

/// How the editor shows a code: opening, closing or alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum CodeRole {
    Opening,
    Closing,
    Alone,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Code {
    pub kind: CodeKind,
    /// The element's local name (`g`, `bpt`, `pc`; `#` for a comment).
    pub name: String,
    /// What pairs it with the same code in the target (`id`, or `startRef` for `<ec/>`).
    pub id: Option<String>,
    /// The code exactly as it is in the file.
    pub xml: String,
    /// The number shown on its chip: its place among the segment's codes, from 1 (the
    /// marker's number plus one), so that the chip, the QA's messages and the command line
    /// name a code alike; an opening and a closing code differ in shape.
    pub number: u32,
    pub role: CodeRole,
}

impl Code {
    pub fn new(kind: CodeKind, name: String, id: Option<String>, xml: &str) -> Code {
        let role = match (kind, name.as_str()) {
            (CodeKind::Open, _) | (_, "bx" | "bpt" | "sc") => CodeRole::Opening,
            (CodeKind::Close, _) | (_, "ex" | "ept" | "ec") => CodeRole::Closing,
            _ => CodeRole::Alone,
        };
        Code { kind, name, id, xml: xml.to_owned(), number: 0, role }
    }
}

/// The marker of code `n`.
pub fn marker(n: usize) -> char {
    char::from_u32(MARKER_BASE + n as u32).unwrap_or('\u{FFFD}')
}

/// The code number of a marker character, if it is one.
pub fn code_of(c: char) -> Option<usize> {
    let c = c as u32;
    (MARKER_BASE..MARKER_BASE + MAX_CODES as u32).contains(&c).then(|| (c - MARKER_BASE) as usize)
}

/// Whether a text holds markers.
pub fn has_codes(text: &str) -> bool {
    text.chars().any(|c| code_of(c).is_some())
}

/// Text with inline codes as markers, and the codes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Content {
    pub text: String,
    pub codes: Vec<Code>,
}

impl Content {
    /// Append a code and its marker.
    pub fn push(&mut self, code: Code) -> Result<()> {
        if self.codes.len() >= MAX_CODES {
            return Err(Error::XmlMalformed("too many inline codes in one segment".into()));
        }
        self.text.push(marker(self.codes.len()));
        self.codes.push(Code { number: self.codes.len() as u32 + 1, ..code });
        Ok(())
    }

    /// Give this target's codes the markers of the same codes in `source` (same element,
    /// kind and id, in order); a code the source does not have keeps a marker past the
    /// source's, and only such codes stay in `self.codes`.
    pub fn match_codes(&mut self, source: &Content) {
        let mut used = vec![false; source.codes.len()];
        let mut extra = Vec::new();
        let mut map = Vec::with_capacity(self.codes.len());
        for code in &self.codes {
            let found = source
                .codes
                .iter()
                .enumerate()
                .position(|(i, s)| !used[i] && s.kind == code.kind && s.name == code.name && s.id == code.id);
            match found {
                Some(i) => {
                    used[i] = true;
                    map.push(i);
                }
                None => {
                    let n = source.codes.len() + extra.len();
                    map.push(n);
                    extra.push(Code { number: n as u32 + 1, ..code.clone() });
                }
            }
        }
        self.text = self.text.chars().map(|c| code_of(c).map_or(c, |n| marker(map[n]))).collect();
        self.codes = extra;
    }
}

/// Start and end tags of a translation that do not nest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotNested;

/// A translation's text as XLIFF content: text escaped, each marker replaced by its code's
/// XML (`codes` are the segment's). Markers with no code are left out. Start and end tags
/// must nest, or the file would not be XML: [`NotNested`] when they do not.
pub fn render(text: &str, codes: &[Code]) -> std::result::Result<String, NotNested> {
    let mut out = String::with_capacity(text.len() + 16);
    let mut open: Vec<&str> = Vec::new();
    for c in text.chars() {
        match code_of(c).and_then(|n| codes.get(n)) {
            Some(code) => {
                match code.kind {
                    CodeKind::Open => open.push(&code.name),
                    CodeKind::Close => {
                        if open.pop() != Some(code.name.as_str()) {
                            return Err(NotNested);
                        }
                    }
                    CodeKind::Standalone => {}
                }
                out.push_str(&code.xml);
            }
            None if code_of(c).is_some() => {}
            None => match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                c if crate::formats::xml::xml_chars(c.encode_utf8(&mut [0; 4])).is_empty() => {}
                c => out.push(c),
            },
        }
    }
    if open.is_empty() {
        Ok(out)
    } else {
        Err(NotNested)
    }
}

/// What is wrong with the codes of a translation against its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "problem")]
pub enum CodeProblem {
    /// In the source, not in the translation.
    Missing { marker: String },
    /// In the translation more often than in the source (or not in it at all).
    Extra { marker: String },
    /// All there, in another order.
    OutOfOrder,
}

/// The problems of `target`'s codes against `source`'s. An empty translation has none.
pub fn check(source: &str, target: &str) -> Vec<CodeProblem> {
    if target.trim().is_empty() {
        return Vec::new();
    }
    let markers = |s: &str| s.chars().filter(|&c| code_of(c).is_some()).collect::<Vec<char>>();
    let (s, t) = (markers(source), markers(target));
    let mut problems = Vec::new();
    let mut left = t.clone();
    for &m in &s {
        match left.iter().position(|&x| x == m) {
            Some(i) => {
                left.remove(i);
            }
            None => problems.push(CodeProblem::Missing { marker: m.to_string() }),
        }
    }
    for m in left {
        problems.push(CodeProblem::Extra { marker: m.to_string() });
    }
    if problems.is_empty() && s != t {
        problems.push(CodeProblem::OutOfOrder);
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(kind: CodeKind, name: &str, id: &str, xml: &str) -> Code {
        Code::new(kind, name.into(), Some(id.into()), xml)
    }

    #[test]
    fn target_codes_take_the_source_markers() {
        let mut source = Content::default();
        source.text.push_str("a ");
        source.push(code(CodeKind::Open, "g", "1", "<g id=\"1\">")).unwrap();
        source.text.push('b');
        source.push(code(CodeKind::Close, "g", "1", "</g>")).unwrap();
        source.push(code(CodeKind::Standalone, "x", "2", "<x id=\"2\"/>")).unwrap();
        let mut target = Content::default();
        target.push(code(CodeKind::Standalone, "x", "2", "<x id=\"2\"/>")).unwrap();
        target.push(code(CodeKind::Open, "g", "1", "<g id=\"1\">")).unwrap();
        target.text.push('B');
        target.push(code(CodeKind::Close, "g", "1", "</g>")).unwrap();
        target.push(code(CodeKind::Standalone, "x", "9", "<x id=\"9\"/>")).unwrap();
        target.match_codes(&source);
        assert_eq!(target.text, format!("{}{}B{}{}", marker(2), marker(0), marker(1), marker(3)));
        assert_eq!(target.codes.len(), 1, "only the code the source lacks stays");
        let mut all = source.codes.clone();
        all.extend(target.codes.clone());
        assert_eq!(all.iter().map(|c| c.number).collect::<Vec<_>>(), [1, 2, 3, 4]);
        assert_eq!(render(&target.text, &all).unwrap(), "<x id=\"2\"/><g id=\"1\">B</g><x id=\"9\"/>");
        assert_eq!(check(&source.text, &target.text), [CodeProblem::Extra { marker: marker(3).to_string() }]);
    }

    #[test]
    fn tags_that_do_not_nest_cannot_be_written() {
        let codes = [code(CodeKind::Open, "g", "1", "<g id=\"1\">"), code(CodeKind::Close, "g", "1", "</g>")];
        let (open, close) = (marker(0), marker(1));
        assert!(render(&format!("{close}a{open}"), &codes).is_err());
        assert!(render(&format!("{open}a"), &codes).is_err());
        assert_eq!(render(&format!("{open}a & b{close}"), &codes).unwrap(), "<g id=\"1\">a &amp; b</g>");
    }

    #[test]
    fn missing_extra_and_moved_codes_are_problems() {
        let (a, b) = (marker(0), marker(1));
        assert_eq!(check(&format!("x{a}y{b}"), &format!("X{a}Y{b}")), []);
        assert_eq!(check(&format!("x{a}y{b}"), &format!("X{b}Y{a}")), [CodeProblem::OutOfOrder]);
        assert_eq!(check(&format!("x{a}y{b}"), &format!("X{a}")), [CodeProblem::Missing { marker: b.to_string() }]);
        assert_eq!(check(&format!("x{a}"), &format!("X{a}{a}")), [CodeProblem::Extra { marker: a.to_string() }]);
        assert_eq!(check(&format!("x{a}"), ""), [], "an empty translation is not checked");
    }
}
