//! `dragoman qa`: the checks from the command line, for a pipeline: a report per issue (or
//! JSON), exit status 0 clean, 1 issues, 2 an error; and the locales have a message for every
//! kind of issue.
use std::path::Path;
use std::process::{Command, Output};

use dragoman_core::qa::{Check, IssueKind};
use dragoman_core::{SegmentStatus, Store};
use dragoman_l10n::{Lang, Localizer};

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

const TMX: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ar" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="ar"><seg>ارتفع التضخم إلى ٢٫٧٪ في عام ٢٠٢١</seg></tuv><tuv xml:lang="en"><seg>Inflation rose to 7.2% in 2021</seg></tuv></tu>
<tu><tuv xml:lang="ar"><seg>قتل ثلاثة أشخاص</seg></tuv><tuv xml:lang="en"><seg>Three people were killed</seg></tuv></tu>
</body></tmx>"#;

#[test]
fn qa_of_a_file_reports_each_issue_and_exits_1_then_0_when_fixed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let file = dir.path().join("pairs.tmx");
    std::fs::write(&file, TMX).unwrap();
    let path = file.to_str().unwrap();

    let o = dragoman(&db, "en_US.UTF-8", &["qa", path, "--json"]);
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    let lines: serde_json::Value = serde_json::from_str(&text(&o.stdout)).unwrap();
    assert_eq!(
        lines,
        serde_json::json!([{
            "segment": 1, "kind": "number-changed", "found": "7.2", "expected": "2.7",
            "source": "ارتفع التضخم إلى ٢٫٧٪ في عام ٢٠٢١", "target": "Inflation rose to 7.2% in 2021"
        }])
    );
    let o = dragoman(&db, "en_US.UTF-8", &["qa", path]);
    let out = text(&o.stdout);
    assert!(out.contains("Segment 1 (number-changed): “7.2” where the Arabic has 2.7."), "{out}");
    assert!(out.contains("One issue."), "{out}");
    let o = dragoman(&db, "ar_EG.UTF-8", &["qa", path]);
    let out = text(&o.stdout);
    assert!(out.contains("المقطع 1 (number-changed): «7.2» والرقم في العربية 2.7."), "{out}");
    assert!(out.contains("ملاحظة واحدة."), "{out}");

    std::fs::write(&file, TMX.replace("7.2%", "2.7%")).unwrap();
    let o = dragoman(&db, "en_US.UTF-8", &["qa", path]);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    assert!(text(&o.stdout).contains("No issues."));
}

#[test]
fn qa_of_a_stored_article_and_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let id = {
        let mut store = Store::open(&db).unwrap();
        let id = store.create_article(&dragoman_core::sample::sample_article()).unwrap().id;
        let segs = store.segments(id).unwrap();
        // Segment 13 (position 12): the talks in Geneva on 10 January.
        let s = &segs[12];
        assert!(s.source.contains("العاشر من يناير"));
        store.save_target(s.id, "Putin and Biden will prepare the Geneva talks of January 11.", None).unwrap();
        store.set_segment_status(s.id, SegmentStatus::Translated).unwrap();
        id
    };
    let o = dragoman(&db, "en_US.UTF-8", &["qa", &id.to_string(), "--json"]);
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    let lines: serde_json::Value = serde_json::from_str(&text(&o.stdout)).unwrap();
    assert_eq!(lines[0]["segment"], 13);
    assert_eq!((lines[0]["kind"].as_str(), lines[0]["found"].as_str()), (Some("number-changed"), Some("11")));

    // No such article, a file that is not TMX, a path that is not there: exit 2, in words.
    let o = dragoman(&db, "en_US.UTF-8", &["qa", "999"]);
    assert_eq!(o.status.code(), Some(2), "{o:?}");
    assert!(text(&o.stderr).starts_with("error: "), "{o:?}");
    let junk = dir.path().join("junk.tmx");
    std::fs::write(&junk, "not xml <<<").unwrap();
    assert_eq!(dragoman(&db, "en_US.UTF-8", &["qa", junk.to_str().unwrap()]).status.code(), Some(2));
    assert_eq!(dragoman(&db, "en_US.UTF-8", &["qa", "/nonexistent/x.tmx"]).status.code(), Some(2));
    // Bad usage is clap's 2 as well.
    assert_eq!(dragoman(&db, "en_US.UTF-8", &["qa"]).status.code(), Some(2));
}

#[test]
fn every_kind_and_check_has_a_message_in_both_languages() {
    for lang in [Lang::En, Lang::Ar] {
        let l10n = Localizer::new(lang);
        for kind in IssueKind::ALL {
            assert!(l10n.has(&format!("qa-{}", kind.as_str())), "{lang:?} lacks qa-{}", kind.as_str());
        }
        for check in Check::ALL {
            assert!(l10n.has(&format!("qa-check-{}", check.as_str())), "{lang:?} lacks qa-check-{}", check.as_str());
        }
    }
}
