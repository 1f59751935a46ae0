//! Bytes to text: BOMs, UTF-16 without a BOM, UTF-8, windows-1256 and ISO-8859-6 (guessed by
//! chardetng), a user's override, and mojibake recognised and repaired.
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, WINDOWS_1256};
use serde::Serialize;

use super::plausible;
use crate::error::{Error, Result};

/// The encodings offered to the user, by WHATWG name.
pub const OFFERED: &[&str] = &["UTF-8", "UTF-16LE", "UTF-16BE", "windows-1256", "ISO-8859-6", "windows-1252"];

/// How the encoding was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum EncodingSource {
    Bom,
    Declared,
    Detected,
    Override,
}

/// Text that was once decoded with the wrong encoding and saved again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Mojibake {
    /// UTF-8 bytes read as windows-1256: «ظ‚ط§ظ„».
    Utf8AsWindows1256,
    /// windows-1256 bytes read as windows-1252: «ÞÇá».
    Windows1256AsWindows1252,
}

/// What may be wrong with a file's reading, said in the preview and on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum EncodingWarningKind {
    /// `count` characters could not be read (bytes that are not valid in the encoding) and
    /// are U+FFFD «�»: UTF-8 with a few damaged bytes is read as UTF-8 all the same.
    Replaced,
    /// The page's `<meta charset>` (`other`) does not match its bytes: it was read in the
    /// encoding its bytes are.
    DeclaredWrong,
    /// `count` lines are in another encoding (`other`, windows-1256) than the rest (UTF-8):
    /// each line was read in its own.
    Mixed,
    /// The text does not look like Arabic or English: `count` words look garbled
    /// (`import/plausible.rs`); the encoding is probably wrong.
    Implausible,
}

impl EncodingWarningKind {
    /// The kebab-case id (`import-encoding-warning-<id>` is its message).
    pub fn as_str(self) -> &'static str {
        match self {
            EncodingWarningKind::Replaced => "replaced",
            EncodingWarningKind::DeclaredWrong => "declared-wrong",
            EncodingWarningKind::Mixed => "mixed",
            EncodingWarningKind::Implausible => "implausible",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EncodingWarning {
    pub kind: EncodingWarningKind,
    /// Characters replaced, lines in the other encoding, or garbled words (0 when the kind
    /// counts nothing).
    pub count: usize,
    /// The other encoding in question, by WHATWG name: the declared one, or the other lines'.
    pub other: Option<String>,
}

impl EncodingWarning {
    /// The warning for a decoded document whose text (`texts`: its blocks, markup left out)
    /// does not look like Arabic or English ([`plausible::implausible`]), if it does not.
    pub fn implausible<'a>(texts: impl Iterator<Item = &'a str>) -> Option<EncodingWarning> {
        let (garbled, words) =
            texts.map(plausible::garbled_words).fold((0, 0), |(g, w), (garbled, words)| (g + garbled, w + words));
        plausible::is_implausible(garbled, words)
            .then(|| EncodingWarning::new(EncodingWarningKind::Implausible, garbled, None))
    }

    fn new(kind: EncodingWarningKind, count: usize, other: Option<&'static Encoding>) -> Self {
        EncodingWarning { kind, count, other: other.map(|e| e.name().to_owned()) }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    pub source: EncodingSource,
    /// Mojibake found in the text, and whether it was repaired.
    pub mojibake: Option<(Mojibake, bool)>,
    /// What looks wrong with the reading, when something does.
    pub warnings: Vec<EncodingWarning>,
}

/// Look up an encoding by label (as the user or a meta tag gives it).
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| Error::UnknownEncoding(label.to_owned()))
}

/// Known binary signatures that are not text.
pub fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"%PDF", "pdf"),
        (b"\x89PNG", "png"),
        (b"\xFF\xD8\xFF", "jpeg"),
        (b"GIF8", "gif"),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "ole"),
        (b"PK\x03\x04", "zip"),
        (b"\x7FELF", "elf"),
        (b"\x1F\x8B", "gzip"),
        (b"RIFF", "riff"),
        (b"Rar!", "rar"),
        (b"7z\xBC\xAF", "7z"),
    ];
    SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)).map(|(_, kind)| *kind)
}

