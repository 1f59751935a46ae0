//! Punctuation and form: what a reader of the English sees at once and the translator's eye
//! slides over. Per segment: Arabic punctuation left in the English (، ؛ ؟ « »), a question
//! that lost its mark, doubled or stray spaces, Arabic letters left in the English, a source
//! copied as its translation, a confirmed segment with nothing in it. Per paragraph: quotes and
//! brackets that do not close (when the Arabic's do). Per article: a translation far longer or
//! shorter than the article's translations usually are.
use std::collections::BTreeMap;

use super::{Arg, Issue, IssueKind, Severity, Span};
use crate::model::{Segment, SegmentStatus};
use crate::text::offsets::Offsets;

/// Arabic punctuation and what English writes instead.
const ARABIC_PUNCTUATION: &[(char, &str)] =
    &[('،', ","), ('؛', ";"), ('؟', "?"), ('«', "\u{201c}"), ('»', "\u{201d}"), ('٪', "%"), ('٫', "."), ('٬', ",")];

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

fn span(offsets: &mut Offsets, start: usize, end: usize) -> Span {
    Span { start: offsets.utf16_at_byte(start), end: offsets.utf16_at_byte(end) }
}

/// The checks of one segment's form (a segment with a translation, or confirmed without one).
pub fn check_segment(s: &Segment) -> Vec<Issue> {
    let mut out = Vec::new();
    let target = s.target.as_str();
    let issue =
        |kind, severity, found: &str, expected: &str| Issue::new(kind, severity, s.id, s.position, found, expected);
    if target.trim().is_empty() {
        if matches!(s.status, SegmentStatus::Translated | SegmentStatus::Reviewed) {
            out.push(issue(IssueKind::EmptyConfirmed, Severity::Error, "", ""));
        }
        return out;
    }
    let mut offsets = Offsets::new(target);
    let same = target.trim() == s.source.trim() && s.source.chars().any(is_arabic_letter);
    if same {
        out.push(issue(IssueKind::SameAsSource, Severity::Error, target.trim(), ""));
    }
    for &(mark, english) in ARABIC_PUNCTUATION {
        let at: Vec<usize> = target.match_indices(mark).map(|(i, _)| i).collect();
        if !at.is_empty() && !same {
            let mut i = issue(IssueKind::ArabicPunctuation, Severity::Warning, &mark.to_string(), english);
            for a in at {
                i = i.at_target(span(&mut offsets, a, a + mark.len_utf8()));
            }
            out.push(i);
        }
    }
    let asks = s.source.contains('؟') || s.source.contains('?');
    if asks && !target.contains('?') && !target.contains('؟') {
        out.push(issue(IssueKind::QuestionMissing, Severity::Warning, "", "?"));
    }
    // Spaces: doubled inside, or at either end.
    let mut spaces = Vec::new();
    if let Some(i) = target.find("  ") {
        spaces.push(("double", i, i + 2));
    }
    let lead = target.len() - target.trim_start().len();
    if lead > 0 {
        spaces.push(("start", 0, lead));
    }
    let trail = target.trim_end().len();
    if trail < target.len() {
        spaces.push(("end", trail, target.len()));
    }
    for (place, a, b) in spaces {
        out.push(issue(IssueKind::Spaces, Severity::Info, place, "").at_target(span(&mut offsets, a, b)));
    }
    if !same {
        // Each run of Arabic letters (and the marks between them).
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for (i, c) in target.char_indices() {
            if is_arabic_letter(c) {
                match runs.last_mut() {
                    Some(r) if target[r.1..i].chars().all(|c| c == ' ' || ('\u{064B}'..='\u{065F}').contains(&c)) => {
                        r.1 = i + c.len_utf8()
                    }
                    _ => runs.push((i, i + c.len_utf8())),
                }
            } else if ('\u{064B}'..='\u{065F}').contains(&c) {
                if let Some(r) = runs.last_mut().filter(|r| r.1 == i) {
                    r.1 = i + c.len_utf8();
                }
            }
        }
        if !runs.is_empty() {
            let found: Vec<&str> = runs.iter().map(|&(a, b)| &target[a..b]).collect();
            let mut i = issue(IssueKind::ArabicLetters, Severity::Warning, &found.join(" "), "");
            for (a, b) in runs {
                i = i.at_target(span(&mut offsets, a, b));
            }
            out.push(i);
        }
    }
    out
}

