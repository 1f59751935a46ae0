//! The use cases the app and the command line share: what they decide (the article search,
//! the progress counts, which segments merge, what a dropped file is, the language setting)
//! is decided here once.
use dragoman_core::import::preview_paste;
use dragoman_core::usecases::glossary::{classify, DroppedFile};
use dragoman_core::usecases::{articles, settings};
use dragoman_core::{sample, SegmentKind, SegmentStatus, Store};

fn store_with(titles: &[&str]) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    for title in titles {
        let new = preview_paste("قال الكرملين إن بوتين سيتحدث مع بايدن.", None).unwrap().into_article(Some(title));
        store.create_article(&new).unwrap();
    }
    store
}

#[test]
fn the_article_search_uses_the_shared_normalisation() {
    let store = store_with(&["أخبارُ الكرملين", "Kremlin talks", "مؤتمر صحفي"]);
    let titles = |q: &str| -> Vec<String> {
        let mut t: Vec<String> = articles::list(&store, q).unwrap().into_iter().map(|a| a.article.title).collect();
        t.sort();
        t
    };
    // Harakat and hamza forms ignored in Arabic, case in English.
    assert_eq!(titles("اخبار"), vec!["أخبارُ الكرملين"]);
    assert_eq!(titles("KREMLIN"), vec!["Kremlin talks"]);
    assert_eq!(titles("صحفى"), vec!["مؤتمر صحفي"], "ى and ي alike");
    assert_eq!(titles("  ").len(), 3, "a blank search lists everything");
    assert!(titles("Washington").is_empty());
}

#[test]
fn the_progress_is_the_lists_and_follows_the_status_rules() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store.create_article(&sample::sample_article()).unwrap().id;
    let segs = store.segments(id).unwrap();
    let before = articles::progress(&store, id).unwrap();
    assert_eq!(before.translated_count, 0);
    assert_eq!(before.segment_count, segs.len() as i64);

    store.save_target(segs[1].id, "The Kremlin said", Some(segs[1].version)).unwrap();
    store.set_segment_excluded(segs[0].id, true).unwrap();
    let after = articles::progress(&store, id).unwrap();
    assert_eq!(after.translated_count, 1, "a typed translation counts");
    assert_eq!(after.segment_count, segs.len() as i64 - 1, "an excluded segment leaves the counts");
    assert_eq!(after.translated_words, segs[1].words);
    let listed = articles::list(&store, "").unwrap().into_iter().find(|a| a.article.id == id).unwrap();
    assert_eq!(listed, after, "the editor and the list count alike");
    assert_eq!(articles::progress(&store, 999).unwrap_err().kind(), "not-found");
}

#[test]
fn a_segment_is_mergeable_exactly_when_the_store_merges_it() {
    let article = sample::sample_article();
    let mut store = Store::open_in_memory().unwrap();
    let id = store.create_article(&article).unwrap().id;
    let segs = store.segments(id).unwrap();
    assert!(segs.iter().any(|s| s.mergeable), "the sample has sentences to merge");
    assert!(segs.iter().any(|s| !s.mergeable));
    assert!(!segs.last().unwrap().mergeable, "the last segment has nothing to merge with");
    assert!(segs.iter().filter(|s| s.kind == SegmentKind::Headline).all(|s| !s.mergeable));
    for (i, s) in segs.iter().enumerate() {
        assert_eq!(store.segment(s.id).unwrap().mergeable, s.mergeable, "segment {i} read alone says the same");
        let mut fresh = Store::open_in_memory().unwrap();
        let fid = fresh.create_article(&article).unwrap().id;
        let target = &fresh.segments(fid).unwrap()[i];
        assert_eq!(fresh.merge_with_next(target.id).is_ok(), s.mergeable, "segment {i} ({:?})", s.kind);
    }
}

#[test]
fn a_dropped_file_is_told_by_its_content_not_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let csv = "arabic,english,type\nكييف,Kyiv,place\n";
    assert_eq!(classify(&write("names.csv", csv.as_bytes())), DroppedFile::Glossary);
    assert_eq!(classify(&write("names.txt", csv.as_bytes())), DroppedFile::Glossary, "a glossary under another name");
    assert_eq!(classify(&write("names-from-excel", csv.as_bytes())), DroppedFile::Glossary, "or none");
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(csv.encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(
        classify(&write("excel.csv", &utf16)),
        DroppedFile::Glossary,
        "UTF-16 with a BOM, as spreadsheets write it"
    );
    let tbx = r#"<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="en"><text><body/></text></tbx>"#;
    assert_eq!(classify(&write("house.xml", tbx.as_bytes())), DroppedFile::Glossary);
    // By name, as before: the glossary import then says what is wrong with the file.
    assert_eq!(classify(&write("names.CSV", "name,translation\nx,y\n".as_bytes())), DroppedFile::Glossary);
    assert_eq!(classify(&write("house.tbx", b"\x00\x01\x02binary")), DroppedFile::Glossary);
    assert_eq!(classify(&write("page.html", b"<html><body><p>x</p></body></html>")), DroppedFile::Article);
    assert_eq!(classify(&write("kremlin.txt", "قال الكرملين، الخميس، إن".as_bytes())), DroppedFile::Article);
    assert_eq!(classify(&write("tbx-notes.docx", b"PK\x03\x04")), DroppedFile::Article);
    let semicolons = "arabic;english\nكييف;Kyiv\n";
    assert_eq!(
        classify(&write("names.txt", semicolons.as_bytes())),
        DroppedFile::Article,
        "the CSV reader reads commas only"
    );
    assert_eq!(classify(&dir.path().join("missing.txt")), DroppedFile::Article, "the import then explains");
    assert_eq!(classify(dir.path()), DroppedFile::Article, "a folder");
}

#[test]
fn the_interface_language_is_one_of_the_offered_ones() {
    let store = Store::open_in_memory().unwrap();
    assert_eq!(settings::language(&store).unwrap(), None);
    settings::set_language(&store, "ar").unwrap();
    assert_eq!(settings::language(&store).unwrap().as_deref(), Some("ar"));
    assert_eq!(settings::set_language(&store, "fr").unwrap_err().kind(), "invalid-input");
    assert_eq!(settings::language(&store).unwrap().as_deref(), Some("ar"), "a refused language changes nothing");
    store.set_setting(settings::LANGUAGE_KEY, "de").unwrap(); // a value no longer offered
    assert_eq!(settings::language(&store).unwrap(), None);
}

#[test]
fn name_candidates_skip_text_not_for_translation() {
    use dragoman_core::names::glossary::Compiled;
    use dragoman_core::usecases::names::candidates;
    let mut store = Store::open_in_memory().unwrap();
    let text = "قال المتحدث باسم الكرملين ديمتري بيسكوف إن المحادثات ستجري.\n\nوأضاف بيسكوف أن الرئيس سيتحدث.";
    let id = store.create_article(&preview_paste(text, None).unwrap().into_article(Some("t"))).unwrap().id;
    let empty = Compiled::new(vec![]);
    let segs = store.segments(id).unwrap();
    let found = candidates(&segs, &empty);
    assert!(found.iter().any(|c| c.candidate.arabic.contains("بيسكوف")), "{found:?}");
    for s in &segs {
        store.set_segment_excluded(s.id, true).unwrap();
    }
    let segs = store.segments(id).unwrap();
    assert!(segs.iter().all(|s| s.status == SegmentStatus::Excluded));
    assert!(candidates(&segs, &empty).is_empty(), "excluded text offers no names");
}
