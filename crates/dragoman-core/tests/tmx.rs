//! TMX translation memories: a file from another tool imports with its language variants,
//! inline codes, dates and skipped units; what Dragoman exports reads back as it was; the
//! same file twice changes nothing; dangerous, broken or foreign files are refused whole and
//! leave the memory as it was. The files of other tools (`$DRAGOMAN_CORPORA/04_formats/tmx`)
//! and the DTD check (`$DRAGOMAN_SCHEMAS/tmx14.dtd`) are `#[ignore]`d: `make eval` runs them.
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use dragoman_core::formats::tmx::{self, parse_date, TmxItem, TmxSkipReason};
use dragoman_core::model::Unit;
use dragoman_core::usecases::tmx::{export, import, TmxReport, MAX_TMX_BYTES};
use dragoman_core::{sample, SegmentStatus, Store};

#[path = "support/eval.rs"]
mod eval;

const NEWS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/tmx/news.tmx");

fn store(dir: &Path, name: &str) -> Store {
    Store::open(&dir.join(name)).unwrap()
}

/// Every unit, all fields, in id order: what "the memory is unchanged" compares.
fn units(store: &Store) -> Vec<Unit> {
    let mut all = Vec::new();
    store
        .for_each_unit(None, |u| {
            all.push(u);
            Ok(())
        })
        .unwrap();
    assert_eq!(all.len() as i64, store.unit_count().unwrap());
    all
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// The line of the first line of `text` holding `needle`.
fn line_of(text: &str, needle: &str) -> u64 {
    text.lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle} not in the text")) as u64 + 1
}

fn tmx_with(body: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"t\" creationtoolversion=\"1\" \
         segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n<body>\n{body}\n</body>\n</tmx>\n"
    )
}

fn tu(ar: &str, en: &str) -> String {
    format!("<tu><tuv xml:lang=\"ar\"><seg>{ar}</seg></tuv><tuv xml:lang=\"en\"><seg>{en}</seg></tuv></tu>")
}

fn by_source<'a>(units: &'a [Unit], source: &str) -> &'a Unit {
    units.iter().find(|u| u.source == source).unwrap_or_else(|| panic!("no unit {source:?} in {units:#?}"))
}

#[test]
fn a_memory_imports_with_language_variants_inline_codes_dates_and_skipped_units_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store(dir.path(), "m.db");
    let report = import(&mut store, Path::new(NEWS)).unwrap();
    let text = std::fs::read_to_string(NEWS).unwrap();
    assert_eq!((report.added, report.updated, report.unchanged), (5, 0, 0));
    let skipped: Vec<(u64, TmxSkipReason, Option<&str>)> =
        report.skipped.iter().map(|s| (s.line, s.reason, s.tuid.as_deref())).collect();
    assert_eq!(
        skipped,
        vec![
            (line_of(&text, "tuid=\"n5\""), TmxSkipReason::NoLanguage, Some("n5")),
            (line_of(&text, "tuid=\"n6\""), TmxSkipReason::NoArabic, Some("n6")),
            (line_of(&text, "tuid=\"n7\""), TmxSkipReason::NoEnglish, Some("n7")),
            (line_of(&text, "tuid=\"n8\""), TmxSkipReason::EmptyText, Some("n8")),
        ]
    );

    let all = units(&store);
    assert_eq!(all.len(), 5);
    let n1 = by_source(&all, "قال الكرملين إن المحادثات كانت بناءة.");
    assert_eq!(n1.target, "The Kremlin said the talks were constructive.");
    assert_eq!((n1.source_lang.as_str(), n1.target_lang.as_str(), n1.origin.as_str()), ("ar", "en", "news.tmx"));
    assert_eq!((n1.created_by.as_deref(), n1.changed_by.as_deref()), (Some("salma"), Some("omar")));
    assert_eq!(n1.created_at, parse_date("20250102T093000Z").unwrap());
    assert_eq!(n1.updated_at, parse_date("20250103T101500Z").unwrap());
    assert_eq!(n1.created_at, 1_735_810_200_000, "2025-01-02 09:30:00 UTC");
    // No changedate: changed when created.
    let n2 = by_source(&all, "ارتفعت أسعار النفط بنسبة ٣٪ يوم الاثنين.");
    assert_eq!((n2.source_lang.as_str(), n2.target_lang.as_str()), ("ar-EG", "en-US"));
    assert_eq!(n2.updated_at, n2.created_at);
    // English first in the file, upper case and an underscore in the codes; escapes resolved.
    let n3 = by_source(&all, "التقى الوزير ونائبه «الصحفيين» اليوم.");
    assert_eq!(n3.target, "The minister & his deputy met \"reporters\" <today>.");
    assert_eq!((n3.source_lang.as_str(), n3.target_lang.as_str()), ("AR-SA", "EN-GB"));
    // Native codes dropped, <hi>'s text kept.
    let n4 = by_source(&all, "أعلنت وزارة الصحة عن حالات جديدة.");
    assert_eq!(n4.target, "The Ministry of Health announced new cases.");
    // TMX 1.1's `lang`; a line break in the file is layout.
    let last = by_source(&all, "وصل الرئيس إلى القاهرة مساء أمس.");
    assert_eq!(last.target, "The president arrived in Cairo last night.");
    assert!(last.created_by.is_none());
}

