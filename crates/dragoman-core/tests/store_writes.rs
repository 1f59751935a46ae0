//! How the store writes segments: one status rule whatever path changed the text, a version
//! bump (and the same history as before) on every write, and reads that decide a write made
//! inside that write's transaction.
use std::path::Path;
use std::time::Duration;

use dragoman_core::import::preview_paste;
use dragoman_core::{sample, status, Segment, SegmentStatus, Store};

fn with_sample() -> (tempfile::TempDir, Store, i64) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("d.db")).unwrap();
    let id = store.create_article(&sample::sample_article()).unwrap().id;
    (dir, store, id)
}

fn reasons(store: &Store, id: i64) -> Vec<String> {
    store.segment_history(id).unwrap().into_iter().map(|h| h.reason).collect()
}

#[test]
fn an_emptied_translation_is_new_whether_typed_or_replaced() {
    let (_d, mut store, id) = with_sample();
    let segs = store.segments(id).unwrap();
    let (typed, replaced, excluded) = (segs[5].id, segs[6].id, segs[7].id);
    for s in [typed, replaced, excluded] {
        store.update_segment_target(s, "Kiev").unwrap();
        store.set_segment_status(s, SegmentStatus::Translated).unwrap();
    }
    store.set_segment_excluded(excluded, true).unwrap();

    let typed = store.update_segment_target(typed, "").unwrap();
    assert_eq!(store.replace(id, "Kiev", "", Some(&[replaced, excluded])).unwrap(), 2);
    let replaced = store.segment(replaced).unwrap();
    assert_eq!(replaced.target, "");
    assert_eq!(typed.status, SegmentStatus::New);
    assert_eq!(replaced.status, typed.status, "one rule, whatever emptied the translation");
    assert_eq!(store.segment(excluded).unwrap().status, SegmentStatus::Excluded, "exclusion is kept");
    // Both agree with the pure rule.
    assert_eq!(status::on_text_change(SegmentStatus::Translated, ""), SegmentStatus::New);

    // A replace that leaves text behaves as typing it: a confirmed translation is a draft again.
    let s = segs[8].id;
    store.update_segment_target(s, "Kiev talks").unwrap();
    store.set_segment_status(s, SegmentStatus::Reviewed).unwrap();
    store.replace(id, "Kiev", "Kyiv", Some(&[s])).unwrap();
    assert_eq!(store.segment(s).unwrap().status, status::on_text_change(SegmentStatus::Reviewed, "Kyiv talks"));
    assert_eq!(store.segment(s).unwrap().status, SegmentStatus::Draft);
}

/// The article's progress counts by the predicates of `status`, and so do drafts.
#[test]
fn progress_counts_follow_the_status_predicates() {
    let (_d, mut store, id) = with_sample();
    let segs = store.segments(id).unwrap();
    store.set_segment_excluded(segs[0].id, true).unwrap();
    store.update_segment_target(segs[1].id, "Masthead").unwrap();
    store.set_segment_excluded(segs[1].id, true).unwrap();
    for (i, s) in segs.iter().enumerate().skip(2).take(6) {
        store.update_segment_target(s.id, &format!("Sentence {i}")).unwrap();
    }
    store.set_segment_status(segs[3].id, SegmentStatus::Translated).unwrap();
    store.set_segment_status(segs[4].id, SegmentStatus::Reviewed).unwrap();
    store.set_segment_status(segs[5].id, SegmentStatus::Reviewed).unwrap();

    let now = store.segments(id).unwrap();
    let count = |f: fn(SegmentStatus) -> bool| now.iter().filter(|s| f(s.status)).count() as i64;
    let words = |f: fn(SegmentStatus) -> bool| now.iter().filter(|s| f(s.status)).map(|s| s.words).sum::<i64>();
    let summary = &store.list_articles().unwrap()[0];
    assert_eq!(summary.segment_count, count(SegmentStatus::counts));
    assert_eq!(summary.translated_count, count(SegmentStatus::has_translation));
    assert_eq!(summary.confirmed_count, count(SegmentStatus::is_confirmed));
    assert_eq!(summary.reviewed_count, count(SegmentStatus::is_reviewed));
    assert_eq!(summary.word_count, words(SegmentStatus::counts));
    assert_eq!(summary.translated_words, words(SegmentStatus::has_translation));
    assert_eq!(
        (summary.segment_count, summary.translated_count, summary.confirmed_count, summary.reviewed_count),
        (now.len() as i64 - 2, 6, 3, 2)
    );

    let draft = store.create_draft(id, "counted").unwrap();
    assert_eq!((draft.segment_count, draft.translated_count), (summary.segment_count, summary.translated_count));
}

