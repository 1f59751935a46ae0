//! The spell check against the system's dictionaries (Debian's `hunspell-en-us` and
//! `hunspell-en-gb`, which `scripts/bootstrap.sh` installs).
use super::*;
use crate::names::glossary::{GlossaryEntry, NameType};

fn speller(variant: Variant) -> Speller {
    Speller::load(variant, &search_path()).expect("the system's Hunspell dictionary (scripts/bootstrap.sh installs it)")
}

fn flagged(s: &Speller, text: &str, known: &[&Known]) -> Vec<String> {
    s.check(text, known).into_iter().map(|m| m.word).collect()
}

#[test]
fn a_misspelt_word_is_flagged_at_its_utf16_offsets_with_suggestions() {
    let us = speller(Variant::EnUs);
    let text = "«Le café» – The Kremlin recieved them";
    let got = us.check(text, &[]);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].word, "recieved");
    assert_eq!(String::from_utf16(&utf16[got[1].start..got[1].end]).unwrap(), "recieved");
    assert!(us.suggest("recieved").iter().any(|s| s == "received"));
    assert!(us.suggest("recieved").len() <= MAX_SUGGESTIONS);
}

#[test]
fn sentence_case_possessives_and_contractions_are_right() {
    let us = speller(Variant::EnUs);
    assert!(flagged(&us, "The president's aides didn't say. Officials’ remarks weren't clear.", &[]).is_empty());
    // Words made with a prefix on a word the dictionary knows.
    assert!(flagged(&us, "an unconstructive, nonmilitary stance", &[]).is_empty());
    assert_eq!(flagged(&us, "an unconstrctive stance", &[]), ["unconstrctive"]);
    // Two known words written as one; an acronym's plural.
    assert!(flagged(&us, "his hometown playoff on dashcam, said the MPs", &[]).is_empty());
    assert_eq!(flagged(&us, "a temperment", &[]), ["temperment"]);
    // Names and compounds with a hyphen; -ization on a known word.
    let jong = Known::from_words(["Jong"]);
    assert_eq!(flagged(&us, "Kim Jong-un met two 18-year-olds about denuclearization", &[&jong]), Vec::<String>::new());
    assert_eq!(flagged(&us, "a well-knwon man", &[]), ["knwon"]);
}

#[test]
fn us_and_uk_spelling_differ() {
    let us = speller(Variant::EnUs);
    let gb = speller(Variant::EnGb);
    assert_eq!(flagged(&us, "color colour", &[]), ["colour"]);
    assert_eq!(flagged(&gb, "color colour", &[]), ["color"]);
    assert_eq!(gb.variant(), Variant::EnGb);
}

#[test]
fn glossary_names_and_personal_words_are_never_flagged() {
    let us = speller(Variant::EnUs);
    let text = "Peskov and Peskov's aide Zakharova met Lavrov about Nordstream";
    assert_eq!(flagged(&us, text, &[]), ["Peskov", "Peskov's", "Zakharova", "Lavrov", "Nordstream"]);
    let entry = |english: &str, short: Option<&str>| StoredEntry {
        id: 1,
        entry: GlossaryEntry {
            arabic: "بيسكوف".into(),
            variants: vec![],
            english: english.into(),
            short: short.map(Into::into),
            kind: NameType::Person,
            deprecated: vec!["Dmitri Peskov".into()],
            clitics: true,
            not: vec![],
            notes: String::new(),
        },
        created_at: 0,
        updated_at: 0,
    };
    let glossary = Known::from_glossary(&[
        entry("Dmitry Peskov", Some("Peskov")),
        entry("Maria Zakharova", None),
        entry("Sergei Lavrov", Some("Lavrov")),
    ]);
    assert_eq!(flagged(&us, text, &[&glossary]), ["Nordstream"]);
    // A deprecated spelling is not a known word.
    assert!(glossary.contains("dmitry") && !glossary.contains("Dmitri"));
    let personal = Known::from_words(["nordstream"]);
    assert!(flagged(&us, text, &[&glossary, &personal]).is_empty());
}

#[test]
fn a_missing_dictionary_names_its_package() {
    let dir = tempfile::tempdir().unwrap();
    let err = Speller::load(Variant::EnGb, &[dir.path().to_owned()]).err().unwrap();
    assert_eq!(err.kind(), crate::ErrorKind::SpellDictionaryMissing);
    assert!(err.to_string().contains("hunspell-en-gb"), "{err}");
}

#[test]
fn a_latin1_dictionary_is_read_by_its_set_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("en_US.aff"), b"SET ISO8859-1\nTRY esiaenrt\n").unwrap();
    std::fs::write(dir.path().join("en_US.dic"), b"2\ncaf\xe9\nhello\n").unwrap();
    let s = Speller::load(Variant::EnUs, &[dir.path().to_owned()]).unwrap();
    assert!(flagged(&s, "hello café", &[]).is_empty());
    assert_eq!(flagged(&s, "hello cafe", &[]), ["cafe"]);
}
