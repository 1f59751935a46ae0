//! Writing TMX 1.4b one unit at a time (the mapping is in [`super`]).
use std::io::{self, Write};

use quick_xml::events::{BytesText, Event};

use super::format_date;
use crate::formats::xml::{xml_chars, XmlOut};
use crate::model::Unit;

/// A TMX file being written: the header when made, a `<tu>` per [`TmxWriter::unit`], the end
/// by [`TmxWriter::finish`]. Holds nothing but the output.
pub struct TmxWriter<W: Write> {
    out: XmlOut<W>,
}

impl<W: Write> TmxWriter<W> {
    /// Start a file: the declaration, the DOCTYPE, `<tmx>`, the header, `<body>`.
    pub fn new(inner: W) -> io::Result<TmxWriter<W>> {
        let mut w = TmxWriter { out: XmlOut::new(inner)? };
        w.out.out.write_event(Event::DocType(BytesText::from_escaped(r#"tmx SYSTEM "tmx14.dtd""#)))?;
        w.out.start("tmx", &[("version", "1.4")])?;
        let header = [
            ("creationtool", "Dragoman"),
            ("creationtoolversion", env!("CARGO_PKG_VERSION")),
            ("datatype", "plaintext"),
            ("segtype", "sentence"),
            ("adminlang", "en"),
            ("srclang", "ar"),
            ("o-tmf", "Dragoman"),
        ];
        w.out.empty("header", &header)?;
        w.out.start("body", &[])?;
        Ok(w)
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
        self.out.start("tu", &attrs)?;
        if !u.origin.is_empty() {
            self.out.leaf("prop", &[("type", "x-origin")], &u.origin)?;
        }
        // Always `ar` and `en`, the header's srclang: tools find the source by it (translate-
        // toolkit finds no source in an `ar-EG` tuv of an `ar` file), so a variant is not kept.
        for (code, text) in [("ar", &u.source), ("en", &u.target)] {
            self.out.start("tuv", &[("xml:lang", code)])?;
            self.out.leaf("seg", &[], text)?;
            self.out.end("tuv")?;
        }
        self.out.end("tu")
    }

    /// Close the body and the file; returns the output.
    pub fn finish(mut self) -> io::Result<W> {
        self.out.end("body")?;
        self.out.end("tmx")?;
        self.out.finish()
    }
}
