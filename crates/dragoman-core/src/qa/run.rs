//! Running the checks: the translator's settings (each check on or off, how the English writes
//! numbers), what the checks need to know (the glossary, the dictionary, the memory's English
//! for each segment, the issues set aside), and one pass over an article.
//!
//! Checks of one segment (numbers, dates, form, spelling) depend on that segment alone, so a
//! [`Cache`] keeps their issues by segment and text: after an edit only the edited segment is
//! checked again, and the checks across segments (names, quotes over a paragraph, lengths,
//! consistency) run over the whole article, which they do in well under a millisecond per
//! hundred segments.
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

use super::dates::{self, DateKind};
use super::numbers::{self, format_value, NumberStyle};
use super::spelling;
use super::{consistency, form, names, Arg, Check, Issue, IssueKind, Severity, Span};
use crate::formats::xliff::codes;
use crate::model::{Segment, SegmentStatus};
use crate::names::glossary::Compiled;
use crate::spell::{Known, Speller};
use crate::text::offsets::Offsets;

/// The translator's choices for the checks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct QaSettings {
    /// The checks switched off.
    pub off: Vec<Check>,
    /// How the English writes numbers.
    pub number_style: NumberStyle,
}

impl QaSettings {
    pub fn is_on(&self, check: Check) -> bool {
        !self.off.contains(&check)
    }
}

/// What the checks need besides the segments.
pub struct Context<'a> {
    pub glossary: &'a Compiled,
    /// The dictionary, when there is one (without it the spelling check does not run).
    pub speller: Option<&'a Speller>,
    /// Words never flagged: the glossary's English, the personal dictionary.
    pub known: Vec<&'a Known>,
    /// For a segment id, the English the memory has for its Arabic from elsewhere.
    pub memory: HashMap<i64, Vec<String>>,
    pub settings: QaSettings,
    /// The issues set aside, as `(segment id, key)`.
    pub ignored: HashSet<(i64, String)>,
}

impl<'a> Context<'a> {
    /// A context with the glossary alone and default settings (no dictionary, no memory).
    pub fn new(glossary: &'a Compiled) -> Context<'a> {
        Context {
            glossary,
            speller: None,
            known: Vec::new(),
            memory: HashMap::new(),
            settings: QaSettings::default(),
            ignored: HashSet::new(),
        }
    }
}

fn spans(text: &str, range: std::ops::Range<usize>) -> Span {
    let mut o = Offsets::new(text);
    Span { start: o.utf16_at_byte(range.start), end: o.utf16_at_byte(range.end) }
}

fn number_issues(s: &Segment, style: NumberStyle) -> Vec<Issue> {
    let issue =
        |kind, found: &str, expected: &str| Issue::new(kind, Severity::Warning, s.id, s.position, found, expected);
    numbers::check_pair_in(&s.source, &s.target, style)
        .into_iter()
        .map(|f| match f {
            numbers::Finding::Missing(q) => {
                issue(IssueKind::NumberMissing, "", &format_value(q.milli, style)).at_source(spans(&s.source, q.range))
            }
            numbers::Finding::Changed { arabic, english } => {
                issue(IssueKind::NumberChanged, &s.target[english.range.clone()], &format_value(arabic.milli, style))
                    .at_source(spans(&s.source, arabic.range))
                    .at_target(spans(&s.target, english.range))
            }
            numbers::Finding::Extra(q) => {
                issue(IssueKind::NumberExtra, &s.target[q.range.clone()], "").at_target(spans(&s.target, q.range))
            }
        })
        .collect()
}

fn date_issues(s: &Segment) -> Vec<Issue> {
    let issue =
        |kind, found: &str, expected: &str| Issue::new(kind, Severity::Warning, s.id, s.position, found, expected);
    dates::check_pair(&s.source, &s.target)
        .into_iter()
        .map(|f| match f {
            dates::Finding::Missing(r) => issue(IssueKind::DateMissing, "", dates::english_name(r.kind, r.index))
                .at_source(spans(&s.source, r.range)),
            dates::Finding::Changed { arabic, english } => issue(
                IssueKind::DateChanged,
                &s.target[english.range.clone()],
                dates::english_name(arabic.kind, arabic.index),
            )
            .at_source(spans(&s.source, arabic.range))
            .at_target(spans(&s.target, english.range)),
            dates::Finding::WeekdayContradicts { weekday, actual, in_english } => {
                let text = if in_english { &s.target } else { &s.source };
                let i = issue(
                    IssueKind::WeekdayContradicts,
                    &text[weekday.range.clone()],
                    dates::english_name(DateKind::Weekday, actual),
                )
                .with_arg("side", Arg::Text(if in_english { "target" } else { "source" }.into()));
                if in_english {
                    i.at_target(spans(text, weekday.range))
                } else {
                    i.at_source(spans(text, weekday.range))
                }
            }
        })
        .collect()
}

/// The inline codes of a segment from an XLIFF file: missing, extra or moved in the
/// translation ([`codes::check`]). A code is named by its number, as its chip shows it.
fn code_issues(s: &Segment) -> Vec<Issue> {
    if !codes::has_codes(&s.source) && !codes::has_codes(&s.target) {
        return Vec::new();
    }
    let number = |m: &str| m.chars().next().and_then(codes::code_of).map_or(String::new(), |n| (n + 1).to_string());
    let order =
        |t: &str| t.chars().filter_map(codes::code_of).map(|n| (n + 1).to_string()).collect::<Vec<_>>().join(" ");
    let issue =
        |kind, found: &str, expected: &str| Issue::new(kind, Severity::Error, s.id, s.position, found, expected);
    codes::check(&s.source, &s.target)
        .into_iter()
        .map(|p| match p {
            codes::CodeProblem::Missing { marker } => issue(IssueKind::CodeMissing, "", &number(&marker)),
            codes::CodeProblem::Extra { marker } => issue(IssueKind::CodeExtra, &number(&marker), ""),
            codes::CodeProblem::OutOfOrder => issue(IssueKind::CodeOrder, &order(&s.target), &order(&s.source)),
        })
        .collect()
}

/// Whether a segment is checked: for translation, and translated (or confirmed with nothing,
/// which is an issue of its own).
fn checked(s: &Segment) -> bool {
    s.status != SegmentStatus::Excluded
        && (!s.target.trim().is_empty() || matches!(s.status, SegmentStatus::Translated | SegmentStatus::Reviewed))
}

/// The checks of one segment alone (numbers, dates, form, spelling) that are on.
pub fn check_segment(s: &Segment, ctx: &Context) -> Vec<Issue> {
    if !checked(s) {
        return Vec::new();
    }
    let on = |c| ctx.settings.is_on(c);
    let mut out = Vec::new();
    if on(Check::Punctuation) {
        out.extend(form::check_segment(s));
        out.extend(code_issues(s));
    }
    if s.target.trim().is_empty() {
        return out;
    }
    if on(Check::Numbers) {
        out.extend(number_issues(s, ctx.settings.number_style));
    }
    if on(Check::Dates) {
        out.extend(date_issues(s));
    }
    if let (true, Some(speller)) = (on(Check::Spelling), ctx.speller) {
        out.extend(spelling::check_segment(s, speller, &ctx.known));
    }
    out
}

/// The issues of each segment's own checks, kept by segment and text, for one set of
/// settings, glossary and dictionary (the `stamp` its owner computes from them).
#[derive(Default)]
pub struct Cache {
    stamp: u64,
    local: HashMap<i64, (u64, Vec<Issue>)>,
}

impl Cache {
    pub fn new() -> Cache {
        Cache::default()
    }

