//! The name checks, the first kind of [`Issue`]: a glossary name in the source whose English
//! forms are missing from the translation (with the spelling the translator used instead,
//! when one aligns), a spelling the glossary deprecates, one name rendered two ways.
//!
//!
//! `expected` is the house form (for an inconsistent rendering, the article's own), `found`
//! what the translation has instead, when known.
use std::collections::HashMap;
use std::ops::Range;

use super::{Arg, Issue, IssueKind, Severity, Span};
use crate::model::{Segment, SegmentStatus};
use crate::names::glossary::{Compiled, NameType, StoredEntry};
use crate::names::suggest::spell;
use crate::text::offsets::Offsets;
use crate::text::tokens::is_word_char;

/// Check the English of an article's segments against the glossary. Segments without a
/// translation, and those not for translation, are not checked. In article order, and within
/// a segment missing names, then deprecated spellings, then inconsistent renderings.
pub fn check(segments: &[Segment], glossary: &Compiled) -> Vec<Issue> {
    let mut issues = Vec::new();
    // entry id → (segment, rendering, the name's span in the source) in article order, for
    // the consistency check.
    let mut renderings: HashMap<i64, Vec<(&Segment, String, Span)>> = HashMap::new();
    let mut order: Vec<i64> = Vec::new();
    for s in segments.iter().filter(|s| s.status != SegmentStatus::Excluded && !s.target.trim().is_empty()) {
        let target = s.target.to_lowercase();
        let mut flagged: Vec<(i64, String)> = Vec::new();
        let mut in_target = Offsets::new(&s.target);
        for (entry, spelling) in glossary.deprecated_in(&target) {
            if !flagged.contains(&(entry.id, spelling.clone())) {
                flagged.push((entry.id, spelling.clone()));
                let (typed, at) = typed_spelling(&s.target, &target, &spelling.to_lowercase());
                let span =
                    at.map(|r| Span { start: in_target.utf16_at_byte(r.start), end: in_target.utf16_at_byte(r.end) });
                let expected = entry.entry.english.clone();
                issues.push(name_issue(IssueKind::NameDeprecated, s, entry, expected, Some(typed), None, span));
            }
        }
        let mut in_source = Offsets::new(&s.source);
        let mut done: Vec<i64> = Vec::new();
        for (m, e) in glossary.find(&s.source) {
            if done.contains(&e.id) {
                continue;
            }
            done.push(e.id);
            let span = Span { start: in_source.utf16_at_char(m.start), end: in_source.utf16_at_char(m.end) };
            // A deprecated spelling has its own issue; it is not a rendering of its own.
            let rendering = if house_form_in(&target, &s.target, e) {
                Some(e.entry.english.clone())
            } else if flagged.iter().any(|(id, _)| *id == e.id) {
                None
            } else {
                // What the translator wrote instead, if a capitalised word of the English
                // aligns with the Arabic (Peskoff for بيسكوف).
                let core: String = s.source.chars().skip(m.core_start).take(m.end - m.core_start).collect();
                let guess = spell(&core, &s.target);
                let found = guess.verified.then_some(guess.english);
                issues.push(name_issue(
                    IssueKind::NameMissing,
                    s,
                    e,
                    e.entry.english.clone(),
                    found.clone(),
                    Some(span),
                    None,
                ));
                found
            };
            if let Some(r) = rendering {
                if !renderings.contains_key(&e.id) {
                    order.push(e.id);
                }
                renderings.entry(e.id).or_default().push((s, r, span));
            }
        }
    }
    for id in order {
        let list = &renderings[&id];
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for (_, r, _) in list {
            match counts.iter_mut().find(|(c, _)| *c == r) {
                Some(c) => c.1 += 1,
                None => counts.push((r, 1)),
            }
        }
        if counts.len() < 2 {
            continue;
        }
        // The house form, when the article uses it, is the article's rendering; else the one
        // used most (the first of equals). The others are flagged.
        let entry = glossary.get(id).expect("found in the glossary");
        let main = match counts.iter().find(|(r, _)| *r == entry.entry.english) {
            Some((r, _)) => (*r).to_owned(),
            None => counts.iter().fold(counts[0], |best, c| if c.1 > best.1 { *c } else { best }).0.to_owned(),
        };
        for (s, r, span) in list.iter().filter(|(_, r, _)| *r != main) {
            issues.push(name_issue(
                IssueKind::NameInconsistent,
                s,
                entry,
                main.clone(),
                Some(r.clone()),
                Some(*span),
                None,
            ));
        }
    }
    issues.sort_by_key(|i| (i.position, i.kind));
    issues
}