#[test]
fn importing_the_same_file_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store(dir.path(), "m.db");
    import(&mut store, Path::new(NEWS)).unwrap();
    let before = units(&store);
    let again = import(&mut store, Path::new(NEWS)).unwrap();
    assert_eq!((again.added, again.updated, again.unchanged, again.skipped.len()), (0, 0, 5, 4));
    assert_eq!(units(&store), before);
}

#[test]
fn a_changed_translation_of_the_same_unit_of_the_same_file_is_updated_not_added() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store(dir.path(), "m.db");
    let with_id = |en: &str| tu("السلام عليكم", en).replacen("<tu>", "<tu tuid=\"s1\">", 1);
    let path = write(dir.path(), "mem.tmx", tmx_with(&with_id("Peace be upon you")));
    import(&mut store, &path).unwrap();
    write(dir.path(), "mem.tmx", tmx_with(&with_id("Hello")));
    let report = import(&mut store, &path).unwrap();
    assert_eq!((report.added, report.updated, report.unchanged), (0, 1, 0));
    let all = units(&store);
    assert_eq!((all.len(), all[0].target.as_str()), (1, "Hello"));
    // A file of the same name whose units have no ids (another colleague's memory.tmx):
    // its translation is kept beside the other, never over it.
    write(dir.path(), "mem.tmx", tmx_with(&tu("السلام عليكم", "Greetings")));
    let report = import(&mut store, &path).unwrap();
    assert_eq!((report.added, report.updated), (1, 0));
    assert_eq!(units(&store).len(), 2);
}

/// A store with an article whose confirmed segments are units, some with text that XML must
/// escape or cannot carry, and the units of `news.tmx`.
fn filled(dir: &Path, name: &str) -> (Store, i64) {
    let mut store = store(dir, name);
    let article = store.create_article(&sample::sample_article()).unwrap().id;
    let segments = store.segments(article).unwrap();
    let targets = [
        "Kremlin: Putin–Biden talks <a start> & \"more\" 'to come' ]]>",
        "Two\tcolumns and a line\nbreak, a CR\r and a bell\u{7} dropped",
        "Astral 𝄞 and emoji 🕊️, RTL mark \u{200F} kept",
    ];
    for (seg, target) in segments.iter().filter(|s| !s.source.trim().is_empty()).zip(targets) {
        store.update_segment_target(seg.id, target).unwrap();
        store.set_segment_status(seg.id, SegmentStatus::Translated).unwrap();
    }
    import(&mut store, Path::new(NEWS)).unwrap();
    (store, article)
}

