//! The stored glossary: import reports, re-import, edits, search, and the name checks on
//! the sample article.
use dragoman_core::formats::csv::read_csv;
use dragoman_core::formats::glossary_file::{self, GlossaryFormat};
use dragoman_core::names::annotate::{annotate, NameSpan, Reference};
use dragoman_core::names::glossary::{Compiled, GlossaryEntry, ImportReport, NameType, SkipReason};
use dragoman_core::qa::names::check;
use dragoman_core::{Error, SegmentStatus, Store};

/// A name check's issue, as these tests read it.
#[derive(Debug)]
struct NameIssue {
    kind: IssueKind,
    segment_id: i64,
    expected: String,
    found: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IssueKind {
    Missing,
    Deprecated,
    Inconsistent,
}

fn name_issues(segments: &[dragoman_core::Segment], compiled: &Compiled) -> Vec<NameIssue> {
    use dragoman_core::qa::IssueKind as K;
    check(segments, compiled)
        .into_iter()
        .map(|i| NameIssue {
            kind: match i.kind {
                K::NameMissing => IssueKind::Missing,
                K::NameDeprecated => IssueKind::Deprecated,
                K::NameInconsistent => IssueKind::Inconsistent,
                other => panic!("not a name check: {other:?}"),
            },
            segment_id: i.segment_id,
            expected: i.expected().to_owned(),
            found: Some(i.found().to_owned()).filter(|f| !f.is_empty()),
        })
        .collect()
}

fn sample_csv() -> Vec<u8> {
    std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/names.csv")).unwrap()
}

fn entry(arabic: &str, english: &str) -> GlossaryEntry {
    GlossaryEntry {
        arabic: arabic.into(),
        variants: vec![],
        english: english.into(),
        short: None,
        kind: NameType::Person,
        deprecated: vec![],
        clitics: true,
        not: vec![],
        notes: String::new(),
    }
}

fn import_sample(store: &mut Store) -> ImportReport {
    let (entries, skipped) = read_csv(&sample_csv()).unwrap();
    store.import_glossary(&entries, skipped).unwrap().0
}

#[test]
fn a_csv_with_fewer_columns_changes_those_and_keeps_the_rest() {
    // A newsroom's export with only two columns, imported over the full glossary.
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    import_sample(&mut store);
    let peskov = |store: &Store| {
        store.glossary_entries().unwrap().into_iter().find(|e| e.entry.english.contains("Peskov")).unwrap().entry
    };
    let before = peskov(&store);
    assert_eq!((before.short.as_deref(), before.deprecated.len()), (Some("Peskov"), 1));
    let file = dir.path().join("two.csv");
    let import = |store: &mut Store, text: &str| {
        std::fs::write(&file, text).unwrap();
        let read = dragoman_core::usecases::glossary::read_for_import(&file).unwrap();
        dragoman_core::usecases::glossary::import_entries(store, read).unwrap().0
    };
    let same = import(&mut store, "arabic,english\nديمتري بيسكوف,Dmitry Peskov\n");
    assert_eq!((same.updated, same.unchanged), (0, 1), "nothing to change: not \"1 updated\"");
    assert_eq!(peskov(&store), before, "type, short form, variants, deprecated spellings and notes are kept");
    let changed = import(&mut store, "arabic,english,notes\nديمتري بيسكوف,Dmitry S. Peskov,Press secretary\n");
    assert_eq!(changed.updated, 1);
    let after = peskov(&store);
    assert_eq!((after.english.as_str(), after.notes.as_str()), ("Dmitry S. Peskov", "Press secretary"));
    assert_eq!(
        (after.short, after.deprecated, after.variants, after.kind),
        (before.short, before.deprecated, before.variants, before.kind)
    );
}

#[test]
fn importing_the_same_file_twice_changes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let first = import_sample(&mut store);
    assert_eq!((first.added, first.updated, first.unchanged, first.skipped.len()), (14, 0, 0, 0));
    let before = store.glossary_entries().unwrap();
    let again = import_sample(&mut store);
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 14));
    assert_eq!(store.glossary_entries().unwrap(), before, "not even updated_at moves");
}

