//! `dragoman tm`: the translation memory's TMX files, run as a user would run them.
use std::path::Path;
use std::process::{Command, Output};

const NEWS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/tmx/news.tmx");

fn dragoman(db: &Path, lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dragoman"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("dragoman runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "{o:?}");
    serde_json::from_str(&text(&o.stdout)).unwrap()
}

#[test]
fn tm_import_reports_skipped_lines_and_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let o = dragoman(&db, "en_US.UTF-8", &["tm", "import", NEWS]);
    assert!(o.status.success(), "{o:?}");
    let out = text(&o.stdout);
    assert!(out.starts_with("Translation memory: 5 added, 0 updated, 0 unchanged, 4 skipped."), "{out}");
    assert!(out.contains("  line 25 (tuid n5): neither Arabic nor English (other languages only)"), "{out}");
    assert!(out.contains("  line 36 (tuid n8): the Arabic or the English is empty"), "{out}");

    let report = json(&dragoman(&db, "en_US.UTF-8", &["tm", "import", NEWS, "--json"]));
    assert_eq!((report["added"].as_u64(), report["unchanged"].as_u64()), (Some(0), Some(5)));
    assert_eq!(report["skipped"][1], serde_json::json!({"line": 29, "reason": "no-arabic", "tuid": "n6"}));
    assert_eq!(report["skippedMore"], 0);

    let o = dragoman(&db, "ar_EG.UTF-8", &["tm", "import", NEWS]);
    let out = text(&o.stdout);
    assert!(out.contains("ذاكرة الترجمة: أضيفت 0، وتم تحديث 0، وبقيت 5 دون تغيير، وتم تخطي 4."), "{out}");
    assert!(out.contains("السطر 33 (المعرف n7): لا نص إنجليزيا فيها"), "{out}");
}

#[test]
fn tm_export_writes_what_a_fresh_memory_imports_and_a_bad_file_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.db"), dir.path().join("b.db"));
    let file = dir.path().join("out.tmx");
    let file = file.to_str().unwrap();
    assert!(dragoman(&a, "en_US.UTF-8", &["tm", "import", NEWS]).status.success());
    let o = dragoman(&a, "en_US.UTF-8", &["tm", "export", file]);
    assert_eq!(text(&o.stdout).trim(), format!("Wrote 5 units to {file}."));
    let o = dragoman(&a, "ar_EG.UTF-8", &["tm", "export", file]);
    assert_eq!(text(&o.stdout).trim(), format!("كتبت 5 وحدات في {file}."));
    let report = json(&dragoman(&b, "en_US.UTF-8", &["tm", "import", file, "--json"]));
    assert_eq!((report["added"].as_u64(), report["skipped"].as_array().map(Vec::len)), (Some(5), Some(0)));

    // Not TMX: refused on stderr, exit 1, the memory as it was.
    let bad = dir.path().join("bad.tmx");
    std::fs::write(&bad, "<tbx><text/></tbx>").unwrap();
    let o = dragoman(&b, "en_US.UTF-8", &["tm", "import", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("This file is not a TMX translation memory; nothing was imported."), "{o:?}");
    let o = dragoman(&b, "ar_EG.UTF-8", &["tm", "import", bad.to_str().unwrap()]);
    assert!(text(&o.stderr).contains("هذا الملف ليس ذاكرة ترجمة بصيغة TMX"), "{o:?}");
    let again = json(&dragoman(&b, "en_US.UTF-8", &["tm", "import", file, "--json"]));
    assert_eq!((again["added"].as_u64(), again["unchanged"].as_u64()), (Some(0), Some(5)));

    let o = dragoman(&b, "en_US.UTF-8", &["tm", "export", file, "--article", "7"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn tm_match_adapts_a_number_and_search_finds_words_behind_clitics() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    assert!(dragoman(&db, "en_US.UTF-8", &["tm", "import", NEWS]).status.success());
    // The unit "Oil prices rose 3% on Monday", asked with another figure and harakat.
    let found =
        json(&dragoman(&db, "en_US.UTF-8", &["tm", "match", "ارتفعَت أسعار النفط بنسبة ٥٪ يوم الاثنين.", "--json"]));
    let best = &found[0];
    assert_eq!(best["target"], "Oil prices rose 5% on Monday.");
    assert_eq!(best["adapted"], true);
    assert!(best["score"].as_u64().unwrap() >= 95 && best["score"].as_u64().unwrap() < 100, "{best}");
    assert_eq!(best["origin"], "news.tmx");
    // Nothing like it: an empty list, and a plain sentence in each language.
    let none =
        json(&dragoman(&db, "en_US.UTF-8", &["tm", "match", "سقطت أمطار غزيرة على المدينة", "--json", "--min", "60"]));
    assert_eq!(none, serde_json::json!([]));
    let o = dragoman(&db, "ar_EG.UTF-8", &["tm", "match", "سقطت أمطار غزيرة على المدينة"]);
    assert_eq!(text(&o.stdout).trim(), "لا مطابقة في الذاكرة.");

    let o = dragoman(&db, "en_US.UTF-8", &["search", "والكرملين", "--json"]);
    let hits = json(&o);
    assert_eq!(hits["arabic"], true);
    assert_eq!(hits["hits"][0]["target"], "The Kremlin said the talks were constructive.");
    let o = dragoman(&db, "en_US.UTF-8", &["search", "OIL prices"]);
    let out = text(&o.stdout);
    assert!(out.starts_with("memory\tnews.tmx\tارتفعت أسعار النفط"), "{out}");
    let o = dragoman(&db, "en_US.UTF-8", &["search", "zebra"]);
    assert_eq!(text(&o.stdout).trim(), "Nothing found in the memory or the articles.");
}