#[test]
fn what_is_exported_imports_into_a_fresh_memory_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let (a, article) = filled(dir.path(), "a.db");
    let file = dir.path().join("out.tmx");
    assert_eq!(export(&a, &file, None).unwrap(), 8);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"));
    assert!(text.contains("srclang=\"ar\""), "{text}");
    assert!(!text.contains('\u{7}'));

    let mut b = store(dir.path(), "b.db");
    let report = import(&mut b, &file).unwrap();
    assert_eq!((report.added, report.skipped.len()), (8, 0), "{report:?}");
    type Row = (String, String, String, Option<String>, Option<String>, i64, i64);
    let rows = |s: &Store| -> Vec<Row> {
        units(s)
            .into_iter()
            .map(|u| {
                let source = u.source.replace('\u{7}', "");
                let target = u.target.replace('\u{7}', "");
                let (created, updated) = (u.created_at / 1000, u.updated_at / 1000);
                (source, target, u.origin, u.created_by, u.changed_by, created, updated)
            })
            .collect()
    };
    let (want, got) = (rows(&a), rows(&b));
    assert_eq!(got, want);
    let title = a.article(article).unwrap().title;
    assert_eq!(got.iter().filter(|r| r.2 == title).count(), 3, "the article's units keep its title as origin");
    // Language variants are written as the header's `ar` and `en`.
    assert!(units(&b).iter().all(|u| (u.source_lang.as_str(), u.target_lang.as_str()) == ("ar", "en")));
    assert!(units(&a).iter().any(|u| u.source_lang == "ar-EG"));
    assert!(got.iter().any(|r| r.1 == "Two\tcolumns and a line\nbreak, a CR\r and a bell dropped"));
    // Into the memory it came from: nothing new, but for the unit whose bell XML could not
    // carry (its text is not the same any more).
    let mut a = a;
    let before = units(&a);
    let again = import(&mut a, &file).unwrap();
    assert_eq!((again.added, again.updated, again.unchanged), (1, 0, 7));
    let after = units(&a);
    assert_eq!(after[..before.len()], before[..]);
    assert_eq!(after[before.len()].target, "Two\tcolumns and a line\nbreak, a CR\r and a bell dropped");
}

#[test]
fn an_articles_units_alone_are_exported() {
    let dir = tempfile::tempdir().unwrap();
    let (store, article) = filled(dir.path(), "a.db");
    let file = dir.path().join("one.tmx");
    assert_eq!(export(&store, &file, Some(article)).unwrap(), 3);
    let mut n = 0;
    tmx::read(std::io::BufReader::new(std::fs::File::open(&file).unwrap()), |item| {
        assert!(matches!(item, TmxItem::Unit(_)));
        n += 1;
        Ok(())
    })
    .unwrap();
    assert_eq!(n, 3);
    assert_eq!(export(&store, &file, Some(article + 100)).unwrap_err().kind(), "not-found");
    // An empty memory is a valid, empty file.
    let empty = self::store(dir.path(), "empty.db");
    assert_eq!(export(&empty, &file, None).unwrap(), 0);
    assert_eq!(import(&mut self::store(dir.path(), "e2.db"), &file).unwrap(), TmxReport::default());
}

#[test]
fn utf16_files_with_a_bom_are_read_as_they_stream() {
    let xml = tmx_with(&format!("{}\n{}", tu("مرحبا بالعالم", "Hello, world"), tu("𝄞 موسيقى", "𝄞 music")));
    for (bom, le) in [(&b"\xFF\xFE"[..], true), (&b"\xFE\xFF"[..], false)] {
        let mut bytes = bom.to_vec();
        for unit in xml.encode_utf16() {
            bytes.extend_from_slice(&if le { unit.to_le_bytes() } else { unit.to_be_bytes() });
        }
        let dir = tempfile::tempdir().unwrap();
        let mut store = store(dir.path(), "m.db");
        let report = import(&mut store, &write(dir.path(), "u16.tmx", &bytes)).unwrap();
        assert_eq!(report.added, 2, "{le}");
        assert_eq!(units(&store)[1].target, "𝄞 music");
    }
    // A UTF-8 BOM is dropped.
    let dir = tempfile::tempdir().unwrap();
    let mut store = store(dir.path(), "m.db");
    let report = import(&mut store, &write(dir.path(), "bom.tmx", format!("\u{FEFF}{xml}"))).unwrap();
    assert_eq!(report.added, 2);
}