/// BOM-less UTF-16 Arabic: most odd (LE) or even (BE) bytes are 0x06 (the Arabic block) or 0x00.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 8 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let pairs = sample.len() / 2;
    let high = |i: usize, le: bool| if le { sample[2 * i + 1] } else { sample[2 * i] };
    for (le, enc) in [(true, UTF_16LE), (false, UTF_16BE)] {
        let arabic = (0..pairs).filter(|&i| high(i, le) == 0x06).count();
        let ascii = (0..pairs).filter(|&i| high(i, le) == 0x00).count();
        if arabic * 5 >= pairs && (arabic + ascii) * 10 >= pairs * 9 {
            return Some(enc);
        }
    }
    None
}

fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let controls =
        sample.iter().filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))).count();
    controls > 0 && controls * 100 > sample.len() || sample.contains(&0)
}

/// A charset declared in the first bytes of an HTML document (`<meta charset>`).
pub fn declared_html_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"charset") {
        let mut i = from + pos + b"charset".len();
        while i < lower.len() && matches!(lower[i], b' ' | b'=' | b'"' | b'\'') {
            i += 1;
        }
        let start = i;
        while i < lower.len() && (lower[i].is_ascii_alphanumeric() || matches!(lower[i], b'-' | b'_')) {
            i += 1;
        }
        if i > start {
            if let Some(enc) = Encoding::for_label(&lower[start..i]) {
                // A page that claims UTF-16 in ASCII bytes is not UTF-16 (the HTML rule).
                return Some(if enc == UTF_16LE || enc == UTF_16BE { UTF_8 } else { enc });
            }
        }
        from = i.max(from + pos + 1);
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// chardetng's guess among the legacy encodings (UTF-8 is told apart before).
fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(Some(b"eg"), chardetng::Utf8Detection::Deny)
}

/// The encoding of bytes with no BOM nor declaration: UTF-8 when they are, or nearly are
/// (a few damaged bytes, [`plausible::mostly_utf8`]), else chardetng's guess.
fn detect(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() || plausible::mostly_utf8(bytes) {
        UTF_8
    } else {
        guess(bytes)
    }
}

/// Whether a page's declared charset fits its bytes: text that is valid UTF-8 beyond ASCII
/// is UTF-8 whatever it says (no Arabic text in a single-byte encoding is), and a declared
/// encoding must read the bytes without errors (UTF-8: but for a few damaged bytes).
fn fits(declared: &'static Encoding, bytes: &[u8]) -> bool {
    let utf8 = std::str::from_utf8(bytes).is_ok();
    if declared == UTF_8 {
        utf8 || plausible::mostly_utf8(bytes)
    } else {
        let is_utf8 = utf8 && !bytes.is_ascii();
        !is_utf8 && !declared.decode_without_bom_handling(bytes).1
    }
}

/// A file whose lines are some UTF-8 and some in a legacy encoding (two files pasted
/// together): each line read in its own, the others in chardetng's guess for them. `None`
/// unless there are both: lines of valid UTF-8 with Arabic in them, and lines that are not
/// UTF-8 at all.
fn mixed_lines(bytes: &[u8]) -> Option<(String, &'static Encoding, usize)> {
    let lines: Vec<&[u8]> = bytes.split_inclusive(|&b| b == b'\n').collect();
    let utf8_arabic = |l: &[u8]| {
        std::str::from_utf8(l).is_ok_and(|s| s.chars().filter(|c| ('\u{0621}'..='\u{064A}').contains(c)).count() >= 2)
    };
    let others: Vec<u8> =
        lines.iter().filter(|l| std::str::from_utf8(l).is_err()).flat_map(|l| l.iter().copied()).collect();
    if others.is_empty() || !lines.iter().any(|l| utf8_arabic(l)) {
        return None;
    }
    let other = guess(&others);
    let mut text = String::with_capacity(bytes.len());
    let mut count = 0;
    for line in lines {
        match std::str::from_utf8(line) {
            Ok(s) => text.push_str(s),
            Err(_) => {
                let (decoded, _) = other.decode_without_bom_handling(line);
                text.push_str(&decoded);
                count += 1;
            }
        }
    }
    Some((text, other, count))
}

