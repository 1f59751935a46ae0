use dragoman_core::import::preview_paste;
use dragoman_core::store::SCHEMA_VERSION;
use dragoman_core::{sample, Error, NewArticle, SegmentKind, SegmentStatus, Store};

fn article_from_text(title: &str, text: &str) -> dragoman_core::Result<NewArticle> {
    Ok(preview_paste(text, None)?.into_article(Some(title)))
}

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("nested/dir/dragoman.db")).unwrap();
    (dir, store)
}

#[test]
fn an_empty_database_is_migrated_to_the_current_schema() {
    let (_dir, store) = temp_store();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert!(store.list_articles().unwrap().is_empty());
}

#[test]
fn reopening_keeps_data_and_does_not_migrate_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.db");
    let id = {
        let mut store = Store::open(&path).unwrap();
        store.create_article(&sample::sample_article()).unwrap().id
    };
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.article(id).unwrap().title, sample::SAMPLE_TITLE);
}

/// Bytes of the database file and its WAL, to prove a refused file was not touched.
fn snapshot(path: &std::path::Path) -> (Vec<u8>, Option<Vec<u8>>) {
    let wal = path.with_extension("db-wal");
    (std::fs::read(path).unwrap(), std::fs::read(wal).ok())
}

#[test]
fn a_database_from_a_newer_dragoman_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;").unwrap();
    }
    let before = snapshot(&path);
    match Store::open(&path) {
        Err(Error::NewerSchema { found: 99, known, .. }) => assert_eq!(known, SCHEMA_VERSION),
        Err(e) => panic!("wrong error: {e:?}"),
        Ok(_) => panic!("a newer database was opened"),
    }
    assert_eq!(snapshot(&path), before);
    assert_eq!(Store::open(&path).err().map(|e| e.kind().as_str()), Some("db-newer"));
}

#[test]
fn a_file_that_is_not_a_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7 + 3) as u8).collect();
    std::fs::write(&path, &garbage).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert_eq!(err.kind(), "db-not-database", "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), garbage);
}

#[test]
fn another_applications_database_is_refused_untouched_and_ours_is_marked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA user_version = 3; CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('x');")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert_eq!(err.kind(), "db-not-database", "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "the file is as it was");
    assert!(!dir.path().join("other.db-wal").exists(), "not switched to WAL");
    // One with another application's id, even without tables, is refused too.
    let marked = dir.path().join("marked.db");
    rusqlite::Connection::open(&marked).unwrap().execute_batch("PRAGMA application_id = 1234;").unwrap();
    assert_eq!(Store::open(&marked).err().expect("refused").kind(), "db-not-database");
    // Dragoman's own carries its mark.
    let ours = dir.path().join("ours.db");
    drop(Store::open(&ours).unwrap());
    let id: i32 =
        rusqlite::Connection::open(&ours).unwrap().pragma_query_value(None, "application_id", |r| r.get(0)).unwrap();
    assert_eq!(id, dragoman_core::store::APPLICATION_ID);
    assert!(Store::open(&ours).is_ok(), "and opens again");
}

#[test]
fn a_path_that_names_no_file_is_refused() {
    for path in [":memory:", "file:x.db?mode=memory", "file:///tmp/x.db"] {
        let err = Store::open(std::path::Path::new(path)).err().expect("refused");
        assert_eq!(err.kind(), "db-path-refused", "{path}: {err}");
    }
}

#[test]
fn an_unwritable_path_is_reported_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    // A directory cannot be made under a regular file, whoever we are (even root).
    let err = Store::open(&file.join("sub/dragoman.db")).err().expect("refused");
    assert_eq!(err.kind(), "db-unwritable", "{err}");
}

#[test]
fn articles_and_segments_round_trip() {
    let (_dir, mut store) = temp_store();
    let new = article_from_text("Test", "عنوان الخبر\n\nالفقرة الأولى. تكملة.\n\nالفقرة الثانية.").unwrap();
    let article = store.create_article(&new).unwrap();
    assert_eq!(article.title, "Test");
    assert_eq!((article.source_lang.as_str(), article.target_lang.as_str()), ("ar", "en"));
    let segs = store.segments(article.id).unwrap();
    let got: Vec<_> = segs.iter().map(|s| (s.position, s.kind, s.source.as_str())).collect();
    assert_eq!(
        got,
        vec![
            (0, SegmentKind::Headline, "عنوان الخبر"),
            (1, SegmentKind::Sentence, "الفقرة الأولى."),
            (2, SegmentKind::Sentence, "تكملة."),
            (3, SegmentKind::Paragraph, "الفقرة الثانية."),
        ]
    );
    assert!(segs.iter().all(|s| s.target.is_empty() && s.status == SegmentStatus::New));
    assert_eq!(segs[1].paragraph, segs[2].paragraph);

    let list = store.list_articles().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!((list[0].segment_count, list[0].translated_count), (4, 0));
}