/// Opening and closing marks whose balance is checked: brackets, curly quotes, and the
/// straight double quote (which opens and closes).
const PAIRS: &[(char, char)] = &[('(', ')'), ('[', ']'), ('\u{201c}', '\u{201d}'), ('"', '"')];

/// The first mark of a text that does not pair, for each pair: `(open, close, byte)`.
fn unpaired(text: &str) -> Vec<(char, char, usize)> {
    let mut out = Vec::new();
    for &(open, close) in PAIRS {
        if open == close {
            // A straight quote opens after a space, a bracket or a dash (or at the start), and
            // closes anywhere else; a closing one with nothing open is the stray one (Lakers"
            // official), else the first opening one left open.
            let mut stack: Vec<usize> = Vec::new();
            let mut stray = None;
            for (i, _) in text.match_indices(open) {
                let before = text[..i].chars().next_back();
                let opens = before.is_none_or(|c| c.is_whitespace() || "([{\u{2014}\u{2013}-/:".contains(c));
                if opens {
                    stack.push(i);
                } else if stack.pop().is_none() && stray.is_none() {
                    stray = Some(i);
                }
            }
            if let Some(i) = stray.or_else(|| stack.first().copied()) {
                out.push((open, close, i));
            }
            continue;
        }
        let mut stack: Vec<usize> = Vec::new();
        let mut stray = None;
        for (i, c) in text.char_indices() {
            if c == open {
                stack.push(i);
            } else if c == close && stack.pop().is_none() && stray.is_none() {
                stray = Some(i);
            }
        }
        if let Some(i) = stray.or_else(|| stack.first().copied()) {
            out.push((open, close, i));
        }
    }
    out
}

/// Whether the Arabic's quotes (any kind) or brackets of this kind are unbalanced too: then
/// the English mirrors it (a quotation running on into the next paragraph).
fn source_unbalanced(source: &str, open: char) -> bool {
    let quotes = |t: &str| {
        let straight = t.matches('"').count() % 2 == 1;
        let guillemets = t.matches('«').count() != t.matches('»').count();
        let curly = t.matches('\u{201c}').count() != t.matches('\u{201d}').count();
        straight || guillemets || curly
    };
    match open {
        '(' => source.matches('(').count() != source.matches(')').count(),
        '[' => source.matches('[').count() != source.matches(']').count(),
        _ => quotes(source),
    }
}

/// Quotes and brackets per paragraph: checked once every segment of the paragraph that is
/// for translation has a translation (a quotation may close in a sentence still to come).
pub fn check_paragraphs(segments: &[&Segment]) -> Vec<Issue> {
    let mut paragraphs: BTreeMap<i64, Vec<&Segment>> = BTreeMap::new();
    for s in segments {
        paragraphs.entry(s.paragraph).or_default().push(s);
    }
    let mut out = Vec::new();
    for segs in paragraphs.values() {
        let segs: Vec<&Segment> = segs.iter().copied().filter(|s| s.status != SegmentStatus::Excluded).collect();
        if segs.is_empty() || segs.iter().any(|s| s.target.trim().is_empty()) {
            continue;
        }
        let mut target = String::new();
        let mut starts = Vec::new();
        for s in &segs {
            starts.push(target.len());
            target.push_str(&s.target);
            target.push(' ');
        }
        let source: String = segs.iter().map(|s| s.source.as_str()).collect::<Vec<_>>().join(" ");
        for (open, close, at) in unpaired(&target) {
            if source_unbalanced(&source, open) {
                continue;
            }
            let k = starts.iter().rposition(|&st| st <= at).unwrap_or(0);
            let s = segs[k];
            let local = at - starts[k];
            let mut offsets = Offsets::new(&s.target);
            let mark = target[at..].chars().next().unwrap_or(open);
            let expected = if mark == close && open != close { open } else { close };
            out.push(
                Issue::new(
                    IssueKind::Unbalanced,
                    Severity::Warning,
                    s.id,
                    s.position,
                    &mark.to_string(),
                    &expected.to_string(),
                )
                .at_target(span(&mut offsets, local, local + mark.len_utf8())),
            );
        }
    }
    out
}

