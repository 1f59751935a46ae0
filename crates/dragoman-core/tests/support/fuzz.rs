//! What fuzzing checks, once: the coverage-guided targets (`fuzz/`, `make fuzz`) and the
//! fuzz-style tests run by `cargo test` (`tests/fuzz_importers.rs`, `tests/fuzz_names.rs`)
//! include this file with `#[path]` and call the same functions on their inputs. Each takes
//! raw bytes, so a finding of either is replayed by the other. Over 600 lines: the checks and
//! the seeds they start from stay one file, which the fuzz crate includes by one path.
//!
//! Beyond "no panic": every importer returns a preview or one of the errors it is documented
//! to give; what it imports is what the store accepts (a title, segments with text, trimmed
//! and without runs of whitespace) and the same every time; what came out of XML holds no
//! character XML forbids; a glossary read from a file writes to CSV and TBX and reads back as
//! it was, and a TMX file's units likewise; the name matcher's spans are where the text is,
//! each match's text normalises to one of its entry's forms behind the clitic it names, a
//! name alone in a text is found, and an index updated entry by entry finds what one built
//! afresh finds.
#![allow(dead_code)] // each includer uses some of these

use std::io::Write;

use dragoman_core::formats::{csv, glossary_file, tbx, tmx};
use dragoman_core::import::{self, Format, ImportOptions, Preview};
use dragoman_core::names::glossary::{self, Compiled, GlossaryEntry, NameType, StoredEntry};
use dragoman_core::names::{NameIndex, NameMatch, NameSpec};
use dragoman_core::text::clitics::{attach, CLITICS};
use dragoman_core::text::function_words::is_function_word_as_written;
use dragoman_core::text::normalize::{is_deleted, normalize};
use dragoman_core::text::tokens::tokenize;
use dragoman_core::{ErrorKind, Result};

/// What an article import may refuse a file or a paste with.
pub const IMPORT_ERRORS: &[ErrorKind] = &[
    ErrorKind::EmptyText,
    ErrorKind::NotText,
    ErrorKind::BadEncoding,
    ErrorKind::TooLarge,
    ErrorKind::UnknownEncoding,
    ErrorKind::UnsupportedFormat,
    ErrorKind::DocxEncrypted,
    ErrorKind::DocxCorrupt,
    ErrorKind::DocxTooLarge,
    ErrorKind::XmlDtd,
    ErrorKind::XmlMalformed,
];

/// What a glossary file (CSV or TBX) may be refused with.
pub const GLOSSARY_ERRORS: &[ErrorKind] = &[
    ErrorKind::TooLarge,
    ErrorKind::EmptyText,
    ErrorKind::NotText,
    ErrorKind::BadEncoding,
    ErrorKind::GlossaryColumns,
    ErrorKind::CsvUnterminatedQuote,
    ErrorKind::CsvDuplicateColumn,
    ErrorKind::XmlDtd,
    ErrorKind::XmlMalformed,
    ErrorKind::NotTbx,
];

/// What a TMX file may be refused with.
pub const TMX_ERRORS: &[ErrorKind] = &[
    ErrorKind::TooLarge,
    ErrorKind::NotText,
    ErrorKind::BadEncoding,
    ErrorKind::XmlDtd,
    ErrorKind::XmlMalformed,
    ErrorKind::NotTmx,
];

fn refused_as_documented<T>(result: &Result<T>, allowed: &[ErrorKind], what: &str) {
    if let Err(e) = result {
        assert!(allowed.contains(&e.kind()), "{what}: unexpected error {:?}: {e}", e.kind());
    }
}

/// Whether XML 1.0 can carry `c` (`formats::xml::xml_chars` keeps exactly these).
pub fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
}

