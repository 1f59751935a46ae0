//! The importers fuzzed, briefly (issue 13): seeds from `tests/fixtures` and hand-written
//! files, mutated, and random bytes, through every article importer (a file of any type, a
//! paste, a Word document's XML), the glossary reader (CSV, TBX), the TMX reader, and CSV and
//! TBX written and read back. The properties are `support/fuzz.rs`'s, which the
//! coverage-guided targets of `make fuzz` (`fuzz/`) check too; `make fuzz` also runs these
//! with many more cases when nightly Rust is missing.
#[path = "support/fuzz.rs"]
mod fuzz;
#[path = "support/mutate.rs"]
mod mutate;

use dragoman_core::names::glossary::{key_of, GlossaryEntry, NameType};
use mutate::{config, mutated};
use proptest::collection::vec;
use proptest::prelude::*;

proptest! {
    #![proptest_config(config(160))]

    #[test]
    fn article_files(data in mutated(fuzz::seeds("article_file"), 6)) {
        fuzz::article_file(&data);
    }

    #[test]
    fn article_files_of_random_bytes(data in vec(any::<u8>(), 0..400)) {
        fuzz::article_file(&data);
    }

    #[test]
    fn pastes(data in mutated(fuzz::seeds("article_paste"), 6)) {
        fuzz::article_paste(&data);
    }

    #[test]
    fn word_documents(data in mutated(fuzz::seeds("article_docx"), 6)) {
        fuzz::article_docx(&data);
    }

    #[test]
    fn glossary_files(data in mutated(fuzz::seeds("glossary"), 6)) {
        fuzz::glossary_file(&data);
    }

    #[test]
    fn glossary_files_of_random_bytes(data in vec(any::<u8>(), 0..400)) {
        fuzz::glossary_file(&data);
    }

    #[test]
    fn tmx_files(data in mutated(fuzz::seeds("tmx"), 6)) {
        fuzz::tmx_file(&data);
    }

    #[test]
    fn glossaries_round_trip_through_csv_and_tbx(entries in vec(entry(), 0..6)) {
        // What a glossary holds: tidy entries, one per Arabic key, with an Arabic and an
        // English form (the store refuses others).
        let mut seen = std::collections::HashSet::new();
        let entries: Vec<GlossaryEntry> = entries
            .iter()
            .map(GlossaryEntry::tidy)
            .filter(|e| {
                let back = fuzz::read_back(e);
                !back.english.is_empty() && !key_of(&back.arabic).is_empty() && seen.insert(back.key())
            })
            .collect();
        fuzz::csv_round_trip(&entries);
        fuzz::tbx_round_trip(&entries);
    }
}

/// Text with what breaks files: quotes, commas, separators, line breaks, control characters,
/// markup, formula starts, harakat, any character now and then.
fn text() -> impl Strategy<Value = String> {
    let awkward = prop_oneof![
        8 => proptest::sample::select(vec![
            'ب', 'و', 'ت', 'ي', 'ن', 'ا', 'ل', 'أ', 'ة', '\u{064E}', 'a', 'Z', ' ', ' ', ',', '"', '\'', '=', '+', '-',
            '@', '\n', '\r', '\t', '<', '>', '&', ';', '#', '\u{1}', '\u{1b}', '\u{b}', '\u{7f}', '\u{a0}', '\u{200f}',
            '\u{feff}', '\u{fffe}', ']', '!', ':',
        ]),
        1 => any::<char>(),
    ];
    vec(awkward, 0..12).prop_map(String::from_iter)
}

/// A list's item: what a CSV can hold in a list (no `|`, which separates its items).
fn item() -> impl Strategy<Value = String> {
    text().prop_map(|s| s.replace('|', "/"))
}

fn entry() -> impl Strategy<Value = GlossaryEntry> {
    let kind =
        proptest::sample::select(vec![NameType::Person, NameType::Place, NameType::Organization, NameType::Other]);
    (
        (text(), vec(item(), 0..3), text(), proptest::option::of(text()), kind),
        (vec(item(), 0..3), any::<bool>(), vec(item(), 0..2), text()),
    )
        .prop_map(|((arabic, variants, english, short, kind), (deprecated, clitics, not, notes))| GlossaryEntry {
            arabic: format!("بو{arabic}"),
            variants,
            english: format!("P{english}"),
            short,
            kind,
            deprecated,
            clitics,
            not,
            notes,
        })
}

/// The seeds are what they say: each imports (so the mutations start from real files).
#[test]
fn every_seed_imports() {
    use dragoman_core::import::{preview_bytes, preview_paste, ImportOptions};
    for (name, bytes) in fuzz::seeds("article_file") {
        let pick = bytes[0];
        let file = [None, Some("a.txt"), Some("a.html"), Some("a.md"), Some("a.docx")][usize::from(pick % 5)];
        let encoding = (pick / 5 % 7 == 3).then(|| "windows-1256".to_owned());
        let opts = ImportOptions { encoding, ..ImportOptions::default() };
        let p = preview_bytes(&bytes[1..], file, &opts).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(p.segments.len() > 2, "{name}: {p:?}");
    }
    for (name, bytes) in fuzz::seeds("article_paste") {
        let text = String::from_utf8(bytes).unwrap();
        let (text, html) = text.split_once('\0').map_or((text.as_str(), None), |(t, h)| (t, Some(h)));
        assert!(preview_paste(text, html).is_ok(), "{name}");
    }
    for (name, bytes) in fuzz::seeds("glossary") {
        let (entries, skipped) = dragoman_core::formats::glossary_file::read_file(&bytes).unwrap();
        assert!(!entries.is_empty() && skipped.is_empty(), "{name}: {entries:?} {skipped:?}");
    }
    for (name, bytes) in fuzz::seeds("tmx") {
        let mut units = 0;
        dragoman_core::formats::tmx::read(&bytes[..], |_| {
            units += 1;
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(units > 0, "{name}");
    }
}

/// The checks can fail: a preview with an empty segment is caught.
#[test]
#[should_panic(expected = "an empty segment")]
fn an_empty_segment_is_caught() {
    let mut p = dragoman_core::import::preview_paste("عنوان\n\nنص الخبر.", None).unwrap();
    p.segments[1].source = " ".into();
    fuzz::check_preview(&p);
}
