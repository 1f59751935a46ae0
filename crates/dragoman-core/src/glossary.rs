//! Glossary entries and their CSV exchange format (`../shared/samples/names.csv`):
//! `arabic,english,type,variants,short,deprecated,clitics,not,notes`, with `|` between the
//! items of a list. Export guards against spreadsheet formula injection.
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::names::{NameIndex, NameMatch, NameSpec};
use crate::normalize::normalize;

/// What a name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NameType {
    Person,
    Place,
    Organization,
    Other,
}

impl NameType {
    pub fn parse(s: &str) -> Option<NameType> {
        Some(match s.trim().to_lowercase().as_str() {
            "person" => NameType::Person,
            "place" | "location" => NameType::Place,
            "organization" | "organisation" | "org" => NameType::Organization,
            "other" | "" => NameType::Other,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            NameType::Person => "person",
            NameType::Place => "place",
            NameType::Organization => "organization",
            NameType::Other => "other",
        }
    }
}

/// A name in the glossary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GlossaryEntry {
    /// The main Arabic form (فلاديمير بوتين).
    pub arabic: String,
    /// Other Arabic forms (بوتين).
    pub variants: Vec<String>,
    /// The English first-reference form (Vladimir Putin).
    pub english: String,
    /// The second-reference form (Putin), if any.
    pub short: Option<String>,
    pub kind: NameType,
    /// English spellings to flag (Kiev).
    pub deprecated: Vec<String>,
    /// Whether و ف ب ك ل may attach.
    pub clitics: bool,
    /// Surface forms that must never match.
    pub not: Vec<String>,
    pub notes: String,
}

impl GlossaryEntry {
    /// The same entry with every form trimmed, empty list items dropped, an empty short
    /// form made `None`: what the store keeps.
    pub fn tidy(&self) -> GlossaryEntry {
        let list = |v: &[String]| -> Vec<String> {
            let mut out: Vec<String> = Vec::new();
            for x in v.iter().map(|x| x.trim()).filter(|x| !x.is_empty()) {
                if !out.iter().any(|o| o == x) {
                    out.push(x.to_owned());
                }
            }
            out
        };
        let arabic = self.arabic.trim().to_owned();
        let key = key_of(&arabic);
        GlossaryEntry {
            variants: list(&self.variants).into_iter().filter(|v| key_of(v) != key).collect(),
            arabic,
            english: self.english.trim().to_owned(),
            short: self.short.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned),
            kind: self.kind,
            deprecated: list(&self.deprecated),
            clitics: self.clitics,
            not: list(&self.not),
            notes: self.notes.trim().to_owned(),
        }
    }

    /// What identifies the entry: its main Arabic form, normalised.
    pub fn key(&self) -> String {
        key_of(&self.arabic)
    }

    /// Every form, normalised and space-separated, for the glossary search.
    pub fn search_text(&self) -> String {
        let mut parts = vec![self.arabic.as_str()];
        parts.extend(self.variants.iter().map(String::as_str));
        parts.push(&self.english);
        parts.extend(self.short.as_deref());
        parts.extend(self.deprecated.iter().map(String::as_str));
        normalize(&parts.join(" \u{1f} ")).text
    }

    pub fn spec(&self) -> NameSpec {
        let mut forms = vec![self.arabic.clone()];
        forms.extend(self.variants.iter().cloned());
        NameSpec { forms, clitics: self.clitics, not: self.not.clone() }
    }
}

