//! Name-matching cases, data-driven: the project's own (`tests/fixtures/names-cases.json`,
//! run by `cargo test`) and the team's 67-case spec (`$DRAGOMAN_NAMES_SPEC`, set by
//! `make eval`), run by `make eval` as conformance because it is not part of
//! the repository.
//!
//! Entry ids carry the options the cases need: `*_exact` names are common words (no
//! clitics may attach: أمل), and `*_guarded` names list the word they must never be read
//! into (إيدن, Eden, inside بايدن, Biden). An entry may also be written out as
//! `{"forms": [...], "clitics": true, "not": [...]}`, and an expected match may give its
//! char offsets (`start`, `core_start`, `end`); the spec uses neither.
use std::path::Path;

#[path = "support/eval.rs"]
mod eval;

use dragoman_core::names::{NameIndex, NameSpec};
use serde_json::Value;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/names-cases.json");

fn spec_of(key: &str, value: &Value) -> NameSpec {
    let forms = |v: &Value| v.as_array().unwrap().iter().map(|f| f.as_str().unwrap().to_owned()).collect::<Vec<_>>();
    match value {
        Value::Array(_) => NameSpec {
            forms: forms(value),
            clitics: !key.ends_with("_exact"),
            not: if key.ends_with("_guarded") { vec!["بايدن".to_owned()] } else { vec![] },
        },
        Value::Object(o) => NameSpec {
            forms: forms(&o["forms"]),
            clitics: o.get("clitics").and_then(Value::as_bool).unwrap_or(true),
            not: o.get("not").map_or_else(Vec::new, forms),
        },
        other => panic!("{key}: an entry is a list of forms or an object, not {other}"),
    }
}

/// Runs every case of `path`; returns how many there were and the failures.
fn run(path: &Path) -> (usize, Vec<String>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let cases: Vec<Value> = serde_json::from_str(&text).unwrap();
    let mut failures = Vec::new();
    for case in &cases {
        let id = case["id"].as_str().unwrap();
        let text = case["text"].as_str().unwrap();
        let glossary = case["glossary"].as_object().unwrap();
        let keys: Vec<&String> = glossary.keys().collect();
        let specs: Vec<NameSpec> = keys.iter().map(|k| spec_of(k, &glossary[*k])).collect();
        let index = NameIndex::build(&specs);
        let found = index.find(text);
        let got: Vec<(String, String, String)> =
            found.iter().map(|m| (m.surface.clone(), keys[m.name].clone(), m.prefix.clone())).collect();
        let expected = case["expected"].as_array().unwrap();
        let want: Vec<(String, String, String)> = expected
            .iter()
            .map(|e| {
                (
                    e["surface"].as_str().unwrap().into(),
                    e["entry"].as_str().unwrap().into(),
                    e["prefix"].as_str().unwrap().into(),
                )
            })
            .collect();
        if got != want {
            failures.push(format!("{id} {text:?}: got {got:?}, want {want:?}"));
            continue;
        }
        for (m, e) in found.iter().zip(expected) {
            for (field, value) in [("start", m.start), ("core_start", m.core_start), ("end", m.end)] {
                if let Some(want) = e.get(field) {
                    if want.as_u64() != Some(value as u64) {
                        failures.push(format!("{id} {text:?}: {} has {field} {value}, want {want}", m.surface));
                    }
                }
            }
        }
    }
    (cases.len(), failures)
}

#[test]
fn the_project_cases_pass() {
    let (count, failures) = run(Path::new(FIXTURE));
    assert!(count >= 40, "{count} cases");
    assert!(failures.is_empty(), "{} of {count} cases fail:\n{}", failures.len(), failures.join("\n"));
}

#[test]
#[ignore = "eval: needs the team spec ($DRAGOMAN_NAMES_SPEC); run by `make eval`"]
fn all_spec_cases_pass() {
    let (count, failures) = run(&eval::names_spec());
    assert_eq!(count, 67);
    assert!(failures.is_empty(), "{} of 67 cases fail:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn offsets_point_into_the_original_text() {
    let index =
        NameIndex::build(&[NameSpec {
            forms: vec!["جو بايدن".into(), "بايدن".into()], clitics: true, not: vec![]
        }]);
    let text = "قال الرئيس وجو بايدن، ثم لبُايدن.";
    let m = index.find(text);
    assert_eq!(m.len(), 2);
    let chars: Vec<char> = text.chars().collect();
    let slice = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
    assert_eq!(slice(m[0].start, m[0].end), "وجو بايدن");
    assert_eq!(slice(m[0].core_start, m[0].end), "جو بايدن");
    assert_eq!((m[1].surface.as_str(), m[1].prefix.as_str()), ("لبُايدن", "ل"));
}
