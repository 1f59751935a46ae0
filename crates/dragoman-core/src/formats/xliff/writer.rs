//! Writing an article as XLIFF 1.2 or 2.1 (the mapping is in [`super`]), a unit at a time.
use std::io::{self, Write};

use crate::formats::xml::{xml_chars, XmlOut};
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

/// Write `article` with its `segments` as XLIFF; `export` is the recorded export it is
/// (`Store::record_xliff_export`), if it was recorded; `notes(segment)` gives the notes of a
/// segment (its glossary names).
pub fn write<W: Write>(
    out: W,
    version: XliffVersion,
    article: &Article,
    segments: &[Segment],
    export: Option<i64>,
    notes: impl Fn(&Segment) -> Vec<String>,
) -> io::Result<W> {
    let mut w = XmlOut::new(out)?;
    let original = match export {
        Some(n) => format!("dragoman:article/{}/export/{n}", article.id),
        None => format!("dragoman:article/{}", article.id),
    };
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
            unit(&mut w, version, s, &notes(s))?;
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
    w.finish()
}

fn unit<W: Write>(w: &mut XmlOut<W>, version: XliffVersion, s: &Segment, notes: &[String]) -> io::Result<()> {
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
            w.start("trans-unit", &attrs)?;
            w.leaf("source", &[("xml:lang", "ar")], &s.source)?;
            if !excluded {
                let state = match s.status {
                    SegmentStatus::New | SegmentStatus::Excluded => "new",
                    SegmentStatus::Draft => "needs-review-translation",
                    SegmentStatus::Translated => "translated",
                    SegmentStatus::Reviewed => "signed-off",
                };
                w.leaf("target", &[("xml:lang", "en"), ("state", state)], &s.target)?;
            }
            for note in notes {
                w.leaf("note", &[("from", "dragoman-glossary")], note)?;
            }
            w.end("trans-unit")
        }
        XliffVersion::V21 => {
            let kind = format!("dragoman:{kind}");
            let mut attrs = vec![("id", id.as_str()), ("type", kind.as_str())];
            if excluded {
                attrs.push(("translate", "no"));
            }
            attrs.extend([("srcDir", "rtl"), ("trgDir", "ltr")]);
            w.start("unit", &attrs)?;
            if !notes.is_empty() {
                w.start("notes", &[])?;
                for note in notes {
                    w.leaf("note", &[("category", "glossary")], note)?;
                }
                w.end("notes")?;
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
            w.start("segment", &seg)?;
            w.leaf("source", &[], &s.source)?;
            if !excluded && !s.target.is_empty() {
                w.leaf("target", &[], &s.target)?;
            }
            w.end("segment")?;
            w.end("unit")
        }
    }
}