    /// How many segments' issues are kept.
    pub fn len(&self) -> usize {
        self.local.len()
    }

    pub fn is_empty(&self) -> bool {
        self.local.is_empty()
    }
}

fn text_hash(s: &Segment) -> u64 {
    let mut h = DefaultHasher::new();
    (&s.source, &s.target, s.status.as_str()).hash(&mut h);
    h.finish()
}

/// Every check that is on, over an article's segments (in order): issues in article order,
/// within a segment by kind, those set aside marked `ignored`. With a `cache` (stamped with
/// `stamp`, which must change whenever the settings, glossary or dictionary do), a segment
/// whose text has not changed since the last run is not checked again by its own checks.
pub fn check_article(segments: &[Segment], ctx: &Context, cache: Option<(&mut Cache, u64)>) -> Vec<Issue> {
    let mut out: Vec<Issue> = Vec::new();
    match cache {
        Some((cache, stamp)) => {
            if cache.stamp != stamp {
                cache.local.clear();
                cache.stamp = stamp;
            }
            let live: HashSet<i64> = segments.iter().map(|s| s.id).collect();
            cache.local.retain(|id, _| live.contains(id));
            for s in segments {
                let hash = text_hash(s);
                let entry = cache.local.entry(s.id).or_insert_with(|| (hash.wrapping_add(1), Vec::new()));
                if entry.0 != hash {
                    *entry = (hash, check_segment(s, ctx));
                }
                out.extend(entry.1.iter().cloned().map(|mut i| {
                    i.position = s.position;
                    i
                }));
            }
        }
        None => {
            for s in segments {
                out.extend(check_segment(s, ctx));
            }
        }
    }
    let on = |c| ctx.settings.is_on(c);
    let kept: Vec<&Segment> = segments.iter().filter(|s| s.status != SegmentStatus::Excluded).collect();
    names_used_again(&mut out, &kept);
    if on(Check::Names) {
        out.extend(names::check(segments, ctx.glossary));
    }
    if on(Check::Punctuation) {
        out.extend(form::check_paragraphs(&kept));
        out.extend(form::check_lengths(&kept));
    }
    if on(Check::Consistency) {
        out.extend(consistency::check(&kept, &ctx.memory));
    }
    for i in &mut out {
        i.ignored = ctx.ignored.contains(&(i.segment_id, i.key()));
    }
    out.sort_by_key(|i| (i.position, i.kind));
    out
}

/// A capitalised word the dictionary lacks that the article's English uses more than once is
/// a name (Kavanaugh, in every paragraph of a story about him), not a misspelling: a typo is
/// rarely made twice the same way.
fn names_used_again(issues: &mut Vec<Issue>, segments: &[&Segment]) {
    let capitalised = |i: &Issue| i.kind == IssueKind::Misspelling && i.found().starts_with(char::is_uppercase);
    let mut counts: HashMap<&str, usize> = issues.iter().filter(|i| capitalised(i)).map(|i| (i.found(), 0)).collect();
    if counts.is_empty() {
        return;
    }
    for s in segments {
        for w in s.target.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}')) {
            if let Some(n) = counts.get_mut(w) {
                *n += 1;
            }
        }
    }
    let again: HashSet<String> = counts.into_iter().filter(|(_, n)| *n >= 2).map(|(w, _)| w.to_owned()).collect();
    issues.retain(|i| !(capitalised(i) && again.contains(i.found())));
}