/// A file to import: the first byte picks the name it comes with and an encoding the user
/// chose, the rest is the file.
pub fn article_file(data: &[u8]) {
    let Some((&pick, bytes)) = data.split_first() else { return };
    let name = [None, Some("article.txt"), Some("article.html"), Some("article.md"), Some("article.docx")]
        [usize::from(pick % 5)];
    let encoding = [None, None, None, Some("windows-1256"), Some("utf-16le"), Some("iso-8859-6"), Some("no-such")]
        [usize::from(pick / 5 % 7)];
    let opts = ImportOptions {
        encoding: encoding.map(str::to_owned),
        repair_mojibake: pick & 0x80 == 0,
        ..ImportOptions::default()
    };
    let result = import::preview_bytes(bytes, name, &opts);
    refused_as_documented(&result, IMPORT_ERRORS, "preview_bytes");
    if let Ok(preview) = &result {
        check_preview(preview);
        if preview.format == Format::Docx {
            for s in &preview.segments {
                assert!(s.source.chars().all(xml_char), "a DOCX segment with a character XML forbids: {s:?}");
            }
        }
        if preview.format == Format::Text && encoding.is_none() && preview.mojibake.is_none() {
            if let Ok(text) = std::str::from_utf8(bytes) {
                if preview.encoding.as_deref() == Some("UTF-8") {
                    // Plain UTF-8 text: nothing is lost or invented, only whitespace moves.
                    // (Less the control characters XML forbids, which are dropped.)
                    let visible = |s: &str| {
                        s.chars().filter(|&c| !c.is_whitespace() && c != '\u{feff}' && xml_char(c)).collect::<String>()
                    };
                    let segments: String = preview.segments.iter().map(|s| visible(&s.source)).collect();
                    assert_eq!(segments, visible(text), "plain text changed on import");
                }
            }
        }
    }
    // The same file gives the same preview.
    let again = import::preview_bytes(bytes, name, &opts);
    match (&result, &again) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "the same file previewed twice"),
        (Err(a), Err(b)) => assert_eq!(a.kind(), b.kind()),
        _ => panic!("the same file previewed twice: {result:?} then {again:?}"),
    }
}

/// A paste: the text, and after the first NUL byte the clipboard's HTML.
pub fn article_paste(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (text, html) = match text.split_once('\0') {
        Some((t, h)) => (t, Some(h)),
        None => (text.as_ref(), None),
    };
    let result = import::preview_paste(text, html);
    refused_as_documented(&result, IMPORT_ERRORS, "preview_paste");
    if let Ok(preview) = &result {
        check_preview(preview);
    }
}

/// A Word document made of the input as its `word/document.xml` (and, after the first NUL
/// byte, `word/styles.xml`), so that mutations reach the XML rather than the zip.
pub fn article_docx(data: &[u8]) {
    let (document, styles) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    };
    let bytes = docx(document, styles);
    let result = import::preview_bytes(&bytes, Some("article.docx"), &ImportOptions::default());
    refused_as_documented(&result, IMPORT_ERRORS, "a Word document");
    if let Ok(preview) = &result {
        assert_eq!(preview.format, Format::Docx);
        check_preview(preview);
        for s in &preview.segments {
            assert!(s.source.chars().all(xml_char), "a DOCX segment with a character XML forbids: {s:?}");
        }
    }
}

/// A minimal Word document with these parts.
pub fn docx(document: &[u8], styles: Option<&[u8]>) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let types = br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
    let mut part = |name: &str, bytes: &[u8]| {
        zip.start_file(name, opts).expect("in memory");
        zip.write_all(bytes).expect("in memory");
    };
    part("[Content_Types].xml", types);
    part("word/document.xml", document);
    if let Some(styles) = styles {
        part("word/styles.xml", styles);
    }
    zip.finish().expect("in memory").into_inner()
}

/// What every preview holds: the store would accept it as an article (a title, at least one
/// segment, each with text), the counts count its segments, segments are trimmed with single
/// spaces and no NUL, and paragraphs come in order.
pub fn check_preview(p: &Preview) {
    assert!(!p.segments.is_empty(), "a preview without segments: {p:?}");
    assert!(!p.title.trim().is_empty(), "a preview without a title: {p:?}");
    let mut last = -1;
    for s in &p.segments {
        assert!(!s.source.trim().is_empty(), "an empty segment: {p:?}");
        assert_eq!(s.source.trim(), s.source, "a segment with whitespace at its ends: {s:?}");
        assert!(!s.source.contains('\0'), "a segment with a NUL: {s:?}");
        assert!(!s.source.contains(['\n', '\r']), "a segment with a line break: {s:?}");
        assert!(s.paragraph >= last, "paragraphs out of order: {p:?}");
        last = s.paragraph;
    }
    let c = &p.counts;
    assert_eq!(c.headline + c.subhead + c.paragraph + c.sentence + c.caption + c.dateline, p.segments.len());
    let article = p.clone().into_article(None);
    assert!(!article.title.trim().is_empty() && article.segments.iter().all(|s| !s.source.trim().is_empty()));
}

