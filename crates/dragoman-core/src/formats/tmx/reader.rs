//! Reading TMX, streaming (the rules are in [`super`]).
use std::io::{BufRead, BufReader};

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use super::source::{sniff, Counted, Start, Utf16};
use super::{clean_code, parse_date, TmxItem, TmxSkipReason, TmxSkipped, TmxUnit};
use crate::error::{Error, Result};
use crate::formats::xml::{self, malformed};
use crate::formats::xml::{lang, layout, Lang};

/// Elements nested deeper than this are refused (TMX needs about 8).
pub const MAX_DEPTH: usize = 64;
/// The longest tag, text run or comment read at once, in bytes.
pub const MAX_EVENT_BYTES: usize = 8 * 1024 * 1024;
/// The longest segment text kept, in bytes; a unit with a longer one is skipped.
pub const MAX_SEGMENT_BYTES: usize = 1024 * 1024;

/// Read a TMX file from `input`, giving each `<tu>` to `each` in file order (a unit, or why it
/// was skipped), without holding more than one unit in memory. An error from `each` stops the
/// reading and is returned; so is the first thing that makes the file unreadable (see the
/// module doc), possibly after some units were given: a caller that must not keep half a
/// file puts them in one transaction.
pub fn read(mut input: impl BufRead, each: impl FnMut(TmxItem) -> Result<()>) -> Result<()> {
    match sniff(&mut input)? {
        Start::Utf8 => parse(Counted::new(input, MAX_EVENT_BYTES), each, |_| false),
        Start::Utf16(enc) => {
            let utf8 = BufReader::with_capacity(64 * 1024, Utf16::new(input, enc));
            parse(Counted::new(utf8, MAX_EVENT_BYTES), each, |s: &BufReader<Utf16<_>>| s.get_ref().malformed)
        }
    }
}

#[derive(Debug, Default)]
struct Tuv {
    lang: Option<Lang>,
    code: String,
    text: String,
    too_long: bool,
    /// Whether inline codes were dropped (spaces around them are then collapsed).
    dropped: bool,
    created_by: Option<String>,
    changed_by: Option<String>,
}

#[derive(Debug, Default)]
struct Tu {
    line: u64,
    tuid: Option<String>,
    created_at: Option<i64>,
    changed_at: Option<i64>,
    created_by: Option<String>,
    changed_by: Option<String>,
    origin: Option<String>,
    arabic: Option<Tuv>,
    english: Option<Tuv>,
    /// Seen an Arabic / English `<tuv>` (even an empty one).
    saw_arabic: bool,
    saw_english: bool,
    too_long: bool,
}

impl Tu {
    fn finish(self) -> TmxItem {
        let skip = |reason| TmxItem::Skipped(TmxSkipped { line: self.line, reason, tuid: self.tuid.clone() });
        if self.too_long {
            return skip(TmxSkipReason::TooLong);
        }
        match (self.saw_arabic, self.saw_english) {
            (false, false) => return skip(TmxSkipReason::NoLanguage),
            (false, true) => return skip(TmxSkipReason::NoArabic),
            (true, false) => return skip(TmxSkipReason::NoEnglish),
            _ => {}
        }
        let (Some(ar), Some(en)) = (self.arabic, self.english) else {
            return skip(TmxSkipReason::EmptyText);
        };
        TmxItem::Unit(TmxUnit {
            line: self.line,
            tuid: self.tuid,
            source: ar.text,
            target: en.text,
            source_lang: ar.code,
            target_lang: en.code,
            created_at: self.created_at,
            changed_at: self.changed_at.or(self.created_at),
            created_by: self.created_by.or(en.created_by),
            changed_by: self.changed_by.or(en.changed_by),
            origin: self.origin.filter(|o| !o.is_empty()),
        })
    }
}

/// Where the text being read goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Capture {
    /// A `<seg>`'s text, at this depth.
    Seg(usize),
    /// A `<prop type="x-origin">` of a `<tu>`, at this depth.
    Origin(usize),
}

struct Parser {
    /// The depth of the open elements (their names are checked by quick-xml).
    depth: usize,
    root_done: bool,
    tu: Option<(Tu, usize)>,
    /// The `<tuv>` being read and its depth.
    tuv: Option<(Tuv, usize)>,
    capture: Option<Capture>,
    /// The depth of the inline code (`bpt`, `ph` …) whose content is being dropped.
    dropping: Option<usize>,
    text: String,
}

fn attr(e: &BytesStart<'_>, names: &[&str]) -> Result<Option<String>> {
    for a in e.attributes() {
        let a = a.map_err(malformed)?;
        if names.iter().any(|n| a.key.into_inner() == *n) {
            let value = a.normalized_value(XmlVersion::Implicit1_0).map_err(malformed)?;
            return Ok(Some(xml::xml_chars(&value).trim().to_owned()));
        }
    }
    Ok(None)
}

fn non_empty(s: Option<String>) -> Option<String> {
    s.filter(|s| !s.is_empty())
}

