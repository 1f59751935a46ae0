//! The translator's day: statuses, history, two windows, drafts, find and replace, export.
use dragoman_core::diff::Op;
use dragoman_core::formats::export::{export, ExportFormat};
use dragoman_core::import::{preview_bytes, preview_paste, Format, ImportOptions};
use dragoman_core::{sample, SegmentKind, SegmentStatus, Store, WorkflowStatus};

fn with_sample() -> (tempfile::TempDir, Store, i64) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("d.db")).unwrap();
    let id = store.create_article(&sample::sample_article()).unwrap().id;
    (dir, store, id)
}

#[test]
fn confirm_review_and_progress_in_segments_and_words() {
    let (_d, mut store, id) = with_sample();
    let segs = store.segments(id).unwrap();
    let head = &segs[2];
    assert_eq!(store.set_segment_status(head.id, SegmentStatus::Translated).unwrap_err().kind(), "nothing-to-confirm");
    store.update_segment_target(head.id, "Kremlin: Putin-Biden talks a start to security talks").unwrap();
    assert_eq!(store.set_segment_status(head.id, SegmentStatus::Translated).unwrap().status, SegmentStatus::Translated);
    let s = &store.list_articles().unwrap()[0];
    assert_eq!((s.translated_count, s.confirmed_count, s.reviewed_count), (1, 1, 0));
    assert_eq!(s.translated_words, head.words);
    assert_eq!(s.word_count, segs.iter().map(|s| s.words).sum::<i64>());
    assert_eq!(head.words, 7);
    assert_eq!(store.set_segment_status(head.id, SegmentStatus::Reviewed).unwrap().status, SegmentStatus::Reviewed);
    // Changing a confirmed translation makes it a draft again.
    let s = store.update_segment_target(head.id, "Kremlin: Putin–Biden talks open security talks").unwrap();
    assert_eq!(s.status, SegmentStatus::Draft);
}

#[test]
fn the_list_shows_the_english_headline_once_there_is_one() {
    let (_d, mut store, id) = with_sample();
    let head = store.segments(id).unwrap().into_iter().find(|s| s.kind == SegmentKind::Headline).unwrap();
    assert_eq!(store.list_articles().unwrap()[0].english_title, None);
    store.update_segment_target(head.id, "   ").unwrap();
    assert_eq!(store.article_summary(id).unwrap().english_title, None, "blank is no headline");
    store.update_segment_target(head.id, " Kremlin: Putin–Biden talks a start ").unwrap();
    assert_eq!(store.list_articles().unwrap()[0].english_title.as_deref(), Some("Kremlin: Putin–Biden talks a start"));
    store.set_segment_excluded(head.id, true).unwrap();
    assert_eq!(store.article_summary(id).unwrap().english_title, None, "an excluded headline is not the title");
}

#[test]
fn each_segment_keeps_its_history_and_a_version_can_be_restored() {
    let (_d, mut store, id) = with_sample();
    let seg = store.segments(id).unwrap()[5].id;
    store.update_segment_target(seg, "The Kremlin said").unwrap();
    store.update_segment_target(seg, "The Kremlin said Putin").unwrap(); // same burst: one entry
    store.set_segment_status(seg, SegmentStatus::Translated).unwrap();
    let history = store.segment_history(seg).unwrap();
    assert_eq!(history.iter().map(|h| h.reason.as_str()).collect::<Vec<_>>(), vec!["status", "edit"]);
    assert_eq!(history[1].target, "The Kremlin said Putin");
    store.update_segment_target(seg, "Something else entirely").unwrap();
    let restored = store.restore_segment_version(history[0].id).unwrap();
    assert_eq!((restored.target.as_str(), restored.status), ("The Kremlin said Putin", SegmentStatus::Translated));
    assert_eq!(store.segment_history(seg).unwrap()[0].reason, "restore");
}

