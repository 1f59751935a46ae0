//! The name matcher fuzzed, briefly (issue 13): glossaries and texts made of Arabic letters,
//! harakat, clitics and whitespace, with the glossary's own forms inserted behind clitics, and
//! any text against the project's glossary. The properties are `support/fuzz.rs`'s (spans on
//! the text, each match one of its entry's forms behind its clitic, a name alone found whole,
//! an updated index equal to a built one), which `make fuzz`'s `names` target checks too.
#[path = "support/fuzz.rs"]
mod fuzz;
#[path = "support/mutate.rs"]
mod mutate;

use dragoman_core::formats::csv::read_csv;
use dragoman_core::names::glossary::{self, GlossaryEntry};
use mutate::{config, mutated};
use proptest::collection::vec;
use proptest::prelude::*;

/// Bytes as [`fuzz::names_case`] reads them: mostly letters, some entry and variant breaks,
/// `not` forms and clitics off, then after 0xFF the text, with the glossary's forms inserted.
fn case() -> impl Strategy<Value = Vec<u8>> {
    let glossary =
        vec(prop_oneof![40 => 0u8..0xE0, 3 => Just(0xE0), 4 => Just(0xE1), 1 => Just(0xE2), 1 => Just(0xE3)], 0..80);
    let text = vec(prop_oneof![6 => 0u8..0xE0, 2 => 0xF0u8..0xFF], 0..80);
    (glossary, text).prop_map(|(g, t)| [g, vec![0xFF], t].concat())
}

fn sample_glossary() -> Vec<GlossaryEntry> {
    let csv = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/names.csv")).unwrap();
    read_csv(&csv).unwrap().0
}

proptest! {
    #![proptest_config(config(400))]

    #[test]
    fn generated_glossaries_and_texts(data in case()) {
        fuzz::names(&data);
    }

    #[test]
    fn seeds_mutated(data in mutated(fuzz::seeds("names"), 8)) {
        fuzz::names(&data);
    }

    #[test]
    fn any_text_against_the_projects_glossary(
        text in vec(prop_oneof![3 => proptest::sample::select(
            "وبايدن لبوتين للكرملين جو بايدن، «بيسكوف» َُِّ ـ\u{200c}\u{200f}\n\t.١٢".chars().collect::<Vec<_>>()),
            1 => any::<char>()], 0..120).prop_map(String::from_iter),
    ) {
        let entries = sample_glossary();
        let index = glossary::index(&entries);
        fuzz::check_matches(&entries, &text, &index.find(&text));
    }
}

/// The checks can fail: a match that is none of its entry's forms is caught.
#[test]
#[should_panic(expected = "is none of the forms")]
fn a_wrong_match_is_caught() {
    let entries = sample_glossary();
    let text = "قال بوتين";
    let mut found = glossary::index(&entries).find(text);
    assert!(!found.is_empty());
    found[0].name = (found[0].name + 1) % entries.len();
    fuzz::check_matches(&entries, text, &found);
}

/// The seeds find names, so the properties are checked on matches, not on none.
#[test]
fn the_seeds_find_names() {
    for (name, bytes) in fuzz::seeds("names") {
        let (entries, text) = fuzz::names_case(&bytes);
        let found = glossary::index(&entries).find(&text);
        assert!(found.len() >= 3, "{name}: {text:?} {found:?}");
        fuzz::names(&bytes);
    }
}