/// Every path that writes a segment increments its version by one; the history records what
/// it recorded before (typing, status, restores and replace; not exclusion, split or merge).
#[test]
fn every_write_bumps_the_version_and_keeps_its_history_entry() {
    let (_d, mut store, id) = with_sample();
    let seg = store.segments(id).unwrap()[5].id;
    let mut version = store.segment(seg).unwrap().version;
    let mut step = |store: &Store, what: &str, history: &[&str]| {
        let now = store.segment(seg).unwrap().version;
        assert_eq!(now, version + 1, "{what}: one bump");
        version = now;
        assert_eq!(reasons(store, seg), history, "{what}: history");
    };

    store.update_segment_target(seg, "The Kremlin said").unwrap();
    step(&store, "typing", &["edit"]);
    store.update_segment_target(seg, "The Kremlin said so").unwrap();
    step(&store, "typing again within a minute", &["edit"]);
    store.set_segment_status(seg, SegmentStatus::Translated).unwrap();
    step(&store, "confirming", &["status", "edit"]);
    let edit = store.segment_history(seg).unwrap()[1].id;
    store.restore_segment_version(edit).unwrap();
    step(&store, "restoring a version", &["restore", "status", "edit"]);
    store.replace(id, "Kremlin", "Kremlin's office", Some(&[seg])).unwrap();
    step(&store, "replacing", &["replace", "restore", "status", "edit"]);
    let draft = store.create_draft(id, "before").unwrap().id;
    store.update_segment_target(seg, "Other").unwrap();
    step(&store, "typing after a replace", &["edit", "replace", "restore", "status", "edit"]);
    store.restore_draft(draft).unwrap();
    step(&store, "restoring a draft", &["draft-restore", "edit", "replace", "restore", "status", "edit"]);
    let history = reasons(&store, seg);
    store.set_segment_excluded(seg, true).unwrap();
    step(&store, "excluding", &history.iter().map(String::as_str).collect::<Vec<_>>());
    store.set_segment_excluded(seg, false).unwrap();
    step(&store, "including", &history.iter().map(String::as_str).collect::<Vec<_>>());
    let segs = store.split_segment(seg, 5).unwrap();
    step(&store, "splitting", &history.iter().map(String::as_str).collect::<Vec<_>>());
    let second = segs.iter().find(|s| s.position == store.segment(seg).unwrap().position + 1).unwrap();
    assert_eq!((second.version, second.status, second.target.as_str()), (0, SegmentStatus::New, ""));
    store.merge_with_next(seg).unwrap();
    step(&store, "merging", &history.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(store.segment(second.id).is_err(), "merged away");
}

/// An older Dragoman's replace could leave a translation empty but `draft`, in the history
/// and in drafts: brought back, it is `new`, as any empty translation.
#[test]
fn a_restored_version_or_draft_that_is_empty_is_new() {
    let (dir, mut store, id) = with_sample();
    let seg = store.segments(id).unwrap()[5].id;
    let draft = store.create_draft(id, "old").unwrap().id;
    let raw = rusqlite::Connection::open(dir.path().join("d.db")).unwrap();
    raw.execute_batch(&format!(
        "INSERT INTO segment_versions (id, segment_id, target, status, reason, created_at)
             VALUES (1000, {seg}, '', 'draft', 'replace', 1);
         UPDATE draft_segments SET status = 'draft' WHERE draft_id = {draft} AND segment_id = {seg};"
    ))
    .unwrap();

    store.update_segment_target(seg, "Text").unwrap();
    store.set_segment_status(seg, SegmentStatus::Translated).unwrap();
    let s = store.restore_segment_version(1000).unwrap();
    assert_eq!((s.target.as_str(), s.status), ("", SegmentStatus::New));

    store.update_segment_target(seg, "Text").unwrap();
    store.set_segment_status(seg, SegmentStatus::Reviewed).unwrap();
    store.restore_draft(draft).unwrap();
    let s = store.segment(seg).unwrap();
    assert_eq!((s.target.as_str(), s.status), ("", SegmentStatus::New));
}

/// Another process holds the write lock with an uncommitted change to segment `id`, commits
/// it after a moment; meanwhile `write` runs here and must wait for it.
fn while_another_process_writes<T>(path: &Path, sql: &str, write: impl FnOnce() -> T) -> T {
    let other = rusqlite::Connection::open(path).unwrap();
    other.execute_batch(&format!("BEGIN IMMEDIATE; {sql}")).unwrap();
    let commit = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        other.execute_batch("COMMIT").unwrap();
    });
    let out = write();
    commit.join().unwrap();
    out
}