/// Decode `bytes`. `override_encoding` wins; otherwise a BOM, then (for HTML) a declared
/// charset that fits the bytes, then BOM-less UTF-16, UTF-8 (with a few damaged bytes too),
/// lines of UTF-8 and of another encoding mixed, and chardetng's guess among Arabic
/// encodings. What looks wrong with the result is in [`Decoded::warnings`]: characters
/// that could not be read, a declaration that lied, mixed lines. (Whether the text looks like
/// Arabic or English is asked of the text the document holds, without its markup:
/// [`EncodingWarning::implausible`].)
pub fn decode(
    bytes: &[u8],
    override_encoding: Option<&'static Encoding>,
    html: bool,
    repair_mojibake: bool,
) -> Result<Decoded> {
    use EncodingWarningKind as W;
    let mut warnings = Vec::new();
    let (encoding, source, body) = if let Some(enc) = override_encoding {
        let body = match Encoding::for_bom(bytes) {
            Some((bom_enc, len)) if bom_enc == enc => &bytes[len..],
            _ => bytes,
        };
        (enc, EncodingSource::Override, body)
    } else if let Some((enc, len)) = Encoding::for_bom(bytes) {
        (enc, EncodingSource::Bom, &bytes[len..])
    } else if let Some(enc) = sniff_utf16(bytes) {
        (enc, EncodingSource::Detected, bytes)
    } else {
        if looks_binary(bytes) {
            return Err(Error::NotText);
        }
        match html.then(|| declared_html_charset(bytes)).flatten() {
            Some(enc) if fits(enc, bytes) => (enc, EncodingSource::Declared, bytes),
            Some(enc) => {
                warnings.push(EncodingWarning::new(W::DeclaredWrong, 0, Some(enc)));
                (detect(bytes), EncodingSource::Detected, bytes)
            }
            None => (detect(bytes), EncodingSource::Detected, bytes),
        }
    };
    let mixed =
        (source == EncodingSource::Detected && encoding != UTF_8 && encoding != UTF_16LE && encoding != UTF_16BE)
            .then(|| mixed_lines(body))
            .flatten();
    let (mut text, encoding) = match mixed {
        Some((text, other, count)) => {
            warnings.push(EncodingWarning::new(W::Mixed, count, Some(other)));
            (text, UTF_8)
        }
        None => {
            let (text, had_errors) = encoding.decode_without_bom_handling(body);
            // UTF-8 with a few damaged bytes is read with them replaced (and said); any other
            // failure to read is an error.
            if had_errors && !(encoding == UTF_8 && plausible::mostly_utf8(body)) {
                return Err(Error::BadEncoding);
            }
            (text.into_owned(), encoding)
        }
    };
    if text.contains('\0') {
        return Err(Error::NotText);
    }
    let replaced = text.matches('\u{FFFD}').count();
    if replaced > 0 {
        warnings.push(EncodingWarning::new(W::Replaced, replaced, None));
    }
    let mut mojibake = None;
    if let Some((kind, repaired)) = detect_mojibake(&text) {
        mojibake = Some((kind, repair_mojibake));
        if repair_mojibake {
            text = repaired;
        }
    }
    Ok(Decoded { text, encoding, source, mojibake, warnings })
}

