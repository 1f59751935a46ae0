//! The round trip of an XLIFF file, checked canonically: a file read, one unit translated
//! and written back must equal the original everywhere but in that unit's target and state
//! (both sides compared as canonical XML, with that target and state taken out).
use std::path::Path;
use std::process::Command;

use dragoman_core::formats::xliff::{self, codes, Dialect, Fill};

/// The file's text with unit `unit`'s target element removed and its state attribute set to
/// a fixed value, canonicalised (C14N 2.0, Python's `xml.etree.ElementTree.canonicalize`:
/// xmllint refuses the relative namespace URI memoQ writes, `xmlns:mq="MQXliff"`).
pub fn canonical_without_target(text: &str, unit: usize, dir: &Path, name: &str) -> String {
    let doc = xliff::read(text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let u = &doc.units[unit];
    // The target and the white space before it (an inserted target is laid out like the source).
    let start = text[..u.target_at.start].trim_end().len();
    let mut edits = vec![(start..u.target_at.end, String::new())];
    if let Some(tag) = &u.state_tag {
        if doc.dialect == Dialect::V2 || u.target.is_some() {
            let tag_text = &text[tag.clone()];
            let cleaned = strip_attr(tag_text, "state");
            edits.push((tag.clone(), cleaned));
        }
    }
    if doc.dialect == Dialect::V2 {
        // trgLang added to the root when the file had none.
        edits.push((doc.root_tag.clone(), strip_attr(&text[doc.root_tag.clone()], "trgLang")));
    }
    edits.sort_by_key(|(r, _)| r.start);
    // A 1.2 target is the state's tag: removing the element covers it.
    let mut out = String::new();
    let mut at = 0;
    for (r, s) in edits {
        if r.start < at {
            continue;
        }
        out.push_str(&text[at..r.start]);
        out.push_str(&s);
        at = r.end;
    }
    out.push_str(&text[at..]);
    let path = dir.join(name);
    std::fs::write(&path, out).unwrap();
    let c14n = Command::new("python3")
        .args(["-c", "import sys; from xml.etree.ElementTree import canonicalize; sys.stdout.write(canonicalize(from_file=sys.argv[1]))"])
        .arg(&path)
        .output()
        .expect("python3");
    assert!(c14n.status.success(), "{name}: canonicalize: {}", String::from_utf8_lossy(&c14n.stderr));
    String::from_utf8(c14n.stdout).unwrap()
}

fn strip_attr(tag: &str, name: &str) -> String {
    // ` name="…"` or ` name='…'`, as written.
    for q in ['"', '\''] {
        let key = format!(" {name}={q}");
        if let Some(i) = tag.find(&key) {
            let rest = &tag[i + key.len()..];
            if let Some(j) = rest.find(q) {
                return format!("{}{}", &tag[..i], &rest[j + 1..]);
            }
        }
    }
    tag.to_owned()
}

/// Translate the first unit with source text (keeping its codes in order), write the file
/// back, read it again, and compare canonically. Returns the translated unit's index.
pub fn round_trip(text: &str, dir: &Path, name: &str) -> usize {
    let doc = xliff::read(text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let unit = doc.units.iter().position(|u| u.translate && !u.source.text.trim().is_empty()).expect("a unit");
    let u = &doc.units[unit];
    let mut all = u.source.codes.clone();
    all.extend(u.target.as_ref().map(|t| t.codes.clone()).unwrap_or_default());
    // The translation: the source's codes, in order, around new words.
    let markers: String = u.source.text.chars().filter(|&c| codes::code_of(c).is_some()).collect();
    let translation = format!("Dragoman «{name}» & <done> {markers}");
    let fill = Fill {
        unit,
        text: &translation,
        codes: &all,
        state: xliff::state_for(doc.dialect, dragoman_core::model::SegmentStatus::Translated),
    };
    let written = xliff::fill(text, &doc, &[fill], "ar").unwrap_or_else(|e| panic!("{name}: codes {e:?}"));
    let again = xliff::read(&written).unwrap_or_else(|e| panic!("{name}: written back, unreadable: {e}"));
    assert_eq!(again.units.len(), doc.units.len(), "{name}: units");
    let target = again.units[unit].target.as_ref().expect("the translated target");
    assert_eq!(target.text, translation, "{name}: the translation reads back");
    assert_eq!(again.units[unit].state.as_deref(), Some("translated"), "{name}: state");
    let before = canonical_without_target(text, unit, dir, &format!("before-{name}"));
    let after = canonical_without_target(&written, unit, dir, &format!("after-{name}"));
    if before != after {
        std::fs::write(dir.join(format!("{name}.before.c14n")), &before).unwrap();
        std::fs::write(dir.join(format!("{name}.after.c14n")), &after).unwrap();
        let diff = Command::new("diff")
            .arg(dir.join(format!("{name}.before.c14n")))
            .arg(dir.join(format!("{name}.after.c14n")))
            .output()
            .expect("diff");
        panic!("{name}: the file changed outside the translated target:\n{}", String::from_utf8_lossy(&diff.stdout));
    }
    unit
}