/// A glossary file, CSV or TBX, as the app's import reads it. What it reads has an Arabic and
/// an English form, carries what XML allows when it came from TBX, and survives an export to
/// CSV and to TBX and back.
pub fn glossary_file(data: &[u8]) {
    let result = glossary_file::read_file_columns(data);
    refused_as_documented(&result, GLOSSARY_ERRORS, "a glossary file");
    let Ok((entries, _, _)) = result else { return };
    for e in &entries {
        assert!(!glossary::key_of(&e.arabic).is_empty(), "an entry without Arabic: {e:?}");
        assert!(!e.english.trim().is_empty(), "an entry without English: {e:?}");
        let all = [&e.arabic, &e.english, &e.notes].into_iter().chain(&e.short).chain(&e.variants).chain(&e.deprecated);
        assert!(all.chain(&e.not).flat_map(|s| s.chars()).all(xml_char), "a character XML forbids: {e:?}");
    }
    csv_round_trip(&entries);
    tbx_round_trip(&entries);
}

/// Entries written to CSV read back as they were (what a CSV can hold: list items without
/// `|`, one entry per Arabic key), as [`read_back`] says.
pub fn csv_round_trip(entries: &[GlossaryEntry]) {
    let written = csv::write_csv(entries);
    let (back, skipped) = csv::read_csv(&written).expect("our own CSV reads");
    assert!(skipped.is_empty(), "our own CSV has rows skipped: {skipped:?}\n{entries:?}");
    let expected: Vec<GlossaryEntry> = entries.iter().map(read_back).collect();
    assert_eq!(back, expected, "CSV round trip");
}

/// Entries written to TBX read back as they were, less what XML cannot carry.
pub fn tbx_round_trip(entries: &[GlossaryEntry]) {
    let written = tbx::write(entries);
    let (back, skipped) = tbx::read(&written).expect("our own TBX reads");
    assert!(skipped.is_empty(), "our own TBX has entries skipped: {skipped:?}");
    let expected: Vec<GlossaryEntry> = entries.iter().map(read_back).collect();
    assert_eq!(back, expected, "TBX round trip");
}

/// An entry as a glossary file gives it back: without the characters XML cannot carry (the
/// readers and the TBX writer drop them), each value trimmed, empty list items dropped, an
/// empty short form none. What a file gave is already so.
pub fn read_back(e: &GlossaryEntry) -> GlossaryEntry {
    let s = |s: &String| s.chars().filter(|&c| xml_char(c)).collect::<String>().trim().to_owned();
    let v = |v: &[String]| v.iter().map(s).filter(|x| !x.is_empty()).collect::<Vec<_>>();
    GlossaryEntry {
        arabic: s(&e.arabic),
        variants: v(&e.variants),
        english: s(&e.english),
        short: e.short.as_ref().map(s).filter(|x| !x.is_empty()),
        kind: e.kind,
        deprecated: v(&e.deprecated),
        clitics: e.clitics,
        not: v(&e.not),
        notes: s(&e.notes),
    }
}

