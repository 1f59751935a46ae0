//! Splitting, merging and excluding segments in the editor.
use dragoman_core::import::preview_paste;
use dragoman_core::{SegmentKind, SegmentStatus, Store};

fn store_with(text: &str) -> (tempfile::TempDir, Store, i64) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("d.db")).unwrap();
    let id = store.create_article(&preview_paste(text, None).unwrap().into_article(None)).unwrap().id;
    (dir, store, id)
}

fn shape(store: &Store, id: i64) -> Vec<(i64, SegmentKind, i64, String, String)> {
    store.segments(id).unwrap().into_iter().map(|s| (s.position, s.kind, s.paragraph, s.source, s.target)).collect()
}

#[test]
fn split_at_the_caret_keeps_the_translation_and_merge_undoes_it() {
    let (_d, mut store, id) = store_with("عنوان\n\nقال د. أحمد إن المحادثات بدأت، وإن الوفد وصل.\n\nفقرة أخيرة.");
    let seg = store.segments(id).unwrap()[1].clone();
    assert_eq!(seg.kind, SegmentKind::Paragraph);
    store.update_segment_target(seg.id, "Dr. Ahmed said the talks began, and the delegation arrived.").unwrap();

    let at = seg.source.chars().position(|c| c == '،').unwrap() + 1;
    store.split_segment(seg.id, at).unwrap();
    let got = shape(&store, id);
    assert_eq!(got.len(), 4);
    assert_eq!(
        got[1],
        (
            1,
            SegmentKind::Sentence,
            1,
            "قال د. أحمد إن المحادثات بدأت،".into(),
            "Dr. Ahmed said the talks began, and the delegation arrived.".into()
        )
    );
    assert_eq!(got[2], (2, SegmentKind::Sentence, 1, "وإن الوفد وصل.".into(), String::new()));
    assert_eq!(got[3].0, 3, "positions after the split move down");
    assert_eq!(got[3].3, "فقرة أخيرة.");

    store.update_segment_target(store.segments(id).unwrap()[2].id, "(second half)").unwrap();
    store.merge_with_next(seg.id).unwrap();
    let got = shape(&store, id);
    assert_eq!(got.len(), 3);
    assert_eq!(got[1].1, SegmentKind::Paragraph, "a whole paragraph again");
    assert_eq!(got[1].3, seg.source);
    assert_eq!(got[1].4, "Dr. Ahmed said the talks began, and the delegation arrived. (second half)");
    assert_eq!((got[2].0, got[2].3.as_str()), (2, "فقرة أخيرة."));
}

#[test]
fn splits_and_merges_that_make_no_sense_are_refused_unchanged() {
    let (_d, mut store, id) = store_with("عنوان\n\nفقرة أولى.\n\nفقرة ثانية.");
    let before = shape(&store, id);
    let segs = store.segments(id).unwrap();
    assert_eq!(store.split_segment(segs[1].id, 0).unwrap_err().kind(), "invalid-input");
    assert_eq!(store.split_segment(segs[1].id, 10_000).unwrap_err().kind(), "invalid-input");
    assert_eq!(store.merge_with_next(segs[0].id).unwrap_err().kind(), "invalid-input", "headline into paragraph");
    assert_eq!(store.merge_with_next(segs[1].id).unwrap_err().kind(), "invalid-input", "across paragraphs");
    assert_eq!(store.merge_with_next(segs[2].id).unwrap_err().kind(), "invalid-input", "last segment");
    assert_eq!(shape(&store, id), before);
}

#[test]
fn not_for_translation_leaves_the_counts_and_comes_back() {
    let (_d, mut store, id) = store_with("رئيس التحرير\nعصام كامل\n\nالعنوان\n\nنص الخبر.");
    let segs = store.segments(id).unwrap();
    assert_eq!(store.list_articles().unwrap()[0].segment_count, 4);
    store.set_segment_excluded(segs[0].id, true).unwrap();
    store.set_segment_excluded(segs[1].id, true).unwrap();
    let list = store.list_articles().unwrap();
    assert_eq!(list[0].segment_count, 2);
    assert_eq!(store.segment(segs[0].id).unwrap().status, SegmentStatus::Excluded);
    // Typing into an excluded segment keeps it excluded; taking the mark back makes a draft.
    store.update_segment_target(segs[0].id, "Editor-in-chief").unwrap();
    assert_eq!(store.segment(segs[0].id).unwrap().status, SegmentStatus::Excluded);
    assert_eq!(store.set_segment_excluded(segs[0].id, false).unwrap().status, SegmentStatus::Draft);
    assert_eq!(store.set_segment_excluded(segs[1].id, false).unwrap().status, SegmentStatus::New);
    assert_eq!(store.list_articles().unwrap()[0].segment_count, 4);
}
