//! Upgrading a database written by an older Dragoman keeps its work.
use dragoman_core::store::SCHEMA_VERSION;
use dragoman_core::{SegmentKind, SegmentStatus, Store};

/// A database exactly as a version 4 Dragoman left it (before the spell check and datelines).
fn version_4_database(path: &std::path::Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).unwrap();
    for sql in [
        include_str!("../migrations/0001_articles_segments.sql"),
        include_str!("../migrations/0002_import_metadata_captions.sql"),
        include_str!("../migrations/0003_history_drafts.sql"),
        include_str!("../migrations/0004_glossary.sql"),
    ] {
        conn.execute_batch(sql).unwrap();
    }
    conn
}

#[test]
fn a_version_1_database_is_upgraded_with_its_articles_and_translations() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    {
        // Exactly what Dragoman's first schema wrote.
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../migrations/0001_articles_segments.sql")).unwrap();
        conn.execute_batch(
            "PRAGMA user_version = 1;
             INSERT INTO articles (id, title, origin, created_at, updated_at, status)
                 VALUES (7, 'الكرملين', 'paste', 1000, 2000, 'in-translation');
             INSERT INTO segments (article_id, position, kind, paragraph, source, target, status, updated_at) VALUES
                 (7, 0, 'headline', 0, 'الكرملين', 'The Kremlin', 'translated', 2000),
                 (7, 1, 'paragraph', 1, 'أفاد الكرملين.', 'The Kremlin said.', 'draft', 2000),
                 (7, 2, 'paragraph', 2, 'الجريدة الرسمية', '', 'excluded', 2000);
             INSERT INTO settings VALUES ('ui.language', 'ar');",
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let a = store.article(7).unwrap();
    assert_eq!((a.title.as_str(), a.published.as_deref(), a.format.as_deref()), ("الكرملين", None, None));
    let segs = store.segments(7).unwrap();
    assert_eq!(segs.len(), 3);
    assert_eq!(segs[0].target, "The Kremlin");
    assert_eq!(segs[1].status, SegmentStatus::Draft);
    assert_eq!(segs[2].status, SegmentStatus::Excluded);
    assert_eq!(store.setting("ui.language").unwrap().as_deref(), Some("ar"));
    let list = store.list_articles().unwrap();
    assert_eq!((list[0].segment_count, list[0].translated_count), (2, 2));
    // The new schema takes captions, and foreign keys still cascade.
    let new = dragoman_core::NewArticle {
        title: "t".into(),
        source_lang: "ar".into(),
        target_lang: "en".into(),
        origin: None,
        author: None,
        published: Some("2021-12-30".into()),
        format: Some("html".into()),
        encoding: Some("UTF-8".into()),
        segments: vec![dragoman_core::NewSegment {
            kind: SegmentKind::Caption,
            paragraph: 0,
            source: "صورة".into(),
            excluded: false,
        }],
    };
    let b = store.create_article(&new).unwrap();
    assert_eq!(b.published.as_deref(), Some("2021-12-30"));
    store.delete_article(7).unwrap();
    assert!(store.segment(segs[0].id).is_err());
}

#[test]
fn a_version_3_database_gets_an_empty_glossary_and_keeps_its_drafts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v3.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for sql in [
            include_str!("../migrations/0001_articles_segments.sql"),
            include_str!("../migrations/0002_import_metadata_captions.sql"),
            include_str!("../migrations/0003_history_drafts.sql"),
        ] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(
            "PRAGMA user_version = 3;
             INSERT INTO articles (id, title, origin, created_at, updated_at, status)
                 VALUES (3, 'كييف', 'paste', 1000, 2000, 'in-translation');
             INSERT INTO segments (article_id, position, kind, paragraph, source, target, status, updated_at, words, version)
                 VALUES (3, 0, 'headline', 0, 'كييف', 'Kyiv', 'translated', 2000, 1, 4);
             INSERT INTO drafts (id, article_id, name, created_at) VALUES (1, 3, 'first', 1500);
             INSERT INTO draft_segments VALUES (1, 0, 1, 'headline', 0, 'كييف', 'Kiev', 'draft');",
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.segments(3).unwrap()[0].version, 4);
    assert_eq!(store.draft_segments(1).unwrap()[0].target, "Kiev");
    assert_eq!(store.glossary_count().unwrap(), 0);
    let kyiv = dragoman_core::names::glossary::GlossaryEntry {
        arabic: "كييف".into(),
        variants: vec![],
        english: "Kyiv".into(),
        short: None,
        kind: dragoman_core::names::glossary::NameType::Place,
        deprecated: vec!["Kiev".into()],
        clitics: true,
        not: vec![],
        notes: String::new(),
    };
    store.add_entry(&kyiv).unwrap();
    drop(store);
    assert_eq!(Store::open(&path).unwrap().glossary_entries().unwrap()[0].entry, kyiv);
}

