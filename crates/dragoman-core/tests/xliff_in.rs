//! XLIFF coming back and coming in (issue 14): an export returns as an update of its article
//! (a report before anything changes, conflicts against the recorded export, the draft
//! "before XLIFF import", history, idempotence), another tool's file opens as an article with
//! its inline codes and is written back as the same file with the translations put in, and
//! every bad file is refused with the database unchanged.
use std::path::Path;

use dragoman_core::formats::xliff::{codes, XliffVersion};
use dragoman_core::names::glossary::Compiled;
use dragoman_core::usecases::export;
use dragoman_core::usecases::xliff::{self, XliffOutcome, XliffPlan};
use dragoman_core::{sample, ErrorKind, SegmentStatus, Store};

#[path = "support/xliff_c14n.rs"]
mod c14n;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/xliff");

fn fixture(name: &str) -> String {
    std::fs::read_to_string(Path::new(FIXTURES).join(name)).unwrap()
}

/// The sample article with its headline translated.
fn article() -> (Store, i64) {
    let mut store = Store::open_in_memory().unwrap();
    let id = store.create_article(&sample::sample_article()).unwrap().id;
    let segs = store.segments(id).unwrap();
    store.update_segment_target(segs[2].id, "Kremlin: Putin-Biden talks").unwrap();
    store.set_segment_status(segs[2].id, SegmentStatus::Translated).unwrap();
    (store, id)
}