/// The normalised form of an Arabic name, whitespace collapsed.
pub fn key_of(arabic: &str) -> String {
    normalize(arabic).text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An entry as the store keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredEntry {
    pub id: i64,
    #[serde(flatten)]
    pub entry: GlossaryEntry,
    pub created_at: i64,
    pub updated_at: i64,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub skipped: Vec<Skipped>,
}

/// The glossary compiled for matching: kept by the app and updated entry by entry when the
/// glossary changes, never rebuilt per segment.
#[derive(Debug, Default)]
pub struct Compiled {
    entries: HashMap<i64, StoredEntry>,
    index: NameIndex,
    /// Deprecated English spellings (as word keys, see [`word_key`]) → entries.
    deprecated: HashMap<String, Vec<i64>>,
}

/// Lower-case words of an English text joined by single spaces ("U.S." → "u s").
pub fn word_key(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

/// The longest deprecated spelling looked for, in words.
const MAX_DEPRECATED_WORDS: usize = 5;

impl Compiled {
    pub fn new(entries: Vec<StoredEntry>) -> Compiled {
        let mut c = Compiled { entries: HashMap::with_capacity(entries.len()), index: NameIndex::default(), deprecated: HashMap::new() };
        for e in entries {
            c.upsert(e);
        }
        c
    }

    /// Add an entry or replace the one with its id.
    pub fn upsert(&mut self, e: StoredEntry) {
        if self.entries.contains_key(&e.id) {
            self.remove(e.id);
        }
        // `add` replaces whatever forms the id had.
        self.index.add(e.id as usize, &e.entry.spec());
        for d in &e.entry.deprecated {
            let key = word_key(d);
            if !key.is_empty() && key.split(' ').count() <= MAX_DEPRECATED_WORDS {
                self.deprecated.entry(key).or_default().push(e.id);
            }
        }
        self.entries.insert(e.id, e);
    }

    pub fn remove(&mut self, id: i64) {
        if let Some(old) = self.entries.remove(&id) {
            self.index.remove(id as usize);
            for d in &old.entry.deprecated {
                if let Some(ids) = self.deprecated.get_mut(&word_key(d)) {
                    ids.retain(|i| *i != id);
                    if ids.is_empty() {
                        self.deprecated.remove(&word_key(d));
                    }
                }
            }
        }
    }

    /// The deprecated spellings in an English text, as whole words (case ignored), with the
    /// entries that deprecate them: (entry, the spelling as the glossary lists it).
    pub fn deprecated_in(&self, english: &str) -> Vec<(&StoredEntry, String)> {
        if self.deprecated.is_empty() {
            return Vec::new();
        }
        let words: Vec<String> = word_key(english).split(' ').filter(|w| !w.is_empty()).map(str::to_owned).collect();
        let mut out: Vec<(&StoredEntry, String)> = Vec::new();
        for i in 0..words.len() {
            for n in 1..=MAX_DEPRECATED_WORDS.min(words.len() - i) {
                let key = words[i..i + n].join(" ");
                for id in self.deprecated.get(&key).into_iter().flatten() {
                    let e = &self.entries[id];
                    let spelling = e.entry.deprecated.iter().find(|d| word_key(d) == key).cloned().unwrap_or(key.clone());
                    if !out.iter().any(|(o, s)| o.id == e.id && *s == spelling) {
                        out.push((e, spelling));
                    }
                }
            }
        }
        out
    }

    pub fn get(&self, id: i64) -> Option<&StoredEntry> {
        self.entries.get(&id)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The names in `text`, with their entries.
    pub fn find<'a>(&'a self, text: &str) -> Vec<(NameMatch, &'a StoredEntry)> {
        self.index.find(text).into_iter().filter_map(|m| self.entries.get(&(m.name as i64)).map(|e| (m, e))).collect()
    }

    /// The compiled index (ids are entry ids).
    pub fn index(&self) -> &NameIndex {
        &self.index
    }

}

/// Compile a glossary for matching.
pub fn index(entries: &[GlossaryEntry]) -> NameIndex {
    NameIndex::build(&entries.iter().map(GlossaryEntry::spec).collect::<Vec<_>>())
}

/// Why a row of a glossary file was not imported. The shells show the Fluent message
/// `glossary-skip-<reason>` with `$detail`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkipReason {
    /// The row could not be parsed (CSV quoting, bad UTF-8 in the row).
    Unreadable,
    /// The Arabic or the English form is empty.
    EmptyForm,
    /// No Arabic term in a TBX entry.
    NoArabic,
    /// No English term in a TBX entry.
    NoEnglish,
    /// The type is not person, place, organization or other.
    UnknownType,
    /// `clitics` is not true/false.
    BadClitics,
    /// The same Arabic form appears earlier in the same file.
    DuplicateInFile,
}

impl SkipReason {
    pub fn as_str(self) -> &'static str {
        match self {
            SkipReason::Unreadable => "unreadable",
            SkipReason::EmptyForm => "empty-form",
            SkipReason::NoArabic => "no-arabic",
            SkipReason::NoEnglish => "no-english",
            SkipReason::UnknownType => "unknown-type",
            SkipReason::BadClitics => "bad-clitics",
            SkipReason::DuplicateInFile => "duplicate-in-file",
        }
    }

    /// Every reason, for the locale completeness test.
    pub const ALL: &'static [SkipReason] = &[
        SkipReason::Unreadable,
        SkipReason::EmptyForm,
        SkipReason::NoArabic,
        SkipReason::NoEnglish,
        SkipReason::UnknownType,
        SkipReason::BadClitics,
        SkipReason::DuplicateInFile,
    ];
}

