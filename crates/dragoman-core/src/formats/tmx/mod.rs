//! Translation memories as TMX 1.4b: read a file's Arabic–English units one at a time
//! ([`read`], over any `BufRead`: a 100 MB file is never held in memory), and write the
//! memory's units one at a time ([`TmxWriter`], over any `Write`).
//!
//! # Writing
//!
//! `<?xml … UTF-8?>`, `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, `<tmx version="1.4">` with a header
//! (creationtool `Dragoman`, its version, datatype `plaintext`, segtype `sentence`, adminlang
//! `en`, srclang `ar`, o-tmf `Dragoman`), then one `<tu>` per unit: `tuid` is the unit's id,
//! `creationdate`/`changedate` its dates (`YYYYMMDDThhmmssZ`, UTC), `creationid`/`changeid`
//! when known, `<prop type="x-origin">` the article's title or the file it came from, and a
//! `<tuv xml:lang="ar">` and a `<tuv xml:lang="en">`, each with its `<seg>`. The languages are
//! always `ar` and `en`, as the header's `srclang` (tools such as translate-toolkit find the
//! source by it): a unit's `ar-EG` or `en-GB` is not written. Text is escaped;
//! line breaks, tabs and CRs are written as character references (the reader keeps those
//! and takes literal line breaks for layout); characters XML 1.0 cannot carry are dropped.
//!
//! # Reading
//!
//! - Languages: by each `<tuv>`'s `xml:lang` (or TMX 1.1's `lang`): `ar`, `ar-EG`, `AR`,
//!   `ar_SA`, `ara` … are Arabic, `en`, `en-US`, `eng` … English, whatever the header's
//!   `srclang` names (`*all*` included): Arabic is always the source. A unit takes its first
//!   Arabic and its first English `<tuv>` with text; other languages are ignored.
//! - Text: the `<seg>`'s text. Inline markup: the text inside `<hi>` is kept (it is the
//!   segment's own text); the native codes in `<bpt>`, `<ept>`, `<ph>`, `<it>`, `<ut>`, and
//!   any `<sub>` inside them, are dropped. White space: a run that holds a literal line break
//!   is the file's layout and becomes one space; where inline codes were dropped, runs of
//!   spaces become one; the text is trimmed. Character references (`&#10;`) are kept as text.
//! - Other data: `tuid`; `creationdate`/`changedate` (`YYYYMMDDThhmmssZ` → milliseconds since
//!   the epoch; an unreadable date counts as absent); `creationid`/`changeid` (the `<tu>`'s,
//!   else the English `<tuv>`'s); `<prop type="x-origin">` (what Dragoman writes).
//! - Skipped, by the line where the `<tu>` starts: no language Arabic or English at all
//!   ([`TmxSkipReason::NoLanguage`]), no Arabic, no English, Arabic or English without text
//!   ([`TmxSkipReason::EmptyText`]), a segment over [`MAX_SEGMENT_BYTES`].
//! - Refused whole, as a `crate::Error`: a `<!DOCTYPE>` with an internal subset (where
//!   entities are declared: billion laughs) is [`Error::XmlDtd`]; a plain
//!   `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` is accepted and nothing is fetched or read from it.
//!   Malformed XML, an entity other than the predefined five, elements nested deeper than
//!   [`MAX_DEPTH`], a tag or text over [`MAX_EVENT_BYTES`]: [`Error::XmlMalformed`] with the
//!   line. A root other than `<tmx>`, or a text that is not XML: [`Error::NotTmx`]. Binary
//!   data (NUL bytes at the start): [`Error::NotText`]. UTF-8 (a BOM is dropped) and UTF-16
//!   with a BOM (transcoded as it streams) are read; anything else (bytes that are not UTF-8,
//!   UTF-16 without a BOM, an encoding declared other than UTF-8, UTF-16 or ASCII) is
//!   [`Error::BadEncoding`].
//!
//! [`Error::XmlDtd`]: crate::Error::XmlDtd
//! [`Error::XmlMalformed`]: crate::Error::XmlMalformed
//! [`Error::NotTmx`]: crate::Error::NotTmx
//! [`Error::NotText`]: crate::Error::NotText
//! [`Error::BadEncoding`]: crate::Error::BadEncoding
mod reader;
mod source;
mod writer;

use serde::Serialize;

pub use reader::{read, MAX_DEPTH, MAX_EVENT_BYTES, MAX_SEGMENT_BYTES};
pub use writer::TmxWriter;

