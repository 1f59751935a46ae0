//! The spell check's commands through Tauri's mock runtime (the real handler registration and
//! capabilities, a temporary database, the system's Hunspell dictionaries).
mod support;

use serde_json::json;
use support::{app_with, call};
use tauri::test::MockRuntime;
use tauri::WebviewWindow;

fn flagged(w: &WebviewWindow<MockRuntime>, text: &str) -> Vec<String> {
    let found = call(w, "spell_check", json!({ "text": text })).unwrap();
    found.as_array().unwrap().iter().map(|m| m["word"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn checking_suggesting_the_glossary_the_dictionary_and_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_with(dir.path().join("d.db"));
    assert_eq!(call(&w, "spell_settings", json!({})).unwrap(), json!({ "enabled": true, "variant": "en-US" }));

    // UTF-16 offsets, as the UI counts.
    let found = call(&w, "spell_check", json!({ "text": "«Peskov» recieved it" })).unwrap();
    assert_eq!(found[1], json!({ "start": 9, "end": 17, "word": "recieved" }));
    let suggestions = call(&w, "spell_suggest", json!({ "word": "recieved" })).unwrap();
    assert!(suggestions.as_array().unwrap().iter().any(|s| s == "received"), "{suggestions}");

    // A name added to the glossary is known at once; a word added to the dictionary too.
    call(
        &w,
        "glossary_add",
        json!({ "entry": {
        "arabic": "بيسكوف", "variants": [], "english": "Dmitry Peskov", "short": "Peskov", "kind": "person",
        "deprecated": [], "clitics": true, "not": [], "notes": "" } }),
    )
    .unwrap();
    assert_eq!(flagged(&w, "Peskov recieved it from Zorblat"), ["recieved", "Zorblat"]);
    call(&w, "spell_add_word", json!({ "word": "Zorblat" })).unwrap();
    assert_eq!(call(&w, "spell_words", json!({})).unwrap(), json!(["Zorblat"]));
    assert_eq!(flagged(&w, "Peskov recieved it from Zorblat"), ["recieved"]);
    let err = call(&w, "spell_add_word", json!({ "word": "two words" })).unwrap_err();
    assert_eq!(err["kind"], "invalid-input");
    call(&w, "spell_remove_word", json!({ "word": "zorblat" })).unwrap();
    assert_eq!(flagged(&w, "Zorblat"), ["Zorblat"]);

    // UK spelling, then off.
    assert_eq!(flagged(&w, "color colour"), ["colour"]);
    call(&w, "spell_set_settings", json!({ "settings": { "enabled": true, "variant": "en-GB" } })).unwrap();
    assert_eq!(flagged(&w, "color colour"), ["color"]);
    call(&w, "spell_set_settings", json!({ "settings": { "enabled": false, "variant": "en-GB" } })).unwrap();
    assert!(flagged(&w, "color colour recieved").is_empty());
    assert_eq!(call(&w, "spell_settings", json!({})).unwrap(), json!({ "enabled": false, "variant": "en-GB" }));
}
