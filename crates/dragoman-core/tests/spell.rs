//! The spell check's store and policy: the personal dictionary, the settings, the glossary's
//! words (a database from before the spell check: tests/migrations.rs).
use dragoman_core::spell::{search_path, Speller, Variant};
use dragoman_core::usecases::glossary;
use dragoman_core::usecases::spell::{self, SpellSettings};
use dragoman_core::{ErrorKind, Store};

#[test]
fn the_personal_dictionary_keeps_words_across_reopening_and_ignores_case() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("spell.db");
    {
        let store = Store::open(&path).unwrap();
        spell::add_word(&store, " Nordstream ").unwrap();
        spell::add_word(&store, "nordstream").unwrap();
        spell::add_word(&store, "Kyivan").unwrap();
        assert_eq!(store.spell_words().unwrap(), ["Kyivan", "Nordstream"]);
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.spell_words().unwrap(), ["Kyivan", "Nordstream"]);
    let us = Speller::load(Variant::EnUs, &search_path()).unwrap();
    let personal = spell::personal_words(&store).unwrap();
    assert!(us.check("Nordstream and NORDSTREAM", &[&personal]).is_empty());
    spell::remove_word(&store, "NORDSTREAM").unwrap();
    assert_eq!(store.spell_words().unwrap(), ["Kyivan"]);
    let personal = spell::personal_words(&store).unwrap();
    assert_eq!(us.check("Nordstream", &[&personal]).len(), 1);
}

#[test]
fn only_single_words_go_into_the_personal_dictionary() {
    let store = Store::open_in_memory().unwrap();
    for bad in ["", "two words", "well-known", "a\nb", &"x".repeat(65)] {
        let err = spell::add_word(&store, bad).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidInput, "{bad:?}");
    }
    spell::add_word(&store, "Erdoğan’s").unwrap();
    assert_eq!(store.spell_words().unwrap(), ["Erdoğan’s"]);
}

#[test]
fn settings_default_to_us_spelling_on_and_are_saved_together() {
    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(spell::settings(&store).unwrap(), SpellSettings { enabled: true, variant: Variant::EnUs });
    spell::set_settings(&mut store, SpellSettings { enabled: false, variant: Variant::EnGb }).unwrap();
    assert_eq!(spell::settings(&store).unwrap(), SpellSettings { enabled: false, variant: Variant::EnGb });
    store.set_setting(spell::VARIANT_KEY, "fr-FR").unwrap();
    assert_eq!(spell::settings(&store).unwrap().variant, Variant::EnUs, "an unknown variant falls back");
}

#[test]
fn the_glossary_s_english_is_known() {
    let mut store = Store::open_in_memory().unwrap();
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/names.csv");
    let read = glossary::read_for_import(std::path::Path::new(file)).unwrap();
    glossary::import_entries(&mut store, read).unwrap();
    let known = spell::glossary_words(&store).unwrap();
    let us = Speller::load(Variant::EnUs, &search_path()).unwrap();
    assert_eq!(
        us.check("Peskov said the Kremlin recieved it", &[&known]).iter().map(|m| m.word.as_str()).collect::<Vec<_>>(),
        ["recieved"]
    );
    assert_eq!(us.check("Peskov said", &[]).len(), 1, "Peskov is not in the dictionary itself");
}
