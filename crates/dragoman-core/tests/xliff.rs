//! An article written as XLIFF 1.2 and 2.1: valid against the OASIS schemas (xmllint), one
//! unit per segment with its stable id, its kind and paragraph, its state, `translate="no"`
//! for what is not for translation, and its glossary names as notes.
use std::path::Path;
use std::process::Command;

use dragoman_core::formats::xliff::XliffVersion;
use dragoman_core::names::glossary::Compiled;
use dragoman_core::usecases::export;
use dragoman_core::{sample, SegmentStatus, Store};
use quick_xml::events::Event;

const SCHEMAS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/schemas");
const NAMES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/names.csv");

/// The sample with a translated, a reviewed, a draft and an excluded segment.
fn article() -> (Store, i64, Compiled) {
    let mut store = Store::open_in_memory().unwrap();
    let id = store.create_article(&sample::sample_article()).unwrap().id;
    let (entries, _) = dragoman_core::usecases::glossary::read_file(Path::new(NAMES)).unwrap();
    store.import_glossary(&entries, Vec::new()).unwrap();
    let segs = store.segments(id).unwrap();
    let headline = segs.iter().find(|s| s.kind == dragoman_core::SegmentKind::Headline).unwrap().id;
    store.update_segment_target(headline, "Kremlin: Putin-Biden talks <a start> & more").unwrap();
    store.set_segment_status(headline, SegmentStatus::Translated).unwrap();
    store.update_segment_target(segs[5].id, "Reviewed text.").unwrap();
    store.set_segment_status(segs[5].id, SegmentStatus::Reviewed).unwrap();
    store.update_segment_target(segs[6].id, "A draft").unwrap();
    store.set_segment_excluded(segs[0].id, true).unwrap();
    let glossary = Compiled::new(store.glossary_entries().unwrap());
    (store, id, glossary)
}

fn write(version: XliffVersion) -> (String, Vec<dragoman_core::Segment>) {
    let (store, id, glossary) = article();
    let (a, segments) = export::load(&store, id).unwrap();
    let notes = export::name_notes(&segments, &glossary);
    let mut out = Vec::new();
    export::xliff(&a, &segments, version, Some(7), &notes, None, &mut out).unwrap();
    (String::from_utf8(out).unwrap(), segments)
}

fn validates(xml: &str, schema: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.xlf");
    std::fs::write(&file, xml).unwrap();
    let out = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(Path::new(SCHEMAS).join(schema))
        .arg(&file)
        .output()
        .expect("xmllint runs (libxml2-utils)");
    assert!(out.status.success(), "{schema}: {}", String::from_utf8_lossy(&out.stderr));
}

/// Each unit: (id, attributes, state, source, target, notes).
#[derive(Debug, Default)]
struct UnitSeen {
    id: String,
    attrs: Vec<(String, String)>,
    state: String,
    source: String,
    target: Option<String>,
    notes: Vec<String>,
    group: String,
}

fn units(xml: &str, unit_tag: &str) -> Vec<UnitSeen> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut all = Vec::new();
    let mut cur: Option<UnitSeen> = None;
    let mut group = String::new();
    let mut field: Option<String> = None;
    loop {
        let event = reader.read_event().unwrap();
        match event.clone() {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.name().as_ref().to_owned();
                let attrs: Vec<(String, String)> = e
                    .attributes()
                    .map(|a| {
                        let a = a.unwrap();
                        (
                            a.key.as_ref().to_owned(),
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0).unwrap().into_owned(),
                        )
                    })
                    .collect();
                let get = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default();
                if name == "group" {
                    group = get("id");
                } else if name == unit_tag {
                    cur = Some(UnitSeen {
                        id: get("id"),
                        attrs: attrs.clone(),
                        group: group.clone(),
                        ..Default::default()
                    });
                } else if let Some(u) = cur.as_mut() {
                    if name == "segment" || (name == "target" && !get("state").is_empty()) {
                        u.state = get("state");
                    }
                    field = Some(name);
                }
            }
            Event::Text(_) | Event::GeneralRef(_) => {
                let text = match &event {
                    Event::Text(t) => t.xml10_content().into_owned(),
                    Event::GeneralRef(r) => match r.as_ref() {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        other => panic!("unexpected reference &{other};"),
                    },
                    _ => unreachable!(),
                };
                if let (Some(u), Some(f)) = (cur.as_mut(), field.as_deref()) {
                    match f {
                        "source" => u.source.push_str(&text),
                        "target" => u.target.get_or_insert_with(String::new).push_str(&text),
                        "note" => u.notes.push(text),
                        _ => {}
                    }
                }
            }
            Event::End(e) => {
                if e.name().as_ref() == unit_tag {
                    all.extend(cur.take());
                }
                field = None;
            }
            Event::Eof => break,
            _ => {}
        }
    }
    all
}

