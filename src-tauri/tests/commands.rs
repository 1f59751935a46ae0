//! Command wiring through Tauri's mock runtime: the same handler registration as the real
//! app (`with_commands`), the real capabilities, a temporary database.
mod support;

use serde_json::{json, Value};
use support::{app_with, call, drop_files, save_as};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, INVOKE_KEY};
use tauri::webview::InvokeRequest;

#[test]
fn create_list_edit_and_delete_through_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_with(dir.path().join("d.db"));

    assert_eq!(call(&w, "articles_list", json!({})).unwrap(), json!([]));

    let sample = call(&w, "articles_create_sample", json!({})).unwrap();
    assert_eq!(sample["origin"], "sample");
    let preview =
        call(&w, "import_preview", json!({ "source": { "kind": "paste", "text": "عنوان\n\nفقرة أولى" } })).unwrap();
    assert_eq!(preview["format"], "text");
    assert_eq!(preview["counts"]["headline"], 1);
    assert_eq!(call(&w, "articles_list", json!({})).unwrap().as_array().unwrap().len(), 1, "a preview stores nothing");
    let created =
        call(&w, "import_commit", json!({ "source": { "kind": "paste", "text": "عنوان\n\nفقرة أولى" } })).unwrap();
    assert_eq!(created["title"], "عنوان");
    assert_eq!(created["origin"], "paste");
    let id = created["id"].as_i64().unwrap();

    let segments = call(&w, "segments_list", json!({ "articleId": id })).unwrap();
    assert_eq!(segments.as_array().unwrap().len(), 2);
    assert_eq!(segments[0]["kind"], "headline");
    let seg_id = segments[1]["id"].as_i64().unwrap();

    let saved = call(&w, "segments_update", json!({ "id": seg_id, "target": "First paragraph" })).unwrap();
    assert_eq!(saved["status"], "draft");

    let list = call(&w, "articles_list", json!({})).unwrap();
    let item = list.as_array().unwrap().iter().find(|a| a["id"] == id).unwrap();
    assert_eq!((item["segmentCount"].as_i64(), item["translatedCount"].as_i64()), (Some(2), Some(1)));

    call(&w, "articles_delete", json!({ "id": id })).unwrap();
    assert_eq!(call(&w, "articles_list", json!({})).unwrap().as_array().unwrap().len(), 1);
}

#[test]
fn failures_arrive_as_kind_and_message() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_with(dir.path().join("d.db"));
    let err = call(&w, "import_commit", json!({ "source": { "kind": "paste", "text": "   \n  " }, "title": "x" }))
        .unwrap_err();
    assert_eq!(err["kind"], "empty-text");
    assert!(err["message"].is_string());
    assert_eq!(call(&w, "articles_list", json!({})).unwrap(), json!([]), "nothing stored");

    let err = call(&w, "articles_get", json!({ "id": 404 })).unwrap_err();
    assert_eq!(err, json!({ "kind": "not-found", "message": "article 404 does not exist", "args": {} }));

    let err = call(&w, "settings_set_language", json!({ "language": "fr" })).unwrap_err();
    assert_eq!(err["kind"], "invalid-input");
}

#[test]
fn the_language_choice_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    {
        let (_app, w) = app_with(db.clone());
        call(&w, "settings_set_language", json!({ "language": "ar" })).unwrap();
    }
    let (_app, w) = app_with(db);
    let startup = call(&w, "app_startup", json!({})).unwrap();
    assert_eq!(startup["language"], "ar");
    assert_eq!(startup["dbError"], Value::Null);
}

#[test]
fn a_database_that_cannot_be_opened_is_reported_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plain-file");
    std::fs::write(&file, "x").unwrap();
    let (_app, w) = app_with(file.join("dragoman.db"));
    let startup = call(&w, "app_startup", json!({})).unwrap();
    assert_eq!(startup["dbError"]["kind"], "db-unwritable");
    assert!(startup["dbPath"].as_str().unwrap().ends_with("plain-file/dragoman.db"));
    // Every other command says the same, instead of crashing.
    let err = call(&w, "articles_list", json!({})).unwrap_err();
    assert_eq!(err["kind"], "db-unwritable");
}

#[test]
fn an_unknown_command_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_with(dir.path().join("d.db"));
    assert!(call(&w, "plugin:fs|read_file", json!({ "path": "/etc/passwd" })).is_err());
}

