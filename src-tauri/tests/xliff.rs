//! XLIFF through the commands (mock runtime, the real handler and capability): a file that
//! came back reported then applied to its article, another tool's file opened as an article
//! with its inline codes, and only chosen files read.
mod support;

use std::path::Path;

use dragoman_core::formats::xliff::XliffVersion;
use dragoman_core::store::Store;
use dragoman_core::usecases::export;
use serde_json::{json, Value};
use support::{app_with, call, drop_files};

const MEMOQ: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/xliff/foreign-memoq-1.2.xlf");

/// Export article `id` of `db` as XLIFF 2.1 into `path`, as `dragoman export` does (the
/// export recorded, so that conflicts can be told apart when it comes back).
fn export_xliff(db: &Path, id: i64, path: &Path) {
    let mut store = Store::open(db).unwrap();
    let (article, segments) = export::load(&store, id).unwrap();
    let recorded = export::record_export(&mut store, id);
    let mut sink = Vec::new();
    export::xliff(&article, &segments, XliffVersion::V21, recorded, &Default::default(), Some(path), &mut sink)
        .unwrap();
}

/// The unit `s<segment>` of a Dragoman XLIFF 2.1 file given a translation and a state, as
/// another tool would write it.
fn translate_unit(xml: &str, segment: i64, target: &str, state: &str) -> String {
    let at = xml.find(&format!("<unit id=\"s{segment}\"")).expect("the unit");
    let seg = at + xml[at..].find("<segment state=\"initial\">").expect("its segment");
    let end = seg + xml[seg..].find("</source>").unwrap() + "</source>".len();
    let head = format!("<segment state=\"{state}\">");
    let body = &xml[seg + "<segment state=\"initial\">".len()..end];
    format!("{}{head}{body}<target>{target}</target>{}", &xml[..seg], &xml[end..])
}

fn segments(w: &tauri::WebviewWindow<tauri::test::MockRuntime>, id: i64) -> Vec<Value> {
    call(w, "segments_list", json!({ "articleId": id })).unwrap().as_array().unwrap().clone()
}

#[test]
fn a_file_that_came_back_is_reported_then_applied_with_a_draft_of_the_text_before() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let (_app, w) = app_with(db.clone());
    let id = call(&w, "articles_create_sample", json!({})).unwrap()["id"].as_i64().unwrap();
    let rows = segments(&w, id);
    let (a, b) = (rows[2]["id"].as_i64().unwrap(), rows[5]["id"].as_i64().unwrap());

    let file = dir.path().join("kremlin.xlf");
    export_xliff(&db, id, &file);
    let xml = std::fs::read_to_string(&file).unwrap();
    let xml = translate_unit(&translate_unit(&xml, a, "Kremlin: talks", "translated"), b, "Peskov said", "initial");
    std::fs::write(&file, xml).unwrap();

    let path = file.to_str().unwrap();
    assert_eq!(call(&w, "xliff_plan", json!({ "path": path, "into": id })).unwrap_err()["kind"], "path-not-chosen");
    drop_files(&w, &[&file]);
    let plan = call(&w, "xliff_plan", json!({ "path": path, "into": id })).unwrap();
    assert_eq!(plan["kind"], "update");
    assert_eq!(plan["baseKnown"], true);
    let changes = plan["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 2);
    assert_eq!(changes[0]["segmentId"], a);
    assert_eq!(changes[0]["file"], json!({ "target": "Kremlin: talks", "status": "translated" }));
    assert_eq!(changes[1]["file"], json!({ "target": "Peskov said", "status": "draft" }));
    assert_eq!(segments(&w, id)[2]["target"], "", "a plan changes nothing");
    // A file of another article is refused for this one.
    let other = call(&w, "articles_create_sample", json!({})).unwrap()["id"].as_i64().unwrap();
    let err = call(&w, "xliff_plan", json!({ "path": path, "into": other })).unwrap_err();
    assert_eq!(err["kind"], "xliff-other-article");

    let outcome = call(&w, "xliff_apply", json!({ "path": path, "into": id, "take": [] })).unwrap();
    assert_eq!(outcome["kind"], "updated");
    assert_eq!(outcome["changed"], 2);
    assert_eq!(outcome["draft"]["autoKind"], "before-xliff-import");
    assert_eq!(outcome["draft"]["autoDetail"], "kremlin.xlf");
    let now = segments(&w, id);
    assert_eq!((now[2]["target"].as_str(), now[2]["status"].as_str()), (Some("Kremlin: talks"), Some("translated")));
    assert_eq!(now[5]["target"], "Peskov said");
    // The same file again changes nothing; the draft brings the text back.
    let again = call(&w, "xliff_apply", json!({ "path": path, "into": id, "take": [] })).unwrap();
    assert_eq!((again["changed"].as_i64(), again["draft"].is_null()), (Some(0), true));
    let draft = outcome["draft"]["id"].as_i64().unwrap();
    call(&w, "drafts_restore", json!({ "draftId": draft })).unwrap();
    assert_eq!(segments(&w, id)[2]["target"], "");
}

#[test]
fn another_tools_file_opens_as_an_article_with_its_codes() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_with(dir.path().join("d.db"));
    let file = dir.path().join("kremlin-web.xlf");
    std::fs::copy(MEMOQ, &file).unwrap();
    let path = file.to_str().unwrap();
    assert_eq!(call(&w, "xliff_apply", json!({ "path": path, "take": [] })).unwrap_err()["kind"], "path-not-chosen");
    drop_files(&w, &[&file]);

    let plan = call(&w, "xliff_plan", json!({ "path": path })).unwrap();
    assert_eq!(plan["kind"], "new");
    assert_eq!(
        (plan["segments"].as_i64(), plan["translated"].as_i64(), plan["codes"].as_i64()),
        (Some(5), Some(2), Some(8))
    );
    // Not an export of a Dragoman article: it cannot update one.
    let sample = call(&w, "articles_create_sample", json!({})).unwrap()["id"].as_i64().unwrap();
    assert_eq!(
        call(&w, "xliff_plan", json!({ "path": path, "into": sample })).unwrap_err()["kind"],
        "xliff-not-exported"
    );
    assert!(call(&w, "xliff_codes", json!({ "articleId": sample })).unwrap().as_object().unwrap().is_empty());

    let opened = call(&w, "xliff_apply", json!({ "path": path, "take": [] })).unwrap();
    assert_eq!(opened["kind"], "opened");
    let id = opened["article"]["id"].as_i64().unwrap();
    assert_eq!(opened["article"]["format"], "xliff-1.2");
    let rows = segments(&w, id);
    let codes = call(&w, "xliff_codes", json!({ "articleId": id })).unwrap();
    let second = &codes[rows[1]["id"].as_i64().unwrap().to_string()];
    assert_eq!(second.as_array().unwrap().len(), 3, "{codes}");
    assert_eq!(second[0]["number"], 1);
    assert_eq!(second[0]["role"], "opening");
    assert_eq!(second[1]["role"], "closing");
    assert_eq!(second[2]["role"], "alone");
    assert_eq!(second[2]["xml"], "<x id=\"3\" ctype=\"lb\"/>");
    assert!(rows[1]["source"].as_str().unwrap().contains('\u{E000}'));
}