/// A unit read from a TMX file: the Arabic (`source`) and the English (`target`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TmxUnit {
    /// Where its `<tu>` starts (from 1).
    pub line: u64,
    pub tuid: Option<String>,
    pub source: String,
    pub target: String,
    /// The languages as the file names them (`ar-EG`, `en-US`; `_` written `-`).
    pub source_lang: String,
    pub target_lang: String,
    /// Milliseconds since the Unix epoch.
    pub created_at: Option<i64>,
    pub changed_at: Option<i64>,
    pub created_by: Option<String>,
    pub changed_by: Option<String>,
    /// `<prop type="x-origin">`: where Dragoman's unit came from (an article's title, a file).
    pub origin: Option<String>,
}

/// Why a `<tu>` was not imported. The shells show the Fluent message `tm-skip-<reason>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum TmxSkipReason {
    /// No `<tuv>` in Arabic or English (other languages only, or none named).
    NoLanguage,
    /// English but no Arabic.
    NoArabic,
    /// Arabic but no English.
    NoEnglish,
    /// The Arabic or the English has no text.
    EmptyText,
    /// A segment over [`MAX_SEGMENT_BYTES`].
    TooLong,
}

impl TmxSkipReason {
    pub fn as_str(self) -> &'static str {
        match self {
            TmxSkipReason::NoLanguage => "no-language",
            TmxSkipReason::NoArabic => "no-arabic",
            TmxSkipReason::NoEnglish => "no-english",
            TmxSkipReason::EmptyText => "empty-text",
            TmxSkipReason::TooLong => "too-long",
        }
    }
}

/// A `<tu>` not imported: where it starts, why, and its `tuid` if it has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TmxSkipped {
    pub line: u64,
    pub reason: TmxSkipReason,
    pub tuid: Option<String>,
}

/// What [`read`] gives for each `<tu>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TmxItem {
    Unit(TmxUnit),
    Skipped(TmxSkipped),
}

/// A language code as written back: trimmed, `_` as `-` (`ar_EG` → `ar-EG`).
fn clean_code(code: &str) -> String {
    code.trim().replace('_', "-")
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian; H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// A TMX date (`20261129T120000Z`, UTC) in milliseconds since the Unix epoch; `None` when it
/// is not one.
pub fn parse_date(s: &str) -> Option<i64> {
    let b = s.trim().as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = &b[r];
        part.iter().all(u8::is_ascii_digit).then(|| part.iter().fold(0, |n, &c| n * 10 + i64::from(c - b'0')))
    };
    let (y, mo, d) = (num(0..4)?, num(4..6)?, num(6..8)?);
    let (h, mi, sec) = (num(9..11)?, num(11..13)?, num(13..15)?);
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let month_days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if !(1..=12).contains(&mo) || d < 1 || d > month_days[(mo - 1) as usize] || h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    Some(((days_from_civil(y, mo, d) * 24 + h) * 60 + mi) * 60_000 + sec * 1000)
}

/// Milliseconds since the Unix epoch as a TMX date (seconds kept, milliseconds dropped).
pub fn format_date(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z", rest / 3600, rest % 3600 / 60, rest % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::xml::{lang, Lang};

    #[test]
    fn dates_read_and_written() {
        assert_eq!(parse_date("19700101T000000Z"), Some(0));
        assert_eq!(parse_date("20261129T120000Z"), Some(1_795_953_600_000));
        assert_eq!(format_date(1_795_953_600_000), "20261129T120000Z");
        assert_eq!(parse_date("20240229T235959Z").map(format_date).as_deref(), Some("20240229T235959Z"));
        for bad in ["20230229T000000Z", "20261329T120000Z", "2026-11-29", "20261129T120000", "2026112xT120000Z", ""] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert_eq!(format_date(1_795_953_600_999), "20261129T120000Z");
    }

    #[test]
    fn language_codes() {
        for ar in ["ar", "AR", "ar-EG", "ar_SA", "ara"] {
            assert_eq!(lang(ar), Lang::Arabic, "{ar}");
        }
        for en in ["en", "en-US", "EN-GB", "en_gb", "eng"] {
            assert_eq!(lang(en), Lang::English, "{en}");
        }
        for other in ["fr", "arn", "*all*", "", "de-DE"] {
            assert_eq!(lang(other), Lang::Other, "{other}");
        }
        assert_eq!(clean_code(" ar_EG "), "ar-EG");
    }
}
