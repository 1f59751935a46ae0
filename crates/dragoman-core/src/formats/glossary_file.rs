//! A glossary file, CSV or TBX: which format, told by name for writing and by content for
//! reading, with the checks every glossary file gets (size, encoding, text at all).
use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::{csv, tbx, xml};
use crate::error::{Error, Result};
use crate::names::glossary::{Columns, GlossaryEntry, Skipped};

/// The formats a glossary is exchanged in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum GlossaryFormat {
    Csv,
    Tbx,
}

impl GlossaryFormat {
    /// From a file name's extension: `.tbx` and `.xml` are TBX, anything else CSV.
    pub fn from_name(name: &str) -> GlossaryFormat {
        let lower = name.to_lowercase();
        if lower.ends_with(".tbx") || lower.ends_with(".xml") {
            GlossaryFormat::Tbx
        } else {
            GlossaryFormat::Csv
        }
    }
}

/// Read a glossary file, CSV or TBX (told apart by content: XML starts with `<`). Refused
/// whole: a file over [`crate::MAX_IMPORT_BYTES`], an empty or binary file, a CSV without the
/// arabic and english columns, XML that is malformed, not TBX or declares a DTD.
pub fn read_file(bytes: &[u8]) -> Result<(Vec<GlossaryEntry>, Vec<Skipped>)> {
    read_file_columns(bytes).map(|(entries, skipped, _)| (entries, skipped))
}

/// [`read_file`], with the fields the file carries (a TBX carries them all).
pub fn read_file_columns(bytes: &[u8]) -> Result<(Vec<GlossaryEntry>, Vec<Skipped>, Columns)> {
    if bytes.len() > crate::MAX_IMPORT_BYTES {
        return Err(Error::TooLarge { size: bytes.len() as u64, limit: crate::MAX_IMPORT_BYTES as u64 });
    }
    let body = utf8_body(bytes)?;
    let body = body.as_ref();
    let start = body.iter().position(|b| !b.is_ascii_whitespace());
    let Some(start) = start else {
        return Err(Error::EmptyText);
    };
    if body.contains(&0) {
        return Err(Error::NotText);
    }
    if body[start] == b'<' {
        tbx::read(body).map(|(entries, skipped)| (entries, skipped, Columns::ALL))
    } else {
        csv::read_csv_columns(body)
    }
}

/// Whether the beginning of a file is a glossary: TBX (a `martif` or `tbx` root), or CSV
/// whose header names the arabic and english columns. Told by content, as [`read_file`]
/// reads it, never by the file's name.
pub fn looks_like_glossary(head: &[u8]) -> bool {
    // A head that is not well-formed UTF-16 after its BOM is looked at as it is.
    let body = utf8_body(head).unwrap_or(Cow::Borrowed(head));
    let text = String::from_utf8_lossy(&body);
    let text = text.trim_start();
    if text.starts_with('<') {
        let lower = text.to_lowercase();
        return lower.contains("<martif") || lower.contains("<tbx");
    }
    csv::starts_with_header(text)
}

/// A glossary file's bytes as UTF-8 without a BOM: UTF-16 with a BOM (spreadsheets on
/// Windows write it) is decoded first.
fn utf8_body(bytes: &[u8]) -> Result<Cow<'_, [u8]>> {
    Ok(match xml::utf16_with_bom(bytes)? {
        Some(text) => Cow::Owned(text.into_bytes()),
        None => Cow::Borrowed(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)),
    })
}

/// Write a glossary in `format`.
pub fn write(entries: &[GlossaryEntry], format: GlossaryFormat) -> Vec<u8> {
    match format {
        GlossaryFormat::Csv => csv::write_csv(entries),
        GlossaryFormat::Tbx => tbx::write(entries),
    }
}
