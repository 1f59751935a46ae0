//! Writing a foreign XLIFF back: the file as it came, with the targets of the units that
//! were translated put in (or replaced), and their state. Every other byte is the file's.
use quick_xml::events::Event;
use quick_xml::Reader;

use super::codes::{self, Code};
use super::reader::{Dialect, Document};

/// A translation to put into the file.
#[derive(Debug, Clone)]
pub struct Fill<'a> {
    /// The unit's index in [`Document::units`].
    pub unit: usize,
    /// The translation, with markers.
    pub text: &'a str,
    /// The unit's codes (the source's, then those only the file's target had).
    pub codes: &'a [Code],
    /// The new state (1.2 the target's `state`, 2.x the segment's), or `None` to leave it.
    pub state: Option<&'a str>,
}

/// A translation whose codes do not nest (its unit's index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadCodes(pub usize);

/// `text` (the file `doc` was read from) with `fills` applied. `target_lang` is added to a
/// 2.x root that has no `trgLang` when a target is written.
pub fn fill(text: &str, doc: &Document, fills: &[Fill<'_>], target_lang: &str) -> Result<String, BadCodes> {
    // (range, replacement), applied in order of position.
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    if doc.dialect == Dialect::V2 && doc.target_lang.is_none() && !fills.is_empty() {
        let root = &text[doc.root_tag.clone()];
        edits.push((doc.root_tag.clone(), retag(root, &[("trgLang", target_lang)])));
    }
    for f in fills {
        let unit = &doc.units[f.unit];
        let content = codes::render(f.text, f.codes).map_err(|_| BadCodes(f.unit))?;
        match doc.dialect {
            Dialect::V12 => {
                let state: Vec<(&str, &str)> = f.state.map(|s| vec![("state", s)]).unwrap_or_default();
                match &unit.state_tag {
                    Some(tag) => {
                        let open = retag(&text[tag.clone()], &state);
                        let name = tag_name(&text[tag.clone()]);
                        edits.push((unit.target_at.clone(), format!("{open}{content}</{name}>")));
                    }
                    None => {
                        let mut attrs = vec![("xml:lang", target_lang)];
                        attrs.extend(state);
                        let open = retag("<target>", &attrs);
                        edits.push((unit.target_at.clone(), format!("{}{open}{content}</target>", unit.indent)));
                    }
                }
            }
            Dialect::V2 => {
                if let (Some(state), Some(tag)) = (f.state, &unit.state_tag) {
                    edits.push((tag.clone(), retag(&text[tag.clone()], &[("state", state)])));
                }
                if unit.target.is_some() {
                    let old = &text[unit.target_at.clone()];
                    let open_end = old.find('>').map_or(old.len(), |i| i + 1);
                    let open = retag(&old[..open_end], &[]);
                    let name = tag_name(old);
                    edits.push((unit.target_at.clone(), format!("{open}{content}</{name}>")));
                } else {
                    edits.push((unit.target_at.clone(), format!("{}<target>{content}</target>", unit.indent)));
                }
            }
        }
    }
    edits.sort_by_key(|(r, _)| (r.start, r.end));
    let mut out = String::with_capacity(text.len() + fills.len() * 64);
    let mut at = 0;
    for (range, replacement) in edits {
        out.push_str(&text[at..range.start]);
        out.push_str(&replacement);
        at = range.end;
    }
    out.push_str(&text[at..]);
    Ok(out)
}

/// The element name of a start tag (`<target state="x">` → `target`).
fn tag_name(tag: &str) -> &str {
    let rest = tag.trim_start_matches('<');
    let end = rest.find(|c: char| c.is_whitespace() || c == '>' || c == '/').unwrap_or(rest.len());
    &rest[..end]
}

/// A start tag (`<x a="1">` or `<x a="1"/>`) as a start tag (never empty), its attributes as
/// they were (values as written) with those of `set` replaced or added.
fn retag(tag: &str, set: &[(&str, &str)]) -> String {
    let mut out = format!("<{}", tag_name(tag));
    let mut done = vec![false; set.len()];
    let mut reader = Reader::from_str(tag);
    if let Ok(Event::Start(e) | Event::Empty(e)) = reader.read_event() {
        for a in e.attributes().flatten() {
            let key = a.key.as_ref().to_owned();
            let value = match set.iter().position(|(k, _)| *k == key) {
                Some(i) => {
                    done[i] = true;
                    escape_attr(set[i].1)
                }
                None => a.value.replace('"', "&quot;"),
            };
            out.push_str(&format!(" {key}=\"{value}\""));
        }
    }
    for (i, (k, v)) in set.iter().enumerate() {
        if !done[i] {
            out.push_str(&format!(" {k}=\"{}\"", escape_attr(v)));
        }
    }
    out.push('>');
    out
}

fn escape_attr(v: &str) -> String {
    quick_xml::escape::escape(v).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_start_tag_keeps_its_attributes_and_changes_one() {
        assert_eq!(
            retag("<target state='new' xml:lang=\"en\"/>", &[("state", "translated")]),
            "<target state=\"translated\" xml:lang=\"en\">"
        );
        assert_eq!(retag("<xliff version=\"2.0\">", &[("trgLang", "en")]), "<xliff version=\"2.0\" trgLang=\"en\">");
        assert_eq!(tag_name("<mq:target a=\"1\">"), "mq:target");
    }
}
