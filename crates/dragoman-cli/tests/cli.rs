//! The `dragoman` binary, run as a user would run it.
use std::path::Path;
use std::process::{Command, Output};

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../dragoman-core/assets/sample-kremlin-putin-biden.ar.txt");

fn dragoman(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dragoman"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("dragoman runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn import_list_show_delete_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");

    let o = dragoman(&db, &["import", SAMPLE, "--title", "Kremlin"]);
    assert!(o.status.success(), "{o:?}");
    assert!(stdout(&o).contains("Imported “Kremlin” as article 1"), "{}", stdout(&o));

    let o = dragoman(&db, &["list", "--json"]);
    assert!(o.status.success());
    let list: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(list[0]["title"], "Kremlin");
    assert_eq!(list[0]["origin"], "sample-kremlin-putin-biden.ar.txt");
    assert_eq!(list[0]["translatedCount"], 0);
    assert!(list[0]["segmentCount"].as_i64().unwrap() > 10);

    let o = dragoman(&db, &["show", "1", "--json"]);
    assert!(o.status.success());
    let shown: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let segs = shown["segments"].as_array().unwrap();
    assert_eq!(segs[0]["source"], "رئيس التحرير");
    assert_eq!(segs[2]["kind"], "headline");
    assert!(segs.iter().any(|s| s["source"].as_str().unwrap().starts_with("أفاد الكرملين")));

    let o = dragoman(&db, &["show", "1"]);
    assert!(stdout(&o).contains("ar: رئيس التحرير"));

    let o = dragoman(&db, &["delete", "1"]);
    assert!(o.status.success());
    assert_eq!(stdout(&o).trim(), "Deleted article 1.");
    let o = dragoman(&db, &["list"]);
    assert_eq!(stdout(&o).trim(), "No articles.");
}

