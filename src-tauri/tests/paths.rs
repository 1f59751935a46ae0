//! The commands read and write only the files the translator chose this session (a native
//! dialog, a drop): any other path the page names is refused with `path-not-chosen`, and
//! nothing is read or written. Through the mock runtime, with the real handler and
//! capability.
mod support;

use serde_json::{json, Value};
use support::{app_with, call, drop_files, save_as};

fn refused(result: Result<Value, Value>) -> bool {
    match result {
        Err(e) => e["kind"] == "path-not-chosen",
        Ok(v) => panic!("accepted: {v}"),
    }
}

#[test]
fn every_command_that_reads_or_writes_refuses_a_path_not_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_with(dir.path().join("d.db"));
    let article = call(&w, "articles_create_sample", json!({})).unwrap();
    let id = article["id"].as_i64().unwrap();

    // A secret the page would like to read: an existing, readable file.
    let secret = dir.path().join("id_rsa");
    std::fs::write(&secret, "arabic,english\nسر,secret\n").unwrap();
    for path in [secret.to_str().unwrap(), "/etc/passwd", "relative.txt", ""] {
        let file = json!({ "kind": "file", "path": path });
        assert!(refused(call(&w, "import_preview", json!({ "source": file }))), "{path}");
        assert!(refused(call(&w, "import_commit", json!({ "source": file }))), "{path}");
        assert!(refused(call(&w, "import_classify", json!({ "path": path }))), "{path}");
        assert!(refused(call(&w, "glossary_import", json!({ "path": path }))), "{path}");
        assert!(refused(call(&w, "glossary_import_preview", json!({ "path": path }))), "{path}");
        assert!(refused(call(&w, "memory_import_tmx", json!({ "path": path }))), "{path}");
        assert!(refused(call(&w, "xliff_plan", json!({ "path": path, "into": id }))), "{path}");
        assert!(refused(call(&w, "xliff_apply", json!({ "path": path, "into": null, "take": [] }))), "{path}");
    }
    assert_eq!(call(&w, "articles_list", json!({})).unwrap().as_array().unwrap().len(), 1, "nothing imported");
    assert_eq!(call(&w, "glossary_search", json!({ "query": "" })).unwrap()["total"], 0);

    // A file the page would like to write, new or existing.
    let bashrc = dir.path().join(".bashrc");
    std::fs::write(&bashrc, "# mine\n").unwrap();
    let new = dir.path().join("new.txt");
    for path in [&bashrc, &new] {
        let p = path.to_str().unwrap();
        assert!(refused(call(&w, "export_write", json!({ "articleId": id, "format": "txt", "path": p }))));
        assert!(refused(call(&w, "export_xliff", json!({ "articleId": id, "version": "xliff21", "path": p }))));
        assert!(refused(call(&w, "glossary_export", json!({ "path": p, "format": "csv" }))));
        assert!(refused(call(&w, "memory_export_tmx", json!({ "path": p, "articleId": null }))));
    }
    assert_eq!(std::fs::read_to_string(&bashrc).unwrap(), "# mine\n");
    assert!(!new.exists());
}

#[test]
fn a_file_chosen_to_read_is_not_writable_and_one_chosen_to_write_is_not_readable() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_with(dir.path().join("d.db"));
    let id = call(&w, "articles_create_sample", json!({})).unwrap()["id"].as_i64().unwrap();
    let dropped = dir.path().join("article.txt");
    std::fs::write(&dropped, "عنوان\n\nنص المقال.").unwrap();
    drop_files(&w, &[&dropped]);
    let file = json!({ "kind": "file", "path": dropped });
    assert_eq!(call(&w, "import_classify", json!({ "path": dropped })).unwrap(), "article");
    assert_eq!(call(&w, "import_preview", json!({ "source": file })).unwrap()["title"], "عنوان");
    // Dropped to be read: not to be written over.
    assert!(refused(call(&w, "export_write", json!({ "articleId": id, "format": "txt", "path": dropped }))));
    assert_eq!(std::fs::read_to_string(&dropped).unwrap(), "عنوان\n\nنص المقال.");

    // Chosen in a save dialog: written, but not read back through an import.
    let out = dir.path().join("out.txt");
    save_as(&w, &out);
    call(&w, "export_write", json!({ "articleId": id, "format": "txt", "path": out })).unwrap();
    assert!(out.exists());
    assert!(refused(call(&w, "import_preview", json!({ "source": { "kind": "file", "path": out } }))));
    // Other files of the chosen folder are not chosen with it.
    let beside = dir.path().join("beside.txt");
    assert!(refused(call(&w, "export_write", json!({ "articleId": id, "format": "txt", "path": beside }))));
    assert!(!beside.exists());
}