#[test]
fn two_windows_never_silently_overwrite_each_other() {
    let (_d, mut store, id) = with_sample();
    let seg = store.segments(id).unwrap()[5].clone();
    // Window A and window B both loaded version 0. A saves first.
    let a = store.save_target(seg.id, "From window A", Some(seg.version)).unwrap();
    assert_eq!(a.version, seg.version + 1);
    // B still has version 0: refused, A's text is kept.
    assert_eq!(store.save_target(seg.id, "From window B", Some(seg.version)).unwrap_err().kind(), "conflict");
    assert_eq!(store.segment(seg.id).unwrap().target, "From window A");
    // After reloading, B saves on top of A.
    assert_eq!(store.save_target(seg.id, "From window B", Some(a.version)).unwrap().target, "From window B");
}

#[test]
fn drafts_compare_and_restore_with_an_undo() {
    let (_d, mut store, id) = with_sample();
    let segs = store.segments(id).unwrap();
    store.update_segment_target(segs[2].id, "Kremlin: Putin and Biden talks begin security talks").unwrap();
    store.update_segment_target(segs[5].id, "The Kremlin said Putin wants the Thursday call").unwrap();
    let first = store.create_draft(id, "  Translator's   draft ").unwrap();
    assert_eq!(first.name, "Translator's draft");
    assert_eq!((first.segment_count, first.translated_count), (segs.len() as i64, 2));

    store.update_segment_target(segs[5].id, "The Kremlin said Putin wants Thursday's phone call").unwrap();
    store.update_segment_target(segs[6].id, "Putin told Biden").unwrap();

    let c = store.compare(id, Some(first.id), None).unwrap();
    assert_eq!(c.changed.len(), 2);
    assert_eq!(c.unchanged, segs.len() - 2);
    let pieces = &c.changed[0].pieces;
    let deleted: Vec<&str> = pieces.iter().filter(|p| p.op == Op::Delete).map(|p| p.text.as_str()).collect();
    let inserted: Vec<&str> = pieces.iter().filter(|p| p.op == Op::Insert).map(|p| p.text.as_str()).collect();
    assert_eq!((deleted, inserted), (vec!["the", "Thursday"], vec!["Thursday's", "phone"]));
    assert_eq!(pieces[0].text, "The Kremlin said Putin wants ", "unchanged words are kept as they are");

    // Restore: the current text is kept as a draft first, so the restore can be undone.
    let backup = store.restore_draft(first.id).unwrap();
    assert_eq!(
        (backup.auto_kind.as_deref(), backup.auto_detail.as_deref()),
        (Some("before-restore"), Some("Translator's draft"))
    );
    assert_eq!(store.segment(segs[5].id).unwrap().target, "The Kremlin said Putin wants the Thursday call");
    assert_eq!(store.segment(segs[6].id).unwrap().target, "");
    assert_eq!(store.compare(id, Some(first.id), None).unwrap().changed.len(), 0);
    store.restore_draft(backup.id).unwrap();
    assert_eq!(store.segment(segs[6].id).unwrap().target, "Putin told Biden");
    assert_eq!(store.list_drafts(id).unwrap().len(), 3);
}

#[test]
fn a_workflow_status_change_makes_a_draft() {
    let (_d, mut store, id) = with_sample();
    let a = store.set_article_status(id, WorkflowStatus::InReview).unwrap();
    assert_eq!(a.status, WorkflowStatus::InReview);
    let drafts = store.list_drafts(id).unwrap();
    assert_eq!(drafts.len(), 1);
    assert_eq!(
        (drafts[0].auto_kind.as_deref(), drafts[0].auto_detail.as_deref()),
        (Some("status-change"), Some("in-review"))
    );
    store.set_article_status(id, WorkflowStatus::InReview).unwrap();
    assert_eq!(store.list_drafts(id).unwrap().len(), 1, "no change, no draft");
}