#[test]
fn errors_go_to_stderr_with_a_non_zero_exit() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");

    let o = dragoman(&db, &["show", "42"]);
    assert!(!o.status.success());
    assert!(o.stdout.is_empty());
    assert!(String::from_utf8_lossy(&o.stderr).contains("This item no longer exists"));

    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "  \n\n \n").unwrap();
    let o = dragoman(&db, &["import", empty.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("There is no text to translate"));

    let binary = dir.path().join("x.bin");
    std::fs::write(&binary, [0x13, 0x00, 0x8F, 0x00, 0x01, 0xFE, 0x00, 0x02]).unwrap();
    let o = dragoman(&db, &["import", binary.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("not text"));

    let pdf = dir.path().join("x.pdf");
    std::fs::write(&pdf, b"%PDF-1.4\n1 0 obj").unwrap();
    let o = dragoman(&db, &["import", pdf.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot be imported"), "{o:?}");

    // Nothing of the failed imports was stored.
    let o = dragoman(&db, &["list", "--json"]);
    assert_eq!(stdout(&o).trim(), "[]");
}

#[test]
fn errors_speak_arabic_in_an_arabic_locale() {
    let dir = tempfile::tempdir().unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_dragoman"))
        .arg("--db")
        .arg(dir.path().join("d.db"))
        .args(["delete", "9"])
        .env("LANG", "ar_EG.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("خطأ: لم يعد هذا العنصر موجودا"), "{err}");
}

#[test]
fn a_database_from_a_newer_dragoman_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    assert!(dragoman(&db, &["list"]).status.success());
    // Pretend a future Dragoman wrote it.
    set_user_version(&db, 999);
    let before = std::fs::read(&db).unwrap();
    let o = dragoman(&db, &["list"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("newer version of Dragoman"));
    assert_eq!(before, std::fs::read(&db).unwrap());
}

/// Set `PRAGMA user_version` by patching the header (bytes 60..64, big-endian), so the
/// test does not need its own SQLite.
fn set_user_version(db: &Path, version: u32) {
    // The CLI closed cleanly, so the WAL was checkpointed into the main file and removed.
    assert!(!db.with_extension("db-wal").exists());
    let mut bytes = std::fs::read(db).unwrap();
    bytes[60..64].copy_from_slice(&version.to_be_bytes());
    std::fs::write(db, bytes).unwrap();
}

#[test]
fn segment_prints_the_structure_and_import_reads_windows_1256() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let o = dragoman(&db, &["segment", SAMPLE]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("headline\tالكرملين: محادثات بوتين وبايدن بداية للمحادثات الأمنية"), "{out}");
    assert_eq!(out.lines().filter(|l| l.contains("\tsubhead\t")).count(), 3);
    assert_eq!(out.lines().filter(|l| l.contains("\tsentence\t")).count(), 2);

    let o = dragoman(&db, &["segment", "--json", SAMPLE]);
    let p: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(p["format"], "text");
    assert_eq!(p["counts"]["subhead"], 3);

    // A wire file in windows-1256: bytes C7 E1 DF D1 E3 E1 ED E4 = «الكرملين».
    let wire = dir.path().join("wire.txt");
    std::fs::write(&wire, b"\xC7\xE1\xDF\xD1\xE3\xE1\xED\xE4 \xED\xDE\xE6\xE1\n\n\xE4\xD5.").unwrap();
    let o = dragoman(&db, &["import", wire.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    let o = dragoman(&db, &["list", "--json"]);
    let list: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(list[0]["title"], "الكرملين يقول");
    assert_eq!(list[0]["encoding"], "windows-1256");
}

#[test]
fn export_writes_each_format() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    assert!(dragoman(&db, &["import", SAMPLE]).status.success());
    let o = dragoman(&db, &["export", "1", "--format", "txt"]);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "\n", "nothing translated yet");
    for format in ["txt", "md", "html", "docx", "bilingual-html", "bilingual-docx"] {
        let file = dir.path().join(format!("out-{format}"));
        let o = dragoman(&db, &["export", "1", "--format", format, "-o", file.to_str().unwrap()]);
        assert!(o.status.success(), "{format}: {o:?}");
        assert!(std::fs::metadata(&file).unwrap().len() > 0);
    }
    let bi = std::fs::read_to_string(dir.path().join("out-bilingual-html")).unwrap();
    assert!(bi.contains("dir=\"rtl\">أفاد الكرملين"));
    let o = dragoman(&db, &["export", "1", "--format", "pdf"]);
    assert!(!o.status.success());
    let o = dragoman(&db, &["export", "1", "--format", "txt", "-o", "/proc/no/such/dir/x.txt"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("could not be"), "{o:?}");
}

#[test]
fn export_warns_on_stderr_about_what_is_unfinished() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    assert!(dragoman(&db, &["import", SAMPLE]).status.success());
    let o = dragoman(&db, &["export", "1", "--format", "txt"]);
    assert!(o.status.success(), "a warning, not a refusal");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("warning: "), "{err}");
    assert!(err.contains("segments have no translation: they are left out of the export. Segments: 1, 2, 3"), "{err}");

    // Everything confirmed but segment 2, a draft: one line, naming it.
    let mut store = dragoman_core::Store::open(&db).unwrap();
    for s in store.segments(1).unwrap() {
        store.update_segment_target(s.id, "Text.").unwrap();
        if s.position != 1 {
            store.set_segment_status(s.id, dragoman_core::SegmentStatus::Translated).unwrap();
        }
    }
    drop(store);
    let o = dragoman(&db, &["export", "1", "--format", "txt"]);
    let err = String::from_utf8_lossy(&o.stderr);
    let lines: Vec<&str> = err.trim().lines().collect();
    assert_eq!(
        lines[0], "warning: One translation is an unconfirmed draft: it goes out as it is. Segments: 2.",
        "{err}"
    );
    // "Text." for every segment: the QA checks' open issues (numbers missing, one English for
    // several Arabic sentences) are said too.
    assert!(lines[1].starts_with("warning: 6 segments have checks open. Segments: 3, 6,"), "{err}");
    assert_eq!(lines.len(), 2, "{err}");
    let ar = Command::new(env!("CARGO_BIN_EXE_dragoman"))
        .args(["--db", db.to_str().unwrap(), "export", "1", "--format", "txt"])
        .env("LANG", "ar_EG.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&ar.stderr).contains("تنبيه: ترجمة واحدة مسودة غير مؤكدة"), "{ar:?}");
}

#[test]
fn names_match_finds_names_behind_clitics_with_offsets_into_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/names.csv");
    let text = dir.path().join("t.txt");
    std::fs::write(&text, "قال بوتين لبايدن إن كييف والكرملين").unwrap();
    let o = dragoman(
        &dir.path().join("d.db"),
        &["names", "match", "--glossary", glossary, text.to_str().unwrap(), "--json"],
    );
    assert!(o.status.success(), "{o:?}");
    let found: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let got: Vec<(String, String, String)> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["surface"].as_str().unwrap().into(),
                m["prefix"].as_str().unwrap().into(),
                m["english"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("بوتين".into(), "".into(), "Vladimir Putin".into()),
            ("لبايدن".into(), "ل".into(), "Joe Biden".into()),
            ("كييف".into(), "".into(), "Kyiv".into()),
            ("والكرملين".into(), "و".into(), "the Kremlin".into()),
        ]
    );
    let chars: Vec<char> = "قال بوتين لبايدن إن كييف والكرملين".chars().collect();
    let m = &found[1];
    let (a, b) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
    assert_eq!(chars[a..b].iter().collect::<String>(), "لبايدن");
    assert_eq!(m["type"], "person");
}

#[test]
fn glossary_import_reports_and_is_idempotent_and_export_writes_csv_and_tbx() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let names = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/names.csv");
    let o = dragoman(&db, &["glossary", "import", names]);
    assert!(o.status.success(), "{o:?}");
    assert_eq!(stdout(&o).trim(), "Glossary: 14 added, 0 updated, 0 unchanged, 0 skipped.");
    let o = dragoman(&db, &["glossary", "import", names, "--json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!((report["added"].as_i64(), report["unchanged"].as_i64()), (Some(0), Some(14)));

    // Bad rows are reported by line, in the user's words; the rest goes in.
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "arabic,english,type\nلافروف,Lavrov,person\n,Nobody,person\nزيلينسكي,Zelensky,president\n")
        .unwrap();
    let o = dragoman(&db, &["glossary", "import", bad.to_str().unwrap()]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("1 added"), "{out}");
    assert!(out.contains("line 3: the Arabic or the English form is empty"), "{out}");
    assert!(out.contains("line 4: “president” is not a kind of name"), "{out}");

    let tbx = dir.path().join("names.tbx");
    let o = dragoman(&db, &["glossary", "export", tbx.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    assert_eq!(stdout(&o).trim(), format!("Wrote 15 names to {}.", tbx.display()));
    let schema = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/schemas/TBXcoreStructV03.rng");
    let lint = Command::new("xmllint").args(["--noout", "--relaxng", schema]).arg(&tbx).output().expect("xmllint runs");
    assert!(lint.status.success(), "{}", String::from_utf8_lossy(&lint.stderr));
    let csv = dir.path().join("names.csv");
    assert!(dragoman(&db, &["glossary", "export", csv.to_str().unwrap()]).status.success());
    assert!(std::fs::read_to_string(&csv)
        .unwrap()
        .starts_with("arabic,english,type,variants,short,deprecated,clitics,not,notes"));

    // The TBX goes into another database whole; a hostile file is refused and changes nothing.
    let other = dir.path().join("other.db");
    let o = dragoman(&other, &["glossary", "import", tbx.to_str().unwrap()]);
    assert_eq!(stdout(&o).trim(), "Glossary: 15 added, 0 updated, 0 unchanged, 0 skipped.");
    let evil = dir.path().join("evil.tbx");
    std::fs::write(
        &evil,
        "<?xml version=\"1.0\"?><!DOCTYPE tbx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><tbx>&x;</tbx>",
    )
    .unwrap();
    let o = dragoman(&other, &["glossary", "import", evil.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("declares a DTD or entities"), "{o:?}");
    let again = dir.path().join("again.csv");
    assert!(dragoman(&other, &["glossary", "export", again.to_str().unwrap()]).status.success());
    assert_eq!(std::fs::read_to_string(&again).unwrap().lines().count(), 16);
}

#[test]
fn importing_the_same_text_again_warns_on_stderr_and_furniture_can_be_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let o = dragoman(&db, &["import", SAMPLE, "--exclude-furniture"]);
    assert!(o.status.success(), "{o:?}");
    assert!(o.stderr.is_empty(), "{o:?}");
    let o = dragoman(&db, &["show", "1", "--json"]);
    let shown: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let excluded: Vec<&str> = shown["segments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["status"] == "excluded")
        .map(|s| s["source"].as_str().unwrap())
        .collect();
    assert_eq!(excluded, ["رئيس التحرير", "عصام كامل", "الكرملين", "الكرملين", "الجريدة الرسمية"]);

    // The same text, as the sample pasted into a file with harakat added: a warning, and the
    // import goes on.
    let again = dir.path().join("again.txt");
    let text = std::fs::read_to_string(SAMPLE).unwrap().replace("الكرملين", "الكرمْلين");
    std::fs::write(&again, text).unwrap();
    let o = dragoman(&db, &["import", again.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(
        err.trim(),
        "warning: this text is already article 1 (“الكرملين: محادثات بوتين وبايدن بداية للمحادثات الأمنية”); it was imported again."
    );
    assert!(stdout(&o).contains("as article 2"), "{}", stdout(&o));
    let o = dragoman(&db, &["show", "2", "--json"]);
    let shown: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(shown["segments"].as_array().unwrap().iter().all(|s| s["status"] == "new"));
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn backup_and_restore_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    assert!(dragoman(&db, &["import", SAMPLE, "--title", "First"]).status.success());
    let saved = dir.path().join("saved.db");
    let o = dragoman(&db, &["backup", saved.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    assert!(stdout(&o).starts_with(&format!("Backed up the database to {}", saved.display())), "{}", stdout(&o));
    let o = dragoman(&db, &["backup"]);
    assert!(o.status.success(), "{o:?}");
    assert!(dragoman(&db, &["import", SAMPLE, "--title", "Second"]).status.success());

    let o = dragoman(&db, &["backup", "--list"]);
    let lines: Vec<String> = stdout(&o).lines().map(String::from).collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("-manual.db\tMade by hand\t"), "{lines:?}");

    let o = dragoman(&db, &["restore", saved.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    assert!(stdout(&o).contains("The database as it was is kept in"), "{}", stdout(&o));
    let list = stdout(&dragoman(&db, &["list"]));
    assert!(list.contains("First") && !list.contains("Second"), "{list}");
    let o = dragoman(&db, &["backup", "--list", "--json"]);
    let backups: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(backups[0]["kind"], "before-restore");

    // What is not a Dragoman database is refused, and nothing changes.
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not a database").unwrap();
    let o = dragoman(&db, &["restore", text.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("This file is not a Dragoman database"), "{}", stderr(&o));
    assert!(stdout(&dragoman(&db, &["list"])).contains("First"));
}

#[test]
fn a_damaged_database_is_read_but_not_written_and_can_be_restored() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    assert!(dragoman(&db, &["import", SAMPLE, "--title", "Kremlin"]).status.success());
    for i in 0..40 {
        let f = dir.path().join(format!("a{i}.txt"));
        std::fs::write(&f, format!("مقالة {i}\n\n{}", "قال المتحدث إن المحادثات مستمرة. ".repeat(40))).unwrap();
        assert!(dragoman(&db, &["import", f.to_str().unwrap()]).status.success());
    }
    let saved = dir.path().join("saved.db");
    assert!(dragoman(&db, &["backup", saved.to_str().unwrap()]).status.success());
    {
        use std::io::{Seek, SeekFrom, Write};
        let len = std::fs::metadata(&db).unwrap().len();
        let mut f = std::fs::OpenOptions::new().write(true).open(&db).unwrap();
        f.seek(SeekFrom::Start(len - 2 * 4096)).unwrap();
        f.write_all(&[0x5A; 4096]).unwrap();
    }
    let before = std::fs::read(&db).unwrap();
    // Writing is refused with a message that says what to do.
    let o = dragoman(&db, &["import", SAMPLE]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("This database is damaged"), "{}", stderr(&o));
    // What the damage did not reach can still be read and exported.
    let o = dragoman(&db, &["show", "1"]);
    assert!(o.status.success(), "{o:?}");
    assert!(stdout(&o).contains("# Kremlin"));

    assert_eq!(std::fs::read(&db).unwrap(), before, "the damaged file was not written");
    // A restore mends it.
    let o = dragoman(&db, &["restore", saved.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    let o = dragoman(&db, &["import", SAMPLE, "--title", "After"]);
    assert!(o.status.success(), "{o:?}");
}

/// Run as an unprivileged user (through setpriv when the tests run as root, since root may
/// write any file).
fn dragoman_unprivileged(db: &Path, args: &[&str]) -> Output {
    let root = std::fs::metadata("/proc/self").map(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0).unwrap_or(false);
    let mut cmd = if root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"]).arg(env!("CARGO_BIN_EXE_dragoman"));
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_dragoman"))
    };
    cmd.arg("--db").arg(db).args(args).env("LANG", "en_US.UTF-8").env_remove("LC_ALL").env_remove("LC_MESSAGES");
    cmd.output().expect("dragoman runs")
}

#[test]
fn a_read_only_database_is_refused_without_leaving_a_shm_that_would_block_it_later() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let db = dir.path().join("d.db");
    assert!(dragoman_unprivileged(&db, &["import", SAMPLE]).status.success());
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    let o = dragoman_unprivileged(&db, &["list"]);
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    assert!(stderr(&o).contains("cannot create or write its database"), "{}", stderr(&o));
    let shm = dir.path().join("d.db-shm");
    assert!(!shm.exists(), "a read-only -shm was left behind");
    // Writable again: it opens at once.
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let o = dragoman_unprivileged(&db, &["list"]);
    assert!(o.status.success(), "{o:?}");
}

#[test]
fn a_glossary_dry_run_lists_what_would_change_field_by_field_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let names = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/names.csv");
    assert!(dragoman(&db, &["glossary", "import", names]).status.success());
    let export = |name: &str| {
        let f = dir.path().join(name);
        assert!(dragoman(&db, &["glossary", "export", f.to_str().unwrap()]).status.success());
        std::fs::read_to_string(f).unwrap()
    };
    let before = export("before.csv");
    // Only two columns: the other fields of كييف are kept, its English changes; one new name.
    let partial = dir.path().join("partial.csv");
    std::fs::write(&partial, "arabic,english\nكييف,Kyiv City\nجو بايدن,Joe Biden\nأوديسا,Odesa\n").unwrap();
    let o = dragoman(&db, &["glossary", "import", partial.to_str().unwrap(), "--dry-run"]);
    assert!(o.status.success(), "{o:?}");
    let out = stdout(&o);
    assert!(
        out.starts_with("Nothing changed (dry run). The import would add 1, update 1, leave 1 unchanged and skip 0:"),
        "{out}"
    );
    assert!(out.contains("~ كييف: English “Kyiv” → “Kyiv City”\n"), "{out}");
    assert!(out.contains("+ أوديسا → Odesa\n"), "{out}");
    assert_eq!(export("after-dry-run.csv"), before, "a dry run changes nothing");
    // The import itself does what the dry run said.
    let o = dragoman(&db, &["glossary", "import", partial.to_str().unwrap()]);
    assert_eq!(stdout(&o).trim(), "Glossary: 1 added, 1 updated, 1 unchanged, 0 skipped.");
}

#[test]
fn a_csv_quote_that_never_closes_is_refused_naming_its_line_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "arabic,english\nبوتين,Putin\n\"كييف,Kyiv\nلافروف,Lavrov\n").unwrap();
    let o = dragoman(&db, &["glossary", "import", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("A quotation mark opens a cell on line 3 and never closes"), "{}", stderr(&o));
    let o = Command::new(env!("CARGO_BIN_EXE_dragoman"))
        .arg("--db")
        .arg(&db)
        .args(["glossary", "import", bad.to_str().unwrap()])
        .env("LANG", "ar_EG.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert!(stderr(&o).contains("علامة اقتباس تفتح خانة في السطر 3 ولا تغلقها"), "{}", stderr(&o));
}

#[test]
fn a_reading_that_does_not_look_right_is_said_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let text =
        "محادثات في جنيف\n\nأفاد الكرملين بأن الرئيس الروسي يسعى إلى محادثات.\nوقال المتحدث إن اللقاء قد يعقد قريبا.\n";
    // UTF-8 with four bad bytes (inserted from the end, each between two characters).
    let mut damaged = text.as_bytes().to_vec();
    for at in [text.find("المتحدث").unwrap(), text.find("الروسي").unwrap(), text.find("الكرملين").unwrap(), 0]
    {
        damaged.insert(at, 0xFF);
    }
    let file = dir.path().join("damaged.txt");
    std::fs::write(&file, &damaged).unwrap();
    let o = dragoman(&db, &["import", file.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    assert!(
        stderr(&o).contains("warning: 4 characters could not be read in UTF-8 and were replaced by “�”."),
        "{}",
        stderr(&o)
    );
    // `segment --json` carries the warning for programs.
    let o = dragoman(&db, &["segment", "--json", file.to_str().unwrap()]);
    let preview: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(preview["encodingWarnings"], serde_json::json!([{ "kind": "replaced", "count": 4, "other": null }]));
    // A clean file says nothing.
    std::fs::write(&file, text).unwrap();
    let o = dragoman(&db, &["import", file.to_str().unwrap()]);
    assert!(o.status.success() && stderr(&o).is_empty(), "{}", stderr(&o));
}

#[test]
fn an_article_past_the_limit_is_refused_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let file = dir.path().join("long.txt");
    let lines: Vec<String> = (0..=dragoman_core::MAX_ARTICLE_SEGMENTS).map(|i| format!("الفقرة رقم {i}.")).collect();
    std::fs::write(&file, lines.join("\n")).unwrap();
    let o = dragoman(&db, &["import", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    assert!(
        stderr(&o).contains("error: This article is too long for Dragoman: over 20,000 segments"),
        "{}",
        stderr(&o)
    );
    let o = dragoman(&db, &["list", "--json"]);
    assert_eq!(stdout(&o).trim(), "[]");
}
