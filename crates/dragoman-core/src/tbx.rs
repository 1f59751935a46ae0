//! Glossaries as TBX: export as TBX v3 (ISO 30042:2019), TBX-Basic dialect, DCA style, valid
//! against `TBXcoreStructV03.rng`; import TBX v3 (`<tbx>`, conceptEntry/langSec/termSec) and
//! TBX v2 (`<martif>`, termEntry/langSet/tig or ntig/termGrp).
//!
//! # Mapping
//!
//! One `conceptEntry` per name, with the ids `c1`, `c2`, … Every term has
//! `partOfSpeech` `noun` (TBX-Basic has no value for proper names).
//!
//! | Dragoman     | TBX-Basic                                                                                   |
//! |--------------|---------------------------------------------------------------------------------------------|
//! | `arabic`     | first `termSec` of the `ar` `langSec`, `administrativeStatus` `preferredTerm-admn-sts`       |
//! | `variants`   | further `ar` termSecs, `admittedTerm-admn-sts`, `termType` `variant`                         |
//! | `english`    | first `termSec` of the `en` `langSec`, `preferredTerm-admn-sts` (`termType` `fullForm` when there is a short form) |
//! | `short`      | an `en` termSec with `termType` `shortForm`, `admittedTerm-admn-sts`                         |
//! | `deprecated` | `en` termSecs with `administrativeStatus` `deprecatedTerm-admn-sts`                          |
//! | `kind`       | `<note>dragoman:type=person</note>` on the conceptEntry (also place, organization, other)   |
//! | `clitics`    | only when false: `<note>dragoman:clitics=false</note>` on the `ar` langSec                   |
//! | `not`        | one `<note>dragoman:not=…</note>` per form on the `ar` langSec                               |
//! | `notes`      | one `<note>` on the conceptEntry, as is                                                      |
//!
//! TBX-Basic has no data category for the kind of a name (`subjectField` is a domain of
//! knowledge, and the dialect forbids custom `termNote`s), none for clitics, and the forms in
//! `not` are not terms of the concept at all (another tool would take an `ar` term, even a
//! deprecated one, as a synonym). So these travel in `note`s, the one free-text category
//! allowed everywhere, as `dragoman:<key>=<value>`, readable by a person in any TBX tool. A
//! user's note that itself starts with `dragoman:` is written as `dragoman:note=<text>`, so
//! it cannot be mistaken for a field. Some cannot round-trip: XML 1.0 forbids most control
//! characters, which are dropped; `short: Some("")` is written as no short form.
//!
//! # Reading
//!
//! - Language codes: `ar`, `ar-EG`, `ar_AR`, `ara` … are Arabic; `en`, `en-US`, `eng` … English;
//!   other languages are ignored.
//! - Arabic: the first preferred term is `arabic` (else the first term); every other Arabic term,
//!   whatever its status, is a variant (a deprecated spelling still occurs in the text).
//! - English: terms with `administrativeStatus` deprecated or superseded (v3 `…Term-admn-sts`,
//!   or the bare words, and `obsolete`) go to `deprecated`. Of the others, a `termType`
//!   `shortForm`, `abbreviation` or `acronym` is `short`; `english` is the first preferred term
//!   that is not a short form, else the first that is not a short form, else the short form
//!   itself (and then `short` is None). Further English synonyms have no place and are dropped.
//! - `notes`: every `note` and `definition` of the entry at any level (conceptEntry, langSec,
//!   termSec), other than the `dragoman:` fields, trimmed, duplicates dropped, joined by
//!   newlines. DCT-style elements (`<min:administrativeStatus>`, `<basic:definition>`) are read
//!   like their DCA `termNote`/`descrip` forms.
//! - White space: terms and notes are trimmed, and in literal text a run of white space that
//!   holds a line break is the file's indentation and becomes one space. Line breaks and tabs
//!   that belong to Dragoman's text are written as the references `&#10;` and `&#9;` (and CR
//!   as `&#13;`), which are kept.
//! - An entry without an Arabic term is skipped as [`SkipReason::NoArabic`], one without a usable
//!   (non-deprecated) English term as [`SkipReason::NoEnglish`], a `dragoman:type` or
//!   `dragoman:clitics` with a bad value as `UnknownType` / `BadClitics`; `line` is where the
//!   entry starts, `detail` the entry's id (or its first term when it has none).
//! - Safety: no entity or DTD is ever resolved. A `<!DOCTYPE` with an internal subset, or any
//!   `<!ENTITY`, is refused ([`Error::XmlDtd`]) before anything is read. A plain external
//!   `<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">` (common in v2 files) is accepted and
//!   ignored: nothing is fetched or read from it. References to entities other than the five
//!   predefined ones and character references are malformed XML.
//! - Encoding: UTF-8 (with or without BOM), or UTF-16 with a BOM; anything else is
//!   [`Error::BadEncoding`].
use std::borrow::Cow;

