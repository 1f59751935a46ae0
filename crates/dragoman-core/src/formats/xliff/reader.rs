//! Reading XLIFF 1.2 and 2.x, from Dragoman or from any other tool, into units whose
//! source and target are text with inline codes as marker characters ([`Content`]), each
//! unit remembering where its target sits in the file so that it can be written back
//! ([`super::fill`]) with everything else as it came.
//!
//! What is a unit here: a 1.2 `<trans-unit>`, or a 2.x `<segment>` (a 2.x `<unit>` with
//! several segments gives several units that share the unit's id and paragraph).
use std::collections::HashSet;
use std::ops::Range;

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use super::codes::{Code, CodeKind, Content};
use crate::error::{Error, Result};
use crate::formats::xml::{self, malformed};

/// Which XLIFF a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    V12,
    /// 2.0, 2.1 or 2.2: the same core.
    V2,
}

/// A file Dragoman wrote from an article ([`super::writer`]): its `<file original>` is
/// `dragoman:article/<id>`, with `/export/<n>` when the export was recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    pub article_id: i64,
    pub export_id: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct Document {
    pub dialect: Dialect,
    /// The `version` attribute as written ("1.2", "2.0", "2.1").
    pub version: String,
    pub source_lang: String,
    pub target_lang: Option<String>,
    /// Set when every `<file>` is one Dragoman wrote for the same article.
    pub origin: Option<Origin>,
    pub units: Vec<Unit>,
    /// Where the root element's start tag is (2.x: `trgLang` may have to be added to it).
    pub root_tag: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct Unit {
    /// The unit's id (1.2 `trans-unit/@id`, 2.x `unit/@id`).
    pub id: String,
    /// 2.x: the segment's id, or its 0-based place in the unit when it has none.
    pub segment: Option<String>,
    /// Units of one paragraph share it: a 1.2 group Dragoman wrote, a 2.x unit; otherwise
    /// each unit is its own.
    pub paragraph: usize,
    /// 1.2 `restype`, 2.x `type` of the unit.
    pub kind: Option<String>,
    pub translate: bool,
    /// 1.2 `approved="yes"`.
    pub approved: bool,
    /// 1.2 the target's `state`; 2.x the segment's `state`.
    pub state: Option<String>,
    pub sub_state: Option<String>,
    pub source: Content,
    pub target: Option<Content>,
    /// Where the target is written: the whole `<target>` element, or an empty range just
    /// after `</source>` when there is none.
    pub target_at: Range<usize>,
    /// Where the start tag that carries the state is (1.2 the target's, 2.x the segment's);
    /// `None` for a 1.2 unit with no target.
    pub state_tag: Option<Range<usize>>,
    /// The white space before `<source>`, to lay out an inserted `<target>` the same way.
    pub indent: String,
    /// The line of the unit, for messages.
    pub line: u64,
}

/// Files larger than this are refused (an article holds at most 20,000 segments).
pub const MAX_XLIFF_BYTES: u64 = 64 * 1024 * 1024;
const MAX_DEPTH: usize = 128;

/// Whether these bytes look like XLIFF (an `<xliff` root near the start).
pub fn sniff(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head);
    text.contains("<xliff") || text.contains(":xliff")
}

/// Read an XLIFF file's text.
pub fn read(text: &str) -> Result<Document> {
    if xml::declares_entity(text) {
        return Err(Error::XmlDtd);
    }
    Parser::new(text).run()
}

struct Parser<'a> {
    text: &'a str,
    reader: Reader<&'a [u8]>,
    lines: xml::Lines<'a>,
    doc: Document,
    /// Ids seen in the current `<file>` (duplicates are refused).
    ids: HashSet<String>,
    paragraph: usize,
    origins: Vec<Option<Origin>>,
    /// The current 1.2 `<file>`'s languages.
    file_langs: (Option<String>, Option<String>),
    saw_root: bool,
    depth: usize,
}

fn attr(e: &BytesStart<'_>, name: &str) -> Result<Option<String>> {
    for a in e.attributes() {
        let a = a.map_err(malformed)?;
        if a.key.as_ref() == name {
            return Ok(Some(a.normalized_value(XmlVersion::Implicit1_0).map_err(malformed)?.into_owned()));
        }
    }
    Ok(None)
}

fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

fn parse_origin(original: &str) -> Option<Origin> {
    let rest = original.strip_prefix("dragoman:article/")?;
    let mut parts = rest.split('/');
    let article_id = parts.next()?.parse().ok()?;
    let export_id = match (parts.next(), parts.next()) {
        (Some("export"), Some(n)) => Some(n.parse().ok()?),
        (None, _) => None,
        _ => return None,
    };
    Some(Origin { article_id, export_id })
}

/// A 1.2 target as read: its content, the whole element, its start tag, its state.
type Target12 = (Content, Range<usize>, Range<usize>, Option<String>);

/// A unit being read: its attributes until its `<source>` and `<target>` are read.
#[derive(Default)]
struct Pending {
    id: String,
    kind: Option<String>,
    translate: bool,
    approved: bool,
    line: u64,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Parser<'a> {
        let mut reader = Reader::from_str(text);
        reader.config_mut().expand_empty_elements = false;
        Parser {
            text,
            reader,
            lines: xml::Lines::new(text),
            doc: Document {
                dialect: Dialect::V12,
                version: String::new(),
                source_lang: String::new(),
                target_lang: None,
                origin: None,
                units: Vec::new(),
                root_tag: 0..0,
            },
            ids: HashSet::new(),
            paragraph: 0,
            origins: Vec::new(),
            file_langs: (None, None),
            saw_root: false,
            depth: 0,
        }
    }

    fn pos(&self) -> usize {
        self.reader.buffer_position() as usize
    }

    fn next(&mut self) -> Result<(usize, Event<'a>)> {
        let start = self.pos();
        let event = self.reader.read_event().map_err(|e| {
            let line = Lines::line_of(self.text, self.reader.error_position() as usize);
            malformed(format!("line {line}: {e}"))
        })?;
        Ok((start, event))
    }

    fn run(mut self) -> Result<Document> {
        loop {
            let (start, event) = self.next()?;
            match event {
                Event::DocType(d) if xml::has_internal_subset(&d.clone().into_inner()) => return Err(Error::XmlDtd),
                Event::Start(e) => {
                    self.depth += 1;
                    if self.depth > MAX_DEPTH {
                        return Err(malformed("elements nested too deeply"));
                    }
                    self.start(start, &e, false)?;
                }
                Event::Empty(e) => self.start(start, &e, true)?,
                Event::End(_) => self.depth = self.depth.saturating_sub(1),
                Event::Eof => break,
                _ => {}
            }
        }
        if !self.saw_root {
            return Err(Error::NotXliff);
        }
        if self.doc.source_lang.is_empty() {
            if let Some(l) = self.file_langs.0.take() {
                self.doc.source_lang = l;
            }
        }
        let first = self.origins.first().copied().flatten();
        if first.is_some() && self.origins.iter().all(|o| o.map(|o| o.article_id) == first.map(|o| o.article_id)) {
            self.doc.origin = first;
        }
        Ok(self.doc)
    }

    fn start(&mut self, at: usize, e: &BytesStart<'a>, empty: bool) -> Result<()> {
        let qname = e.name();
        let name = local(qname.as_ref());
        if !self.saw_root {
            if name != "xliff" {
                return Err(Error::NotXliff);
            }
            self.saw_root = true;
            self.doc.root_tag = at..self.pos();
            // The version, or the namespace's (OmegaT's tests have 1.1 files with none).
            let namespace = attr(e, "xmlns")?.unwrap_or_default();
            let version = match attr(e, "version")? {
                Some(v) => v,
                None => namespace.strip_prefix("urn:oasis:names:tc:xliff:document:").unwrap_or_default().to_owned(),
            };
            self.doc.dialect = match version.as_str() {
                "1.0" | "1.1" | "1.2" => Dialect::V12,
                "2.0" | "2.1" | "2.2" => Dialect::V2,
                _ => return Err(Error::XliffVersion { version }),
            };
            self.doc.version = version;
            if self.doc.dialect == Dialect::V2 {
                self.doc.source_lang = attr(e, "srcLang")?.unwrap_or_default();
                self.doc.target_lang = attr(e, "trgLang")?;
            }
            return Ok(());
        }
        match (self.doc.dialect, name) {
            (_, "file") => {
                self.ids.clear();
                self.origins.push(attr(e, "original")?.as_deref().and_then(parse_origin));
                if self.doc.dialect == Dialect::V12 {
                    let src = attr(e, "source-language")?;
                    let trg = attr(e, "target-language")?;
                    if self.doc.source_lang.is_empty() {
                        self.doc.source_lang = src.clone().unwrap_or_default();
                        self.doc.target_lang = trg.clone();
                    }
                    self.file_langs = (src, trg);
                }
            }
            // Dragoman's paragraphs are groups; other tools' groups are not paragraphs.
            (Dialect::V12, "group") if !empty && attr(e, "restype")?.as_deref() == Some("x-paragraph") => {
                self.paragraph += 1;
            }
            (Dialect::V12, "trans-unit") if !empty => {
                let pending = self.pending(at, e)?;
                self.depth -= 1;
                self.trans_unit(pending)?;
            }
            (Dialect::V2, "unit") if !empty => {
                let pending = self.pending(at, e)?;
                self.depth -= 1;
                self.unit2(pending)?;
            }
            (_, "trans-unit" | "unit") => {
                let id = attr(e, "id")?.unwrap_or_default();
                return Err(Error::XliffNoSource { unit: id });
            }
            _ => {}
        }
        Ok(())
    }

    fn pending(&mut self, at: usize, e: &BytesStart<'a>) -> Result<Pending> {
        let line = self.lines.at(at);
        // A unit with no id (which some tools write) is named by its place in the file.
        let id = match attr(e, "id")? {
            Some(id) if !id.is_empty() => id,
            _ => format!("#{}", self.doc.units.len() + 1),
        };
        if !self.ids.insert(id.clone()) {
            return Err(Error::XliffDuplicateId { unit: id });
        }
        let kind = match self.doc.dialect {
            Dialect::V12 => attr(e, "restype")?,
            Dialect::V2 => attr(e, "type")?,
        };
        Ok(Pending {
            id,
            kind,
            translate: attr(e, "translate")?.as_deref() != Some("no"),
            approved: attr(e, "approved")?.as_deref() == Some("yes"),
            line,
        })
    }

    /// A 1.2 `<trans-unit>`: its direct `<source>` and `<target>` (those inside
    /// `<alt-trans>` or `<seg-source>` are skipped).
    fn trans_unit(&mut self, p: Pending) -> Result<()> {
        if !self.in_dragoman_group() {
            self.paragraph += 1;
        }
        let mut source: Option<(Content, usize, String)> = None;
        let mut target: Option<Target12> = None;
        let mut last_text_start = 0;
        loop {
            let (start, event) = self.next()?;
            match event {
                Event::Start(e) => {
                    let qname = e.name();
                    match local(qname.as_ref()) {
                        "source" if source.is_none() => {
                            let content = self.content(qname.as_ref())?;
                            source = Some((content, self.pos(), self.text[last_text_start..start].to_owned()));
                        }
                        "target" if target.is_none() => {
                            let tag = start..self.pos();
                            let state = attr(&e, "state")?;
                            let content = self.content(qname.as_ref())?;
                            target = Some((content, start..self.pos(), tag, state));
                        }
                        _ => {
                            let end = e.to_end().into_owned();
                            self.reader.read_to_end(end.name()).map_err(malformed)?;
                        }
                    }
                }
                Event::Empty(e) => {
                    let qname = e.name();
                    match local(qname.as_ref()) {
                        "source" if source.is_none() => {
                            source =
                                Some((Content::default(), self.pos(), self.text[last_text_start..start].to_owned()))
                        }
                        "target" if target.is_none() => {
                            let state = attr(&e, "state")?;
                            target = Some((Content::default(), start..self.pos(), start..self.pos(), state));
                        }
                        _ => {}
                    }
                }
                Event::Text(_) => {
                    last_text_start = start;
                    continue;
                }
                Event::End(_) => break,
                Event::Eof => return Err(malformed("the file ends inside a trans-unit")),
                _ => {}
            }
            last_text_start = self.pos();
        }
        let Some((source, source_end, indent)) = source else {
            return Err(Error::XliffNoSource { unit: p.id });
        };
        let indent = indent.chars().filter(|c| c.is_whitespace()).collect();
        let (target, target_at, state_tag, state) = match target {
            Some((mut content, at, tag, state)) => {
                content.match_codes(&source);
                (Some(content), at, Some(tag), state)
            }
            None => (None, source_end..source_end, None, None),
        };
        self.doc.units.push(Unit {
            id: p.id,
            segment: None,
            paragraph: self.paragraph,
            kind: p.kind,
            translate: p.translate,
            approved: p.approved,
            state,
            sub_state: None,
            source,
            target,
            target_at,
            state_tag,
            indent,
            line: p.line,
        });
        Ok(())
    }

    fn in_dragoman_group(&self) -> bool {
        // A group Dragoman wrote counted its paragraph when it opened; a unit of such a
        // file does not start one. Dragoman's own files carry an origin.
        self.origins.last().copied().flatten().is_some()
    }

    /// A 2.x `<unit>`: each `<segment>` is a unit of ours; `<ignorable>` is kept as it is.
    fn unit2(&mut self, p: Pending) -> Result<()> {
        self.paragraph += 1;
        let mut index = 0;
        loop {
            let (start, event) = self.next()?;
            match event {
                Event::Start(e) if local(e.name().as_ref()) == "segment" => {
                    let tag = start..self.pos();
                    let id = attr(&e, "id")?;
                    let state = attr(&e, "state")?;
                    let sub_state = attr(&e, "subState")?;
                    self.segment2(&p, id.unwrap_or_else(|| index.to_string()), tag, state, sub_state)?;
                    index += 1;
                }
                Event::Start(e) => {
                    let end = e.to_end().into_owned();
                    self.reader.read_to_end(end.name()).map_err(malformed)?;
                }
                Event::End(_) => break,
                Event::Eof => return Err(malformed("the file ends inside a unit")),
                _ => {}
            }
        }
        if index == 0 {
            return Err(Error::XliffNoSource { unit: p.id });
        }
        Ok(())
    }

    fn segment2(
        &mut self,
        p: &Pending,
        segment: String,
        tag: Range<usize>,
        state: Option<String>,
        sub_state: Option<String>,
    ) -> Result<()> {
        let mut source: Option<(Content, usize, String)> = None;
        let mut target: Option<(Content, Range<usize>)> = None;
        let mut last = self.pos();
        loop {
            let (start, event) = self.next()?;
            match event {
                Event::Start(e) => {
                    let qname = e.name();
                    match local(qname.as_ref()) {
                        "source" if source.is_none() => {
                            let content = self.content(qname.as_ref())?;
                            source = Some((content, self.pos(), self.text[last..start].to_owned()));
                        }
                        "target" if target.is_none() => {
                            let content = self.content(qname.as_ref())?;
                            target = Some((content, start..self.pos()));
                        }
                        _ => {
                            let end = e.to_end().into_owned();
                            self.reader.read_to_end(end.name()).map_err(malformed)?;
                        }
                    }
                }
                Event::Empty(e) => match local(e.name().as_ref()) {
                    "source" if source.is_none() => {
                        source = Some((Content::default(), self.pos(), self.text[last..start].to_owned()))
                    }
                    "target" if target.is_none() => target = Some((Content::default(), start..self.pos())),
                    _ => {}
                },
                Event::Text(_) => continue,
                Event::End(_) => break,
                Event::Eof => return Err(malformed("the file ends inside a segment")),
                _ => {}
            }
            last = self.pos();
        }
        let Some((source, source_end, indent)) = source else {
            return Err(Error::XliffNoSource { unit: p.id.clone() });
        };
        let target = target.map(|(mut content, at)| {
            content.match_codes(&source);
            (content, at)
        });
        let (target, target_at) = match target {
            Some((c, at)) => (Some(c), at),
            None => (None, source_end..source_end),
        };
        self.doc.units.push(Unit {
            id: p.id.clone(),
            segment: Some(segment),
            paragraph: self.paragraph,
            kind: p.kind.clone(),
            translate: p.translate,
            approved: false,
            state,
            sub_state,
            source,
            target,
            target_at,
            state_tag: Some(tag),
            indent: indent.chars().filter(|c| c.is_whitespace()).collect(),
            line: p.line,
        });
        Ok(())
    }

    /// The content of a `<source>` or `<target>` whose start tag was just read, up to its end
    /// tag: text, with each inline code a marker ([`super::codes`]).
    fn content(&mut self, end: &str) -> Result<Content> {
        let mut content = Content::default();
        // Paired codes open here: (code index) to close in order.
        let mut open: Vec<usize> = Vec::new();
        loop {
            let (start, event) = self.next()?;
            match event {
                Event::Text(t) => content.text.push_str(&t.xml10_content()),
                Event::CData(t) => content.text.push_str(&t.xml10_content()),
                Event::GeneralRef(r) => match xml::resolve_reference(&r).map_err(malformed)? {
                    Some(s) => content.text.push_str(&s),
                    None => return Err(Error::XmlDtd),
                },
                Event::Start(e) => {
                    let qname = e.name();
                    let name = local(qname.as_ref()).to_owned();
                    if whole_element(self.doc.dialect, &name) {
                        // Native code as content (1.2 ph, bpt, ept, it): one code, kept whole.
                        let end_tag = e.to_end().into_owned();
                        self.reader.read_to_end(end_tag.name()).map_err(malformed)?;
                        let id = code_id(&e, &name)?;
                        content.push(Code::new(CodeKind::Standalone, name, id, &self.text[start..self.pos()]))?;
                    } else {
                        let id = code_id(&e, &name)?;
                        open.push(content.codes.len());
                        content.push(Code::new(CodeKind::Open, name, id, &self.text[start..self.pos()]))?;
                    }
                }
                Event::Empty(e) => {
                    let qname = e.name();
                    let name = local(qname.as_ref()).to_owned();
                    let id = code_id(&e, &name)?;
                    content.push(Code::new(CodeKind::Standalone, name, id, &self.text[start..self.pos()]))?;
                }
                Event::End(e) => {
                    if e.name().as_ref() == end && open.is_empty() {
                        return Ok(content);
                    }
                    let Some(opened) = open.pop() else {
                        return Err(malformed("an end tag with no start"));
                    };
                    let (name, id) = (content.codes[opened].name.clone(), content.codes[opened].id.clone());
                    content.push(Code::new(CodeKind::Close, name, id, &self.text[start..self.pos()]))?;
                }
                Event::Comment(_) | Event::PI(_) => {
                    content.push(Code::new(CodeKind::Standalone, "#".into(), None, &self.text[start..self.pos()]))?;
                }
                Event::Eof => return Err(malformed("the file ends inside a source or target")),
                Event::Decl(_) | Event::DocType(_) => return Err(malformed("a declaration inside a source or target")),
            }
        }
    }
}

/// 1.2 elements whose content is native code, not text: kept whole as one code.
fn whole_element(dialect: Dialect, name: &str) -> bool {
    dialect == Dialect::V12 && matches!(name, "ph" | "bpt" | "ept" | "it")
}

/// What pairs a code in the target with the same code in the source: its `id` (2.x `ec`:
/// `startRef`; 1.2 `ept`: `rid` or `id`).
fn code_id(e: &BytesStart<'_>, name: &str) -> Result<Option<String>> {
    Ok(match name {
        "ec" => attr(e, "startRef")?.or(attr(e, "id")?),
        _ => attr(e, "id")?,
    })
}

/// Line numbers for a byte position without a running counter.
struct Lines;

impl Lines {
    fn line_of(text: &str, pos: usize) -> u64 {
        1 + text.as_bytes()[..pos.min(text.len())].iter().filter(|&&b| b == b'\n').count() as u64
    }
}