/// What each hostile or broken file gives: the error kind, and (for malformed XML) a
/// fragment of the message.
fn hostile() -> Vec<(&'static str, Vec<u8>, &'static str, &'static str)> {
    let good = tu("صباح الخير", "Good morning");
    let dtd = |subset: &str, body: &str| {
        format!("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n{subset}\n]>\n{}", &tmx_with(body)[22..]).into_bytes()
    };
    let mut laughs = String::from("<!ENTITY lol \"lol\">\n");
    for i in 1..10 {
        let prev = if i == 1 { "lol".to_owned() } else { format!("lol{}", i - 1) };
        laughs.push_str(&format!("<!ENTITY lol{i} \"{}\">\n", format!("&{prev};").repeat(10)));
    }
    let deep = format!("{}{}", "<hi>".repeat(100_000), "</hi>".repeat(100_000));
    let news = std::fs::read(NEWS).unwrap();
    let mut junk: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    junk[..4].copy_from_slice(b"\x89PNG");
    junk[10] = 0;
    let mut utf16_no_bom = Vec::new();
    for unit in tmx_with(&good).encode_utf16() {
        utf16_no_bom.extend_from_slice(&unit.to_le_bytes());
    }
    let mut invalid = tmx_with(&tu("@@", "x")).into_bytes();
    let at = invalid.windows(2).position(|w| w == b"@@").unwrap();
    invalid.splice(at..at + 2, [0xC3, 0x28]);
    vec![
        ("an internal DTD subset", dtd("<!ELEMENT tmx ANY>", &good), "xml-dtd", ""),
        ("an entity", dtd("<!ENTITY e \"x\">", &tu("&e;", "e")), "xml-dtd", ""),
        ("billion laughs", dtd(&laughs, &tu("&lol9;", "lol")), "xml-dtd", ""),
        ("an external entity", dtd("<!ENTITY x SYSTEM \"file:///etc/passwd\">", &tu("&x;", "x")), "xml-dtd", ""),
        ("an undeclared entity", tmx_with(&tu("&nbsp;", "x")).into_bytes(), "xml-malformed", "line 5"),
        ("100,000 nested elements", tmx_with(&tu(&deep, "deep")).into_bytes(), "xml-malformed", "nested deeper"),
        ("a truncated file", news[..news.len() * 2 / 3].to_vec(), "xml-malformed", "line"),
        ("a mismatched end tag", tmx_with(&format!("{good}\n<tu></tuv>")).into_bytes(), "xml-malformed", "line 6"),
        ("a second root", format!("{}<tmx/>", tmx_with(&good)).into_bytes(), "xml-malformed", "second root"),
        ("a TBX glossary", b"<?xml version=\"1.0\"?>\n<tbx type=\"TBX-Basic\"><text/></tbx>".to_vec(), "not-tmx", ""),
        ("an HTML page", b"<!DOCTYPE html>\n<html><body><p>TMX</p></body></html>".to_vec(), "not-tmx", ""),
        ("plain text", "هذا نص عادي وليس ذاكرة ترجمة.\n".as_bytes().to_vec(), "not-tmx", ""),
        ("an empty file", Vec::new(), "not-tmx", ""),
        ("binary junk", junk, "not-text", ""),
        ("UTF-16 without a BOM", utf16_no_bom, "bad-encoding", ""),
        ("invalid UTF-8", invalid, "bad-encoding", ""),
        (
            "windows-1256 bytes",
            {
                let text = tmx_with(&good);
                encoding_rs::WINDOWS_1256.encode(&text).0.into_owned()
            },
            "bad-encoding",
            "",
        ),
        (
            "a declared windows-1256 encoding",
            tmx_with(&good).replace("UTF-8", "windows-1256").into_bytes(),
            "bad-encoding",
            "",
        ),
        (
            "a text over the event limit",
            tmx_with(&tu(&"ب".repeat(5_000_000), "long")).into_bytes(),
            "xml-malformed",
            "over",
        ),
    ]
}