#[test]
fn remote_content_may_not_call_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_with(dir.path().join("d.db"));
    let res = get_ipc_response(
        &w,
        InvokeRequest {
            cmd: "articles_list".into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "https://example.com/page".parse().unwrap(),
            body: InvokeBody::Json(json!({})),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    );
    let err = res.expect_err("a remote page was allowed to list articles");
    assert!(format!("{err:?}").contains("not allowed"), "{err:?}");
}

#[test]
fn files_are_previewed_and_imported_with_the_chosen_encoding() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_with(dir.path().join("d.db"));
    let file = dir.path().join("wire.txt");
    // «الكرملين يقول» and a paragraph, in windows-1256.
    std::fs::write(&file, b"\xC7\xE1\xDF\xD1\xE3\xE1\xED\xE4 \xED\xDE\xE6\xE1\n\n\xE4\xD5.").unwrap();
    let source = json!({ "kind": "file", "path": file.to_str().unwrap() });
    drop_files(&w, &[&file]);
    let p = call(&w, "import_preview", json!({ "source": source })).unwrap();
    assert_eq!((p["encoding"].as_str(), p["title"].as_str()), (Some("windows-1256"), Some("الكرملين يقول")));
    let err = call(&w, "import_preview", json!({ "source": source, "encoding": "UTF-8" })).unwrap_err();
    assert_eq!(err["kind"], "bad-encoding");
    let a = call(&w, "import_commit", json!({ "source": source, "title": "Wire" })).unwrap();
    assert_eq!(
        (a["title"].as_str(), a["encoding"].as_str(), a["format"].as_str()),
        (Some("Wire"), Some("windows-1256"), Some("text"))
    );

    // A file chosen and gone since is the read's error; one never chosen is refused,
    // whether or not it exists.
    std::fs::remove_file(&file).unwrap();
    assert_eq!(call(&w, "import_preview", json!({ "source": source })).unwrap_err()["kind"], "io");
    let missing = json!({ "kind": "file", "path": dir.path().join("nope.txt").to_str().unwrap() });
    assert_eq!(call(&w, "import_preview", json!({ "source": missing })).unwrap_err()["kind"], "path-not-chosen");
}

#[test]
fn furniture_accepted_in_the_preview_is_excluded_and_a_second_import_names_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_with(dir.path().join("d.db"));
    let text =
        "رئيس التحرير\nمحمد علي\n\nالعنوان الرئيسي\n\nالقاهرة - رويترز\n\nقال الوزير إن المحادثات بدأت.\n\nالجريدة";
    let source = json!({ "kind": "paste", "text": text });
    let p = call(&w, "import_preview", json!({ "source": source })).unwrap();
    assert_eq!(p["existing"], Value::Null);
    let kinds: Vec<(&str, bool)> = p["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["kind"].as_str().unwrap(), s["furniture"] == true))
        .collect();
    assert_eq!(
        kinds,
        [
            ("paragraph", true),
            ("paragraph", true),
            ("headline", false),
            ("dateline", false),
            ("paragraph", false),
            ("paragraph", true)
        ]
    );
    let a = call(&w, "import_commit", json!({ "source": source, "excluded": [0, 1] })).unwrap();
    let statuses: Vec<Value> = call(&w, "segments_list", json!({ "articleId": a["id"] }))
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["status"].clone())
        .collect();
    assert_eq!(statuses, ["excluded", "excluded", "new", "new", "new", "new"]);

    let again = call(&w, "import_preview", json!({ "source": source })).unwrap();
    assert_eq!((&again["existing"]["id"], &again["existing"]["title"]), (&a["id"], &json!("العنوان الرئيسي")));
    let err = call(&w, "import_commit", json!({ "source": source, "excluded": [6] })).unwrap_err();
    assert_eq!(err["kind"], "invalid-input");
}

#[test]
fn segments_are_split_merged_and_excluded_through_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_with(dir.path().join("d.db"));
    let a = call(
        &w,
        "import_commit",
        json!({ "source": { "kind": "paste", "text": "عنوان\n\nقال إن المحادثات بدأت، وإن الوفد وصل." } }),
    )
    .unwrap();
    let segs = call(&w, "segments_list", json!({ "articleId": a["id"] })).unwrap();
    let id = segs[1]["id"].clone();
    let split = call(&w, "segments_split", json!({ "id": id, "at": 22 })).unwrap();
    assert_eq!(split.as_array().unwrap().len(), 3);
    assert_eq!(split[2]["source"], "وإن الوفد وصل.");
    let merged = call(&w, "segments_merge", json!({ "id": id })).unwrap();
    assert_eq!(merged.as_array().unwrap().len(), 2);
    let ex = call(&w, "segments_set_excluded", json!({ "id": segs[0]["id"], "excluded": true })).unwrap();
    assert_eq!(ex["status"], "excluded");
}