/// A TMX file. Each unit has an Arabic and an English text, what XML allows, lines in file
/// order; written again, the units read back as they were.
pub fn tmx_file(data: &[u8]) {
    let mut units = Vec::new();
    let mut last = 0;
    let result = tmx::read(data, |item| {
        let line = match &item {
            tmx::TmxItem::Unit(u) => u.line,
            tmx::TmxItem::Skipped(s) => s.line,
        };
        assert!(line >= 1 && line >= last, "units out of order: line {line} after {last}");
        last = line;
        if let tmx::TmxItem::Unit(u) = item {
            units.push(u);
        }
        Ok(())
    });
    refused_as_documented(&result, TMX_ERRORS, "a TMX file");
    if result.is_err() {
        return;
    }
    for u in &units {
        assert!(!u.source.trim().is_empty() && !u.target.trim().is_empty(), "a unit without text: {u:?}");
        assert!(u.source.len() <= tmx::MAX_SEGMENT_BYTES && u.target.len() <= tmx::MAX_SEGMENT_BYTES);
        let all = [&u.source, &u.target].into_iter().chain(&u.origin).chain(&u.created_by).chain(&u.changed_by);
        assert!(all.flat_map(|s| s.chars()).all(xml_char), "a unit with a character XML forbids: {u:?}");
    }
    let mut w = tmx::TmxWriter::new(Vec::new()).expect("in memory");
    for (i, u) in units.iter().enumerate() {
        w.unit(&unit(i as i64 + 1, u)).expect("in memory");
    }
    let written = w.finish().expect("in memory");
    let mut back = Vec::new();
    tmx::read(&written[..], |item| {
        match item {
            tmx::TmxItem::Unit(u) => back.push(u),
            tmx::TmxItem::Skipped(s) => panic!("our own TMX has a unit skipped: {s:?}"),
        }
        Ok(())
    })
    .expect("our own TMX reads");
    assert_eq!(back.len(), units.len());
    for (a, b) in units.iter().zip(&back) {
        assert_eq!((&a.source, &a.target), (&b.source, &b.target), "TMX round trip");
        assert_eq!((&a.origin, &a.created_by, &a.changed_by), (&b.origin, &b.created_by, &b.changed_by));
    }
}

fn unit(id: i64, u: &tmx::TmxUnit) -> dragoman_core::model::Unit {
    dragoman_core::model::Unit {
        id,
        source: u.source.clone(),
        target: u.target.clone(),
        source_lang: "ar".into(),
        target_lang: "en".into(),
        origin_kind: dragoman_core::model::UnitOrigin::File,
        origin: u.origin.clone().unwrap_or_default(),
        article_id: None,
        segment_id: None,
        words: 0,
        created_by: u.created_by.clone(),
        changed_by: u.changed_by.clone(),
        created_at: u.created_at.unwrap_or(0),
        updated_at: u.changed_at.unwrap_or(0),
        prev_key: None,
        next_key: None,
    }
}

/// The letters the name cases are written in: Arabic letters (the clitics و ف ب ك ل and ال
/// among them), hamza forms and letters that normalise (آ أ إ ة ى ک ی), harakat, tatweel, a
/// zero-width non-joiner, digits, Latin, punctuation and whitespace.
const ALPHABET: &[char] = &[
    'ا', 'ل', 'و', 'ف', 'ب', 'ك', 'م', 'ن', 'ي', 'ر', 'د', 'ع', 'ه', 'ت', 'س', 'ح', 'ق', 'ج', 'ش', 'ص', 'ز', 'خ', 'ط',
    'ء', 'آ', 'أ', 'إ', 'ة', 'ى', 'ؤ', 'ئ', 'ک', 'ی', '\u{064E}', '\u{064F}', '\u{0650}', '\u{0651}', '\u{0652}',
    '\u{064B}', '\u{0640}', '\u{200C}', '١', '2', 'a', 'B', '.', '،', '-', '«', '»', ' ', ' ', ' ', '\n',
];

