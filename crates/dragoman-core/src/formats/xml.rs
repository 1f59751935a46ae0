//! XML as Dragoman reads it (TBX glossaries, the parts of a DOCX) and writes it (TBX), with
//! the safety rules written once. quick-xml never reads a DTD and never expands an entity; on
//! top of that, a file that declares an entity is refused before it is read
//! ([`declares_entity`]), a `<!DOCTYPE` with an internal subset is refused
//! ([`has_internal_subset`]), and only character references and the five predefined
//! entities are resolved ([`resolve_reference`]). Also here: the encodings an XML file may
//! come in ([`decode`]), line numbers for errors ([`Lines`]), and what XML 1.0 can carry
//! ([`xml_chars`]).
use std::borrow::Cow;

use quick_xml::events::BytesRef;

use crate::error::{Error, Result};

/// Bytes that start with a UTF-16 byte-order mark, decoded (the mark left out); `None` for
/// any other bytes. Also used for glossary CSV files, which spreadsheets on Windows write so.
pub fn utf16_with_bom(bytes: &[u8]) -> Result<Option<String>> {
    match encoding_rs::Encoding::for_bom(bytes) {
        Some((enc, bom)) if enc != encoding_rs::UTF_8 => {
            let (text, malformed) = enc.decode_without_bom_handling(&bytes[bom..]);
            if malformed {
                return Err(Error::BadEncoding);
            }
            Ok(Some(text.into_owned()))
        }
        _ => Ok(None),
    }
}

/// The text of an XML file: UTF-8 (a BOM is dropped) or UTF-16 with a BOM; anything else is
/// [`Error::BadEncoding`].
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>> {
    if let Some(text) = utf16_with_bom(bytes)? {
        return Ok(Cow::Owned(text));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map(Cow::Borrowed).map_err(|_| Error::BadEncoding)
}

/// Whether `text` declares an entity anywhere: refused before any parsing, as a declaration
/// can only be there to be expanded.
pub fn declares_entity(text: &str) -> bool {
    text.contains("<!ENTITY")
}

/// Whether the content of a `<!DOCTYPE …>` has an internal subset (`[…]`), where entities and
/// elements would be declared. A bare external one (`<!DOCTYPE martif SYSTEM "….dtd">`) can be
/// ignored: nothing is ever fetched or read from it.
pub fn has_internal_subset(doctype: &str) -> bool {
    doctype.contains('[')
}

/// The text a reference stands for: a character reference (`&#10;`) or one of the five
/// predefined entities (`&amp;`). `Ok(None)` for any other entity, which is never resolved;
/// an error for a malformed character reference.
pub fn resolve_reference(r: &BytesRef<'_>) -> std::result::Result<Option<String>, quick_xml::Error> {
    Ok(match r.resolve_char_ref()? {
        Some(c) => Some(c.to_string()),
        None => quick_xml::escape::resolve_predefined_entity(r.as_ref()).map(str::to_owned),
    })
}

/// A malformed file, with the parser's (or our) words.
pub fn malformed(e: impl std::fmt::Display) -> Error {
    Error::XmlMalformed(e.to_string())
}

/// Line numbers of byte positions in one text, for error messages and skipped entries:
/// counted from the previous position asked for, so positions in reading order cost one pass.
#[derive(Debug, Clone)]
pub struct Lines<'a> {
    text: &'a str,
    /// The line at byte `counted`.
    counted: usize,
    line: u64,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Lines<'a> {
        Lines { text, counted: 0, line: 1 }
    }

    /// The line (from 1) of byte position `pos` (the end of the text if past it).
    pub fn at(&mut self, pos: usize) -> u64 {
        let pos = pos.min(self.text.len());
        if pos >= self.counted {
            self.line += self.text.as_bytes()[self.counted..pos].iter().filter(|&&b| b == b'\n').count() as u64;
        } else {
            self.line = 1 + self.text.as_bytes()[..pos].iter().filter(|&&b| b == b'\n').count() as u64;
        }
        self.counted = pos;
        self.line
    }
}

/// Text without what XML 1.0 cannot carry (control characters other than tab, LF, CR;
/// U+FFFE, U+FFFF).
pub fn xml_chars(s: &str) -> Cow<'_, str> {
    let ok = |c: char| matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}');
    if s.chars().all(ok) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter(|&c| ok(c)).collect())
    }
}

/// An XML document written element by element (TMX, XLIFF): attribute values and text pass
/// through [`xml_chars`] and are escaped, so no writer can emit what XML forbids.
pub struct XmlOut<W: std::io::Write> {
    pub out: quick_xml::Writer<W>,
}