#[test]
fn the_translators_day_through_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_with(dir.path().join("d.db"));
    let a = call(&w, "articles_create_sample", json!({})).unwrap();
    let id = a["id"].clone();
    let segs = call(&w, "segments_list", json!({ "articleId": id })).unwrap();
    let seg = segs[5].clone();

    // Save with the version the editor loaded; a stale version is a conflict.
    let saved = call(
        &w,
        "segments_update",
        json!({ "id": seg["id"], "target": "Kiev said", "expectedVersion": seg["version"] }),
    )
    .unwrap();
    let err =
        call(&w, "segments_update", json!({ "id": seg["id"], "target": "other", "expectedVersion": seg["version"] }))
            .unwrap_err();
    assert_eq!(err["kind"], "conflict");
    assert_eq!(
        call(&w, "segments_set_status", json!({ "id": seg["id"], "status": "translated" })).unwrap()["status"],
        "translated"
    );
    let err = call(&w, "segments_set_status", json!({ "id": segs[6]["id"], "status": "translated" })).unwrap_err();
    assert_eq!(err["kind"], "nothing-to-confirm");
    let history = call(&w, "segments_history", json!({ "id": seg["id"] })).unwrap();
    assert_eq!(history.as_array().unwrap().len(), 2);
    assert_eq!(saved["version"].as_i64().unwrap(), seg["version"].as_i64().unwrap() + 1);

    let hits = call(&w, "segments_find", json!({ "articleId": id, "query": "كييف", "inTarget": false })).unwrap();
    assert_eq!(hits.as_array().unwrap().len(), 1);
    assert_eq!(
        call(&w, "segments_replace", json!({ "articleId": id, "query": "kiev", "replacement": "Kyiv" })).unwrap(),
        1
    );

    let draft = call(&w, "drafts_create", json!({ "articleId": id, "name": "Edited" })).unwrap();
    call(&w, "segments_update", json!({ "id": seg["id"], "target": "Changed" })).unwrap();
    let cmp = call(&w, "drafts_compare", json!({ "articleId": id, "from": draft["id"], "to": null })).unwrap();
    assert_eq!(cmp["changed"].as_array().unwrap().len(), 1);
    let backup = call(&w, "drafts_restore", json!({ "draftId": draft["id"] })).unwrap();
    assert_eq!(backup["autoKind"], "before-restore");
    assert_eq!(call(&w, "articles_set_status", json!({ "id": id, "status": "done" })).unwrap()["status"], "done");
    assert_eq!(call(&w, "drafts_list", json!({ "articleId": id })).unwrap().as_array().unwrap().len(), 3);

    let file = dir.path().join("out.docx");
    save_as(&w, &file);
    let path = call(
        &w,
        "export_write",
        json!({ "articleId": id, "format": "bilingual-docx", "path": file.to_str().unwrap() }),
    )
    .unwrap();
    assert_eq!(path, file.to_str().unwrap());
    assert!(std::fs::read(&file).unwrap().starts_with(b"PK"));
    // Chosen, but its folder has gone since: the write's error.
    let gone = dir.path().join("gone");
    std::fs::create_dir(&gone).unwrap();
    save_as(&w, &gone.join("x.txt"));
    std::fs::remove_dir(&gone).unwrap();
    let err =
        call(&w, "export_write", json!({ "articleId": id, "format": "txt", "path": gone.join("x.txt") })).unwrap_err();
    assert_eq!(err["kind"], "write-failed");
}