fn open_article(text: &str) -> (tempfile::TempDir, Store, Vec<Segment>) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("d.db")).unwrap();
    let id = store.create_article(&preview_paste(text, None).unwrap().into_article(None)).unwrap().id;
    let segs = store.segments(id).unwrap();
    (dir, store, segs)
}

#[test]
fn a_stale_version_is_refused_inside_the_transaction() {
    let (dir, mut store, segs) = open_article("عنوان\n\nنص الخبر.");
    let seg = &segs[1];
    // This window loaded version 0. Another process saves meanwhile; its change is not yet
    // committed when this save begins. The check must see it (a check made before taking the
    // write lock would pass, and overwrite the other text).
    let sql =
        format!("UPDATE segments SET target = 'From B', status = 'draft', version = version + 1 WHERE id = {}", seg.id);
    let result = while_another_process_writes(&dir.path().join("d.db"), &sql, || {
        store.save_target(seg.id, "From A", Some(seg.version))
    });
    assert_eq!(result.unwrap_err().kind(), "conflict");
    let now = store.segment(seg.id).unwrap();
    assert_eq!((now.target.as_str(), now.version), ("From B", seg.version + 1));
}

#[test]
fn replace_reads_the_targets_inside_its_transaction() {
    let (dir, mut store, segs) = open_article("عنوان\n\nنص الخبر.");
    let seg = &segs[1];
    store.update_segment_target(seg.id, "Kiev").unwrap();
    let sql = format!("UPDATE segments SET target = 'Kiev and Kiev', version = version + 1 WHERE id = {}", seg.id);
    let n = while_another_process_writes(&dir.path().join("d.db"), &sql, || {
        store.replace(seg.article_id, "Kiev", "Kyiv", None).unwrap()
    });
    assert_eq!(n, 2, "the other process's text was replaced, not overwritten");
    assert_eq!(store.segment(seg.id).unwrap().target, "Kyiv and Kyiv");
}

#[test]
fn split_reads_the_segment_inside_its_transaction() {
    let (dir, mut store, segs) = open_article("عنوان\n\nقال الوفد، ثم وصل.");
    let seg = &segs[1];
    let at = seg.source.chars().position(|c| c == '،').unwrap() + 1;
    // Meanwhile the other process corrects the source and moves the segment.
    let sql = format!(
        "UPDATE segments SET source = 'قال الوفد، ثم وصل أمس.', position = 7, version = version + 1 WHERE id = {}",
        seg.id
    );
    let after =
        while_another_process_writes(&dir.path().join("d.db"), &sql, || store.split_segment(seg.id, at).unwrap());
    let got: Vec<_> = after.iter().map(|s| (s.position, s.source.as_str())).collect();
    assert_eq!(got, vec![(0, "عنوان"), (7, "قال الوفد،"), (8, "ثم وصل أمس.")]);
    assert_eq!(after[1].version, seg.version + 2);
}