/// The article exported as XLIFF (the export recorded, as the app and the CLI do).
fn exported(store: &mut Store, id: i64, version: XliffVersion) -> String {
    let export_id = export::record_export(store, id);
    assert!(export_id.is_some());
    let (a, segments) = export::load(store, id).unwrap();
    let notes = export::name_notes(&segments, &Compiled::new(Vec::new()));
    let mut out = Vec::new();
    export::xliff(&a, &segments, version, export_id, &notes, None, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// Another tool's edit of a unit `s<id>`: its target text and its state.
fn edit_unit(xml: &str, segment: i64, text: &str, version: XliffVersion) -> String {
    let start = xml.find(&format!("id=\"s{segment}\"")).unwrap();
    let end_tag = if version == XliffVersion::V12 { "</trans-unit>" } else { "</unit>" };
    let end = start + xml[start..].find(end_tag).unwrap();
    let unit = &xml[start..end];
    let edited = match version {
        XliffVersion::V12 => {
            let t = unit.find("<target").unwrap();
            let close = unit.find("</target>").unwrap();
            format!("{}<target xml:lang=\"en\" state=\"translated\">{text}{}", &unit[..t], &unit[close..])
        }
        XliffVersion::V21 => {
            let seg = unit.find("<segment").unwrap();
            let seg_end = seg + unit[seg..].find('>').unwrap() + 1;
            let rest = &unit[seg_end..];
            let rest = match (rest.find("<target>"), rest.find("</target>")) {
                (Some(a), Some(b)) => format!("{}<target>{text}{}", &rest[..a], &rest[b..]),
                _ => rest.replacen("</source>", &format!("</source><target>{text}</target>"), 1),
            };
            format!("{}<segment state=\"translated\">{rest}", &unit[..seg])
        }
    };
    format!("{}{edited}{}", &xml[..start], &xml[end..])
}

/// Only the state of unit `s<id>` changed (1.2: `approved`, 2.1: the segment's state).
fn review_unit(xml: &str, segment: i64, version: XliffVersion) -> String {
    let start = xml.find(&format!("id=\"s{segment}\"")).unwrap();
    match version {
        XliffVersion::V12 => {
            let state = start + xml[start..].find("state=\"translated\"").unwrap();
            format!("{}state=\"signed-off\"{}", &xml[..state], &xml[state + "state=\"translated\"".len()..])
        }
        XliffVersion::V21 => {
            let state = start + xml[start..].find("state=\"translated\"").unwrap();
            format!("{}state=\"reviewed\"{}", &xml[..state], &xml[state + "state=\"translated\"".len()..])
        }
    }
}

fn update(plan: XliffPlan) -> xliff::UpdateReport {
    match plan {
        XliffPlan::Update(r) => r,
        XliffPlan::New(n) => panic!("expected an update, got a new article: {n:?}"),
    }
}

#[test]
fn an_export_comes_back_changed_in_two_translations_and_a_status_in_both_versions() {
    for version in [XliffVersion::V12, XliffVersion::V21] {
        let (mut store, id) = article();
        let segs = store.segments(id).unwrap();
        let (a, b, headline) = (segs[3].id, segs[5].id, segs[2].id);
        let before_b = segs[5].target.clone();
        let xml = exported(&mut store, id, version);
        let xml = edit_unit(&xml, a, "The Kremlin", version);
        let xml = edit_unit(&xml, b, "Putin and Biden will talk on Tuesday.", version);
        let xml = review_unit(&xml, headline, version);

        let report = update(xliff::plan_text(&store, &xml, "back.xlf", None).unwrap());
        assert!(report.base_known);
        let changed: Vec<(i64, &str, SegmentStatus)> =
            report.changes.iter().map(|c| (c.segment_id, c.file.target.as_str(), c.file.status)).collect();
        assert_eq!(
            changed,
            [
                (headline, "Kremlin: Putin-Biden talks", SegmentStatus::Reviewed),
                (a, "The Kremlin", SegmentStatus::Translated),
                (b, "Putin and Biden will talk on Tuesday.", SegmentStatus::Translated),
            ],
            "{version:?}"
        );
        assert!(report.conflicts.is_empty());
        assert_eq!(report.unchanged, segs.iter().filter(|s| s.status != SegmentStatus::Excluded).count() - 3);
        // The report changed nothing.
        assert_eq!(store.segments(id).unwrap(), segs);

        let XliffOutcome::Updated { changed, draft: Some(draft), .. } =
            xliff::apply_text(&mut store, &xml, "back.xlf", None, &[]).unwrap()
        else {
            panic!("an update")
        };
        assert_eq!(changed, 3);
        assert_eq!(draft.auto_kind.as_deref(), Some("before-xliff-import"));
        assert_eq!(draft.auto_detail.as_deref(), Some("back.xlf"));
        let now = store.segments(id).unwrap();
        assert_eq!(now[3].target, "The Kremlin");
        assert_eq!(now[2].status, SegmentStatus::Reviewed);
        let history = store.segment_history(b).unwrap();
        assert_eq!(history[0].reason, "xliff-import");
        assert_eq!(history[0].target, "Putin and Biden will talk on Tuesday.");

        // The same file again changes nothing (and makes no draft).
        let again = xliff::apply_text(&mut store, &xml, "back.xlf", None, &[]).unwrap();
        assert!(matches!(again, XliffOutcome::Updated { changed: 0, draft: None, .. }));
        assert_eq!(store.segments(id).unwrap(), now);

        // The draft brings the old text back.
        store.restore_draft(draft.id).unwrap();
        assert_eq!(store.segment(b).unwrap().target, before_b);
        assert_eq!(store.segment(headline).unwrap().status, SegmentStatus::Translated);
    }
}

#[test]
fn a_change_on_both_sides_is_a_conflict_kept_unless_taken_and_a_change_here_is_kept() {
    let (mut store, id) = article();
    let segs = store.segments(id).unwrap();
    let (both, here_only) = (segs[3].id, segs[4].id);
    let xml = exported(&mut store, id, XliffVersion::V21);
    let xml = edit_unit(&xml, both, "From the file", XliffVersion::V21);
    store.update_segment_target(both, "Typed here since").unwrap();
    store.update_segment_target(here_only, "Only here").unwrap();

    let report = update(xliff::plan_text(&store, &xml, "f.xlf", None).unwrap());
    assert!(report.changes.is_empty());
    assert_eq!(report.conflicts.len(), 1);
    let c = &report.conflicts[0];
    assert_eq!((c.here.target.as_str(), c.file.target.as_str()), ("Typed here since", "From the file"));
    assert_eq!(c.base.as_ref().unwrap().target, "");
    assert_eq!(report.kept_here, 1, "changed here only: kept");

    // Not taken: nothing changes.
    let kept = xliff::apply_text(&mut store, &xml, "f.xlf", None, &[]).unwrap();
    assert!(matches!(kept, XliffOutcome::Updated { changed: 0, .. }));
    assert_eq!(store.segment(both).unwrap().target, "Typed here since");
    // Taken: the file's.
    xliff::apply_text(&mut store, &xml, "f.xlf", None, &[both]).unwrap();
    assert_eq!(store.segment(both).unwrap().target, "From the file");
    assert_eq!(store.segment(here_only).unwrap().target, "Only here");
}

#[test]
fn a_file_whose_export_is_forgotten_takes_every_difference_as_a_change() {
    let (mut store, id) = article();
    let segs = store.segments(id).unwrap();
    let xml = exported(&mut store, id, XliffVersion::V12).replace("/export/1\"", "/export/999\"");
    let xml = edit_unit(&xml, segs[3].id, "From the file", XliffVersion::V12);
    store.update_segment_target(segs[3].id, "Typed here").unwrap();
    let report = update(xliff::plan_text(&store, &xml, "f.xlf", None).unwrap());
    assert!(!report.base_known);
    assert_eq!(report.changes.len(), 1);
    assert!(report.conflicts.is_empty());
}

/// Every row of the database that a refused file must leave as it was.
fn snapshot(store: &Store) -> String {
    let mut out = String::new();
    for a in store.list_articles().unwrap() {
        out.push_str(&format!("{:?}\n", a.article));
        for s in store.segments(a.article.id).unwrap() {
            out.push_str(&format!("{s:?}\n"));
        }
        out.push_str(&format!("{:?}\n", store.list_drafts(a.article.id).unwrap()));
    }
    out
}

#[test]
fn bad_files_are_refused_with_the_database_unchanged() {
    let (mut store, id) = article();
    let good = exported(&mut store, id, XliffVersion::V21);
    let other = store.create_article(&sample::sample_article()).unwrap().id;
    let unit12 = |body: &str| {
        format!(
            "<?xml version=\"1.0\"?><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"x\" source-language=\"ar\" target-language=\"en\" datatype=\"plaintext\"><body>{body}</body></file></xliff>"
        )
    };
    let cases: Vec<(&str, String, ErrorKind, Option<i64>)> = vec![
        ("truncated", good[..good.len() / 2].to_owned(), ErrorKind::XmlMalformed, None),
        ("malformed", good.replace("</source>", "</sourc>"), ErrorKind::XmlMalformed, None),
        (
            "an entity",
            format!("<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>{}", &good[good.find("<xliff").unwrap()..]).replace("</source>", "&e;</source>"),
            ErrorKind::XmlDtd,
            None,
        ),
        ("a DTD", good.replacen("<xliff", "<!DOCTYPE xliff [<!ELEMENT xliff ANY>]><xliff", 1), ErrorKind::XmlDtd, None),
        ("no source", unit12("<trans-unit id=\"1\"><target>x</target></trans-unit>"), ErrorKind::XliffNoSource, None),
        (
            "duplicate ids",
            unit12("<trans-unit id=\"1\"><source>أ</source></trans-unit><trans-unit id=\"1\"><source>ب</source></trans-unit>"),
            ErrorKind::XliffDuplicateId,
            None,
        ),
        ("unknown version", good.replace("version=\"2.1\"", "version=\"3.0\""), ErrorKind::XliffVersion, None),
        ("not xliff", "<?xml version=\"1.0\"?><html><body>x</body></html>".into(), ErrorKind::NotXliff, None),
        ("from another article", good.clone(), ErrorKind::XliffOtherArticle, Some(other)),
        ("a foreign file as an update", fixture("foreign-2.1.xlf"), ErrorKind::XliffNotExported, Some(id)),
        ("english source", fixture("foreign-2.1.xlf").replace("srcLang=\"ar\"", "srcLang=\"en\""), ErrorKind::XliffSourceLanguage, None),
    ];
    let before = snapshot(&store);
    for (name, text, kind, into) in cases {
        let planned = xliff::plan_text(&store, &text, "bad.xlf", into).map(drop);
        let applied = xliff::apply_text(&mut store, &text, "bad.xlf", into, &[]).map(drop);
        for (what, r) in [("plan", planned), ("apply", applied)] {
            match r {
                Err(e) => assert_eq!(e.kind(), kind, "{name} ({what}): {e}"),
                Ok(()) => panic!("{name} ({what}): accepted"),
            }
        }
        assert_eq!(snapshot(&store), before, "{name}: the database changed");
    }
    assert_eq!(xliff::read_bytes(b"\x00\x01\x02binary").unwrap_err().kind(), ErrorKind::NotText);
    assert_eq!(xliff::read_bytes(b"<xliff>\xff\xfe</xliff>").unwrap_err().kind(), ErrorKind::BadEncoding);

    // An update whose article was deleted.
    store.delete_article(id).unwrap();
    let before = snapshot(&store);
    let e = xliff::apply_text(&mut store, &good, "gone.xlf", None, &[]).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::XliffArticleGone);
    assert_eq!(snapshot(&store), before);
}

#[test]
fn a_foreign_file_opens_with_its_codes_and_goes_back_as_it_came_with_the_translation() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["foreign-memoq-1.2.xlf", "foreign-2.1.xlf"] {
        let text = fixture(name);
        let mut store = Store::open_in_memory().unwrap();
        let XliffOutcome::Opened { article } = xliff::apply_text(&mut store, &text, name, None, &[]).unwrap() else {
            panic!("a new article")
        };
        // Untouched, it goes back byte for byte.
        assert_eq!(xliff::write_back_text(&store, article.id).unwrap(), text, "{name}");
        let segments = store.segments(article.id).unwrap();
        let all_codes = xliff::codes_of(&store, article.id).unwrap();
        // The first segment with codes and no translation: translate it with its codes.
        let seg = segments.iter().find(|s| codes::has_codes(&s.source) && s.target.is_empty()).unwrap();
        let markers: String = seg.source.chars().filter(|&c| codes::code_of(c).is_some()).collect();
        assert_eq!(all_codes[&seg.id].len(), markers.chars().count());
        let translation = format!("Peskov {markers} said so.");
        store.update_segment_target(seg.id, &translation).unwrap();
        store.set_segment_status(seg.id, SegmentStatus::Translated).unwrap();
        let qa = dragoman_core::qa::run::check_segment(
            &store.segment(seg.id).unwrap(),
            &dragoman_core::qa::run::Context::new(&Compiled::new(Vec::new())),
        );
        assert!(qa.iter().all(|i| !i.kind().starts_with("code-")), "{name}: codes in order, no issue: {qa:?}");

        let back = xliff::write_back_text(&store, article.id).unwrap();
        let doc = dragoman_core::formats::xliff::read(&back).unwrap();
        let unit = doc.units.iter().find(|u| u.source.text == seg.source).unwrap();
        assert_eq!(unit.target.as_ref().unwrap().text, translation, "{name}: the codes came back as they were");
        assert_eq!(unit.state.as_deref(), Some("translated"));
        // Everything but that target and its state is the file's, as canonical XML.
        let index = doc.units.iter().position(|u| u.source.text == seg.source).unwrap();
        assert_eq!(
            c14n::canonical_without_target(&text, index, dir.path(), &format!("in-{name}")),
            c14n::canonical_without_target(&back, index, dir.path(), &format!("out-{name}")),
            "{name}"
        );
        // The whole round trip (another unit), through the format alone.
        c14n::round_trip(&text, dir.path(), name);

        // Codes out of order are an issue; tags that do not nest cannot be written.
        let reversed: String = markers.chars().rev().collect();
        store.update_segment_target(seg.id, &format!("Peskov {reversed} said so.")).unwrap();
        let qa = dragoman_core::qa::run::check_segment(
            &store.segment(seg.id).unwrap(),
            &dragoman_core::qa::run::Context::new(&Compiled::new(Vec::new())),
        );
        assert!(qa.iter().any(|i| i.kind() == "code-order"), "{name}: {qa:?}");
        let nested = all_codes[&seg.id].iter().any(|c| c.kind == codes::CodeKind::Open);
        if nested {
            let e = xliff::write_back_text(&store, article.id).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::XliffCodes, "{name}");
        }
        // Its segments are the file's units: not split, not merged.
        assert_eq!(store.split_segment(seg.id, 3).unwrap_err().kind(), ErrorKind::XliffFixedSegments);
        assert!(store.segments(article.id).unwrap().iter().all(|s| !s.mergeable));
    }
}