/// The settings as one number, for a [`Cache`]'s stamp (with the revisions of what else the
/// checks read).
pub fn stamp(settings: &QaSettings, others: &[u64]) -> u64 {
    let mut h = DefaultHasher::new();
    settings.hash(&mut h);
    others.hash(&mut h);
    h.finish()
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
            status: if target.is_empty() { SegmentStatus::New } else { SegmentStatus::Draft },
            updated_at: 0,
            words: 1,
            version: 1,
            mergeable: false,
            memory_unit: None,
        }
    }

    #[test]
    fn a_wrong_figure_in_a_headline_is_caught_with_what_was_expected() {
        let glossary = Compiled::new(Vec::new());
        let ctx = Context::new(&glossary);
        let segs = [seg(1, "التضخم يرتفع إلى ٢٫٧٪", "Inflation rises to 7.2%")];
        let issues = check_article(&segs, &ctx, None);
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert_eq!((issues[0].kind(), issues[0].found(), issues[0].expected()), ("number-changed", "7.2", "2.7"));
        assert_eq!(
            (issues[0].source.clone(), issues[0].target.clone()),
            (vec![Span { start: 17, end: 20 }], vec![Span { start: 19, end: 22 }])
        );
        // Switched off, the numbers check says nothing.
        let mut ctx = Context::new(&glossary);
        ctx.settings.off.push(Check::Numbers);
        assert!(check_article(&segs, &ctx, None).is_empty());
        // Untranslated and excluded segments are not checked.
        let mut excluded = seg(2, "التضخم يرتفع إلى ٢٫٧٪", "Inflation rises to 7.2%");
        excluded.status = SegmentStatus::Excluded;
        assert!(check_article(&[seg(1, "٢٫٧٪", ""), excluded], &Context::new(&glossary), None).is_empty());
    }

    #[test]
    fn an_ignored_issue_is_marked_and_the_cache_rechecks_only_what_changed() {
        let glossary = Compiled::new(Vec::new());
        let mut ctx = Context::new(&glossary);
        let mut segs =
            vec![seg(1, "قتل ٣ أشخاص", "Three people were killed"), seg(2, "قتل ٥ أشخاص", "Six people died")];
        let mut cache = Cache::new();
        let first = check_article(&segs, &ctx, Some((&mut cache, 1)));
        assert_eq!(first.iter().map(|i| (i.segment_id, i.kind())).collect::<Vec<_>>(), vec![(2, "number-changed")]);
        assert_eq!(cache.len(), 2);
        ctx.ignored.insert((2, first[0].key()));
        assert!(check_article(&segs, &ctx, Some((&mut cache, 1)))[0].ignored);
        // The figure is fixed: the issue goes; a new wrong figure is a new issue, not ignored.
        segs[1].target = "Five people died".into();
        assert!(check_article(&segs, &ctx, Some((&mut cache, 1))).is_empty());
        segs[1].target = "Seven people died".into();
        let again = check_article(&segs, &ctx, Some((&mut cache, 1)));
        assert_eq!(again.len(), 1);
        assert!(!again[0].ignored);
        // A moved segment keeps its issues at its new position.
        segs[1].position = 7;
        assert_eq!(check_article(&segs, &ctx, Some((&mut cache, 1)))[0].position, 7);
        // Another stamp (the settings changed) starts afresh.
        ctx.settings.off.push(Check::Numbers);
        assert!(check_article(&segs, &ctx, Some((&mut cache, 2))).is_empty());
    }
}