/// A name check's issue about `entry` in segment `s`.
fn name_issue(
    kind: IssueKind,
    s: &Segment,
    entry: &StoredEntry,
    expected: String,
    found: Option<String>,
    source: Option<Span>,
    target: Option<Span>,
) -> Issue {
    let severity = if kind == IssueKind::NameDeprecated { Severity::Error } else { Severity::Warning };
    let mut issue = Issue::new(kind, severity, s.id, s.position, found.as_deref().unwrap_or(""), &expected)
        .with_arg("entry", Arg::Number(entry.id))
        .with_arg("arabic", Arg::Text(entry.entry.arabic.clone()));
    if kind == IssueKind::NameMissing {
        let variant = if found.is_some() { "found" } else { "none" };
        issue = issue.with_arg("variant", Arg::Text(variant.into()));
    }
    issue.source.extend(source);
    issue.target.extend(target);
    issue
}

/// Whether the (lower-cased) translation has the entry's first- or second-reference form, as
/// whole words; a leading "the" of the form is optional ("Kremlin" for "the Kremlin").
fn house_form_in(target_lower: &str, target: &str, e: &StoredEntry) -> bool {
    std::iter::once(&e.entry.english).chain(e.entry.short.as_ref()).any(|form| {
        let lower = form.to_lowercase();
        let bare = lower.strip_prefix("the ").unwrap_or(&lower);
        // Full stops do not make another form, "U.S." is "US"; compared in the case written,
        // so that "told us." is not the United States.
        let undotted = || {
            let form = form.strip_prefix("the ").unwrap_or(form).replace('.', "");
            contains_words(&target.replace('.', ""), &form)
        };
        contains_words(target_lower, bare)
            || (form.contains('.') || target.contains('.')) && undotted()
            || e.entry.kind == NameType::Place && has_demonym(target_lower, bare)
    })
}

/// The adjectives English makes of a place's name, irregular ones (France, French) apart.
const IRREGULAR_DEMONYMS: &[(&str, &str)] = &[
    ("france", "french"),
    ("spain", "spanish"),
    ("netherlands", "dutch"),
    ("switzerland", "swiss"),
    ("greece", "greek"),
    ("wales", "welsh"),
    ("scotland", "scottish"),
    ("ireland", "irish"),
    ("britain", "british"),
    ("denmark", "danish"),
    ("sweden", "swedish"),
    ("finland", "finnish"),
    ("poland", "polish"),
    ("iceland", "icelandic"),
    ("philippines", "filipino"),
];

/// Whether the translation names the place by its adjective: Arabic says «رئيسة وزراء
/// بريطانيا» (Britain's prime minister) where English writes "the British prime minister".
/// The adjective is the name's last word less up to three letters, plus one of English's
/// endings (German, American, Egyptian, Chinese, Iraqi, Turkish), or an irregular one.
fn has_demonym(target_lower: &str, place: &str) -> bool {
    let Some(last) = place.rsplit(' ').next().filter(|w| w.is_ascii() && w.len() >= 4) else { return false };
    let head = &place[..place.len() - last.len()];
    let irregular = IRREGULAR_DEMONYMS.iter().filter(|(p, _)| *p == last).map(|(_, d)| (*d).to_owned());
    let regular = (0..=3.min(last.len() - 4)).flat_map(|k| {
        let stem = &last[..last.len() - k];
        ["n", "an", "ian", "ish", "ese", "i", "ean"].map(|suffix| format!("{stem}{suffix}"))
    });
    irregular.chain(regular).any(|adjective| {
        target_lower.match_indices(adjective.as_str()).any(|(i, _)| {
            // The whole word, or its plural (Germans), after the rest of the name (North Korean).
            let rest = &target_lower[i + adjective.len()..];
            let ends = rest.strip_prefix('s').unwrap_or(rest).chars().next().is_none_or(|c| !is_word_char(c));
            let starts = !target_lower[..i].chars().next_back().is_some_and(is_word_char);
            ends && starts && target_lower[..i].ends_with(head)
        })
    })
}