impl<W: std::io::Write> XmlOut<W> {
    /// Indented by two spaces, after the XML declaration.
    pub fn new(inner: W) -> std::io::Result<XmlOut<W>> {
        use quick_xml::events::{BytesDecl, Event};
        let mut out = quick_xml::Writer::new_with_indent(inner, b' ', 2);
        out.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        Ok(XmlOut { out })
    }

    pub fn start(&mut self, name: &str, attrs: &[(&str, &str)]) -> std::io::Result<()> {
        self.out.write_event(quick_xml::events::Event::Start(element(name, attrs)))
    }

    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> std::io::Result<()> {
        self.out.write_event(quick_xml::events::Event::Empty(element(name, attrs)))
    }

    pub fn end(&mut self, name: &str) -> std::io::Result<()> {
        self.out.write_event(quick_xml::events::Event::End(quick_xml::events::BytesEnd::new(name)))
    }

    /// `<name attrs>text</name>` on one line: escaped, with LF, CR and tab as character
    /// references (readers take literal line breaks for layout).
    pub fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> std::io::Result<()> {
        self.start(name, attrs)?;
        let text = xml_chars(text);
        let mut escaped = quick_xml::escape::escape(text.as_ref()).into_owned();
        if escaped.contains(['\n', '\t', '\r']) {
            escaped = escaped.replace('\n', "&#10;").replace('\t', "&#9;").replace('\r', "&#13;");
        }
        self.out.write_event(quick_xml::events::Event::Text(quick_xml::events::BytesText::from_escaped(escaped)))?;
        self.end(name)
    }

    /// The output, after a final line break.
    pub fn finish(self) -> std::io::Result<W> {
        let mut inner = self.out.into_inner();
        inner.write_all(b"\n")?;
        Ok(inner)
    }
}

fn element<'a>(name: &'a str, attrs: &[(&str, &str)]) -> quick_xml::events::BytesStart<'a> {
    let mut e = quick_xml::events::BytesStart::new(name);
    for &(k, v) in attrs {
        e.push_attribute((k, xml_chars(v).as_ref()));
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_dropped_and_the_rest_kept() {
        assert_eq!(xml_chars("a\u{1}b\tc\u{FFFF}"), "ab\tc");
        assert!(matches!(xml_chars("بوتين <&>"), Cow::Borrowed(_)));
    }

    #[test]
    fn utf8_and_utf16_with_a_bom_are_text() {
        let mut utf16 = b"\xFF\xFE".to_vec();
        utf16.extend("<a>ب</a>".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&utf16).unwrap(), "<a>ب</a>");
        assert!(matches!(decode("\u{FEFF}<a/>".as_bytes()).unwrap(), Cow::Borrowed("<a/>")));
        assert!(matches!(decode(b"<a>\xFF</a>"), Err(Error::BadEncoding)));
        assert_eq!(utf16_with_bom(b"plain").unwrap(), None);
    }

    #[test]
    fn lines_are_counted_forwards_and_back() {
        let mut lines = Lines::new("a\nb\nc");
        assert_eq!((lines.at(0), lines.at(2), lines.at(4), lines.at(1), lines.at(99)), (1, 2, 3, 1, 3));
    }
}

/// A language as a TBX or TMX file names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Arabic,
    English,
    Other,
}

/// The language of a code: its primary subtag (`ar`, `ara`; `en`, `eng`), in any case.
pub fn lang(code: &str) -> Lang {
    let primary = code.split(['-', '_']).next().unwrap_or("").trim().to_ascii_lowercase();
    match primary.as_str() {
        "ar" | "ara" => Lang::Arabic,
        "en" | "eng" => Lang::English,
        _ => Lang::Other,
    }
}

/// Literal text of a pretty-printed file: a run of white space that holds a line break is
/// the file's layout (`spiral\n\t\t\tarms`) and becomes one space. Line breaks and tabs that
/// are meant as text are written as `&#10;` and `&#9;`, and arrive as references.
pub fn layout(s: &str) -> Cow<'_, str> {
    if !s.contains('\n') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut run = String::new();
    for c in s.chars() {
        if matches!(c, ' ' | '\t' | '\n') {
            run.push(c);
            continue;
        }
        out.push_str(if run.contains('\n') { " " } else { &run });
        run.clear();
        out.push(c);
    }
    out.push_str(if run.contains('\n') { " " } else { &run });
    Cow::Owned(out)
}