/// A glossary and a text, from bytes. Before the first 0xFF byte, the glossary: a byte
/// below 0xE0 is a letter of [`ALPHABET`], 0xE0 starts a variant, 0xE1 an entry, 0xE2 a
/// `not` form, 0xE3 turns the entry's clitics off. After it, the text: letters, or from 0xF0
/// one of the glossary's forms (the low bits pick it) behind the clitic the next byte picks.
pub fn names_case(data: &[u8]) -> (Vec<GlossaryEntry>, String) {
    let (gloss, text) = match data.iter().position(|&b| b == 0xFF) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let letter = |b: u8| ALPHABET[usize::from(b) % ALPHABET.len()];
    let mut entries = vec![blank()];
    let mut field = 0; // 0 arabic, 1 a variant, 2 a not form
    for &b in gloss {
        let e = entries.last_mut().expect("one at least");
        match b {
            0xE0 => {
                e.variants.push(String::new());
                field = 1;
            }
            0xE1 => {
                entries.push(blank());
                field = 0;
            }
            0xE2 => {
                e.not.push(String::new());
                field = 2;
            }
            0xE3 => e.clitics = false,
            0xE4..=0xFE => {}
            _ => match field {
                0 => e.arabic.push(letter(b)),
                1 => e.variants.last_mut().expect("pushed").push(letter(b)),
                _ => e.not.last_mut().expect("pushed").push(letter(b)),
            },
        }
    }
    entries.truncate(64);
    let forms: Vec<String> =
        entries.iter().flat_map(|e| std::iter::once(&e.arabic).chain(&e.variants)).cloned().collect();
    let mut out = String::new();
    let mut bytes = text.iter().take(4096);
    while let Some(&b) = bytes.next() {
        if b >= 0xF0 && !forms.is_empty() {
            let clitic = bytes.next().map_or(0, |&c| usize::from(c) % CLITICS.len());
            out.push_str(CLITICS[clitic]);
            out.push_str(&forms[usize::from(b & 0x0F) % forms.len()]);
        } else {
            out.push(letter(b));
        }
    }
    (entries, out)
}

fn blank() -> GlossaryEntry {
    GlossaryEntry {
        arabic: String::new(),
        variants: vec![],
        english: "Name".into(),
        short: None,
        kind: NameType::Person,
        deprecated: vec![],
        clitics: true,
        not: vec![],
        notes: String::new(),
    }
}

/// The matcher on a glossary and a text made from `data` by [`names_case`].
pub fn names(data: &[u8]) {
    let (entries, text) = names_case(data);
    let index = glossary::index(&entries);
    let found = index.find(&text);
    check_matches(&entries, &text, &found);
    // The glossary as the app holds it finds the same.
    let stored: Vec<StoredEntry> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| StoredEntry { id: i as i64, entry: e.clone(), created_at: 0, updated_at: 0 })
        .collect();
    let compiled = Compiled::new(stored);
    let by_compiled: Vec<(usize, usize, i64)> =
        compiled.find(&text).iter().map(|(m, e)| (m.start, m.end, e.id)).collect();
    let by_index: Vec<(usize, usize, i64)> = found.iter().map(|m| (m.start, m.end, m.name as i64)).collect();
    assert_eq!(by_compiled, by_index, "the compiled glossary and the index disagree");
    // Updated entry by entry, in another order, with replacements and removals, the index
    // finds what the one built afresh finds.
    let specs: Vec<NameSpec> = entries.iter().map(GlossaryEntry::spec).collect();
    let mut updated = NameIndex::default();
    for (i, spec) in specs.iter().enumerate().rev() {
        updated.add(i, &specs[(i + 1) % specs.len()]);
        updated.add(i, spec);
    }
    updated.add(specs.len(), &specs[0]);
    updated.remove(specs.len());
    assert_eq!(updated.find(&text), found, "an updated index and a built one disagree");
    if let Some(last) = specs.len().checked_sub(1) {
        updated.remove(last);
        let rebuilt = NameIndex::build(&specs[..last]);
        assert_eq!(updated.find(&text), rebuilt.find(&text), "after a removal");
    }
    // A name alone in a text, behind each clitic it may take, is found whole.
    for (i, e) in entries.iter().enumerate().take(8) {
        for form in std::iter::once(&e.arabic).chain(&e.variants).take(4) {
            for clitic in CLITICS.iter().take(if e.clitics { CLITICS.len() } else { 1 }) {
                alone_is_found(&index, &entries, i, form, clitic);
            }
        }
    }
}