use quick_xml::events::{BytesDecl, BytesEnd, BytesPI, BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer, XmlVersion};

use crate::error::{Error, Result};
use crate::glossary::{GlossaryEntry, NameType, SkipReason, Skipped};
use crate::MAX_IMPORT_BYTES;

/// The namespace of TBX v3 (ISO 30042:2019).
pub const TBX_NS: &str = "urn:iso:std:iso:30042:ed-2";
const RNG_PI: &str = r#"xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0""#;
const SCH_PI: &str = r#"xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron""#;
/// The prefix of the notes that carry Dragoman's own fields.
const FIELD: &str = "dragoman:";

const PREFERRED: &str = "preferredTerm-admn-sts";
const ADMITTED: &str = "admittedTerm-admn-sts";
const DEPRECATED: &str = "deprecatedTerm-admn-sts";

// ---------------------------------------------------------------------------------------------
// Writing

/// Drop what XML 1.0 cannot carry (control characters other than tab, LF, CR; U+FFFE, U+FFFF).
fn xml_chars(s: &str) -> Cow<'_, str> {
    let ok = |c: char| matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}');
    if s.chars().all(ok) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter(|&c| ok(c)).collect())
    }
}

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
    /// breaks for layout (see [`layout`]).
    fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.start(name, attrs);
        let text = xml_chars(text);
        let escaped = quick_xml::escape::escape(text.as_ref());
        let escaped = if escaped.contains(['\n', '\t']) { Cow::Owned(escaped.replace('\n', "&#10;").replace('\t', "&#9;")) } else { escaped };
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

// ---------------------------------------------------------------------------------------------
// Reading

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    Arabic,
    English,
    Other,
}

fn lang(code: &str) -> Lang {
    let primary = code.split(['-', '_']).next().unwrap_or("").trim().to_ascii_lowercase();
    match primary.as_str() {
        "ar" | "ara" => Lang::Arabic,
        "en" | "eng" => Lang::English,
        _ => Lang::Other,
    }
}

#[derive(Debug)]
struct Term {
    lang: Lang,
    text: String,
    status: String,
    term_type: String,
}

impl Term {
    fn deprecated(&self) -> bool {
        let s = self.status.to_ascii_lowercase();
        s.starts_with("deprecated") || s.starts_with("superseded") || s == "obsolete"
    }

    fn preferred(&self) -> bool {
        self.status.to_ascii_lowercase().starts_with("preferred")
    }

    fn short(&self) -> bool {
        matches!(self.term_type.as_str(), "shortForm" | "abbreviation" | "acronym")
    }
}

#[derive(Debug, Default)]
struct Entry {
    line: u64,
    id: String,
    terms: Vec<Term>,
    notes: Vec<String>,
    kind: Option<String>,
    clitics: Option<String>,
    not: Vec<String>,
}

