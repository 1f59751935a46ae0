//! Writing TBX v3, TBX-Basic dialect, DCA style (the mapping is in [`super`]).
use std::borrow::Cow;

use quick_xml::events::{BytesDecl, BytesEnd, BytesPI, BytesStart, BytesText, Event};
use quick_xml::Writer;

use super::{ADMITTED, DEPRECATED, FIELD, PREFERRED, TBX_NS};
use crate::formats::xml::xml_chars;
use crate::names::glossary::GlossaryEntry;

const RNG_PI: &str = r#"xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0""#;
const SCH_PI: &str = r#"xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron""#;

struct Out(Writer<Vec<u8>>);

impl Out {
    fn event<'a>(&mut self, e: impl Into<Event<'a>>) {
        self.0.write_event(e).expect("writing to memory");
    }

    fn start(&mut self, name: &str, attrs: &[(&str, &str)]) {
        let mut e = BytesStart::new(name);
        for &(k, v) in attrs {
            e.push_attribute((k, v));
        }
        self.event(Event::Start(e));
    }

    fn end(&mut self, name: &str) {
        self.event(Event::End(BytesEnd::new(name)));
    }

    /// `<name attrs>text</name>` on one line. The text is escaped by quick-xml (`<`, `>`, `&`,
    /// quotes, and CR, which XML would otherwise turn into LF); LF and tab are written as
    /// character references, which the reader keeps as text while it takes literal line
    /// breaks for layout (see the reader's `layout`).
    fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.start(name, attrs);
        let text = xml_chars(text);
        let escaped = quick_xml::escape::escape(text.as_ref());
        let escaped = if escaped.contains(['\n', '\t']) {
            Cow::Owned(escaped.replace('\n', "&#10;").replace('\t', "&#9;"))
        } else {
            escaped
        };
        self.event(Event::Text(BytesText::from_escaped(escaped)));
        self.end(name);
    }

    fn note(&mut self, text: &str) {
        self.leaf("note", &[], text);
    }

    fn term(&mut self, text: &str, notes: &[(&str, &str)]) {
        self.start("termSec", &[]);
        self.leaf("term", &[], text);
        for &(kind, value) in notes {
            self.leaf("termNote", &[("type", kind)], value);
        }
        self.leaf("termNote", &[("type", "partOfSpeech")], "noun");
        self.end("termSec");
    }
}

/// Write a glossary as TBX v3, TBX-Basic dialect, DCA style (see the module doc for the mapping).
pub fn write(entries: &[GlossaryEntry]) -> Vec<u8> {
    let mut out = Out(Writer::new_with_indent(Vec::new(), b'\t', 1));
    out.event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    out.event(Event::PI(BytesPI::new(RNG_PI)));
    out.event(Event::PI(BytesPI::new(SCH_PI)));
    out.start("tbx", &[("type", "TBX-Basic"), ("style", "dca"), ("xml:lang", "en"), ("xmlns", TBX_NS)]);
    out.start("tbxHeader", &[]);
    out.start("fileDesc", &[]);
    out.start("titleStmt", &[]);
    out.leaf("title", &[], "Dragoman names glossary (Arabic → English)");
    out.end("titleStmt");
    out.start("sourceDesc", &[]);
    out.leaf("p", &[], concat!("Exported by Dragoman ", env!("CARGO_PKG_VERSION")));
    out.end("sourceDesc");
    out.end("fileDesc");
    out.end("tbxHeader");
    if entries.is_empty() {
        // `body` needs at least one conceptEntry; `text` may do without a body.
        out.event(Event::Empty(BytesStart::new("text")));
    } else {
        out.start("text", &[]);
        out.start("body", &[]);
        for (i, e) in entries.iter().enumerate() {
            write_entry(&mut out, &format!("c{}", i + 1), e);
        }
        out.end("body");
        out.end("text");
    }
    out.end("tbx");
    let mut bytes = out.0.into_inner();
    bytes.push(b'\n');
    bytes
}

fn write_entry(out: &mut Out, id: &str, e: &GlossaryEntry) {
    out.start("conceptEntry", &[("id", id)]);
    out.note(&format!("{FIELD}type={}", e.kind.as_str()));
    if !e.notes.is_empty() {
        if e.notes.starts_with(FIELD) {
            out.note(&format!("{FIELD}note={}", e.notes));
        } else {
            out.note(&e.notes);
        }
    }

    out.start("langSec", &[("xml:lang", "ar")]);
    if !e.clitics {
        out.note(&format!("{FIELD}clitics=false"));
    }
    for form in &e.not {
        out.note(&format!("{FIELD}not={form}"));
    }
    out.term(&e.arabic, &[("administrativeStatus", PREFERRED)]);
    for v in &e.variants {
        out.term(v, &[("administrativeStatus", ADMITTED), ("termType", "variant")]);
    }
    out.end("langSec");

    let short = e.short.as_deref().filter(|s| !s.is_empty());
    out.start("langSec", &[("xml:lang", "en")]);
    if short.is_some() {
        out.term(&e.english, &[("administrativeStatus", PREFERRED), ("termType", "fullForm")]);
    } else {
        out.term(&e.english, &[("administrativeStatus", PREFERRED)]);
    }
    if let Some(s) = short {
        out.term(s, &[("administrativeStatus", ADMITTED), ("termType", "shortForm")]);
    }
    for d in &e.deprecated {
        out.term(d, &[("administrativeStatus", DEPRECATED)]);
    }
    out.end("langSec");
    out.end("conceptEntry");
}
