//! Reading TBX v3 and v2 (the rules are in [`super`]).

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use super::FIELD;
use crate::error::{Error, Result};
use crate::formats::clitics_flag;
use crate::formats::xml::{self, lang, layout, malformed, Lang, Lines};
use crate::names::glossary::{GlossaryEntry, NameType, SkipReason, Skipped};
use crate::MAX_IMPORT_BYTES;

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
        let detail = if self.id.is_empty() {
            self.terms.first().map(|t| t.text.clone()).unwrap_or_default()
        } else {
            self.id.clone()
        };
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
        let clitics = match self.clitics.as_deref() {
            None => true,
            Some(value) => match clitics_flag(value) {
                Some(flag) => flag,
                None => return Err(skip(SkipReason::BadClitics, value.to_lowercase())),
            },
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
    /// The line of the entry read for each Arabic key: a later one is a duplicate, skipped
    /// as the CSV reader skips it.
    seen: HashMap<String, u64>,
    lines: Lines<'a>,
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
        self.lines.at(pos)
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
            "langSec" | "langSet" => {
                self.lang = Some(attr(e, &["xml:lang", "lang"])?.map(|l| lang(&l)).unwrap_or(Lang::Other))
            }
            "termSec" | "tig" | "ntig" => {
                self.term = Some(Term {
                    lang: self.lang.unwrap_or(Lang::Other),
                    text: String::new(),
                    status: String::new(),
                    term_type: String::new(),
                })
            }
            "term" if self.term.is_some() => self.capture = Some((Target::Term, depth, String::new())),
            "note" => self.capture = Some((Target::Note, depth, String::new())),
            _ => match category(e)?.as_deref() {
                Some("definition") => self.capture = Some((Target::Note, depth, String::new())),
                Some("administrativeStatus") if self.term.is_some() => {
                    self.capture = Some((Target::Status, depth, String::new()))
                }
                Some("termType") if self.term.is_some() => {
                    self.capture = Some((Target::TermType, depth, String::new()))
                }
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
            // Without the control characters XML forbids (`&#1;`), which the writer drops.
            let value = xml::xml_chars(&text);
            let value = value.trim();
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
                    let line = entry.line;
                    match entry.finish() {
                        Ok(e) => match self.seen.get(&e.key()) {
                            Some(first) => self.skipped.push(Skipped {
                                line,
                                reason: SkipReason::DuplicateInFile,
                                detail: format!("{} ({first})", e.arabic),
                            }),
                            None => {
                                self.seen.insert(e.key(), line);
                                self.entries.push(e);
                            }
                        },
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
                    if xml::has_internal_subset(&d.into_inner()) {
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
                    let resolved = match xml::resolve_reference(&r) {
                        Ok(Some(s)) => s,
                        Ok(None) => {
                            return Err(malformed(format!(
                                "line {}: undefined entity &{};",
                                self.line_at(pos),
                                r.as_ref()
                            )))
                        }
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

/// Read a TBX glossary (v3 or v2). The whole file is refused when it is not TBX, not
/// well-formed, declares a DTD subset or entities, or is over [`MAX_IMPORT_BYTES`]; entries
/// that cannot be imported are reported in the second list, by line (see the module doc).
pub fn read(bytes: &[u8]) -> Result<(Vec<GlossaryEntry>, Vec<Skipped>)> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(Error::TooLarge { size: bytes.len() as u64, limit: MAX_IMPORT_BYTES as u64 });
    }
    let text = xml::decode(bytes)?;
    // Refused before any parsing: an entity declaration can only be there to be expanded.
    if xml::declares_entity(&text) {
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
        seen: HashMap::new(),
        lines: Lines::new(&text),
    };
    parser.run()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_arabic_form_twice_is_skipped_by_line_as_in_a_csv() {
        // Found by fuzzing (issue 13): both were read, the store kept one and said line 0.
        let entry = |ar: &str, en: &str| {
            format!("<termEntry><langSet xml:lang=\"ar\"><tig><term>{ar}</term></tig></langSet><langSet xml:lang=\"en\"><tig><term>{en}</term></tig></langSet></termEntry>\n")
        };
        let tbx = format!(
            "<martif type=\"TBX\"><text><body>\n{}{}{}</body></text></martif>",
            entry("بلومبرج", "Bloomberg"),
            entry("روسيا", "Russia"),
            entry("بَلومبرج", "the Official Gazette")
        );
        let (entries, skipped) = read(tbx.as_bytes()).unwrap();
        assert_eq!(entries.iter().map(|e| e.english.as_str()).collect::<Vec<_>>(), ["Bloomberg", "Russia"]);
        assert_eq!(skipped.len(), 1, "{skipped:?}");
        assert_eq!((skipped[0].line, skipped[0].reason), (4, SkipReason::DuplicateInFile));
        assert_eq!(skipped[0].detail, "بَلومبرج (2)");
    }

    #[test]
    fn control_characters_xml_forbids_are_dropped() {
        // Found by fuzzing (issue 13): `&#1;` in a term was kept, and written out no more.
        let tbx = "<martif type=\"TBX\"><text><body><termEntry><descrip type=\"definition\">a&#1;</descrip><langSet xml:lang=\"ar\"><tig><term>بوتين&#1;</term></tig></langSet><langSet xml:lang=\"en\"><tig><term>Pu&#27;tin</term></tig></langSet></termEntry></body></text></martif>";
        let (entries, skipped) = read(tbx.as_bytes()).unwrap();
        assert!(skipped.is_empty(), "{skipped:?}");
        assert_eq!((entries[0].arabic.as_str(), entries[0].english.as_str()), ("بوتين", "Putin"));
        assert_eq!(entries[0].notes, "a");
    }

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