#[test]
fn a_changed_row_updates_its_entry_and_bad_rows_are_reported_by_line() {
    let mut store = Store::open_in_memory().unwrap();
    import_sample(&mut store);
    let csv = "arabic,english,type,short,deprecated\n\
               كييف,Kyiv,place,,Kiev|Kieff\n\
               ,Nobody,person,,\n\
               بوتين,Putin,planet,,\n";
    let (entries, skipped) = read_csv(csv.as_bytes()).unwrap();
    let (report, changed) = store.import_glossary(&entries, skipped).unwrap();
    assert_eq!((report.added, report.updated, report.unchanged), (0, 1, 0));
    assert_eq!(changed[0].entry.deprecated, vec!["Kiev", "Kieff"]);
    let lines: Vec<(u64, SkipReason)> = report.skipped.iter().map(|s| (s.line, s.reason)).collect();
    assert_eq!(lines[..2], [(3, SkipReason::EmptyForm), (4, SkipReason::UnknownType)]);
    assert_eq!(store.glossary_count().unwrap(), 14);
    // A quotation mark that never closes refuses the file (it would swallow the rest).
    assert!(matches!(read_csv(b"arabic,english\n\"x,Broken\n"), Err(Error::CsvUnterminatedQuote { line: 2 })));
}

#[test]
fn a_file_without_the_columns_changes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    import_sample(&mut store);
    let before = store.glossary_entries().unwrap();
    assert!(matches!(read_csv(b"name,translation\nx,y\n"), Err(Error::GlossaryColumns)));
    assert!(matches!(read_csv(b"arabic,english\n\xff\xfe,x\n"), Err(Error::BadEncoding)));
    assert_eq!(store.glossary_entries().unwrap(), before);
}

#[test]
fn entries_are_added_edited_deleted_and_kept_unique_by_their_arabic_form() {
    let mut store = Store::open_in_memory().unwrap();
    let amal = store
        .add_entry(&GlossaryEntry { clitics: false, notes: " a common word ".into(), ..entry(" أمل ", "Amal") })
        .unwrap();
    assert_eq!(
        (amal.entry.arabic.as_str(), amal.entry.notes.as_str(), amal.entry.clitics),
        ("أمل", "a common word", false)
    );
    // The same name with harakat or another hamza form is the same entry.
    assert!(matches!(store.add_entry(&entry("أَمَل", "Amal")), Err(Error::EntryDuplicate(_))));
    assert!(matches!(store.add_entry(&entry("  ", "Nobody")), Err(Error::EntryIncomplete)));
    assert!(matches!(store.add_entry(&entry("نبيل", " ")), Err(Error::EntryIncomplete)));
    let nabil = store.add_entry(&entry("نبيل", "Nabil")).unwrap();
    assert!(matches!(store.update_entry(nabil.id, &entry("امل", "Nabil")), Err(Error::EntryDuplicate(_))));
    let edited = store
        .update_entry(nabil.id, &GlossaryEntry { short: Some("Nabil".into()), ..entry("نبيل العربي", "Nabil Elaraby") })
        .unwrap();
    assert_eq!(edited.entry.english, "Nabil Elaraby");
    assert!(edited.updated_at >= edited.created_at);
    let find = |store: &Store, q: &str| {
        store.search_glossary(q, None, 10).unwrap().0.into_iter().map(|e| e.id).collect::<Vec<_>>()
    };
    assert_eq!(find(&store, "elaraby"), vec![nabil.id], "the search index follows edits");
    assert!(find(&store, "نبيل").contains(&nabil.id));
    assert!(find(&store, "Nabil\" OR *").is_empty(), "FTS syntax in a query is text");
    assert_eq!(find(&store, "am"), vec![amal.id], "two letters: searched without the index");
    store.delete_entry(amal.id).unwrap();
    assert!(find(&store, "amal").is_empty());
    assert!(matches!(store.delete_entry(amal.id), Err(Error::EntryNotFound(_))));
    assert!(matches!(store.update_entry(amal.id, &entry("امل", "Amal")), Err(Error::EntryNotFound(_))));
    assert_eq!(store.glossary_count().unwrap(), 1);
}

#[test]
fn search_ignores_harakat_hamza_and_case_and_filters_by_kind() {
    let mut store = Store::open_in_memory().unwrap();
    import_sample(&mut store);
    let arabic = |q: &str, kind| {
        store.search_glossary(q, kind, 100).unwrap().0.into_iter().map(|e| e.entry.english).collect::<Vec<_>>()
    };
    assert_eq!(arabic("اوكرانيا", None), vec!["Ukraine"]);
    assert_eq!(arabic("أُوكْرانيا", None), vec!["Ukraine"]);
    assert_eq!(arabic("KYIV", None), vec!["Kyiv"]);
    assert_eq!(arabic("kiev", None), vec!["Kyiv"], "deprecated spellings are searchable");
    assert_eq!(arabic("بيسكوف", Some(NameType::Person)), vec!["Dmitry Peskov"]);
    assert!(arabic("بيسكوف", Some(NameType::Place)).is_empty());
    let (page, total) = store.search_glossary("", Some(NameType::Place), 2).unwrap();
    assert_eq!((page.len(), total), (2, 6));
}