#[test]
fn a_path_that_climbs_out_of_a_chosen_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_with(dir.path().join("d.db"));
    let id = call(&w, "articles_create_sample", json!({})).unwrap()["id"].as_i64().unwrap();
    let home = dir.path().join("home");
    let news = home.join("news");
    std::fs::create_dir_all(home.join(".ssh")).unwrap();
    std::fs::create_dir_all(&news).unwrap();
    std::fs::write(home.join(".ssh/id_rsa"), "secret").unwrap();
    let dropped = news.join("a.txt");
    std::fs::write(&dropped, "نص").unwrap();
    drop_files(&w, &[&dropped, &news]);
    save_as(&w, &news.join("out.txt"));

    let climb = format!("{}/../.ssh/id_rsa", news.display());
    assert!(refused(call(&w, "import_preview", json!({ "source": { "kind": "file", "path": climb } }))));
    let through_file = format!("{}/../../.ssh/id_rsa", dropped.display());
    assert!(refused(call(&w, "import_preview", json!({ "source": { "kind": "file", "path": through_file } }))));
    // A dropped folder gives nothing inside it; the folder itself is not a file to import.
    let inside = news.join("other.txt");
    std::fs::write(&inside, "نص").unwrap();
    assert!(refused(call(&w, "import_classify", json!({ "path": inside }))));
    let folder = call(&w, "import_preview", json!({ "source": { "kind": "file", "path": news } })).unwrap_err();
    assert_eq!(folder["kind"], "not-a-file");
    let out = format!("{}/../.bashrc", news.display());
    assert!(refused(call(&w, "export_write", json!({ "articleId": id, "format": "txt", "path": out }))));
    assert!(!home.join(".bashrc").exists());
    // The chosen file by another spelling is the chosen file.
    let roundabout = format!("{}/./../news/out.txt", news.display());
    call(&w, "export_write", json!({ "articleId": id, "format": "txt", "path": roundabout })).unwrap();
    assert!(news.join("out.txt").exists());
}

#[cfg(unix)]
#[test]
fn a_chosen_file_or_folder_swapped_for_a_link_is_refused() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_with(dir.path().join("d.db"));
    let id = call(&w, "articles_create_sample", json!({})).unwrap()["id"].as_i64().unwrap();
    let secret = dir.path().join("id_rsa");
    std::fs::write(&secret, "arabic,english\nسر,secret\n").unwrap();
    let news = dir.path().join("news");
    std::fs::create_dir(&news).unwrap();
    let dropped = news.join("names.csv");
    std::fs::write(&dropped, "arabic,english\nكييف,Kyiv\n").unwrap();
    drop_files(&w, &[&dropped]);
    save_as(&w, &news.join("id_rsa"));

    std::fs::remove_file(&dropped).unwrap();
    symlink(&secret, &dropped).unwrap();
    assert!(refused(call(&w, "glossary_import", json!({ "path": dropped }))));

    std::fs::rename(&news, dir.path().join("news-before")).unwrap();
    symlink(dir.path(), &news).unwrap();
    assert!(refused(call(
        &w,
        "export_write",
        json!({ "articleId": id, "format": "txt", "path": news.join("id_rsa") })
    )));
    assert_eq!(std::fs::read_to_string(&secret).unwrap(), "arabic,english\nسر,secret\n");
}

#[test]
fn the_refusal_says_what_to_do_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_with(dir.path().join("d.db"));
    let err = call(&w, "glossary_import", json!({ "path": "/etc/passwd" })).unwrap_err();
    assert_eq!(err["kind"], "path-not-chosen");
    assert!(err["message"].as_str().unwrap().contains("/etc/passwd"), "{err}");
    // What the window shows for it (the e2e test reads it on the page).
    let en = dragoman_l10n::Localizer::new(dragoman_l10n::Lang::En).error("path-not-chosen");
    assert!(en.contains("Choose the file again"), "{en}");
    let ar = dragoman_l10n::Localizer::new(dragoman_l10n::Lang::Ar).error("path-not-chosen");
    assert!(ar.contains("اختر الملف مرة أخرى"), "{ar}");
}
