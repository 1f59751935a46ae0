//! Writing an article as XLIFF 1.2 or 2.1 (the mapping is in [`super`]), a unit at a time.
use std::io::{self, Write};

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

use crate::formats::xml::xml_chars;
use crate::model::{Article, Segment, SegmentStatus};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum XliffVersion {
    V12,
    V21,
}

impl XliffVersion {
    pub fn parse(s: &str) -> Option<XliffVersion> {
        match s {
            "xliff12" | "xliff" | "xlf" => Some(XliffVersion::V12),
            "xliff21" | "xliff2" => Some(XliffVersion::V21),
            _ => None,
        }
    }
}

/// Write `article` with its `segments` as XLIFF; `notes(segment)` gives the notes of a
/// segment (its glossary names).
pub fn write<W: Write>(
    out: W,
    version: XliffVersion,
    article: &Article,
    segments: &[Segment],
    notes: impl Fn(&Segment) -> Vec<String>,
) -> io::Result<W> {
    let mut w = X { out: Writer::new_with_indent(out, b' ', 2) };
    w.out.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let original = format!("dragoman:article/{}", article.id);
    match version {
        XliffVersion::V12 => {
            w.start("xliff", &[("version", "1.2"), ("xmlns", "urn:oasis:names:tc:xliff:document:1.2")])?;
            w.start(
                "file",
                &[
                    ("original", &original),
                    ("source-language", "ar"),
                    ("target-language", "en"),
                    ("datatype", "plaintext"),
                    ("product-name", &xml_chars(&article.title)),
                ],
            )?;
            w.start("header", &[])?;
            w.empty(
                "tool",
                &[("tool-id", "dragoman"), ("tool-name", "Dragoman"), ("tool-version", env!("CARGO_PKG_VERSION"))],
            )?;
            w.end("header")?;
            w.start("body", &[])?;
        }
        XliffVersion::V21 => {
            w.start(
                "xliff",
                &[
                    ("xmlns", "urn:oasis:names:tc:xliff:document:2.0"),
                    ("version", "2.1"),
                    ("srcLang", "ar"),
                    ("trgLang", "en"),
                ],
            )?;
            let id = format!("a{}", article.id);
            w.start("file", &[("id", &id), ("original", &original)])?;
        }
    }
    let mut i = 0;
    while i < segments.len() {
        // One group per paragraph (its sentences together).
        let paragraph = segments[i].paragraph;
        let end = segments[i..].iter().position(|s| s.paragraph != paragraph).map_or(segments.len(), |n| i + n);
        let group = format!("p{paragraph}");
        match version {
            XliffVersion::V12 => w.start("group", &[("id", &group), ("restype", "x-paragraph")])?,
            XliffVersion::V21 => w.start("group", &[("id", &group), ("type", "dragoman:paragraph")])?,
        }
        for s in &segments[i..end] {
            w.unit(version, s, &notes(s))?;
        }
        w.end("group")?;
        i = end;
    }
    match version {
        XliffVersion::V12 => {
            w.end("body")?;
            w.end("file")?;
        }
        XliffVersion::V21 => w.end("file")?,
    }
    w.end("xliff")?;
    let mut inner = w.out.into_inner();
    inner.write_all(b"\n")?;
    Ok(inner)
}

struct X<W: Write> {
    out: Writer<W>,
}

impl<W: Write> X<W> {
    fn start(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.out.write_event(Event::Start(element(name, attrs)))
    }

    fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.out.write_event(Event::Empty(element(name, attrs)))
    }

    fn end(&mut self, name: &str) -> io::Result<()> {
        self.out.write_event(Event::End(BytesEnd::new(name)))
    }

    /// `<name attrs>text</name>`, the text escaped (line breaks as references).
    fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> io::Result<()> {
        self.start(name, attrs)?;
        let text = xml_chars(text);
        let mut escaped = quick_xml::escape::escape(text.as_ref()).into_owned();
        if escaped.contains(['\n', '\t', '\r']) {
            escaped = escaped.replace('\n', "&#10;").replace('\t', "&#9;").replace('\r', "&#13;");
        }
        self.out.write_event(Event::Text(BytesText::from_escaped(escaped)))?;
        self.end(name)
    }

    fn unit(&mut self, version: XliffVersion, s: &Segment, notes: &[String]) -> io::Result<()> {
        let id = format!("s{}", s.id);
        let excluded = s.status == SegmentStatus::Excluded;
        let kind = s.kind.as_str();
        match version {
            XliffVersion::V12 => {
                let restype = format!("x-{kind}");
                let mut attrs = vec![("id", id.as_str()), ("restype", restype.as_str())];
                if excluded {
                    attrs.push(("translate", "no"));
                }
                if s.status == SegmentStatus::Reviewed {
                    attrs.push(("approved", "yes"));
                }
                self.start("trans-unit", &attrs)?;
                self.leaf("source", &[("xml:lang", "ar")], &s.source)?;
                if !excluded {
                    let state = match s.status {
                        SegmentStatus::New | SegmentStatus::Excluded => "new",
                        SegmentStatus::Draft => "needs-review-translation",
                        SegmentStatus::Translated => "translated",
                        SegmentStatus::Reviewed => "signed-off",
                    };
                    self.leaf("target", &[("xml:lang", "en"), ("state", state)], &s.target)?;
                }
                for note in notes {
                    self.leaf("note", &[("from", "dragoman-glossary")], note)?;
                }
                self.end("trans-unit")
            }
            XliffVersion::V21 => {
                let kind = format!("dragoman:{kind}");
                let mut attrs = vec![("id", id.as_str()), ("type", kind.as_str())];
                if excluded {
                    attrs.push(("translate", "no"));
                }
                attrs.extend([("srcDir", "rtl"), ("trgDir", "ltr")]);
                self.start("unit", &attrs)?;
                if !notes.is_empty() {
                    self.start("notes", &[])?;
                    for note in notes {
                        self.leaf("note", &[("category", "glossary")], note)?;
                    }
                    self.end("notes")?;
                }
                let (state, sub) = match s.status {
                    SegmentStatus::New | SegmentStatus::Excluded => ("initial", None),
                    SegmentStatus::Draft => ("initial", Some("dragoman:draft")),
                    SegmentStatus::Translated => ("translated", None),
                    SegmentStatus::Reviewed => ("reviewed", None),
                };
                let mut seg = vec![("state", state)];
                if let Some(sub) = sub {
                    seg.push(("subState", sub));
                }
                self.start("segment", &seg)?;
                self.leaf("source", &[], &s.source)?;
                if !excluded && !s.target.is_empty() {
                    self.leaf("target", &[], &s.target)?;
                }
                self.end("segment")?;
                self.end("unit")
            }
        }
    }
}

fn element<'a>(name: &'a str, attrs: &[(&str, &str)]) -> BytesStart<'a> {
    let mut e = BytesStart::new(name);
    for &(k, v) in attrs {
        e.push_attribute((k, xml_chars(v).as_ref()));
    }
    e
}