impl Entry {
    fn note(&mut self, text: &str) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        if let Some((key, value)) = text.strip_prefix(FIELD).and_then(|f| f.split_once('=')) {
            let value = value.trim().to_owned();
            match key.trim() {
                "type" => return self.kind = Some(value),
                "clitics" => return self.clitics = Some(value),
                "not" => return self.not.extend(Some(value).filter(|v| !v.is_empty())),
                "note" => return self.push_note(value),
                _ => {}
            }
        }
        self.push_note(text.to_owned());
    }

    fn push_note(&mut self, text: String) {
        if !text.is_empty() && !self.notes.contains(&text) {
            self.notes.push(text);
        }
    }

    fn finish(self) -> std::result::Result<GlossaryEntry, Skipped> {
        let detail = if self.id.is_empty() { self.terms.first().map(|t| t.text.clone()).unwrap_or_default() } else { self.id.clone() };
        let skip = |reason, detail: String| Skipped { line: self.line, reason, detail };
        let terms: Vec<&Term> = self.terms.iter().filter(|t| !t.text.is_empty()).collect();
        let arabic: Vec<&Term> = terms.iter().copied().filter(|t| t.lang == Lang::Arabic).collect();
        if arabic.is_empty() {
            return Err(skip(SkipReason::NoArabic, detail));
        }
        let english: Vec<&Term> = terms.iter().copied().filter(|t| t.lang == Lang::English).collect();
        let (deprecated, usable): (Vec<&Term>, Vec<&Term>) = english.into_iter().partition(|t| t.deprecated());
        if usable.is_empty() {
            return Err(skip(SkipReason::NoEnglish, detail));
        }
        let kind = match &self.kind {
            None => NameType::Other,
            Some(k) => match NameType::parse(k) {
                Some(k) => k,
                None => return Err(skip(SkipReason::UnknownType, k.clone())),
            },
        };
        let clitics = match self.clitics.as_deref().map(str::to_lowercase).as_deref() {
            None | Some("" | "true" | "yes" | "1") => true,
            Some("false" | "no" | "0") => false,
            Some(other) => return Err(skip(SkipReason::BadClitics, other.to_owned())),
        };
        let main = arabic.iter().position(|t| t.preferred()).unwrap_or(0);
        let first = usable
            .iter()
            .position(|t| t.preferred() && !t.short())
            .or_else(|| usable.iter().position(|t| !t.short()))
            .unwrap_or(0);
        let short = usable.iter().enumerate().find(|&(i, t)| i != first && t.short()).map(|(_, t)| t.text.clone());
        Ok(GlossaryEntry {
            arabic: arabic[main].text.clone(),
            variants: arabic.iter().enumerate().filter(|&(i, _)| i != main).map(|(_, t)| t.text.clone()).collect(),
            english: usable[first].text.clone(),
            short,
            kind,
            deprecated: deprecated.iter().map(|t| t.text.clone()).collect(),
            clitics,
            not: self.not,
            notes: self.notes.join("\n"),
        })
    }
}

/// What the text being collected is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Term,
    Status,
    TermType,
    Note,
}

struct Parser<'a> {
    text: &'a str,
    /// Local names of the open elements.
    stack: Vec<String>,
    root_done: bool,
    entry: Option<Entry>,
    lang: Option<Lang>,
    term: Option<Term>,
    /// The text being collected, its purpose and the depth of the element that holds it.
    capture: Option<(Target, usize, String)>,
    entries: Vec<GlossaryEntry>,
    skipped: Vec<Skipped>,
    /// Line counting: the line at byte `counted`.
    counted: usize,
    line: u64,
}

fn malformed(e: impl std::fmt::Display) -> Error {
    Error::XmlMalformed(e.to_string())
}

fn attr(e: &BytesStart<'_>, names: &[&str]) -> Result<Option<String>> {
    for a in e.attributes() {
        let a = a.map_err(malformed)?;
        if names.contains(&a.key.into_inner()) {
            return Ok(Some(a.normalized_value(XmlVersion::Implicit1_0).map_err(malformed)?.into_owned()));
        }
    }
    Ok(None)
}

/// The data category of an element: `@type` of a DCA `termNote`/`descrip`/`admin`, or the
/// local name of a DCT element in a dialect namespace (`min:administrativeStatus`).
fn category(e: &BytesStart<'_>) -> Result<Option<String>> {
    match e.local_name().into_inner() {
        "termNote" | "descrip" | "admin" => attr(e, &["type"]),
        local if e.name().prefix().is_some() => Ok(Some(local.to_owned())),
        _ => Ok(None),
    }
}

impl<'a> Parser<'a> {
    fn line_at(&mut self, pos: usize) -> u64 {
        let pos = pos.min(self.text.len());
        if pos >= self.counted {
            self.line += self.text.as_bytes()[self.counted..pos].iter().filter(|&&b| b == b'\n').count() as u64;
        } else {
            self.line = 1 + self.text.as_bytes()[..pos].iter().filter(|&&b| b == b'\n').count() as u64;
        }
        self.counted = pos;
        self.line
    }