/// Whether `needle` occurs in `hay` with no letter or digit right before or after it.
fn contains_words(hay: &str, needle: &str) -> bool {
    !needle.is_empty()
        && hay.match_indices(needle).any(|(i, _)| {
            let before = hay[..i].chars().next_back();
            let after = hay[i + needle.len()..].chars().next();
            !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
        })
}

/// The spelling as the translator typed it, with its byte range in the target (the
/// lower-cased text may differ in length only for exotic letters; then the lower-case form
/// is given, and no range).
fn typed_spelling(target: &str, lower: &str, spelling: &str) -> (String, Option<Range<usize>>) {
    if target.len() == lower.len() {
        if let Some(i) = lower.find(spelling) {
            if let Some(s) = target.get(i..i + spelling.len()) {
                return (s.to_owned(), Some(i..i + spelling.len()));
            }
        }
    }
    (spelling.to_owned(), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_named_by_its_adjective_is_there_and_dots_only_matter_in_dotted_forms() {
        let place = |english: &str, short: Option<&str>| StoredEntry {
            id: 1,
            entry: crate::names::glossary::GlossaryEntry {
                arabic: "س".into(),
                variants: vec![],
                english: english.into(),
                short: short.map(str::to_owned),
                kind: NameType::Place,
                deprecated: vec![],
                clitics: true,
                not: vec![],
                notes: String::new(),
            },
            created_at: 0,
            updated_at: 0,
        };
        for (name, text) in [
            ("Britain", "the british prime minister"),
            ("Germany", "some german turks"),
            ("Egypt", "egyptian officials"),
            ("China", "the chinese side"),
            ("Iraq", "iraqi forces"),
            ("North Korea", "north korean complaints"),
            ("France", "the french president"),
            ("Russia", "russians voted"),
        ] {
            assert!(house_form_in(text, text, &place(name, None)), "{name}: {text}");
        }
        assert!(!house_form_in("the germanic tribes", "the Germanic tribes", &place("Germany", None)));
        assert!(!house_form_in("south korean officials", "South Korean officials", &place("North Korea", None)));
        // "U.S." is "US", but "us" in a sentence is not the United States.
        let us = place("the United States", Some("U.S."));
        assert!(house_form_in("the us economy", "the US economy", &us));
        assert!(house_form_in("the u.s. economy", "the U.S. economy", &us));
        assert!(!house_form_in("he told us.", "He told us.", &us));
        let uk = place("Britain", Some("UK"));
        assert!(house_form_in("calling on the u.k. to act", "calling on the U.K. to act", &uk));
    }

    #[test]
    fn a_deprecated_spelling_is_an_error_with_its_span() {
        let segment = Segment {
            id: 4,
            article_id: 1,
            position: 2,
            kind: crate::model::SegmentKind::Sentence,
            paragraph: 0,
            source: "قال كييف".into(),
            target: "Kiev said".into(),
            status: SegmentStatus::Draft,
            updated_at: 0,
            words: 2,
            version: 1,
            mergeable: false,
            memory_unit: None,
        };
        let entry = crate::names::glossary::GlossaryEntry {
            arabic: "كييف".into(),
            variants: vec![],
            english: "Kyiv".into(),
            short: None,
            kind: crate::names::glossary::NameType::Place,
            deprecated: vec!["Kiev".into()],
            clitics: true,
            not: vec![],
            notes: String::new(),
        };
        let compiled = Compiled::new(vec![StoredEntry { id: 9, entry, created_at: 0, updated_at: 0 }]);
        let issues = check(std::slice::from_ref(&segment), &compiled);
        assert_eq!(issues.len(), 1);
        assert_eq!((issues[0].kind(), issues[0].severity), ("name-deprecated", Severity::Error));
        assert_eq!((issues[0].source.clone(), issues[0].target.clone()), (vec![], vec![Span { start: 0, end: 4 }]));
        assert_eq!((issues[0].found(), issues[0].expected()), ("Kiev", "Kyiv"));
        assert_eq!(issues[0].arg("entry").and_then(Arg::as_number), Some(9));
        assert_eq!(issues[0].text("arabic"), "كييف");
    }
}
