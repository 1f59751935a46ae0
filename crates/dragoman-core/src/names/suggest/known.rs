//! Well-known names and their established English spelling (`data/known-names.tsv`, kept as
//! data): نيويورك is New York, not a romanisation. The suggester proposes them where an
//! article mentions them (the glossary does not have them yet) and spells them so.
use std::sync::LazyLock;

use crate::names::index::{NameIndex, NameMatch, NameSpec};

const TABLE: &str = include_str!("data/known-names.tsv");

/// A well-known name: its English spelling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct KnownName {
    pub(super) english: String,
}

struct Known {
    names: Vec<KnownName>,
    index: NameIndex,
}

static KNOWN: LazyLock<Known> = LazyLock::new(|| {
    let mut names = Vec::new();
    let mut specs = Vec::new();
    for line in TABLE.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let cells: Vec<&str> = line.split('\t').collect();
        let [forms, english, _kind] = cells[..] else { panic!("known-names.tsv: three cells expected: {line}") };
        names.push(KnownName { english: english.to_owned() });
        specs.push(NameSpec { forms: forms.split('|').map(str::to_owned).collect(), clitics: true, not: Vec::new() });
    }
    Known { index: NameIndex::build(&specs), names }
});

/// The well-known names in `text` (clitics allowed: بالخرطوم), longest first where they
/// overlap.
pub(super) fn find(text: &str) -> Vec<(NameMatch, &'static KnownName)> {
    let known = &*KNOWN;
    known
        .index
        .find(text)
        .into_iter()
        .map(|m| {
            let name = &known.names[m.name];
            (m, name)
        })
        .collect()
}

/// The established spelling of `arabic` when the whole of it is a well-known name.
pub(super) fn spelling(arabic: &str) -> Option<&'static str> {
    let arabic = arabic.trim();
    let found = find(arabic);
    match found.as_slice() {
        [(m, name)] if m.start == 0 && m.end == arabic.chars().count() && m.prefix.is_empty() => {
            Some(name.english.as_str())
        }
        _ => None,
    }
}

/// The name of match `m` in `text` without its clitic: the original from where the name
/// starts, with the article's alef back where ل contracted with it (للصليب الأحمر: الصليب
/// الأحمر).
pub(super) fn as_written(text: &str, m: &NameMatch) -> String {
    let core: String = text.chars().skip(m.core_start).take(m.end - m.core_start).collect();
    crate::text::clitics::detach(&format!("{}{core}", m.prefix), &m.prefix).unwrap_or(core)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_known_names_are_spelt_as_they_are_known() {
        assert_eq!(spelling("نيويورك"), Some("New York"));
        assert_eq!(spelling("الخرطوم"), Some("Khartoum"));
        assert_eq!(spelling("المملكة العربية السعودية"), Some("Saudi Arabia"));
        // Hamza and ta marbuta as the normalisation folds them.
        assert_eq!(spelling("اسطنبول"), Some("Istanbul"));
        assert_eq!(spelling("الامم المتحده"), Some("the United Nations"));
        assert_eq!(spelling("مسألة"), None);
        assert_eq!(spelling("نيويورك تايمز"), Some("The New York Times"));
        assert_eq!(spelling("بالخرطوم"), None, "a clitic is not part of the name");
    }

    #[test]
    fn found_behind_clitics() {
        let found = find("وصل بالخرطوم ثم غادر إلى الرياض.");
        let got: Vec<(&str, &str)> = found.iter().map(|(m, n)| (m.prefix.as_str(), n.english.as_str())).collect();
        assert_eq!(got, vec![("ب", "Khartoum"), ("", "Riyadh")]);
    }

    #[test]
    fn the_table_reads() {
        assert!(KNOWN.names.len() > 150);
        assert!(KNOWN.names.iter().all(|n| !n.english.is_empty()));
    }
}