    fn open(&mut self, e: &BytesStart<'_>, pos: usize) -> Result<()> {
        let local = e.local_name().into_inner().to_owned();
        if self.stack.is_empty() {
            if self.root_done {
                return Err(malformed(format!("line {}: a second root element <{local}>", self.line_at(pos))));
            }
            if local != "tbx" && local != "martif" {
                return Err(Error::NotTbx);
            }
        }
        self.stack.push(local.clone());
        let depth = self.stack.len();
        if self.capture.is_some() {
            return Ok(()); // markup inside a term or note (<hi>, <foreign>): its text counts
        }
        match local.as_str() {
            "conceptEntry" | "termEntry" => {
                let line = self.line_at(pos);
                self.entry = Some(Entry { line, id: attr(e, &["id"])?.unwrap_or_default(), ..Entry::default() });
                self.lang = None;
                self.term = None;
            }
            _ if self.entry.is_none() => {}
            "langSec" | "langSet" => self.lang = Some(attr(e, &["xml:lang", "lang"])?.map(|l| lang(&l)).unwrap_or(Lang::Other)),
            "termSec" | "tig" | "ntig" => {
                self.term = Some(Term { lang: self.lang.unwrap_or(Lang::Other), text: String::new(), status: String::new(), term_type: String::new() })
            }
            "term" if self.term.is_some() => self.capture = Some((Target::Term, depth, String::new())),
            "note" => self.capture = Some((Target::Note, depth, String::new())),
            _ => match category(e)?.as_deref() {
                Some("definition") => self.capture = Some((Target::Note, depth, String::new())),
                Some("administrativeStatus") if self.term.is_some() => self.capture = Some((Target::Status, depth, String::new())),
                Some("termType") if self.term.is_some() => self.capture = Some((Target::TermType, depth, String::new())),
                _ => {}
            },
        }
        Ok(())
    }

    fn close(&mut self) {
        let depth = self.stack.len();
        let Some(local) = self.stack.pop() else { return };
        if self.stack.is_empty() {
            self.root_done = true;
        }
        if let Some((target, at, text)) = self.capture.take() {
            if at != depth {
                self.capture = Some((target, at, text));
                return;
            }
            let value = text.trim();
            match (target, self.term.as_mut()) {
                (Target::Term, Some(t)) => t.text = value.to_owned(),
                (Target::Status, Some(t)) => t.status = value.to_owned(),
                (Target::TermType, Some(t)) => t.term_type = value.to_owned(),
                _ => {
                    if let Some(entry) = self.entry.as_mut() {
                        entry.note(value);
                    }
                }
            }
            return;
        }
        match local.as_str() {
            "termSec" | "tig" | "ntig" => {
                if let (Some(t), Some(entry)) = (self.term.take(), self.entry.as_mut()) {
                    entry.terms.push(t);
                }
            }
            "langSec" | "langSet" => self.lang = None,
            "conceptEntry" | "termEntry" => {
                if let Some(entry) = self.entry.take() {
                    match entry.finish() {
                        Ok(e) => self.entries.push(e),
                        Err(s) => self.skipped.push(s),
                    }
                }
            }
            _ => {}
        }
    }

    fn push_text(&mut self, s: &str) {
        if let Some((_, _, buf)) = self.capture.as_mut() {
            buf.push_str(s);
        }
    }

    fn run(mut self) -> Result<(Vec<GlossaryEntry>, Vec<Skipped>)> {
        let mut reader = Reader::from_str(self.text);
        reader.config_mut().check_end_names = true;
        loop {
            let pos = reader.buffer_position() as usize;
            let event = match reader.read_event() {
                Ok(e) => e,
                Err(e) => {
                    let line = self.line_at(reader.error_position() as usize);
                    return Err(malformed(format!("line {line}: {e}")));
                }
            };
            match event {
                Event::DocType(d) => {
                    let d = d.into_inner();
                    if d.contains('[') {
                        return Err(Error::XmlDtd);
                    }
                    if !self.stack.is_empty() || self.root_done {
                        return Err(malformed(format!("line {}: a DOCTYPE after the root element", self.line_at(pos))));
                    }
                }
                Event::Start(e) => self.open(&e, pos)?,
                Event::Empty(e) => {
                    self.open(&e, pos)?;
                    self.close();
                }
                Event::End(_) => self.close(),
                Event::Text(t) => {
                    if self.stack.is_empty() && !t.as_ref().trim().is_empty() {
                        let what = if self.root_done { "after" } else { "before" };
                        return Err(malformed(format!("line {}: text {what} the root element", self.line_at(pos))));
                    }
                    self.push_text(&layout(&t.xml10_content()));
                }
                Event::CData(t) => self.push_text(&t.xml10_content()),
                Event::GeneralRef(r) => {
                    let resolved: String = match r.resolve_char_ref() {
                        Ok(Some(c)) => c.to_string(),
                        Ok(None) => match quick_xml::escape::resolve_predefined_entity(r.as_ref()) {
                            Some(s) => s.to_owned(),
                            None => return Err(malformed(format!("line {}: undefined entity &{};", self.line_at(pos), r.as_ref()))),
                        },
                        Err(e) => return Err(malformed(format!("line {}: {e}", self.line_at(pos)))),
                    };
                    self.push_text(&resolved);
                }
                Event::Eof => break,
                Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
            }
        }
        if let Some(open) = self.stack.last().cloned() {
            let line = self.line_at(self.text.len());
            return Err(malformed(format!("line {line}: the file ends inside <{open}>")));
        }
        if !self.root_done {
            return Err(Error::NotTbx);
        }
        Ok((self.entries, self.skipped))
    }
}