#[test]
fn a_version_4_database_keeps_its_history_takes_datelines_and_knows_its_articles_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v4.db");
    let source = ["الكرملين", "أفاد الكرملين بأن المحادثات بدأت."];
    {
        let conn = version_4_database(&path);
        conn.execute_batch(&format!(
            "PRAGMA user_version = 4;
             INSERT INTO articles (id, title, origin, created_at, updated_at, status)
                 VALUES (5, 'الكرملين', 'paste', 1000, 2000, 'in-translation');
             INSERT INTO segments (id, article_id, position, kind, paragraph, source, target, status, updated_at, words, version)
                 VALUES (11, 5, 0, 'headline', 0, '{}', 'The Kremlin', 'translated', 2000, 1, 3),
                        (12, 5, 1, 'paragraph', 1, '{}', 'The Kremlin said.', 'draft', 2000, 5, 2);
             INSERT INTO segment_versions (segment_id, target, status, reason, created_at)
                 VALUES (11, 'Kremlin', 'draft', 'edit', 1500), (11, 'The Kremlin', 'translated', 'status', 1900);",
            source[0], source[1]
        ))
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    // Rebuilding the segments table kept them and their history (no cascade).
    let segs = store.segments(5).unwrap();
    assert_eq!((segs[0].target.as_str(), segs[0].version, segs[1].status), ("The Kremlin", 3, SegmentStatus::Draft));
    let history: Vec<_> = store.segment_history(11).unwrap().into_iter().map(|v| v.target).collect();
    assert_eq!(history.len(), 2, "{history:?}");
    // The article's key was filled: the same text (harakat aside, broken elsewhere) finds it.
    let found = store.article_with_source(["الكرملينُ أفاد الكرملين", "بأن المحادثات بدأت."]).unwrap();
    assert_eq!(found.map(|a| a.id), Some(5));
    assert_eq!(store.article_with_source(["الكرملين"]).unwrap(), None);
    // Datelines can be stored now, and deleting the article still cascades to the history.
    let new = dragoman_core::NewArticle {
        title: "t".into(),
        source_lang: "ar".into(),
        target_lang: "en".into(),
        origin: None,
        author: None,
        published: None,
        format: None,
        encoding: None,
        segments: vec![dragoman_core::NewSegment {
            kind: SegmentKind::Dateline,
            paragraph: 0,
            source: "القاهرة - رويترز".into(),
            excluded: false,
        }],
    };
    let id = store.create_article(&new).unwrap().id;
    assert_eq!(store.segments(id).unwrap()[0].kind, SegmentKind::Dateline);
    store.delete_article(5).unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let left: i64 = conn.query_row("SELECT count(*) FROM segment_versions", [], |r| r.get(0)).unwrap();
    assert_eq!(left, 0);
}

#[test]
fn a_version_4_database_gets_an_empty_personal_dictionary_and_keeps_its_settings() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v4.db");
    {
        let conn = version_4_database(&path);
        conn.execute_batch("PRAGMA user_version = 4; INSERT INTO settings VALUES ('ui.language', 'ar');").unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert!(store.spell_words().unwrap().is_empty());
    assert_eq!(store.setting("ui.language").unwrap().as_deref(), Some("ar"));
    assert_eq!(
        dragoman_core::usecases::spell::settings(&store).unwrap(),
        dragoman_core::usecases::spell::SpellSettings::default()
    );
    dragoman_core::usecases::spell::add_word(&store, "Nordstream").unwrap();
    assert_eq!(store.spell_words().unwrap(), ["Nordstream"]);
}

