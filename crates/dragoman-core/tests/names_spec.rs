//! The 67 name-matching cases of `../shared/spec/names-cases.json`, data-driven.
//! Entry ids carry the options the cases need: `*_exact` names are common words (no
//! clitics may attach: أمل), and `*_guarded` names list the word they must never be read
//! into (إيدن, Eden, inside بايدن, Biden).
use std::path::Path;

use dragoman_core::names::{NameIndex, NameSpec};
use serde_json::Value;

#[test]
fn all_spec_cases_pass() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/spec/names-cases.json");
    let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(&path).expect("the spec comes with ../shared")).unwrap();
    assert_eq!(cases.len(), 67);
    let mut failures = Vec::new();
    for case in &cases {
        let id = case["id"].as_str().unwrap();
        let text = case["text"].as_str().unwrap();
        let glossary = case["glossary"].as_object().unwrap();
        let keys: Vec<&String> = glossary.keys().collect();
        let specs: Vec<NameSpec> = keys
            .iter()
            .map(|k| NameSpec {
                forms: glossary[*k].as_array().unwrap().iter().map(|f| f.as_str().unwrap().to_owned()).collect(),
                clitics: !k.ends_with("_exact"),
                not: if k.ends_with("_guarded") { vec!["بايدن".to_owned()] } else { vec![] },
            })
            .collect();
        let index = NameIndex::build(&specs);
        let got: Vec<(String, String, String)> = index
            .find(text)
            .into_iter()
            .map(|m| (m.surface, keys[m.name].clone(), m.prefix))
            .collect();
        let want: Vec<(String, String, String)> = case["expected"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["surface"].as_str().unwrap().into(), e["entry"].as_str().unwrap().into(), e["prefix"].as_str().unwrap().into()))
            .collect();
        if got != want {
            failures.push(format!("{id} {text:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of 67 cases fail:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn offsets_point_into_the_original_text() {
    let index = NameIndex::build(&[NameSpec { forms: vec!["جو بايدن".into(), "بايدن".into()], clitics: true, not: vec![] }]);
    let text = "قال الرئيس وجو بايدن، ثم لبُايدن.";
    let m = index.find(text);
    assert_eq!(m.len(), 2);
    let chars: Vec<char> = text.chars().collect();
    let slice = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
    assert_eq!(slice(m[0].start, m[0].end), "وجو بايدن");
    assert_eq!(slice(m[0].core_start, m[0].end), "جو بايدن");
    assert_eq!((m[1].surface.as_str(), m[1].prefix.as_str()), ("لبُايدن", "ل"));
}