#[test]
fn a_foreign_files_targets_and_states_become_translations_and_statuses() {
    let mut store = Store::open_in_memory().unwrap();
    let text = fixture("foreign-memoq-1.2.xlf");
    let XliffPlan::New(report) = xliff::plan_text(&store, &text, "memoq.xlf", None).unwrap() else { panic!() };
    assert_eq!((report.segments, report.translated, report.with_codes), (5, 2, 4));
    let XliffOutcome::Opened { article } = xliff::apply_text(&mut store, &text, "memoq.xlf", None, &[]).unwrap() else {
        panic!()
    };
    assert_eq!(article.target_lang, "en-GB");
    let statuses: Vec<SegmentStatus> = store.segments(article.id).unwrap().iter().map(|s| s.status).collect();
    use SegmentStatus::*;
    assert_eq!(statuses, [Translated, New, New, Excluded, Draft]);
    let headline = &store.segments(article.id).unwrap()[0];
    let open = codes::marker(0);
    let close = codes::marker(1);
    assert_eq!(headline.target, format!("Kremlin: {open}Putin-Biden{close} talks a start for security talks"));
}

#[test]
fn the_command_line_qa_of_a_file_finds_missing_codes() {
    let glossary = Compiled::new(Vec::new());
    let (_, segments) = xliff::segments_of(&fixture("foreign-memoq-1.2.xlf")).unwrap();
    let ctx = dragoman_core::qa::run::Context::new(&glossary);
    let issues = dragoman_core::qa::run::check_article(&segments, &ctx, None);
    let codes: Vec<(i64, &str, &str)> = issues
        .iter()
        .filter(|i| i.kind().starts_with("code-"))
        .map(|i| (i.position + 1, i.kind(), i.expected()))
        .collect();
    // Unit 5 translated "Kyiv rejects the proposal." without its <bx/> and <ex/>.
    assert_eq!(codes, [(5, "code-missing", "1"), (5, "code-missing", "2")]);
}