impl Parser {
    fn open(&mut self, e: &BytesStart<'_>, line: u64) -> Result<()> {
        let name = e.local_name();
        let name = name.into_inner();
        if self.depth == 0 {
            if self.root_done {
                return Err(malformed(format!("line {line}: a second root element")));
            }
            if name != "tmx" {
                return Err(Error::NotTmx);
            }
        }
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(malformed(format!("line {line}: elements nested deeper than {MAX_DEPTH}")));
        }
        if self.dropping.is_some() {
            return Ok(());
        }
        let depth = self.depth;
        match (name, self.capture) {
            ("bpt" | "ept" | "ph" | "it" | "ut" | "sub", Some(Capture::Seg(_))) => {
                self.dropping = Some(depth);
                if let Some((tuv, _)) = self.tuv.as_mut() {
                    tuv.dropped = true;
                }
            }
            (_, Some(_)) => {} // <hi> and any other markup in a segment: its text counts
            ("tu", None) if self.tu.is_none() => {
                let tu = Tu {
                    line,
                    tuid: non_empty(attr(e, &["tuid"])?),
                    created_at: attr(e, &["creationdate"])?.and_then(|d| parse_date(&d)),
                    changed_at: attr(e, &["changedate"])?.and_then(|d| parse_date(&d)),
                    created_by: non_empty(attr(e, &["creationid"])?),
                    changed_by: non_empty(attr(e, &["changeid"])?),
                    ..Tu::default()
                };
                self.tu = Some((tu, depth));
            }
            ("prop", None)
                if self.tuv.is_none()
                    && self.tu.as_ref().is_some_and(|(_, d)| *d + 1 == depth)
                    && attr(e, &["type"])?.as_deref() == Some("x-origin") =>
            {
                self.capture = Some(Capture::Origin(depth));
                self.text.clear();
            }
            ("tuv", None) if self.tu.is_some() && self.tuv.is_none() => {
                let code = attr(e, &["xml:lang", "lang"])?.unwrap_or_default();
                let tuv = Tuv {
                    lang: Some(lang(&code)),
                    code: clean_code(&code),
                    created_by: non_empty(attr(e, &["creationid"])?),
                    changed_by: non_empty(attr(e, &["changeid"])?),
                    ..Tuv::default()
                };
                self.tuv = Some((tuv, depth));
            }
            ("seg", None) if self.tuv.is_some() => {
                self.capture = Some(Capture::Seg(depth));
                self.text.clear();
            }
            _ => {}
        }
        Ok(())
    }

    fn close(&mut self) -> Option<TmxItem> {
        let depth = self.depth;
        self.depth = self.depth.saturating_sub(1);
        if self.depth == 0 {
            self.root_done = true;
        }
        if let Some(d) = self.dropping {
            if d == depth {
                self.dropping = None;
            }
            return None;
        }
        match self.capture {
            Some(Capture::Seg(d)) if d == depth => {
                self.capture = None;
                if let Some((tuv, _)) = self.tuv.as_mut() {
                    tuv.text = clean_text(&self.text, tuv.dropped);
                }
                return None;
            }
            Some(Capture::Origin(d)) if d == depth => {
                self.capture = None;
                if let Some((tu, _)) = self.tu.as_mut() {
                    tu.origin = Some(clean_text(&self.text, false));
                }
                return None;
            }
            Some(_) => return None,
            None => {}
        }
        if let Some((tuv, _)) = self.tuv.take_if(|(_, d)| *d == depth) {
            let (tu, _) = self.tu.as_mut().expect("a tuv is read inside a tu");
            tu.too_long |= tuv.too_long;
            match tuv.lang {
                Some(Lang::Arabic) => {
                    tu.saw_arabic = true;
                    if tu.arabic.is_none() && !tuv.text.is_empty() {
                        tu.arabic = Some(tuv);
                    }
                }
                Some(Lang::English) => {
                    tu.saw_english = true;
                    if tu.english.is_none() && !tuv.text.is_empty() {
                        tu.english = Some(tuv);
                    }
                }
                _ => {}
            }
            return None;
        }
        if self.tu.as_ref().is_some_and(|(_, d)| *d == depth) {
            return self.tu.take().map(|(tu, _)| tu.finish());
        }
        None
    }

    fn push_text(&mut self, s: &str) {
        if self.dropping.is_some() || self.capture.is_none() {
            return;
        }
        if self.text.len() + s.len() > MAX_SEGMENT_BYTES {
            if let Some((tuv, _)) = self.tuv.as_mut() {
                tuv.too_long = true;
            }
            return;
        }
        self.text.push_str(s);
    }
}

/// A segment's text: literal runs of white space that hold a line break are layout and
/// become one space (see [`layout`]); where inline codes were dropped, runs of spaces become
/// one; trimmed; without the control characters XML forbids (`&#1;`), which the writer
/// would drop.
fn clean_text(s: &str, dropped: bool) -> String {
    let s = xml::xml_chars(s);
    let s = s.trim_matches(|c: char| c.is_whitespace());
    if !dropped {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(c);
    }
    out
}