/// A row or entry that could not be imported: its line in the file, why, and the offending
/// value (or the parser's words) as `detail`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub line: u64,
    pub reason: SkipReason,
    pub detail: String,
}

pub const CSV_HEADER: [&str; 9] = ["arabic", "english", "type", "variants", "short", "deprecated", "clitics", "not", "notes"];

fn list(s: &str) -> Vec<String> {
    s.split('|').map(str::trim).filter(|x| !x.is_empty()).map(str::to_owned).collect()
}

/// Read a glossary CSV. A file without `arabic` and `english` columns is refused whole;
/// bad rows are reported by line and the rest is read.
pub fn read_csv(bytes: &[u8]) -> Result<(Vec<GlossaryEntry>, Vec<Skipped>)> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).map_err(|_| Error::BadEncoding)?;
    let mut reader = csv::ReaderBuilder::new().flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|_| Error::GlossaryColumns)?
        .iter()
        .map(|h| h.to_lowercase())
        .collect();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (Some(ar), Some(en)) = (col("arabic"), col("english")) else {
        return Err(Error::GlossaryColumns);
    };
    let mut entries = Vec::new();
    let mut skipped = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                skipped.push(Skipped { line, reason: SkipReason::Unreadable, detail: e.to_string() });
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        // A cell our export defused ('=…) comes back as it was.
        let get = |i: Option<usize>| unguard(i.and_then(|i| record.get(i)).unwrap_or("")).to_owned();
        let arabic = get(Some(ar));
        let english = get(Some(en));
        if arabic.is_empty() || english.is_empty() {
            skipped.push(Skipped { line, reason: SkipReason::EmptyForm, detail: String::new() });
            continue;
        }
        let Some(kind) = NameType::parse(&get(col("type"))) else {
            skipped.push(Skipped { line, reason: SkipReason::UnknownType, detail: get(col("type")) });
            continue;
        };
        let clitics = match get(col("clitics")).to_lowercase().as_str() {
            "" | "true" | "yes" | "1" => true,
            "false" | "no" | "0" => false,
            other => {
                skipped.push(Skipped { line, reason: SkipReason::BadClitics, detail: other.to_owned() });
                continue;
            }
        };
        let short = Some(get(col("short"))).filter(|s| !s.is_empty());
        let key = key_of(&arabic);
        if key.is_empty() {
            skipped.push(Skipped { line, reason: SkipReason::EmptyForm, detail: arabic });
            continue;
        }
        if let Some(first) = seen.get(&key) {
            skipped.push(Skipped { line, reason: SkipReason::DuplicateInFile, detail: format!("{arabic} ({first})") });
            continue;
        }
        seen.insert(key, line);
        entries.push(GlossaryEntry {
            arabic,
            variants: list(&get(col("variants"))),
            english,
            short,
            kind,
            deprecated: list(&get(col("deprecated"))),
            clitics,
            not: list(&get(col("not"))),
            notes: get(col("notes")),
        });
    }
    Ok((entries, skipped))
}

