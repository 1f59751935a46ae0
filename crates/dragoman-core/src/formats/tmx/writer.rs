//! Writing TMX 1.4b one unit at a time (the mapping is in [`super`]).
use std::io::{self, Write};

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

use super::format_date;
use crate::formats::xml::xml_chars;
use crate::model::Unit;

/// A TMX file being written: the header when made, a `<tu>` per [`TmxWriter::unit`], the end
/// by [`TmxWriter::finish`]. Holds nothing but the output.
pub struct TmxWriter<W: Write> {
    out: Writer<W>,
}

impl<W: Write> TmxWriter<W> {
    /// Start a file: the declaration, the DOCTYPE, `<tmx>`, the header, `<body>`.
    pub fn new(inner: W) -> io::Result<TmxWriter<W>> {
        let mut w = TmxWriter { out: Writer::new_with_indent(inner, b' ', 2) };
        w.out.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        w.out.write_event(Event::DocType(BytesText::from_escaped(r#"tmx SYSTEM "tmx14.dtd""#)))?;
        w.start("tmx", &[("version", "1.4")])?;
        let header = [
            ("creationtool", "Dragoman"),
            ("creationtoolversion", env!("CARGO_PKG_VERSION")),
            ("datatype", "plaintext"),
            ("segtype", "sentence"),
            ("adminlang", "en"),
            ("srclang", "ar"),
            ("o-tmf", "Dragoman"),
        ];
        w.out.write_event(Event::Empty(element("header", &header)))?;
        w.start("body", &[])?;
        Ok(w)
    }

    fn start(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.out.write_event(Event::Start(element(name, attrs)))
    }

    fn end(&mut self, name: &str) -> io::Result<()> {
        self.out.write_event(Event::End(BytesEnd::new(name)))
    }

    /// `<name attrs>text</name>` on one line: escaped, with LF, CR and tab as character
    /// references (the reader takes literal line breaks for layout).
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

    /// One unit as a `<tu>`.
    pub fn unit(&mut self, u: &Unit) -> io::Result<()> {
        let id = u.id.to_string();
        let (created, changed) = (format_date(u.created_at), format_date(u.updated_at));
        let created_by = u.created_by.as_deref().map(xml_chars);
        let changed_by = u.changed_by.as_deref().map(xml_chars);
        let mut attrs: Vec<(&str, &str)> = vec![("tuid", &id), ("creationdate", &created), ("changedate", &changed)];
        if let Some(by) = created_by.as_deref().filter(|s| !s.is_empty()) {
            attrs.push(("creationid", by));
        }
        if let Some(by) = changed_by.as_deref().filter(|s| !s.is_empty()) {
            attrs.push(("changeid", by));
        }
        self.start("tu", &attrs)?;
        if !u.origin.is_empty() {
            self.leaf("prop", &[("type", "x-origin")], &u.origin)?;
        }
        // Always `ar` and `en`, the header's srclang: tools find the source by it (translate-
        // toolkit finds no source in an `ar-EG` tuv of an `ar` file), so a variant is not kept.
        for (code, text) in [("ar", &u.source), ("en", &u.target)] {
            self.start("tuv", &[("xml:lang", code)])?;
            self.leaf("seg", &[], text)?;
            self.end("tuv")?;
        }
        self.end("tu")
    }

    /// Close the body and the file; returns the output.
    pub fn finish(mut self) -> io::Result<W> {
        self.end("body")?;
        self.end("tmx")?;
        let mut inner = self.out.into_inner();
        inner.write_all(b"\n")?;
        Ok(inner)
    }
}

fn element<'a>(name: &'a str, attrs: &[(&str, &str)]) -> BytesStart<'a> {
    let mut e = BytesStart::new(name);
    for &(k, v) in attrs {
        e.push_attribute((k, xml_chars(v).as_ref()));
    }
    e
}