#[test]
fn hostile_and_broken_files_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut kept = store(dir.path(), "kept.db");
    import(&mut kept, Path::new(NEWS)).unwrap();
    let before = units(&kept);
    for (what, bytes, kind, detail) in hostile() {
        let path = write(dir.path(), "bad.tmx", &bytes);
        let err = import(&mut kept, &path).expect_err(what);
        assert_eq!(err.kind(), kind, "{what}: {err}");
        assert!(err.to_string().contains(detail), "{what}: {err}");
        assert_eq!(units(&kept), before, "{what}");
        // A fresh memory stays empty too, even when good units came before the damage.
        let mut fresh = store(dir.path(), "fresh.db");
        assert_eq!(import(&mut fresh, &path).unwrap_err().kind(), kind, "{what}");
        assert_eq!(fresh.unit_count().unwrap(), 0, "{what}");
    }
}

#[test]
fn a_segment_over_the_limit_is_skipped_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store(dir.path(), "m.db");
    let long = "ب ".repeat(tmx::MAX_SEGMENT_BYTES / 2);
    let body = format!("{}\n{}", tu(&long, "long"), tu("قصير", "short"));
    let report = import(&mut store, &write(dir.path(), "long.tmx", tmx_with(&body))).unwrap();
    assert_eq!(report.added, 1);
    assert_eq!((report.skipped[0].line, report.skipped[0].reason), (5, TmxSkipReason::TooLong));
}

#[test]
fn what_is_not_a_regular_file_or_too_large_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store(dir.path(), "m.db");
    assert_eq!(import(&mut store, dir.path()).unwrap_err().kind(), "not-a-file");
    assert_eq!(import(&mut store, &dir.path().join("missing.tmx")).unwrap_err().kind(), "io");
    // A FIFO would block a reader until something writes to it.
    let fifo = dir.path().join("fifo.tmx");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    assert_eq!(import(&mut store, &fifo).unwrap_err().kind(), "not-a-file");
    // Sparse: nothing is written to the disk.
    let big = std::fs::File::create(dir.path().join("big.tmx")).unwrap();
    big.set_len(MAX_TMX_BYTES + 1).unwrap();
    let err = import(&mut store, &dir.path().join("big.tmx")).unwrap_err();
    assert_eq!(err.kind(), "tmx-too-large", "{err}");
    assert_eq!(store.unit_count().unwrap(), 0);
}

#[test]
fn an_export_that_fails_leaves_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = filled(dir.path(), "a.db");
    let file = dir.path().join("old.tmx");
    std::fs::File::create(&file).unwrap().write_all(b"old").unwrap();
    // Into a folder that does not exist: refused, and nothing is left behind.
    let err = export(&store, &dir.path().join("no/such/dir.tmx"), None).unwrap_err();
    assert_eq!(err.kind(), "write-failed");
    assert_eq!(std::fs::read(&file).unwrap(), b"old");
    export(&store, &file, None).unwrap();
    assert!(std::fs::read_dir(dir.path()).unwrap().all(|e| !e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .ends_with("-tmp")));
}

fn xmllint_dtd(dtd: &Path, file: &Path) {
    let out = Command::new("xmllint")
        .args(["--noout", "--nonet", "--dtdvalid"])
        .arg(dtd)
        .arg(file)
        .output()
        .expect("xmllint (Debian package libxml2-utils) must be installed");
    assert!(out.status.success(), "xmllint: {}", String::from_utf8_lossy(&out.stderr));
}