/// Literal text of a pretty-printed file: a run of white space that holds a line break is
/// the file's layout (`spiral\n\t\t\tarms`) and becomes one space. Line breaks and tabs that
/// are meant as text are written as `&#10;` and `&#9;` by [`write`], and arrive as references.
fn layout(s: &str) -> Cow<'_, str> {
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

/// UTF-8 (a BOM is dropped) or UTF-16 with a BOM.
fn decode(bytes: &[u8]) -> Result<Cow<'_, str>> {
    match encoding_rs::Encoding::for_bom(bytes) {
        Some((enc, bom)) if enc != encoding_rs::UTF_8 => {
            let (text, malformed) = enc.decode_without_bom_handling(&bytes[bom..]);
            if malformed {
                return Err(Error::BadEncoding);
            }
            Ok(Cow::Owned(text.into_owned()))
        }
        Some((_, bom)) => std::str::from_utf8(&bytes[bom..]).map(Cow::Borrowed).map_err(|_| Error::BadEncoding),
        None => std::str::from_utf8(bytes).map(Cow::Borrowed).map_err(|_| Error::BadEncoding),
    }
}

/// Read a TBX glossary (v3 or v2). The whole file is refused when it is not TBX, not
/// well-formed, declares a DTD subset or entities, or is over [`MAX_IMPORT_BYTES`]; entries
/// that cannot be imported are reported in the second list, by line (see the module doc).
pub fn read(bytes: &[u8]) -> Result<(Vec<GlossaryEntry>, Vec<Skipped>)> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(Error::TooLarge { size: bytes.len() as u64, limit: MAX_IMPORT_BYTES as u64 });
    }
    let text = decode(bytes)?;
    // Refused before any parsing: an entity declaration can only be there to be expanded.
    if text.contains("<!ENTITY") {
        return Err(Error::XmlDtd);
    }
    let parser = Parser {
        text: &text,
        stack: Vec::new(),
        root_done: false,
        entry: None,
        lang: None,
        term: None,
        capture: None,
        entries: Vec::new(),
        skipped: Vec::new(),
        counted: 0,
        line: 1,
    };
    parser.run()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes() {
        assert_eq!(lang("ar"), Lang::Arabic);
        assert_eq!(lang("ar-EG"), Lang::Arabic);
        assert_eq!(lang("AR_ar"), Lang::Arabic);
        assert_eq!(lang("en-GB"), Lang::English);
        assert_eq!(lang("en"), Lang::English);
        assert_eq!(lang("fr"), Lang::Other);
        assert_eq!(lang("arn"), Lang::Other);
    }

    #[test]
    fn layout_white_space_becomes_one_space() {
        assert_eq!(layout("spiral\n\t\t\tarms  of a\tgalaxy\n"), "spiral arms  of a\tgalaxy ");
        assert_eq!(layout("no break  here"), "no break  here");
    }

    #[test]
    fn control_characters_are_dropped_and_the_rest_kept() {
        assert_eq!(xml_chars("a\u{1}b\tc\u{FFFF}"), "ab\tc");
        assert!(matches!(xml_chars("بوتين <&>"), Cow::Borrowed(_)));
    }

    #[test]
    fn utf16_with_a_bom_is_read() {
        let xml = "<martif type=\"TBX\"><text><body><termEntry id=\"x\"><langSet xml:lang=\"ar\"><tig><term>موسكو</term></tig></langSet><langSet xml:lang=\"en\"><tig><term>Moscow</term></tig></langSet></termEntry></body></text></martif>";
        for (bom, enc) in [(&b"\xFF\xFE"[..], encoding_rs::UTF_16LE), (&b"\xFE\xFF"[..], encoding_rs::UTF_16BE)] {
            let mut bytes = bom.to_vec();
            for unit in xml.encode_utf16() {
                let b = if enc == encoding_rs::UTF_16LE { unit.to_le_bytes() } else { unit.to_be_bytes() };
                bytes.extend_from_slice(&b);
            }
            let (entries, skipped) = read(&bytes).unwrap();
            assert!(skipped.is_empty());
            assert_eq!((entries[0].arabic.as_str(), entries[0].english.as_str()), ("موسكو", "Moscow"));
        }
    }
}