#[test]
fn typing_a_translation_makes_a_draft_and_moves_progress() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.db");
    let mut store = Store::open(&path).unwrap();
    let article = store.create_article(&sample::sample_article()).unwrap();
    let seg = store.segments(article.id).unwrap()[2].clone();

    let updated = store.update_segment_target(seg.id, "Kremlin: Putin-Biden talks").unwrap();
    assert_eq!(updated.status, SegmentStatus::Draft);
    assert_eq!(updated.target, "Kremlin: Putin-Biden talks");
    assert!(store.article(article.id).unwrap().updated_at >= article.updated_at);
    assert_eq!(store.list_articles().unwrap()[0].translated_count, 1);

    // Durable: a new connection (a restarted app) sees it.
    drop(store);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.segment(seg.id).unwrap().target, "Kremlin: Putin-Biden talks");

    // Emptied again, the draft is new again.
    assert_eq!(store.update_segment_target(seg.id, "").unwrap().status, SegmentStatus::New);
    assert_eq!(store.list_articles().unwrap()[0].translated_count, 0);
}

#[test]
fn deleting_an_article_deletes_its_segments() {
    let (_dir, mut store) = temp_store();
    let a = store.create_article(&sample::sample_article()).unwrap();
    let b = store.create_article(&sample::sample_article()).unwrap();
    let seg = store.segments(a.id).unwrap()[0].id;
    store.delete_article(a.id).unwrap();
    assert!(matches!(store.article(a.id), Err(Error::ArticleNotFound(_))));
    assert!(matches!(store.segment(seg), Err(Error::SegmentNotFound(_))));
    assert!(matches!(store.segments(a.id), Err(Error::ArticleNotFound(_))));
    assert_eq!(store.list_articles().unwrap().len(), 1);
    assert!(!store.segments(b.id).unwrap().is_empty());
    assert!(matches!(store.delete_article(a.id), Err(Error::ArticleNotFound(_))));
}

#[test]
fn unknown_ids_are_not_found() {
    let (_dir, mut store) = temp_store();
    assert_eq!(store.update_segment_target(12345, "x").unwrap_err().kind(), "not-found");
    assert_eq!(store.article(9).unwrap_err().kind(), "not-found");
}

#[test]
fn empty_text_is_refused_and_nothing_is_stored() {
    let (_dir, mut store) = temp_store();
    assert!(matches!(article_from_text("Title", " \n\t\n  "), Err(Error::EmptyText)));
    let mut new = sample::sample_article();
    new.segments.clear();
    assert!(matches!(store.create_article(&new), Err(Error::EmptyText)));
    assert!(store.list_articles().unwrap().is_empty());
}

#[test]
fn settings_round_trip() {
    let (_dir, store) = temp_store();
    assert_eq!(store.setting("ui.language").unwrap(), None);
    store.set_setting("ui.language", "ar").unwrap();
    store.set_setting("ui.language", "en").unwrap();
    assert_eq!(store.setting("ui.language").unwrap().as_deref(), Some("en"));
}

#[test]
fn the_sample_article_keeps_its_arabic_text_whole() {
    let (_dir, mut store) = temp_store();
    let a = store.create_article(&sample::sample_article()).unwrap();
    assert_eq!(a.origin.as_deref(), Some("sample"));
    let segs = store.segments(a.id).unwrap();
    let all: String = segs.iter().map(|s| s.source.as_str()).collect::<Vec<_>>().join("\n");
    for needle in ["أفاد الكرملين بأن الرئيس الروسي فلاديمير بوتين", "وبايدن", "لبايدن", "كييف", "الملف الأوكراني"]
    {
        assert!(all.contains(needle), "{needle} lost");
    }
}