/// The spans of `found` lie in `text`, in order, apart, on what they say; each match's text
/// normalises to its clitic and one of its entry's forms; no match is a `not` form.
pub fn check_matches(entries: &[GlossaryEntry], text: &str, found: &[NameMatch]) {
    let chars: Vec<char> = text.chars().collect();
    let mut end = 0;
    for m in found {
        assert!(m.name < entries.len(), "{m:?}");
        assert!(end <= m.start && m.start <= m.core_start && m.core_start < m.end && m.end <= chars.len(), "{m:?}");
        end = m.end;
        assert_eq!(chars[m.start..m.end].iter().collect::<String>(), m.surface, "the span is not the surface");
        assert!(CLITICS.contains(&m.prefix.as_str()), "{m:?}");
        let e = &entries[m.name];
        assert!(e.clitics || m.prefix.is_empty(), "a clitic on a name that takes none: {m:?}");
        let surface = words(&m.surface);
        let forms = std::iter::once(&e.arabic).chain(&e.variants);
        let matches_form = forms.clone().any(|f| {
            let w = words(f);
            !w.is_empty() && attach(&m.prefix, &w[0]).concat() + &w[1..].concat() == surface.concat()
        });
        assert!(
            matches_form,
            "{:?} is none of the forms {:?} behind {:?}",
            m.surface,
            forms.collect::<Vec<_>>(),
            m.prefix
        );
        let joined = surface.join(" ");
        assert!(!e.not.iter().any(|n| normalize(n).text == joined), "a `not` form matched: {m:?}");
    }
}

/// The normalised tokens of `s`.
fn words(s: &str) -> Vec<String> {
    let norm = normalize(s);
    tokenize(&norm).iter().map(|t| t.text(&norm).to_owned()).collect()
}

/// `clitic` + `form` as the whole text is found whole (by entry `i` or one with the same
/// form), unless the matcher's guards refuse it: a function word, a `not` form, a form that is
/// more than single-spaced words of letters (each a token), or an article the ل clitic would contract.
fn alone_is_found(index: &NameIndex, entries: &[GlossaryEntry], i: usize, form: &str, clitic: &str) {
    let w = words(form);
    let plain = form
        .split(' ')
        .all(|word| words(word).len() == 1 && word.chars().all(|c| c.is_alphanumeric() || is_deleted(c)));
    if w.is_empty() || !plain || !entries[i].not.is_empty() || clitic.ends_with('ل') && w[0].starts_with('ا') {
        return;
    }
    let text = format!("{clitic}{form}");
    let first = text.split(' ').next().unwrap_or("");
    let light: String = first.chars().filter(|c| !is_deleted(*c)).collect();
    let core: String = light.chars().skip(clitic.chars().count()).collect();
    if is_function_word_as_written(&light) || is_function_word_as_written(&core) {
        return;
    }
    let found = index.find(&text);
    // Whole: from its first token to its last, leaving out harakat or tatweel at the ends, as
    // a match does (the spec's مَاكْرُونُ is found as مَاكْرُون).
    let norm = normalize(&text);
    let tokens = tokenize(&norm);
    let char_at = |byte: usize| text[..byte].chars().count();
    let first = char_at(tokens[0].original(&norm).start);
    let end = char_at(tokens[tokens.len() - 1].original(&norm).end);
    let whole = found.iter().any(|m| m.start <= first && m.end >= end);
    assert!(whole, "{text:?} (entry {i}, clitic {clitic:?}) not found whole: {found:?}");
}

/// A file of the repository's fixtures (`tests/fixtures/`), found above the including crate
/// (the core, or `fuzz/`).
fn fixture(name: &str) -> Vec<u8> {
    let crate_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = crate_dir.ancestors().map(|d| d.join("tests/fixtures")).find(|d| d.is_dir());
    let path = dir.expect("tests/fixtures above the crate").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A Word document's `document.xml`: headings by style, runs, a tab, a deletion, a field,
/// a table, a caption.
pub fn document_xml() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>الكرملين: محادثات بوتين وبايدن</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t xml:space="preserve">عنوان </w:t></w:r><w:r><w:t>فرعي</w:t></w:r></w:p><w:p><w:r><w:t>موسكو (رويترز) - قال الكرملين</w:t><w:tab/><w:t>إن المحادثات &amp; الأمن بداية.</w:t></w:r><w:del><w:r><w:delText>محذوف</w:delText></w:r></w:del><w:r><w:fldChar/><w:instrText>HYPERLINK x</w:instrText><w:t> وقال بيسكوف: «نعم».</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>خلية</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr><w:r><w:t>صورة: بوتين&#10;في موسكو</w:t><w:br/></w:r></w:p></w:body></w:document>"#
    )
}

/// A Word document's `styles.xml`.
pub fn styles_xml() -> String {
    format!(
        r#"<?xml version="1.0"?><w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="a5"><w:name w:val="caption"/></w:style></w:styles>"#
    )
}