fn attr<'a>(u: &'a UnitSeen, k: &str) -> Option<&'a str> {
    u.attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str())
}

#[test]
fn xliff_1_2_validates_and_carries_every_segment_its_state_and_its_names() {
    let (xml, segments) = write(XliffVersion::V12);
    validates(&xml, "xliff-core-1.2-strict.xsd");
    assert!(xml.contains(r#"source-language="ar" target-language="en""#));
    let units = units(&xml, "trans-unit");
    assert_eq!(units.len(), segments.len());
    for (u, s) in units.iter().zip(&segments) {
        assert_eq!(u.id, format!("s{}", s.id), "stable ids, in order");
        assert_eq!(u.group, format!("p{}", s.paragraph));
        assert_eq!(attr(u, "restype"), Some(format!("x-{}", s.kind.as_str()).as_str()));
        assert_eq!(u.source, s.source);
        let expected = match s.status {
            SegmentStatus::Excluded => "",
            SegmentStatus::New => "new",
            SegmentStatus::Draft => "needs-review-translation",
            SegmentStatus::Translated => "translated",
            SegmentStatus::Reviewed => "signed-off",
        };
        assert_eq!(u.state, expected, "{}", u.id);
        if s.status == SegmentStatus::Excluded {
            assert_eq!(attr(u, "translate"), Some("no"));
            assert_eq!(u.target, None);
        } else {
            assert_eq!(u.target.as_deref().unwrap_or(""), s.target);
        }
    }
    let headline = units.iter().find(|u| attr(u, "restype") == Some("x-headline")).unwrap();
    assert_eq!(headline.target.as_deref(), Some("Kremlin: Putin-Biden talks <a start> & more"));
    assert!(headline.notes.contains(&"فلاديمير بوتين = Vladimir Putin".to_string()), "{:?}", headline.notes);
    assert!(headline.notes.contains(&"جو بايدن = Joe Biden".to_string()), "{:?}", headline.notes);
}

#[test]
fn xliff_2_1_validates_and_carries_every_segment_its_state_direction_and_names() {
    let (xml, segments) = write(XliffVersion::V21);
    validates(&xml, "xliff_core_2.0.xsd");
    assert!(xml.contains(r#"version="2.1" srcLang="ar" trgLang="en""#));
    let units = units(&xml, "unit");
    assert_eq!(units.len(), segments.len());
    for (u, s) in units.iter().zip(&segments) {
        assert_eq!(u.id, format!("s{}", s.id));
        assert_eq!(u.group, format!("p{}", s.paragraph));
        assert_eq!(attr(u, "type"), Some(format!("dragoman:{}", s.kind.as_str()).as_str()));
        assert_eq!((attr(u, "srcDir"), attr(u, "trgDir")), (Some("rtl"), Some("ltr")));
        let expected = match s.status {
            SegmentStatus::New | SegmentStatus::Draft | SegmentStatus::Excluded => "initial",
            SegmentStatus::Translated => "translated",
            SegmentStatus::Reviewed => "reviewed",
        };
        assert_eq!(u.state, expected, "{}", u.id);
        assert_eq!(attr(u, "translate"), (s.status == SegmentStatus::Excluded).then_some("no"));
        assert_eq!(u.target.as_deref().unwrap_or(""), if s.status == SegmentStatus::Excluded { "" } else { &s.target });
    }
    assert!(xml.contains(r#"<segment state="initial" subState="dragoman:draft">"#), "a draft says so");
    assert!(units.iter().any(|u| u.notes.contains(&"الكرملين = the Kremlin".to_string())));
}
