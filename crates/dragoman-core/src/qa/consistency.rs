//! Consistency: the same Arabic translated two ways in the article, or otherwise than the
//! memory has it; the same English given to two different Arabic segments. The Arabic is
//! compared by the store's own fingerprint (the shared normalisation, without spaces: what
//! the memory keys its units by), the English without case or doubled spaces, so that a
//! hamza or a capital does not make two texts different.
use std::collections::HashMap;

use super::{Arg, Issue, IssueKind, Severity};
use crate::model::{Segment, SegmentStatus};
use crate::text::normalize::fingerprint;

/// The English as compared: without case, spaces collapsed.
fn english_key(target: &str) -> String {
    target.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// English shorter than this many words is not compared across sources ("Moscow", "He said").
const MIN_ENGLISH_WORDS: usize = 3;

/// The consistency checks of an article's translated segments. `memory` gives, for a segment
/// id, the English the memory has for the same Arabic from elsewhere (newest first).
pub fn check(segments: &[&Segment], memory: &HashMap<i64, Vec<String>>) -> Vec<Issue> {
    let mut out = Vec::new();
    let translated: Vec<&Segment> = segments
        .iter()
        .copied()
        .filter(|s| s.status != SegmentStatus::Excluded && !s.target.trim().is_empty())
        .collect();
    let mut by_source: HashMap<String, &Segment> = HashMap::new();
    // The English, with its Arabic's fingerprint.
    let mut by_english: HashMap<String, (&Segment, String)> = HashMap::new();
    for s in &translated {
        let source = fingerprint([s.source.as_str()]);
        let english = english_key(&s.target);
        match by_source.get(&source) {
            Some(first) if english_key(&first.target) != english => out.push(
                Issue::new(
                    IssueKind::TranslatedTwoWays,
                    Severity::Warning,
                    s.id,
                    s.position,
                    s.target.trim(),
                    first.target.trim(),
                )
                .with_arg("other", Arg::Number(first.position + 1)),
            ),
            Some(_) => {}
            None => {
                by_source.insert(source.clone(), s);
            }
        }
        if english.split(' ').count() >= MIN_ENGLISH_WORDS {
            match by_english.get(&english) {
                Some((first, first_source)) if *first_source != source => out.push(
                    Issue::new(
                        IssueKind::SameEnglishTwoSources,
                        Severity::Info,
                        s.id,
                        s.position,
                        s.target.trim(),
                        first.source.trim(),
                    )
                    .with_arg("other", Arg::Number(first.position + 1)),
                ),
                Some(_) => {}
                None => {
                    by_english.insert(english.clone(), (s, source.clone()));
                }
            }
        }
        if let Some(theirs) = memory.get(&s.id) {
            if !theirs.is_empty() && !theirs.iter().any(|t| english_key(t) == english) {
                out.push(Issue::new(
                    IssueKind::MemoryDiffers,
                    Severity::Info,
                    s.id,
                    s.position,
                    s.target.trim(),
                    theirs[0].trim(),
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SegmentKind;

    fn seg(id: i64, source: &str, target: &str) -> Segment {
        Segment {
            id,
            article_id: 1,
            position: id,
            kind: SegmentKind::Sentence,
            paragraph: id,
            source: source.into(),
            target: target.into(),
            status: SegmentStatus::Draft,
            updated_at: 0,
            words: 1,
            version: 1,
            mergeable: false,
            memory_unit: None,
        }
    }

    #[test]
    fn one_arabic_two_englishes_and_one_english_two_arabics_are_flagged() {
        let a = seg(0, "وقال بيسكوف إن المحادثات مهمة.", "Peskov said the talks matter.");
        let b = seg(1, "وقال بيسكوف ان المحادثات مهمة.", "Peskov said the talks are important.");
        let c = seg(2, "وأكد الكرملين أن المحادثات مهمة.", "Peskov said the talks matter.");
        let d = seg(3, "وقال بيسكوف إن المحادثات مهمة.", "peskov said  the talks matter.");
        let issues = check(&[&a, &b, &c, &d], &HashMap::new());
        let found: Vec<(i64, &str, &str)> = issues.iter().map(|i| (i.segment_id, i.kind(), i.expected())).collect();
        assert_eq!(
            found,
            vec![
                (1, "translated-two-ways", "Peskov said the talks matter."),
                (2, "same-english-two-sources", "وقال بيسكوف إن المحادثات مهمة.")
            ],
            "the hamza, case and spaces make no difference"
        );
        assert_eq!(issues[0].arg("other").and_then(Arg::as_number), Some(1));
    }

    #[test]
    fn the_memory_differing_is_said_and_agreeing_is_quiet() {
        let a = seg(0, "وقال بيسكوف إن المحادثات مهمة.", "Peskov said the talks matter.");
        let memory = HashMap::from([(0, vec!["Peskov said the talks were important.".to_owned()])]);
        let issues = check(&[&a], &memory);
        assert_eq!(issues.iter().map(|i| i.kind()).collect::<Vec<_>>(), vec!["memory-differs"]);
        let memory = HashMap::from([(0, vec!["Other.".to_owned(), "Peskov said the talks matter.".to_owned()])]);
        assert!(check(&[&a], &memory).is_empty());
    }
}