/// A store with the sample glossary and the sample article: (store, article id, the
/// compiled glossary, the article's segments).
fn with_sample() -> (Store, i64, Compiled, Vec<dragoman_core::Segment>) {
    let mut store = Store::open_in_memory().unwrap();
    import_sample(&mut store);
    let id = sample_article(&mut store);
    let compiled = Compiled::new(store.glossary_entries().unwrap());
    let segments = store.segments(id).unwrap();
    (store, id, compiled, segments)
}

fn sample_article(store: &mut Store) -> i64 {
    let preview = dragoman_core::import::preview_paste(dragoman_core::sample::SAMPLE_TEXT, None).unwrap();
    store.create_article(&preview.into_article(None)).unwrap().id
}

#[test]
fn names_in_the_sample_article_take_the_first_then_the_second_reference_form() {
    let (_store, _id, compiled, segments) = with_sample();
    let annotated = annotate(&segments, &compiled);
    let all: Vec<_> = annotated.segments.iter().flat_map(|s| s.names.iter()).collect();
    let info = |n: &NameSpan| annotated.entry(n.entry_id).unwrap().clone();
    let biden: Vec<_> = all.iter().filter(|n| info(n).english == "Joe Biden").collect();
    assert_eq!(annotated.entries.iter().filter(|e| e.english == "Joe Biden").count(), 1, "each entry once");
    // The headline has وبايدن: headlines take the short form and do not count as the first
    // reference, which is the first paragraph's جو بايدن.
    let headline = segments.iter().find(|s| s.kind == dragoman_core::SegmentKind::Headline).unwrap();
    assert!(annotated
        .segments
        .iter()
        .any(|a| a.segment_id == headline.id && a.names.iter().any(|n| n.surface == "وبايدن")));
    assert_eq!(
        (biden[0].surface.as_str(), biden[0].reference, biden[0].insert.as_str()),
        ("وبايدن", Reference::Second, "Biden")
    );
    assert_eq!(
        (biden[1].surface.as_str(), biden[1].reference, biden[1].insert.as_str()),
        ("جو بايدن", Reference::First, "Joe Biden")
    );
    assert!(biden[2..].iter().all(|n| n.reference == Reference::Second && n.insert == "Biden"));
    let surfaces: Vec<&str> = biden.iter().map(|n| n.surface.as_str()).collect();
    assert!(surfaces.contains(&"وبايدن") && surfaces.contains(&"لبايدن"), "{surfaces:?}");
    let kyiv = all.iter().find(|n| n.surface == "كييف").unwrap();
    assert_eq!((info(kyiv).english.as_str(), info(kyiv).kind), ("Kyiv", NameType::Place));
    // Offsets are UTF-16 code units of the source: they cut out the surface.
    let seg = segments.iter().find(|s| s.source.contains("كييف")).unwrap();
    let units: Vec<u16> = seg.source.encode_utf16().collect();
    assert_eq!(String::from_utf16(&units[kyiv.start..kyiv.end]).unwrap(), "كييف");
}