/// The formats a glossary is exchanged in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
    if bytes.len() > crate::MAX_IMPORT_BYTES {
        return Err(Error::TooLarge { size: bytes.len() as u64, limit: crate::MAX_IMPORT_BYTES as u64 });
    }
    // UTF-16 with a BOM (spreadsheets on Windows write it) becomes UTF-8 first.
    let decoded;
    let bytes = match encoding_rs::Encoding::for_bom(bytes) {
        Some((enc, bom)) if enc != encoding_rs::UTF_8 => {
            let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom..]);
            if had_errors {
                return Err(Error::BadEncoding);
            }
            decoded = text.into_owned().into_bytes();
            &decoded[..]
        }
        _ => bytes,
    };
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = body.iter().position(|b| !b.is_ascii_whitespace());
    let Some(start) = start else {
        return Err(Error::EmptyText);
    };
    if body.contains(&0) {
        return Err(Error::NotText);
    }
    if body[start] == b'<' {
        crate::tbx::read(body)
    } else {
        read_csv(body)
    }
}

/// Write a glossary in `format`.
pub fn write(entries: &[GlossaryEntry], format: GlossaryFormat) -> Vec<u8> {
    match format {
        GlossaryFormat::Csv => write_csv(entries),
        GlossaryFormat::Tbx => crate::tbx::write(entries),
    }
}

/// A cell that a spreadsheet would run as a formula gets a leading apostrophe.
fn guard(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// The inverse of [`guard`].
fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// Write a glossary as CSV.
pub fn write_csv(entries: &[GlossaryEntry]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(CSV_HEADER).expect("in memory");
    for e in entries {
        let row = [
            e.arabic.clone(),
            e.english.clone(),
            e.kind.as_str().to_owned(),
            e.variants.join("|"),
            e.short.clone().unwrap_or_default(),
            e.deprecated.join("|"),
            e.clitics.to_string(),
            e.not.join("|"),
            e.notes.clone(),
        ];
        w.write_record(row.iter().map(|c| guard(c))).expect("in memory");
    }
    w.into_inner().expect("in memory")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_glossary_reads_and_finds_names_behind_clitics() {
        let csv = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/names.csv")).unwrap();
        let (entries, skipped) = read_csv(&csv).unwrap();
        assert!(skipped.is_empty(), "{skipped:?}");
        let kyiv = entries.iter().find(|e| e.english == "Kyiv").unwrap();
        assert_eq!((kyiv.kind, kyiv.deprecated.clone()), (NameType::Place, vec!["Kiev".to_owned()]));
        let index = index(&entries);
        let found = index.find(crate::sample::SAMPLE_TEXT);
        let biden: Vec<&str> = found.iter().filter(|m| entries[m.name].english == "Joe Biden").map(|m| m.surface.as_str()).collect();
        assert!(biden.contains(&"وبايدن") && biden.contains(&"لبايدن") && biden.contains(&"جو بايدن"), "{biden:?}");
        assert!(found.iter().any(|m| m.surface == "كييف" && entries[m.name].english == "Kyiv"));
        assert!(found.iter().any(|m| m.surface == "للكرملين" || m.surface == "الكرملين"));
    }

    #[test]
    fn bad_rows_are_reported_by_line_and_the_rest_is_read() {
        let csv = "arabic,english,type,clitics\nبوتين,Putin,person,true\n,Nobody,person,true\nأمل,Amal,person,maybe\nكييف,Kyiv,planet,true\nموسكو,Moscow,place,\n";
        let (entries, skipped) = read_csv(csv.as_bytes()).unwrap();
        assert_eq!(entries.iter().map(|e| e.english.as_str()).collect::<Vec<_>>(), vec!["Putin", "Moscow"]);
        assert_eq!(skipped.iter().map(|s| s.line).collect::<Vec<_>>(), vec![3, 4, 5]);
        assert!(read_csv(b"name,translation\nx,y\n").is_err(), "no arabic/english columns: refused whole");
    }

    #[test]
    fn export_round_trips_and_defuses_formulas() {
        let (entries, _) = read_csv("arabic,english,type,variants,notes\nبوتين,Putin,person,بوتين|فلاديمير,=HYPERLINK(\"x\")\n".as_bytes()).unwrap();
        let out = String::from_utf8(write_csv(&entries)).unwrap();
        assert!(out.contains("'=HYPERLINK"), "{out}");
        let (again, _) = read_csv(out.as_bytes()).unwrap();
        assert_eq!(again, entries, "the defused cell reads back as it was");
        assert_eq!(again[0].variants, vec!["بوتين", "فلاديمير"]);
        assert_eq!(again[0].english, "Putin");
    }
}