#[test]
fn glossary_commands_keep_the_highlights_in_step_with_edits_here_and_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let (_app, w) = app_with(db.clone());
    let names = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/names.csv");
    drop_files(&w, &[std::path::Path::new(names)]);
    let report = call(&w, "glossary_import", json!({ "path": names })).unwrap();
    assert_eq!((report["added"].as_i64(), report["skipped"].as_array().map(Vec::len)), (Some(14), Some(0)));
    let article = call(&w, "articles_create_sample", json!({})).unwrap();
    let id = article["id"].as_i64().unwrap();

    let surfaces = |names: &Value| -> Vec<String> {
        names["segments"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s["names"].as_array().unwrap().iter())
            .map(|n| n["surface"].as_str().unwrap().to_owned())
            .collect()
    };
    let first = call(&w, "names_article", json!({ "articleId": id })).unwrap();
    assert!(surfaces(&first).contains(&"وبايدن".to_owned()));
    assert!(!surfaces(&first).contains(&"مسؤولية".to_owned()));

    // An entry added here is matched at once (the compiled glossary is updated, not rebuilt).
    let added = call(
        &w,
        "glossary_add",
        json!({ "entry": {
        "arabic": "الجهود", "variants": [], "english": "efforts", "short": null, "kind": "other",
        "deprecated": [], "clitics": true, "not": [], "notes": "" } }),
    )
    .unwrap();
    let after_add = call(&w, "names_article", json!({ "articleId": id })).unwrap();
    assert!(surfaces(&after_add).contains(&"الجهود".to_owned()));
    call(&w, "glossary_delete", json!({ "id": added["id"] })).unwrap();
    assert!(!surfaces(&call(&w, "names_article", json!({ "articleId": id })).unwrap()).contains(&"الجهود".to_owned()));

    // Another process (the command line) changes the glossary: the app notices.
    {
        let mut other = dragoman_core::Store::open(&db).unwrap();
        let kyiv = other.glossary_entries().unwrap().into_iter().find(|e| e.entry.english == "Kyiv").unwrap();
        other.delete_entry(kyiv.id).unwrap();
    }
    assert!(!surfaces(&call(&w, "names_article", json!({ "articleId": id })).unwrap()).contains(&"كييف".to_owned()));

    let page = call(&w, "glossary_search", json!({ "query": "بيسكوف", "kind": "person" })).unwrap();
    assert_eq!((page["total"].as_i64(), page["count"].as_i64()), (Some(1), Some(13)));
    let copy = dir.path().join("copy.csv");
    std::fs::copy(names, &copy).unwrap();
    drop_files(&w, &[&copy]);
    std::fs::remove_file(&copy).unwrap();
    let err = call(&w, "glossary_import", json!({ "path": copy })).unwrap_err();
    assert_eq!(err["kind"], "io");
    let err = call(
        &w,
        "glossary_add",
        json!({ "entry": {
        "arabic": "دِيمِتري بيسكوف", "variants": [], "english": "x", "short": null, "kind": "person",
        "deprecated": [], "clitics": true, "not": [], "notes": "" } }),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "entry-duplicate", "the same main form with harakat: {err}");
}

#[test]
fn an_article_exports_as_xliff_for_another_tool_with_its_names_as_notes() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_with(dir.path().join("d.db"));
    let names = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/names.csv");
    drop_files(&w, &[std::path::Path::new(names)]);
    call(&w, "glossary_import", json!({ "path": names })).unwrap();
    let id = call(&w, "articles_create_sample", json!({})).unwrap()["id"].as_i64().unwrap();
    let segs = call(&w, "segments_list", json!({ "articleId": id })).unwrap();
    let count = segs.as_array().unwrap().len();
    call(&w, "segments_update", json!({ "id": segs[0]["id"], "target": "Talks in Geneva & beyond" })).unwrap();
    call(&w, "segments_set_status", json!({ "id": segs[0]["id"], "status": "translated" })).unwrap();

    for (version, root, unit) in
        [("xliff21", r#"version="2.1""#, "<unit "), ("xliff12", r#"version="1.2""#, "<trans-unit ")]
    {
        let file = dir.path().join(format!("out-{version}.xlf"));
        let refused =
            call(&w, "export_xliff", json!({ "articleId": id, "version": version, "path": file })).unwrap_err();
        assert_eq!(refused["kind"], "path-not-chosen");
        save_as(&w, &file);
        let path = call(&w, "export_xliff", json!({ "articleId": id, "version": version, "path": file })).unwrap();
        assert_eq!(path, file.to_str().unwrap());
        let xml = std::fs::read_to_string(&file).unwrap();
        assert!(xml.contains(root), "{version}: {xml}");
        assert_eq!(xml.matches(unit).count(), count, "{version}: a unit per segment");
        assert!(xml.contains("Talks in Geneva &amp; beyond"), "{version}: the translation");
        assert!(xml.contains("جو بايدن = Joe Biden"), "{version}: the glossary's names as notes");
    }
    let err =
        call(&w, "export_xliff", json!({ "articleId": id, "version": "xliff20", "path": "/tmp/x.xlf" })).unwrap_err();
    assert!(err.to_string().contains("xliff20"), "{err}");
}

#[test]
fn what_the_ui_shows_comes_from_the_core() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_with(dir.path().join("d.db"));
    let text = "أخبارُ الكرملين\n\nقال بوتين إن المحادثات ستجري. وأضاف أنها مهمة.";
    let created = call(&w, "import_commit", json!({ "source": { "kind": "paste", "text": text } })).unwrap();
    let id = created["id"].as_i64().unwrap();
    call(&w, "articles_create_sample", json!({})).unwrap();

    // The article search: harakat and hamza forms ignored, as everywhere else.
    let found = call(&w, "articles_list", json!({ "query": "اخبار" })).unwrap();
    assert_eq!(found.as_array().unwrap().iter().map(|a| a["id"].as_i64().unwrap()).collect::<Vec<_>>(), vec![id]);
    assert_eq!(call(&w, "articles_list", json!({ "query": null })).unwrap().as_array().unwrap().len(), 2);

    // Which segments merge: the two sentences of one paragraph, not the headline.
    let segments = call(&w, "segments_list", json!({ "articleId": id })).unwrap();
    let mergeable: Vec<bool> = segments.as_array().unwrap().iter().map(|s| s["mergeable"].as_bool().unwrap()).collect();
    assert_eq!(mergeable, vec![false, true, false]);

    // The progress the editor shows after a change.
    let second = segments[1]["id"].as_i64().unwrap();
    call(&w, "segments_update", json!({ "id": second, "target": "Putin said the talks would go ahead." })).unwrap();
    let progress = call(&w, "articles_progress", json!({ "id": id })).unwrap();
    assert_eq!((progress["translatedCount"].as_i64(), progress["segmentCount"].as_i64()), (Some(1), Some(3)));

    // A dropped file: a glossary by its content, whatever its name.
    let glossary = dir.path().join("names.txt");
    std::fs::write(&glossary, "arabic,english,type\nكييف,Kyiv,place\n").unwrap();
    drop_files(&w, &[&glossary]);
    assert_eq!(call(&w, "import_classify", json!({ "path": glossary })).unwrap(), json!("glossary"));
    let article = dir.path().join("article.txt");
    std::fs::write(&article, text).unwrap();
    drop_files(&w, &[&article]);
    assert_eq!(call(&w, "import_classify", json!({ "path": article })).unwrap(), json!("article"));
}