/// `make eval`: the export validates against the TMX 1.4b DTD (`$DRAGOMAN_SCHEMAS/tmx14.dtd`;
/// LISA's DTD is not copied into the repository).
#[test]
#[ignore = "needs $DRAGOMAN_SCHEMAS (make eval)"]
fn the_export_validates_against_the_tmx_14_dtd() {
    let dtd = eval::schemas().join("tmx14.dtd");
    assert!(dtd.is_file(), "{} is missing", dtd.display());
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = filled(dir.path(), "a.db");
    let file = dir.path().join("out.tmx");
    export(&store, &file, None).unwrap();
    xmllint_dtd(&dtd, &file);
    export(&self::store(dir.path(), "empty.db"), &file, None).unwrap();
    xmllint_dtd(&dtd, &file);
}

/// `make eval`: every TMX file from other tools imports, or is refused for a reason that is
/// right for it; prints what each gave.
#[test]
#[ignore = "needs $DRAGOMAN_CORPORA (make eval)"]
fn tmx_files_from_other_tools_import() {
    let root = eval::corpus("04_formats/tmx");
    let mut files = Vec::new();
    let mut dirs = vec![root.clone()];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("tmx")) {
                files.push(p);
            }
        }
    }
    files.sort();
    assert!(files.len() >= 20, "{} TMX files under {}", files.len(), root.display());
    let dir = tempfile::tempdir().unwrap();
    let mut arabic = 0;
    for file in &files {
        let name = file.strip_prefix(&root).unwrap().display().to_string();
        let mut store = Store::open(&dir.path().join(format!("{}.db", name.replace('/', "_")))).unwrap();
        match import(&mut store, file) {
            Ok(r) => {
                let mut reasons: Vec<&str> = r.skipped.iter().map(|s| s.reason.as_str()).collect();
                reasons.dedup();
                println!(
                    "{name}: {} added, {} updated, {} unchanged, {} skipped {reasons:?}",
                    r.added,
                    r.updated,
                    r.unchanged,
                    r.skipped_total()
                );
                // A file with Arabic and English gives units; the others say why they give none.
                assert_eq!(r.added, store.unit_count().unwrap() as usize, "{name}");
                if r.added > 0 {
                    arabic += 1;
                    assert!(units(&store).iter().all(|u| !u.source.is_empty() && !u.target.is_empty()));
                } else {
                    assert!(r.skipped_total() > 0, "{name}: nothing added and nothing skipped");
                }
            }
            Err(e) => panic!("{name}: {} ({e})", e.kind()),
        }
    }
    assert!(arabic >= 1, "no file with Arabic and English units");
    // TICO-19: 3,071 units, each with Arabic and English; the same English sentence twice
    // with the same Arabic is one unit.
    let mut store = Store::open(&dir.path().join("tico.db")).unwrap();
    let r = import(&mut store, &root.join("tico19_all.en-ar.tmx")).unwrap();
    assert_eq!(r.added + r.updated + r.unchanged, 3071, "{r:?}");
    assert!(r.skipped.is_empty());
}

#[test]
fn a_report_lists_the_first_thousand_skipped_units_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store(dir.path(), "m.db");
    let french = "<tu><tuv xml:lang=\"fr\"><seg>Bonjour</seg></tuv><tuv xml:lang=\"de\"><seg>Hallo</seg></tuv></tu>\n";
    let body = format!("{}{}", french.repeat(1_005), tu("شكرا", "Thank you"));
    let report = import(&mut store, &write(dir.path(), "many.tmx", tmx_with(&body))).unwrap();
    assert_eq!((report.added, report.skipped.len(), report.skipped_more, report.skipped_total()), (1, 1000, 5, 1005));
    assert_eq!((report.skipped[999].line, report.skipped[999].reason), (5 + 999, TmxSkipReason::NoLanguage));
}