#[test]
fn the_checks_flag_a_missing_name_a_deprecated_spelling_and_two_renderings() {
    let (mut store, id, compiled, segments) = with_sample();
    let with = |needle: &str| segments.iter().find(|s| s.source.contains(needle)).unwrap().id;
    let kyiv = with("كييف");
    let peskov = with("بيسكوف");
    store.save_target(kyiv, "Talks on Kiev went on.", None).unwrap();
    store.save_target(peskov, "Dmitri Peskov, the spokesman, said so.", None).unwrap();
    let before = name_issues(&store.segments(id).unwrap(), &compiled);
    let kinds: Vec<(IssueKind, &str, Option<&str>)> =
        before.iter().map(|i| (i.kind, i.expected.as_str(), i.found.as_deref())).collect();
    assert!(kinds.contains(&(IssueKind::Deprecated, "Kyiv", Some("Kiev"))), "{kinds:?}");
    assert!(kinds.contains(&(IssueKind::Deprecated, "Dmitry Peskov", Some("Dmitri Peskov"))), "{kinds:?}");
    // A deprecated spelling is not also reported as a missing name.
    assert!(!before.iter().any(|i| i.kind == IssueKind::Missing && i.expected == "Kyiv"), "{before:?}");
    // Fixed spelling: the Kyiv issues go.
    store.save_target(kyiv, "Talks on Kyiv went on.", None).unwrap();
    let after = name_issues(&store.segments(id).unwrap(), &compiled);
    assert!(!after.iter().any(|i| i.expected == "Kyiv"), "{after:?}");
    assert!(
        after.iter().any(|i| i.kind == IssueKind::Missing && i.segment_id == kyiv && i.expected == "Vladimir Putin"),
        "{after:?}"
    );
    // The untranslated segments are not checked; a translation without the name is.
    let headline = segments[0].id;
    assert!(!after.iter().any(|i| i.segment_id == headline));
    let biden = with("بايدن");
    store.save_target(biden, "The two presidents will talk.", None).unwrap();
    let missing = name_issues(&store.segments(id).unwrap(), &compiled);
    assert!(
        missing.iter().any(|i| i.kind == IssueKind::Missing && i.segment_id == biden && i.expected == "Joe Biden"),
        "{missing:?}"
    );
    // Excluded segments are not checked.
    store.set_segment_excluded(biden, true).unwrap();
    assert!(!name_issues(&store.segments(id).unwrap(), &compiled).iter().any(|i| i.segment_id == biden));
    assert_eq!(store.segment(biden).unwrap().status, SegmentStatus::Excluded);
}

#[test]
fn one_name_rendered_two_ways_is_flagged_where_it_differs() {
    let (mut store, id, compiled, segments) = with_sample();
    let putin: Vec<i64> = segments
        .iter()
        .filter(|s| s.kind != dragoman_core::SegmentKind::Headline && s.source.contains("بوتين"))
        .map(|s| s.id)
        .collect();
    assert!(putin.len() >= 3, "{putin:?}");
    store.save_target(putin[0], "Vladimir Putin wants talks.", None).unwrap();
    for p in &putin[1..] {
        store.save_target(*p, "Putin said it again.", None).unwrap();
    }
    // First and second reference forms are one rendering.
    let inconsistent = |store: &Store| {
        name_issues(&store.segments(id).unwrap(), &compiled)
            .into_iter()
            .filter(|i| i.kind == IssueKind::Inconsistent)
            .collect::<Vec<_>>()
    };
    assert!(inconsistent(&store).is_empty());
    store.save_target(putin[2], "Poutine said it again.", None).unwrap();
    let issues = inconsistent(&store);
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!(
        (issues[0].segment_id, issues[0].found.as_deref(), issues[0].expected.as_str()),
        (putin[2], Some("Poutine"), "Vladimir Putin")
    );
}

#[test]
fn the_house_form_is_never_the_odd_one_out() {
    let (mut store, id, compiled, segments) = with_sample();
    let biden: Vec<i64> = segments
        .iter()
        .filter(|s| s.kind != dragoman_core::SegmentKind::Headline && s.source.contains("بايدن"))
        .map(|s| s.id)
        .collect();
    // Misspelt twice, right once: the misspellings are flagged, not the house form.
    store.save_target(biden[0], "Talks with Joe Bayden.", None).unwrap();
    store.save_target(biden[1], "A letter to Bayden.", None).unwrap();
    store.save_target(biden[2], "Putin and Biden.", None).unwrap();
    let issues: Vec<_> = name_issues(&store.segments(id).unwrap(), &compiled)
        .into_iter()
        .filter(|i| i.kind == IssueKind::Inconsistent)
        .collect();
    assert_eq!(issues.iter().map(|i| i.segment_id).collect::<Vec<_>>(), vec![biden[0], biden[1]], "{issues:?}");
    assert!(issues.iter().all(|i| i.expected == "Joe Biden"));
}

#[test]
fn the_compiled_glossary_follows_edits_without_a_rebuild() {
    let mut store = Store::open_in_memory().unwrap();
    let e = store.add_entry(&entry("بايدن", "Biden")).unwrap();
    let mut compiled = Compiled::new(store.glossary_entries().unwrap());
    assert_eq!(compiled.find("قال وبايدن").len(), 1);
    let e2 = store.update_entry(e.id, &entry("بوتين", "Putin")).unwrap();
    compiled.upsert(e2);
    assert!(compiled.find("قال وبايدن").is_empty());
    assert_eq!(compiled.find("قال لبوتين")[0].1.entry.english, "Putin");
    compiled.remove(e.id);
    assert!(compiled.find("قال لبوتين").is_empty());
    assert!(compiled.is_empty());
}