/// A damaged database found by the check: imports and deletes are refused with the damage,
/// reading goes on, and a restore from its backups mends it in place.
#[test]
fn a_damaged_database_refuses_imports_and_deletes_until_a_backup_is_restored() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    {
        // Made by the core directly, so that the file is closed (its WAL checkpointed) before
        // it is damaged.
        let mut store = dragoman_core::Store::open(&db).unwrap();
        store.create_article(&dragoman_core::sample::sample_article()).unwrap();
        for i in 0..40 {
            let text = format!("مقالة {i}\n\n{}", "قال المتحدث إن المحادثات مستمرة. ".repeat(40));
            let new = dragoman_core::import::preview_paste(&text, None).unwrap().into_article(None);
            store.create_article(&new).unwrap();
        }
        store.backup_now(dragoman_core::store::backup::BackupKind::Manual).unwrap();
    }
    {
        use std::io::{Seek, SeekFrom, Write};
        let len = std::fs::metadata(&db).unwrap().len();
        let mut f = std::fs::OpenOptions::new().write(true).open(&db).unwrap();
        f.seek(SeekFrom::Start(len - 2 * 4096)).unwrap();
        f.write_all(&[0x5A; 4096]).unwrap();
    }
    let (_app, w) = app_with(db.clone());
    let err = call(&w, "import_commit", json!({ "source": { "kind": "paste", "text": "عنوان\n\nنص" } })).unwrap_err();
    assert_eq!(err["kind"], "db-damaged", "{err}");
    let err = call(&w, "articles_delete", json!({ "id": 1 })).unwrap_err();
    assert_eq!(err["kind"], "db-damaged", "{err}");
    assert_eq!(call(&w, "app_startup", json!({})).unwrap()["dbDamaged"]["kind"], "db-damaged");
    assert_eq!(call(&w, "articles_get", json!({ "id": 1 })).unwrap()["origin"], "sample");
    let list = call(&w, "backups_list", json!({})).unwrap();
    let name = list["backups"][0]["name"].as_str().unwrap().to_owned();
    call(&w, "backups_restore", json!({ "name": name })).unwrap();
    assert_eq!(call(&w, "app_startup", json!({})).unwrap()["dbDamaged"], Value::Null);
    call(&w, "import_commit", json!({ "source": { "kind": "paste", "text": "عنوان\n\nنص" } })).unwrap();
    assert_eq!(call(&w, "articles_list", json!({})).unwrap().as_array().unwrap().len(), 42);
    // Only a backup of this database, by its name: no path.
    let err = call(&w, "backups_restore", json!({ "name": "../d.db" })).unwrap_err();
    assert_eq!(err["kind"], "invalid-input");
}
