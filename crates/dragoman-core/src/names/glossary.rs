//! The glossary's domain: entries ([`GlossaryEntry`], [`StoredEntry`]) and their identity
//! ([`key_of`]), what an import did ([`ImportReport`], [`Skipped`]), and the glossary
//! compiled for matching ([`Compiled`]). The files a glossary is exchanged in (CSV, TBX) are
//! [`crate::formats`]' business.
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::index::{NameIndex, NameMatch, NameSpec};
use crate::text::normalize::normalize;
use crate::text::tokens::words;

/// What a name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
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

/// Which of an entry's fields a glossary file carries. A CSV may have only some columns
/// (`arabic,english`): importing it over existing entries changes those columns and keeps
/// the rest (the type, the short form, the notes), never wipes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Columns {
    pub kind: bool,
    pub variants: bool,
    pub short: bool,
    pub deprecated: bool,
    pub clitics: bool,
    pub not: bool,
    pub notes: bool,
}

impl Columns {
    /// Every field (TBX, and what Dragoman writes).
    pub const ALL: Columns =
        Columns { kind: true, variants: true, short: true, deprecated: true, clitics: true, not: true, notes: true };

    /// `new` over `old`: the fields the file carries from `new`, the others kept from `old`.
    pub fn merge(&self, old: &GlossaryEntry, new: &GlossaryEntry) -> GlossaryEntry {
        let pick = |has: bool, n: &Vec<String>, o: &Vec<String>| if has { n.clone() } else { o.clone() };
        GlossaryEntry {
            arabic: new.arabic.clone(),
            english: new.english.clone(),
            variants: pick(self.variants, &new.variants, &old.variants),
            short: if self.short { new.short.clone() } else { old.short.clone() },
            kind: if self.kind { new.kind } else { old.kind },
            deprecated: pick(self.deprecated, &new.deprecated, &old.deprecated),
            clitics: if self.clitics { new.clitics } else { old.clitics },
            not: pick(self.not, &new.not, &old.not),
            notes: if self.notes { new.notes.clone() } else { old.notes.clone() },
        }
    }
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StoredEntry {
    pub id: i64,
    #[serde(flatten)]
    pub entry: GlossaryEntry,
    pub created_at: i64,
    pub updated_at: i64,
}

/// What an import did, or would do (a preview).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub skipped: Vec<Skipped>,
    /// The entries added or changed, each with what it was, in the file's order: the first
    /// [`MAX_CHANGES_LISTED`] of them (`added` and `updated` count them all).
    pub changes: Vec<EntryChange>,
}

/// How many changes an [`ImportReport`] lists.
pub const MAX_CHANGES_LISTED: usize = 1000;

/// One entry an import adds (`before` is `None`) or changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EntryChange {
    pub before: Option<GlossaryEntry>,
    pub after: GlossaryEntry,
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
    words(s).map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

/// The longest deprecated spelling looked for, in words.
const MAX_DEPRECATED_WORDS: usize = 5;

impl Compiled {
    pub fn new(entries: Vec<StoredEntry>) -> Compiled {
        let mut c = Compiled {
            entries: HashMap::with_capacity(entries.len()),
            index: NameIndex::default(),
            deprecated: HashMap::new(),
        };
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
                    let spelling =
                        e.entry.deprecated.iter().find(|d| word_key(d) == key).cloned().unwrap_or(key.clone());
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

    /// Every entry (in no particular order).
    pub fn entries(&self) -> impl Iterator<Item = &StoredEntry> {
        self.entries.values()
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Skipped {
    pub line: u64,
    pub reason: SkipReason,
    pub detail: String,
}