#[test]
fn a_version_6_database_remembers_what_was_confirmed_and_can_be_searched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v6.db");
    {
        let conn = version_4_database(&path);
        for sql in [
            include_str!("../migrations/0005_spell_words.sql"),
            include_str!("../migrations/0006_datelines_source_keys.sql"),
        ] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(
            "PRAGMA user_version = 6;
             INSERT INTO articles (id, title, origin, created_at, updated_at, status, source_key)
                 VALUES (3, 'القمة', 'paste', 1000, 2000, 'in-translation', 'k');
             INSERT INTO segments (id, article_id, position, kind, paragraph, source, target, status, updated_at, words, version) VALUES
                 (10, 3, 0, 'headline', 0, 'بايدن يلتقي بوتين', 'Biden meets Putin', 'translated', 1500, 3, 1),
                 (11, 3, 1, 'paragraph', 1, 'وقال بايدن إن القمة ناجحة.', 'Biden said the summit succeeded.', 'reviewed', 1600, 5, 2),
                 (12, 3, 2, 'paragraph', 2, 'وصل الرئيس إلى جنيف.', 'The president arrived', 'draft', 1700, 4, 1);",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    // The two confirmed segments became units, with their own dates and context.
    assert_eq!(store.unit_count().unwrap(), 2);
    let mut units = Vec::new();
    store
        .for_each_unit(Some(3), |u| {
            units.push(u);
            Ok(())
        })
        .unwrap();
    assert_eq!((units[0].segment_id, units[0].updated_at, units[0].origin.as_str()), (Some(10), 1500, "القمة"));
    assert!(units[1].prev_key.is_some() && units[1].next_key.is_some());
    // Every segment is in the index: the list finds the article by its text and its English.
    let found = |q: &str| dragoman_core::usecases::articles::list(&store, q).unwrap().len();
    assert_eq!((found("جنيف"), found("president arrived"), found("Moscow")), (1, 1, 0));
    let c = dragoman_core::usecases::memory::concordance(&store, "بايدن").unwrap();
    assert_eq!(c.hits.len(), 4, "two units and two segments: {c:?}");
}

#[test]
fn a_version_7_database_can_set_issues_aside_and_they_go_with_their_segment() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v7.db");
    {
        let conn = version_4_database(&path);
        for sql in [
            include_str!("../migrations/0005_spell_words.sql"),
            include_str!("../migrations/0006_datelines_source_keys.sql"),
            include_str!("../migrations/0007_memory.sql"),
        ] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(
            "PRAGMA user_version = 7;
             INSERT INTO articles (id, title, origin, created_at, updated_at, status, source_key)
                 VALUES (3, 'التضخم', 'paste', 1000, 2000, 'in-translation', 'k');
             INSERT INTO segments (id, article_id, position, kind, paragraph, source, target, status, updated_at, words, version) VALUES
                 (10, 3, 0, 'headline', 0, 'التضخم يرتفع إلى ٢٫٧٪', 'Inflation rises to 7.2%', 'draft', 1500, 4, 1),
                 (11, 3, 1, 'paragraph', 1, 'قتل ٣ أشخاص.', 'Three died in 2021.', 'draft', 1600, 3, 1);",
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let glossary = dragoman_core::names::glossary::Compiled::new(Vec::new());
    let inputs = dragoman_core::usecases::qa::Inputs { glossary: &glossary, speller: None, known: vec![] };
    let check = |store: &Store| dragoman_core::usecases::qa::check_article(store, 3, &inputs, None).unwrap();
    let report = check(&store);
    let kinds: Vec<(i64, &str)> = report.open().map(|i| (i.segment_id, i.kind())).collect();
    assert_eq!(kinds, vec![(10, "number-changed"), (11, "number-extra")]);
    let extra = report.open().nth(1).unwrap().clone();
    dragoman_core::usecases::qa::set_ignored(&store, 11, &extra.key(), true).unwrap();
    assert_eq!(check(&store).open().count(), 1);
    // Deleting the article takes its ignored issues with it.
    store.delete_article(3).unwrap();
    let left: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("SELECT count(*) FROM qa_ignored", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0);
}