#[test]
fn tbx_round_trips_through_the_store_and_unusable_files_change_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    import_sample(&mut store);
    let before = store.glossary_entries().unwrap();
    let plain: Vec<GlossaryEntry> = before.iter().map(|e| e.entry.clone()).collect();
    let tbx = glossary_file::write(&plain, GlossaryFormat::Tbx);
    // Read back through the same door as a user's file: same names, nothing changes.
    let (entries, skipped) = glossary_file::read_file(&tbx).unwrap();
    assert!(skipped.is_empty());
    let (report, _) = store.import_glossary(&entries, skipped).unwrap();
    assert_eq!((report.added, report.updated, report.unchanged), (0, 0, 14));
    assert_eq!(store.glossary_entries().unwrap(), before);

    let unusable: [(&[u8], &str); 6] = [
        (b"<?xml version=\"1.0\"?><!DOCTYPE tbx [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><tbx>&e;</tbx>", "xml-dtd"),
        (b"<?xml version=\"1.0\"?><tbx><text><body><conceptEntry id=\"c1\">", "xml-malformed"),
        (b"<?xml version=\"1.0\"?><html><body>hello</body></html>", "not-tbx"),
        (b"name,translation\nx,y\n", "glossary-columns"),
        (b"\x00\x01\x02PK\x03\x04binary", "not-text"),
        (b"   \n ", "empty-text"),
    ];
    for (bytes, kind) in unusable {
        let e = glossary_file::read_file(bytes).unwrap_err();
        assert_eq!(e.kind(), kind, "{e}");
    }
    let huge = vec![b'a'; dragoman_core::MAX_IMPORT_BYTES + 1];
    assert_eq!(glossary_file::read_file(&huge).unwrap_err().kind(), "too-large");
    assert_eq!(store.glossary_entries().unwrap(), before);
}

#[test]
fn a_utf16_csv_from_a_spreadsheet_imports() {
    let text = "arabic,english,type\nكييف,Kyiv,place\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let (entries, skipped) = glossary_file::read_file(&bytes).unwrap();
    assert!(skipped.is_empty());
    assert_eq!(entries[0].english, "Kyiv");
}

#[test]
fn duplicates_in_a_tbx_file_are_skipped_so_a_second_import_changes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let twice = [entry("بوتين", "Putin"), entry("بُوتين", "Poutine")];
    let tbx = glossary_file::write(&twice, GlossaryFormat::Tbx);
    let (entries, skipped) = glossary_file::read_file(&tbx).unwrap();
    let (first, _) = store.import_glossary(&entries, skipped.clone()).unwrap();
    assert_eq!((first.added, first.skipped.len()), (1, 1));
    assert_eq!(first.skipped[0].reason, SkipReason::DuplicateInFile);
    let (second, _) = store.import_glossary(&entries, skipped).unwrap();
    assert_eq!((second.added, second.updated, second.unchanged), (0, 0, 1));
    assert_eq!(store.glossary_entries().unwrap()[0].entry.english, "Putin");
}

#[test]
fn a_name_spelt_another_way_is_reported_with_that_spelling_and_as_inconsistent() {
    let (mut store, id, compiled, segments) = with_sample();
    let biden: Vec<i64> = segments
        .iter()
        .filter(|s| s.kind != dragoman_core::SegmentKind::Headline && s.source.contains("بايدن"))
        .map(|s| s.id)
        .collect();
    store.save_target(biden[0], "Putin wants the talks with Joe Biden to open the security talks.", None).unwrap();
    store.save_target(biden[1], "Putin wrote to Bayden that both countries bear responsibility.", None).unwrap();
    store.save_target(biden[2], "Putin and Biden will lay the groundwork.", None).unwrap();
    let issues = name_issues(&store.segments(id).unwrap(), &compiled);
    let missing = issues
        .iter()
        .find(|i| i.kind == IssueKind::Missing && i.segment_id == biden[1] && i.expected == "Joe Biden")
        .expect("Bayden is not Biden");
    assert_eq!(missing.found.as_deref(), Some("Bayden"));
    let odd = issues.iter().find(|i| i.kind == IssueKind::Inconsistent).expect("two renderings of Biden");
    assert_eq!((odd.segment_id, odd.found.as_deref(), odd.expected.as_str()), (biden[1], Some("Bayden"), "Joe Biden"));
}