#[test]
fn find_ignores_harakat_and_hamza_and_replace_changes_only_targets() {
    let (_d, mut store, id) = with_sample();
    let hits = store.find(id, "بُوتِين", false).unwrap();
    assert!(hits.len() >= 8, "{}", hits.len());
    let hits = store.find(id, "الامريكي", false).unwrap(); // written الأمريكي in the text
    assert!(!hits.is_empty());
    let segs = store.segments(id).unwrap();
    store.update_segment_target(segs[5].id, "Kiev and KIEV and kiev").unwrap();
    store.set_segment_status(segs[5].id, SegmentStatus::Translated).unwrap();
    assert_eq!(store.find(id, "kiev", true).unwrap()[0].ranges, vec![[0, 4], [9, 13], [18, 22]]);
    assert_eq!(store.replace(id, "Kiev", "Kyiv", None).unwrap(), 3);
    let s = store.segment(segs[5].id).unwrap();
    assert_eq!((s.target.as_str(), s.status), ("Kyiv and Kyiv and Kyiv", SegmentStatus::Draft));
    assert_eq!(store.segment_history(s.id).unwrap()[0].reason, "replace");
    assert_eq!(store.replace(id, "بوتين", "x", None).unwrap(), 0, "sources are never replaced");
}

fn translated_sample() -> (tempfile::TempDir, Store, i64) {
    let (d, mut store, id) = with_sample();
    let segs = store.segments(id).unwrap();
    store.set_segment_excluded(segs[0].id, true).unwrap();
    store.set_segment_excluded(segs[1].id, true).unwrap();
    for (i, s) in segs.iter().enumerate().skip(2) {
        let text = match s.kind {
            SegmentKind::Headline => "Kremlin: Putin-Biden talks a start to security talks".to_owned(),
            SegmentKind::Subhead => format!("Subhead {i}"),
            _ => format!("Sentence {i} <b>&</b>."),
        };
        store.update_segment_target(s.id, &text).unwrap();
    }
    (d, store, id)
}

#[test]
fn english_exports_keep_the_structure_and_leave_out_excluded_lines() {
    let (_d, store, id) = translated_sample();
    let article = store.article(id).unwrap();
    let segs = store.segments(id).unwrap();

    let txt = String::from_utf8(export(&article, &segs, ExportFormat::Txt).unwrap()).unwrap();
    assert!(txt.starts_with("Kremlin: Putin-Biden talks a start to security talks\n\n"));
    // The two sentences of one paragraph are one paragraph again.
    assert!(txt.contains("Sentence 14 <b>&</b>. Sentence 15 <b>&</b>.\n\n"), "{txt}");
    assert!(!txt.contains("Sentence 0") && !txt.contains("Sentence 1 "), "excluded lines left out");

    // Read each format back with the importer (a different parser from each writer).
    for (format, name, expected) in [
        (ExportFormat::Md, "a.md", Format::Markdown),
        (ExportFormat::Html, "a.html", Format::Html),
        (ExportFormat::Docx, "a.docx", Format::Docx),
    ] {
        let bytes = export(&article, &segs, format).unwrap();
        let p = preview_bytes(&bytes, Some(name), &ImportOptions::default()).unwrap();
        assert_eq!(p.format, expected);
        let kinds: Vec<SegmentKind> = p.segments.iter().map(|s| s.kind).collect();
        assert_eq!(kinds.first(), Some(&SegmentKind::Headline), "{format:?}");
        assert_eq!(kinds.iter().filter(|k| **k == SegmentKind::Subhead).count(), 3, "{format:?}");
        assert_eq!(p.segments[0].source, "Kremlin: Putin-Biden talks a start to security talks");
        assert!(p.segments.iter().any(|s| s.source == "Sentence 5 <b>&</b>."), "{format:?}: escaped text survives");
    }
}