fn parse<B: BufRead>(
    source: Counted<B>,
    mut each: impl FnMut(TmxItem) -> Result<()>,
    bad_encoding: impl Fn(&B) -> bool,
) -> Result<()> {
    let mut reader = Reader::from_reader(source);
    reader.config_mut().check_end_names = true;
    let mut p =
        Parser { depth: 0, root_done: false, tu: None, tuv: None, capture: None, dropping: None, text: String::new() };
    let mut buf = Vec::new();
    let mut first = true;
    loop {
        buf.clear();
        reader.get_mut().mark();
        let line = reader.get_ref().line();
        let event = match reader.read_event_into(&mut buf) {
            Ok(e) => e,
            Err(e) => {
                let src = reader.get_ref();
                if bad_encoding(src.inner()) || matches!(e, quick_xml::Error::Encoding(_)) {
                    return Err(Error::BadEncoding);
                }
                if src.overlong {
                    return Err(malformed(format!("line {line}: a tag or text over {MAX_EVENT_BYTES} bytes")));
                }
                if first && p.depth == 0 {
                    return Err(Error::NotTmx);
                }
                return Err(malformed(format!("line {}: {e}", src.line())));
            }
        };
        let is_first = std::mem::replace(&mut first, false);
        match event {
            Event::Decl(d) => {
                if let Some(enc) = d.encoding() {
                    let enc = enc.map_err(malformed)?;
                    let enc = enc.trim().to_ascii_lowercase();
                    // ASCII is UTF-8; anything else declared would be read wrongly as UTF-8.
                    if !matches!(
                        enc.as_str(),
                        "utf-8" | "utf8" | "utf-16" | "utf-16le" | "utf-16be" | "us-ascii" | "ascii"
                    ) {
                        return Err(Error::BadEncoding);
                    }
                }
            }
            Event::DocType(d) => {
                if xml::has_internal_subset(&d.into_inner()) {
                    return Err(Error::XmlDtd);
                }
                if p.depth > 0 || p.root_done {
                    return Err(malformed(format!("line {line}: a DOCTYPE after the root element")));
                }
            }
            Event::Start(e) => p.open(&e, line)?,
            Event::Empty(e) => {
                p.open(&e, line)?;
                if let Some(item) = p.close() {
                    each(item)?;
                }
            }
            Event::End(_) => {
                if let Some(item) = p.close() {
                    each(item)?;
                }
            }
            Event::Text(t) => {
                let t = t.xml10_content();
                if p.depth == 0 && !t.trim().is_empty() {
                    if !p.root_done && (is_first || line == 1) {
                        return Err(Error::NotTmx);
                    }
                    let what = if p.root_done { "after" } else { "before" };
                    return Err(malformed(format!("line {line}: text {what} the root element")));
                }
                p.push_text(&layout(&t));
            }
            Event::CData(t) => p.push_text(&t.xml10_content()),
            Event::GeneralRef(r) => match xml::resolve_reference(&r) {
                Ok(Some(s)) => p.push_text(&s),
                Ok(None) => return Err(malformed(format!("line {line}: undefined entity &{};", r.as_ref()))),
                Err(e) => return Err(malformed(format!("line {line}: {e}"))),
            },
            Event::Eof => break,
            Event::PI(_) | Event::Comment(_) => {}
        }
    }
    if p.depth > 0 {
        return Err(malformed(format!("line {}: the file ends inside an element", reader.get_ref().line())));
    }
    if !p.root_done {
        return Err(Error::NotTmx);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_and_inline_spacing() {
        assert_eq!(layout("a\n\t\tb  c"), "a b  c");
        assert_eq!(clean_text("  a  b ", false), "a  b");
        assert_eq!(clean_text(" a  b ", true), "a b");
    }

    #[test]
    fn control_characters_xml_forbids_are_dropped() {
        // Found by fuzzing (issue 13): `&#1;` came into the memory, and out of it no more.
        let tmx = "<tmx version=\"1.4\"><body><tu creationid=\"a&#1;b\"><tuv xml:lang=\"ar\"><seg>قال&#1; \u{1}</seg></tuv><tuv xml:lang=\"en\"><seg>said&#27;</seg></tuv></tu><tu><tuv xml:lang=\"ar\"><seg>قال</seg></tuv><tuv xml:lang=\"en\"><seg>&#1;</seg></tuv></tu></body></tmx>";
        let mut items = Vec::new();
        read(tmx.as_bytes(), |item| {
            items.push(item);
            Ok(())
        })
        .unwrap();
        let TmxItem::Unit(u) = &items[0] else { panic!("{items:?}") };
        assert_eq!((u.source.as_str(), u.target.as_str(), u.created_by.as_deref()), ("قال", "said", Some("ab")));
        assert!(matches!(&items[1], TmxItem::Skipped(s) if s.reason == TmxSkipReason::EmptyText), "{items:?}");
    }
}
