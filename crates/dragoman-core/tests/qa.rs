//! The QA checks on the sample article as a translator would meet them: translated well
//! (`tests/fixtures/sample-en.tsv`), it is quiet; a wrong figure, a wrong month, a
//! misspelling, an old spelling of a name and Arabic punctuation are each caught with what was
//! expected; an ignored issue stays ignored in a new session; the settings switch checks off.
use dragoman_core::formats::csv::read_csv;
use dragoman_core::names::glossary::Compiled;
use dragoman_core::qa::numbers::NumberStyle;
use dragoman_core::qa::run::QaSettings;
use dragoman_core::qa::Check;
use dragoman_core::spell::{search_path, Known, Speller, Variant};
use dragoman_core::usecases::qa::{self, Inputs, QaReport};
use dragoman_core::{SegmentStatus, Store};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The sample article, translated well, with the sample glossary: (store, article id).
fn translated_sample(path: &std::path::Path) -> (Store, i64) {
    let mut store = Store::open(path).unwrap();
    let (entries, skipped) = read_csv(fixture("names.csv").as_bytes()).unwrap();
    store.import_glossary(&entries, skipped).unwrap();
    let id = store.create_article(&dragoman_core::sample::sample_article()).unwrap().id;
    let segments = store.segments(id).unwrap();
    for line in fixture("sample-en.tsv").lines() {
        let (position, english) = line.split_once('\t').unwrap();
        let s = &segments[position.parse::<usize>().unwrap()];
        store.save_target(s.id, english, None).unwrap();
        store.set_segment_status(s.id, SegmentStatus::Translated).unwrap();
    }
    (store, id)
}

/// The en_US dictionary `make test` installs (hunspell-en-us).
fn speller() -> Speller {
    Speller::load(Variant::EnUs, &search_path()).expect("the en_US Hunspell dictionary (hunspell-en-us) is installed")
}

fn check(store: &Store, id: i64, speller: &Speller) -> QaReport {
    let glossary = Compiled::new(store.glossary_entries().unwrap());
    let words = Known::from_glossary(store.glossary_entries().unwrap().iter());
    let personal = Known::from_words(store.spell_words().unwrap());
    let inputs = Inputs { glossary: &glossary, speller: Some(speller), known: vec![&words, &personal] };
    qa::check_article(store, id, &inputs, None).unwrap()
}

fn open(report: &QaReport) -> Vec<(i64, &'static str, String, String)> {
    report.open().map(|i| (i.position, i.kind(), i.found().to_owned(), i.expected().to_owned())).collect()
}

#[test]
fn the_sample_translated_well_is_quiet() {
    let dir = tempfile::tempdir().unwrap();
    let (store, id) = translated_sample(&dir.path().join("db"));
    let report = check(&store, id, &speller());
    assert!(!report.no_dictionary);
    assert_eq!(open(&report), vec![], "every issue on a good translation is a false alarm");
}

#[test]
fn a_wrong_figure_month_spelling_name_and_mark_are_caught_with_what_was_expected() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, id) = translated_sample(&dir.path().join("db"));
    let segments = store.segments(id).unwrap();
    let speller = speller();
    let edit = |store: &mut Store, position: usize, from: &str, to: &str| {
        let s = &segments[position];
        let now = store.segment(s.id).unwrap().target;
        assert!(now.contains(from), "{now}");
        store.save_target(s.id, &now.replacen(from, to, 1), None).unwrap();
    };
    edit(&mut store, 9, "December 7", "December 8");
    edit(&mut store, 12, "January 10", "February 10");
    edit(&mut store, 12, "groundwork", "grondwork");
    edit(&mut store, 20, "Kyiv's", "Kiev's");
    edit(&mut store, 13, "security guarantees in", "security guarantees، in");
    let found = open(&check(&store, id, &speller));
    let expected = vec![
        (9, "number-changed", "8".to_owned(), "7".to_owned()),
        (12, "date-changed", "February".to_owned(), "January".to_owned()),
        (12, "misspelling", "grondwork".to_owned(), "groundwork".to_owned()),
        (13, "arabic-punctuation", "،".to_owned(), ",".to_owned()),
        (20, "name-deprecated", "Kiev".to_owned(), "Kyiv".to_owned()),
    ];
    assert_eq!(found, expected);

    // Fixed, the issue goes; the others stay.
    edit(&mut store, 9, "December 8", "December 7");
    assert_eq!(open(&check(&store, id, &speller)).len(), 4);
}

#[test]
fn an_ignored_issue_stays_ignored_after_a_restart_and_settings_switch_checks_off() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let speller = speller();
    {
        let (mut store, id) = translated_sample(&path);
        let s = &store.segments(id).unwrap()[15];
        store.save_target(s.id, "They first met in person as presidents in Geneva in June 2021.", None).unwrap();
        let report = check(&store, id, &speller);
        let extra = report
            .open()
            .find(|i| i.kind() == "number-extra" && i.found() == "2021")
            .expect("2021 is not in the Arabic");
        assert_eq!(extra.found(), "2021");
        qa::set_ignored(&store, extra.segment_id, &extra.key(), true).unwrap();
    }
    // A new session on the same file.
    let store = Store::open(&path).unwrap();
    let id = store.list_articles().unwrap()[0].article.id;
    let report = check(&store, id, &speller);
    assert_eq!(open(&report), vec![], "the ignored issue is not open");
    assert_eq!(report.issues.iter().filter(|i| i.ignored).count(), 1, "it is still listed, as ignored");

    let mut store = store;
    let seg = store.segments(id).unwrap()[12].clone();
    store.save_target(seg.id, &seg.target.replace("January 10", "January 11"), None).unwrap();
    assert_eq!(open(&check(&store, id, &speller)).len(), 1);
    qa::set_settings(&mut store, &QaSettings { off: vec![Check::Numbers], number_style: NumberStyle::Comma }).unwrap();
    assert_eq!(qa::settings(&store).unwrap().number_style, NumberStyle::Comma);
    assert_eq!(open(&check(&store, id, &speller)), vec![], "the numbers check is off");
}