#[test]
fn bilingual_exports_put_the_arabic_right_to_left_beside_the_english() {
    let (_d, store, id) = translated_sample();
    let article = store.article(id).unwrap();
    let segs = store.segments(id).unwrap();
    let html = String::from_utf8(export(&article, &segs, ExportFormat::BilingualHtml).unwrap()).unwrap();
    assert!(html.contains("<td lang=\"ar\" dir=\"rtl\">أفاد الكرملين"));
    assert!(html.contains("<td lang=\"en\" dir=\"ltr\">Sentence 5 &lt;b&gt;&amp;&lt;/b&gt;.</td>"));
    assert!(!html.contains("رئيس التحرير"), "excluded lines left out");

    let docx = export(&article, &segs, ExportFormat::BilingualDocx).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
    assert!(xml.contains("<w:tbl>"));
    assert!(xml.contains("<w:bidi"), "Arabic paragraphs are right to left");
    assert!(xml.contains("أفاد الكرملين"));
}

#[test]
fn paste_then_export_round_trip_through_the_cli_shape() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store.create_article(&preview_paste("عنوان\n\nنص.", None).unwrap().into_article(None)).unwrap().id;
    let article = store.article(id).unwrap();
    let txt = export(&article, &store.segments(id).unwrap(), ExportFormat::Txt).unwrap();
    assert_eq!(txt, b"\n", "nothing translated yet: an empty English text");
}

#[test]
fn control_characters_from_an_imported_text_never_reach_a_docx() {
    // U+0001, ESC and VT can come in with a text file; XML 1.0 cannot carry them, and Word
    // refuses a document that has them.
    let (_dir, mut store, id) = translated_sample();
    let segs = store.segments(id).unwrap();
    store.save_target(segs[2].id, "The\u{1} Kremlin\u{1b} said\u{b} so", None).unwrap();
    let article = store.article(id).unwrap();
    let segs = store.segments(id).unwrap();
    for format in [ExportFormat::Docx, ExportFormat::BilingualDocx] {
        let docx = export(&article, &segs, format).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
        assert!(xml.contains("The Kremlin said so"), "{format:?}");
        assert!(!xml.contains(['\u{1}', '\u{1b}', '\u{b}']), "{format:?}");
        // And it is well-formed XML.
        let mut reader = quick_xml::Reader::from_str(&xml);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("{format:?}: {e}"),
            }
        }
    }
}

#[test]
fn export_never_follows_a_link_nor_replaces_a_device_or_a_read_only_file_and_keeps_permissions() {
    use dragoman_core::formats::export::write_file;
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let listing = |d: &std::path::Path| {
        let mut names: Vec<String> =
            std::fs::read_dir(d).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    };
    // A link where the export goes: refused, what it points to untouched.
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "keep me").unwrap();
    let link = dir.path().join("out.txt");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    assert_eq!(write_file(&link, b"new").expect_err("refused").kind(), "write-failed");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    // A device: refused (as root, renaming over /dev/null would have replaced it).
    assert_eq!(write_file(std::path::Path::new("/dev/null"), b"x").expect_err("refused").kind(), "write-failed");
    // A read-only file: refused, even for root, and unchanged.
    let ro = dir.path().join("ro.txt");
    std::fs::write(&ro, "old").unwrap();
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).unwrap();
    assert_eq!(write_file(&ro, b"new").expect_err("refused").kind(), "write-failed");
    assert_eq!(std::fs::read_to_string(&ro).unwrap(), "old");
    // An existing file keeps its permissions; a new one is as the user's other files.
    let kept = dir.path().join("kept.txt");
    std::fs::write(&kept, "old").unwrap();
    std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o640)).unwrap();
    write_file(&kept, b"new").unwrap();
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), "new");
    assert_eq!(std::fs::metadata(&kept).unwrap().permissions().mode() & 0o777, 0o640);
    let fresh = dir.path().join("fresh.txt");
    write_file(&fresh, b"x").unwrap();
    assert_eq!(std::fs::metadata(&fresh).unwrap().permissions().mode() & 0o777, 0o644);
    // No temporary file is left behind.
    assert_eq!(listing(dir.path()), ["fresh.txt", "kept.txt", "out.txt", "ro.txt", "victim.txt"]);
}