/// A web page: metadata, navigation and furniture left out, a headline, paragraphs, a
/// caption, a list, a table, nesting, a script and entities.
pub const HTML_PAGE: &str = r#"<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الكرملين | موقع</title><meta name="author" content="رويترز"><meta property="article:published_time" content="2021-12-30"><link rel="canonical" href="https://example.com/a"><script>alert(1)</script><style>p{}</style></head><body><header><nav><a href="/">الرئيسية</a></nav></header><article><h1>الكرملين: محادثات بوتين وبايدن</h1><h2>عنوان فرعي</h2><p>موسكو (رويترز) - قال الكرملين إن المحادثات <b>بداية</b> للمحادثات&nbsp;الأمنية. وقال بيسكوف: «نعم».</p><figure><img src="x.jpg" alt="صورة"><figcaption>بوتين في موسكو</figcaption></figure><div><div><span><span>فقرة <br>متداخلة</span></span></div></div><ul><li>أولاً</li><li>ثانياً</li></ul><table><tr><td>خلية</td></tr></table><blockquote>اقتباس &amp; &#1604;&#x644;</blockquote></article><aside>اقرأ المزيد</aside><footer>حقوق</footer></body></html>"#;

/// Markdown: headings, emphasis, a list, a quote, code, a link, an image, a table.
pub const MARKDOWN: &str = "# الكرملين: محادثات بوتين وبايدن\n\n## عنوان فرعي\n\nموسكو (رويترز) - قال **الكرملين** إن المحادثات _بداية_.\nسطر ثان.\n\n- أولاً\n- ثانياً\n  1. مرقم\n\n> اقتباس\n\n```\ncode\n```\n\n[رابط](https://example.com) ![صورة](x.png)\n\n| أ | ب |\n|---|---|\n| ج | د |\n";