/// Recognise mojibake and return the repaired text.
pub fn detect_mojibake(text: &str) -> Option<(Mojibake, String)> {
    let arabic = text.chars().filter(|c| ('\u{0600}'..='\u{06FF}').contains(c)).count();
    let ta_za = text.chars().filter(|&c| c == 'ط' || c == 'ظ').count();
    // UTF-8 Arabic read as windows-1256 starts almost every letter with ط (D8) or ظ (D9).
    if arabic >= 8 && ta_za * 10 >= arabic * 3 {
        let (bytes, _, unmappable) = WINDOWS_1256.encode(text);
        if !unmappable {
            if let Ok(repaired) = String::from_utf8(bytes.into_owned()) {
                let fixed_arabic = repaired.chars().filter(|c| ('\u{0600}'..='\u{06FF}').contains(c)).count();
                if fixed_arabic * 2 >= arabic / 2 {
                    return Some((Mojibake::Utf8AsWindows1256, repaired));
                }
            }
        }
    }
    // windows-1256 Arabic read as windows-1252: Latin-1 letters where Arabic should be.
    let latin1 = text.chars().filter(|c| ('\u{00C0}'..='\u{00FF}').contains(c)).count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if latin1 >= 8 && arabic == 0 && latin1 * 2 >= letters {
        let (bytes, _, unmappable) = WINDOWS_1252.encode(text);
        if !unmappable {
            let (repaired, _, errors) = WINDOWS_1256.decode(&bytes);
            let fixed_arabic = repaired.chars().filter(|c| ('\u{0600}'..='\u{06FF}').contains(c)).count();
            if !errors && fixed_arabic >= latin1 / 2 {
                return Some((Mojibake::Windows1256AsWindows1252, repaired.into_owned()));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::ISO_8859_6;

    const ARABIC: &str = "أفاد الكرملين بأن الرئيس الروسي فلاديمير بوتين يسعى إلى محادثات.";

    fn dec(bytes: &[u8]) -> Decoded {
        decode(bytes, None, false, true).unwrap()
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let d = dec(ARABIC.as_bytes());
        assert_eq!((d.text.as_str(), d.encoding), (ARABIC, UTF_8));
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(ARABIC.as_bytes());
        let d = dec(&bom);
        assert_eq!((d.text.as_str(), d.source), (ARABIC, EncodingSource::Bom));
    }

    #[test]
    fn utf16_with_a_bom_and_arabic_without_one() {
        for (enc, bom) in [(UTF_16LE, &b"\xFF\xFE"[..]), (UTF_16BE, &b"\xFE\xFF"[..])] {
            let units: Vec<u8> = ARABIC
                .encode_utf16()
                .flat_map(|u| if enc == UTF_16LE { u.to_le_bytes() } else { u.to_be_bytes() })
                .collect();
            let mut with_bom = bom.to_vec();
            with_bom.extend_from_slice(&units);
            assert_eq!(dec(&with_bom).text, ARABIC);
            let d = dec(&units);
            assert_eq!((d.text.as_str(), d.encoding), (ARABIC, enc), "BOM-less {}", enc.name());
        }
    }

    #[test]
    fn windows_1256_and_iso_8859_6_are_detected() {
        let (bytes, _, _) = WINDOWS_1256.encode(ARABIC);
        let d = dec(&bytes);
        assert_eq!((d.text.as_str(), d.encoding), (ARABIC, WINDOWS_1256));
        let plain = "قال الرئيس الروسي إن المحادثات مستمرة";
        let (bytes, _, _) = ISO_8859_6.encode(plain);
        let d = dec(&bytes);
        assert_eq!((d.text.as_str(), d.encoding), (plain, ISO_8859_6));
    }

    #[test]
    fn the_user_can_override_the_guess() {
        let (bytes, _, _) = WINDOWS_1256.encode(ARABIC);
        let d = decode(&bytes, Some(WINDOWS_1252), false, false).unwrap();
        assert_eq!(d.encoding, WINDOWS_1252);
        assert_ne!(d.text, ARABIC);
        assert!(matches!(decode(&bytes, Some(UTF_8), false, false), Err(Error::BadEncoding)));
    }

    #[test]
    fn mojibake_is_recognised_and_repaired() {
        // UTF-8 read as windows-1256, saved as UTF-8.
        let (garbled, _, _) = WINDOWS_1256.decode(ARABIC.as_bytes());
        assert!(garbled.contains("ط§ظ„"));
        let d = dec(garbled.as_bytes());
        assert_eq!(d.mojibake, Some((Mojibake::Utf8AsWindows1256, true)));
        assert_eq!(d.text, ARABIC);
        // windows-1256 read as windows-1252, saved as UTF-8.
        let (cp1256, _, _) = WINDOWS_1256.encode(ARABIC);
        let (garbled, _, _) = WINDOWS_1252.decode(&cp1256);
        let d = dec(garbled.as_bytes());
        assert_eq!(d.mojibake, Some((Mojibake::Windows1256AsWindows1252, true)));
        assert_eq!(d.text, ARABIC);
        // Told, but left alone when the user says so.
        let d = decode(garbled.as_bytes(), None, false, false).unwrap();
        assert_eq!(d.mojibake, Some((Mojibake::Windows1256AsWindows1252, false)));
        assert_eq!(d.text, garbled);
        // Clean text is not mojibake.
        assert_eq!(dec(ARABIC.as_bytes()).mojibake, None);
        assert_eq!(dec("Café au lait, déjà vu à Genève".as_bytes()).mojibake, None);
    }

    #[test]
    fn binary_is_refused() {
        assert!(matches!(
            decode(&[0x00, 0x01, 0x02, 0x03, 0xFF, 0x00, 0x10, 0x00, 0x07], None, false, true),
            Err(Error::NotText)
        ));
        assert_eq!(binary_kind(b"%PDF-1.7 ..."), Some("pdf"));
    }

    #[test]
    fn a_warnings_id_is_its_serialised_name() {
        use EncodingWarningKind::*;
        for kind in [Replaced, DeclaredWrong, Mixed, Implausible] {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
        }
    }

    #[test]
    fn html_meta_charset_is_read() {
        let html = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">";
        assert_eq!(declared_html_charset(html), Some(WINDOWS_1256));
        assert_eq!(declared_html_charset(b"<meta charset='utf-8'>"), Some(UTF_8));
        assert_eq!(declared_html_charset(b"<p>no charset</p>"), None);
    }
}