/// English length over Arabic length, in characters, when English is this much longer or
/// shorter than the article's usual ratio, is flagged.
pub const RATIO_FACTOR: f64 = 2.5;
/// Only sources at least this long are judged (a short headline varies too much).
pub const RATIO_MIN_SOURCE: usize = 40;
/// The article's own ratio needs this many judged segments; else [`RATIO_DEFAULT`] is used.
pub const RATIO_MIN_SAMPLES: usize = 8;
/// English over Arabic, in characters, for news (the median of the NTREX pairs is 1.17).
pub const RATIO_DEFAULT: f64 = 1.17;

/// Translations far longer or shorter than the article's translations usually are.
pub fn check_lengths(segments: &[&Segment]) -> Vec<Issue> {
    let judged: Vec<(&Segment, f64)> = segments
        .iter()
        .filter(|s| s.status != SegmentStatus::Excluded && !s.target.trim().is_empty())
        .filter_map(|s| {
            let source = s.source.trim().chars().count();
            (source >= RATIO_MIN_SOURCE).then(|| (*s, s.target.trim().chars().count() as f64 / source as f64))
        })
        .collect();
    let usual = if judged.len() >= RATIO_MIN_SAMPLES {
        let mut ratios: Vec<f64> = judged.iter().map(|(_, r)| *r).collect();
        ratios.sort_by(f64::total_cmp);
        ratios[ratios.len() / 2]
    } else {
        RATIO_DEFAULT
    };
    judged
        .into_iter()
        .filter(|(_, r)| *r > usual * RATIO_FACTOR || *r < usual / RATIO_FACTOR)
        .map(|(s, r)| {
            // The percentages are arguments of their own, not what is found and expected: they
            // change with every edit of the article, and an ignored issue must stay ignored.
            let percent = |x: f64| Arg::Text(format!("{}%", (x * 100.0).round() as i64));
            Issue::new(IssueKind::LengthRatio, Severity::Info, s.id, s.position, "", "")
                .with_arg("ratio", percent(r))
                .with_arg("usual", percent(usual))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SegmentKind;

    fn seg(id: i64, paragraph: i64, source: &str, target: &str) -> Segment {
        Segment {
            id,
            article_id: 1,
            position: id,
            kind: SegmentKind::Sentence,
            paragraph,
            source: source.into(),
            target: target.into(),
            status: if target.is_empty() { SegmentStatus::New } else { SegmentStatus::Draft },
            updated_at: 0,
            words: 1,
            version: 1,
            mergeable: false,
            memory_unit: None,
        }
    }

    fn kinds(issues: &[Issue]) -> Vec<(&'static str, String, String)> {
        issues.iter().map(|i| (i.kind(), i.found().to_owned(), i.expected().to_owned())).collect()
    }

    #[test]
    fn arabic_marks_a_lost_question_spaces_and_arabic_letters_are_caught() {
        let s = seg(1, 0, "هل ستعقد القمة؟", "Will the summit take place، «soon»");
        let k = kinds(&check_segment(&s));
        assert!(k.contains(&("arabic-punctuation", "،".into(), ",".into())), "{k:?}");
        assert!(k.contains(&("arabic-punctuation", "«".into(), "\u{201c}".into())), "{k:?}");
        assert!(k.contains(&("question-missing", "".into(), "?".into())), "{k:?}");
        let s = seg(1, 0, "قال الكرملين", " The Kremlin  said الكرملين ");
        let issues = check_segment(&s);
        let k = kinds(&issues);
        assert!(k.contains(&("spaces", "double".into(), "".into())), "{k:?}");
        assert!(k.contains(&("spaces", "start".into(), "".into())), "{k:?}");
        assert!(k.contains(&("spaces", "end".into(), "".into())), "{k:?}");
        let arabic = issues.iter().find(|i| i.kind == IssueKind::ArabicLetters).expect("Arabic left");
        assert_eq!((arabic.found(), arabic.target.clone()), ("الكرملين", vec![Span { start: 19, end: 27 }]));
        // A good translation is quiet.
        assert!(check_segment(&seg(1, 0, "هل ستعقد القمة؟", "Will the summit take place?")).is_empty());
    }

    #[test]
    fn a_copied_source_and_an_empty_confirmed_segment_are_errors() {
        let copied = check_segment(&seg(1, 0, "قال الكرملين.", "قال الكرملين."));
        assert_eq!(kinds(&copied), vec![("same-as-source", "قال الكرملين.".into(), "".into())]);
        // A number or a name in Latin letters is rightly the same in both.
        assert!(check_segment(&seg(1, 0, "COVID-19", "COVID-19")).is_empty());
        let mut empty = seg(1, 0, "قال", "");
        empty.status = SegmentStatus::Translated;
        assert_eq!(kinds(&check_segment(&empty)), vec![("empty-confirmed", "".into(), "".into())]);
    }

    #[test]
    fn quotes_and_brackets_are_checked_over_a_finished_paragraph() {
        let a = seg(1, 0, "قال «سنعود.", "He said: \u{201c}We will return.");
        let b = seg(2, 0, "وسننتصر».", "And we will win.");
        // Unclosed in the paragraph, closed in the Arabic.
        let issues = check_paragraphs(&[&a, &b]);
        assert_eq!(kinds(&issues), vec![("unbalanced", "\u{201c}".into(), "\u{201d}".into())]);
        assert_eq!((issues[0].segment_id, issues[0].target.clone()), (1, vec![Span { start: 9, end: 10 }]));
        // Closed in the next sentence: quiet.
        let b2 = seg(2, 0, "وسننتصر».", "And we will win.\u{201d}");
        assert!(check_paragraphs(&[&a, &b2]).is_empty());
        // Not judged while a sentence of the paragraph is untranslated.
        let b3 = seg(2, 0, "وسننتصر».", "");
        assert!(check_paragraphs(&[&a, &b3]).is_empty());
        // The Arabic runs its quotation on into the next paragraph: so may the English.
        let c = seg(3, 1, "قال «سنعود.", "He said: \"We will return.");
        assert!(check_paragraphs(&[&c]).is_empty());
        // A straight quote where an apostrophe was meant is the one reported.
        let e = seg(5, 3, "قال موقع ليكرز «سنفوز».", "The Lakers\" site said \"We will win.\"");
        let issues = check_paragraphs(&[&e]);
        assert_eq!(
            (kinds(&issues), issues[0].target.clone()),
            (vec![("unbalanced", "\"".into(), "\"".into())], vec![Span { start: 10, end: 11 }])
        );
        let d = seg(4, 2, "(قال) الكرملين", "The Kremlin) said");
        assert_eq!(kinds(&check_paragraphs(&[&d])), vec![("unbalanced", ")".into(), "(".into())]);
    }

    #[test]
    fn a_translation_far_from_the_articles_usual_length_is_flagged() {
        let source = "قال المتحدث باسم الكرملين إن الرئيسين سيتحدثان عبر الفيديو";
        let mut segs: Vec<Segment> = (0..10)
            .map(|k| seg(k, k, source, "The Kremlin spokesman said the two presidents would talk by video."))
            .collect();
        segs[3].target = "Talks.".into();
        let refs: Vec<&Segment> = segs.iter().collect();
        let issues = check_lengths(&refs);
        assert_eq!(issues.iter().map(|i| i.segment_id).collect::<Vec<_>>(), vec![3], "{issues:?}");
        assert_eq!((issues[0].text("ratio"), issues[0].text("usual")), ("10%", "114%"));
        // Its key does not change with the lengths: ignored once, ignored for good.
        assert_eq!(issues[0].key(), Issue::new(IssueKind::LengthRatio, Severity::Info, 3, 3, "", "").key());
    }
}