/// Seed inputs for each target, named: the fixtures and the hand-written files above, in the
/// shapes the targets read (`article_file` takes a first byte of options).
pub fn seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let sample = dragoman_core::sample::SAMPLE_TEXT;
    let with = |pick: u8, bytes: &[u8]| [&[pick][..], bytes].concat();
    let named = |v: Vec<(&str, Vec<u8>)>| v.into_iter().map(|(n, b)| (n.to_owned(), b)).collect();
    match target {
        "article_file" => {
            let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(sample);
            let utf16: Vec<u8> =
                [0xFF, 0xFE].into_iter().chain(sample.encode_utf16().flat_map(u16::to_le_bytes)).collect();
            let (mojibake, _, _) = encoding_rs::WINDOWS_1252.decode(&cp1256);
            let docx = docx(document_xml().as_bytes(), Some(styles_xml().as_bytes()));
            named(vec![
                ("sample.txt", with(0, sample.as_bytes())),
                ("sample-1256.txt", with(1, &cp1256)),
                ("sample-1256-forced.txt", with(15, &cp1256)),
                ("sample-utf16.txt", with(0, &utf16)),
                ("mojibake.txt", with(0, mojibake.as_bytes())),
                ("page.html", with(2, HTML_PAGE.as_bytes())),
                ("page-no-name.html", with(0, HTML_PAGE.as_bytes())),
                ("article.md", with(3, MARKDOWN.as_bytes())),
                ("article.docx", with(4, &docx)),
                ("wrapped.txt", with(0, "الكرملين\n\nقال الكرملين إن المحادثات بين بوتين\nوبايدن بداية للمحادثات الأمنية، وأضاف\nأن الطرفين اتفقا.\n\nاقرأ المزيد\n".as_bytes())),
            ])
        }
        "article_paste" => named(vec![
            ("sample", sample.as_bytes().to_vec()),
            ("with-html", [sample.as_bytes(), b"\0", HTML_PAGE.as_bytes()].concat()),
            ("html-only", [b"\0", HTML_PAGE.as_bytes()].concat()),
        ]),
        "article_docx" => named(vec![
            ("document", document_xml().into_bytes()),
            ("document-styles", [document_xml().as_bytes(), b"\0", styles_xml().as_bytes()].concat()),
        ]),
        "glossary" => {
            let csv = fixture("names.csv");
            let (entries, _) = csv::read_csv(&csv).expect("the fixture reads");
            let utf16: Vec<u8> = [0xFF, 0xFE]
                .into_iter()
                .chain(String::from_utf8_lossy(&csv).encode_utf16().flat_map(u16::to_le_bytes))
                .collect();
            named(vec![
                ("names.csv", csv.clone()),
                ("names-utf16.csv", utf16),
                ("names.tbx", glossary_file::write(&entries, glossary_file::GlossaryFormat::Tbx)),
                ("martif.tbx", MARTIF.as_bytes().to_vec()),
                ("quotes.csv", "arabic,english,type,variants,short,deprecated,clitics,not,notes\n\"بوتين\",\"Putin, Vladimir\",person,بوتن|فلاديمير بوتين,Putin,Poutine,true,,\"said \"\"yes\"\"\nthen\"\n'=أمل,'=Amal,other,,,,no,أمل|آمال,\n".as_bytes().to_vec()),
            ])
        }
        "tmx" => {
            let mut w = tmx::TmxWriter::new(Vec::new()).expect("in memory");
            let u = tmx::TmxUnit {
                line: 1,
                tuid: None,
                source: "قال الكرملين\tإن «المحادثات» & <بداية>.".into(),
                target: "The Kremlin said\nthe talks & <a start>.".into(),
                source_lang: "ar".into(),
                target_lang: "en".into(),
                created_at: Some(1_640_000_000_000),
                changed_at: None,
                created_by: Some("مترجم".into()),
                changed_by: None,
                origin: Some("الكرملين".into()),
            };
            w.unit(&unit(1, &u)).expect("in memory");
            named(vec![("news.tmx", fixture("tmx/news.tmx")), ("written.tmx", w.finish().expect("in memory"))])
        }
        "names" => {
            let csv = fixture("names.csv");
            let (entries, _) = csv::read_csv(&csv).expect("the fixture reads");
            let glossary: Vec<Vec<String>> =
                entries.iter().map(|e| std::iter::once(&e.arabic).chain(&e.variants).cloned().collect()).collect();
            named(vec![
                ("sample", names_seed(&glossary, &[(sample.chars().take(600).collect::<String>().as_str(), "")])),
                ("clitics", names_seed(&glossary, &[("قال ", ""), ("و", "0"), ("، ", ""), ("ل", "3"), (" ", "1")])),
                (
                    "abd",
                    names_seed(
                        &[vec!["عبد الله".into()], vec!["عبدالرحمن".into()], vec!["الله".into()]],
                        &[("و", "0"), (" ", "1"), (" ", "2"), (" عبد الرحمن", "")],
                    ),
                ),
            ])
        }
        other => panic!("no seeds for {other}"),
    }
}

/// A small TBX v2 (`martif`) glossary.
const MARTIF: &str = r#"<?xml version="1.0" encoding="UTF-8"?><martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader><text><body><termEntry id="e1"><descrip type="definition">Crown &amp; prince</descrip><langSet xml:lang="ar"><tig><term>مُحَمَّد بن سلمان</term></tig><tig><term>ابن سلمان</term></tig></langSet><langSet xml:lang="en"><tig><term>Mohammed bin Salman</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig><tig><term>MBS</term></tig></langSet></termEntry></body></text></martif>"#;

/// The bytes [`names_case`] reads as this glossary (each entry's forms) and text (pieces of
/// text, each followed by the glossary form whose index it names, if any, behind no clitic).
pub fn names_seed(glossary: &[Vec<String>], text: &[(&str, &str)]) -> Vec<u8> {
    let code = |c: char| ALPHABET.iter().position(|&a| a == c).map(|i| i as u8);
    let mut out = Vec::new();
    for (i, forms) in glossary.iter().enumerate() {
        if i > 0 {
            out.push(0xE1);
        }
        for (k, form) in forms.iter().enumerate() {
            if k > 0 {
                out.push(0xE0);
            }
            out.extend(form.chars().filter_map(code));
        }
    }
    out.push(0xFF);
    for (piece, form) in text {
        out.extend(piece.chars().filter_map(code));
        if let Ok(k) = form.parse::<u8>() {
            out.extend([0xF0 | (k & 0x0F), 0]);
        }
    }
    out
}
