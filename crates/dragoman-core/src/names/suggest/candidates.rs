//! Name-looking spans of an article that the glossary does not match ([`candidates`]), found
//! in named steps: the words after a cue ([`after_cues`]), the words that align with a
//! capitalised word of the translation ([`aligned_with_english`]); then spans inside a cue's
//! span are dropped ([`outside_cue_spans`]), repeats merged ([`merged`]) and occurrences
//! counted ([`count_occurrences`]).
use std::collections::HashMap;

use super::cues::{cue_at, Cue, CueKind, CONSTRUCT_WORDS, TITLE_WORDS};
use super::known;
use super::letters::is_arabic_letter;
use super::skeleton::skeleton_score;
use super::source::{arabic_tokens, is_demonym, is_function_word, is_nisba, original_chars, readings, AToken};
use super::spell::{best_phrase, english_words, is_stop_word, phrases, EWord};
use super::{Candidate, Suggestion};
use crate::names::index::{NameIndex, NameSpec};
use crate::text::clitics::ARTICLE;

/// The best reading of tokens `toks` (clitic off the first one or not) against the English:
/// the characters taken off and the aligned English phrase with its score (None: nothing
/// aligns). Rule: a clitic is taken off only when the rest aligns strictly better than the
/// whole word.
fn best_reading(toks: &[&AToken], english: &str) -> (usize, Option<(String, f32)>) {
    let mut best: (usize, Option<(String, f32)>) = (0, None);
    for (k, (cut, _)) in readings(&toks[0].norm).into_iter().enumerate() {
        let found = best_phrase(&phrase_of(toks, cut), english, true);
        let better = match (&found, &best.1) {
            (Some((_, s)), Some((_, b))) => s > b,
            (Some(_), None) => true,
            (None, _) => false,
        };
        if k == 0 || better {
            best = (cut, found);
        }
    }
    best
}

fn phrase_of(toks: &[&AToken], cut: usize) -> String {
    let first: String = toks[0].norm.chars().skip(cut).collect();
    std::iter::once(first.as_str()).chain(toks[1..].iter().map(|t| t.norm.as_str())).collect::<Vec<_>>().join(" ")
}

/// A candidate before de-duplication: segment, token range, characters cut off the first
/// token, cue, suggestion.
struct Found {
    segment: usize,
    first: usize,
    last: usize,
    cut: usize,
    norm: String,
    cue: Option<String>,
    suggestion: Option<String>,
    /// A well-known name ([`known`]): its Arabic as written and its character range (the
    /// token range may include a clitic).
    known: Option<(String, usize, usize)>,
}

/// The minimum score for an Arabic word to be paired with a capitalised English word of its
/// segment's translation (stricter than [`spell`], which only chooses among phrases).
const PAIR_MIN_SCORE: f32 = 0.75;

/// The same for a word read without its clitic (بكين read as ب + كين would pair with China).
const STRIPPED_MIN_SCORE: f32 = 0.85;

/// Name-looking spans of an article (segments of (Arabic source, English target)) that
/// `index` (the glossary) does not match, first occurrence first:
///
/// a. the 1–3 words after a cue (الرئيس، رئيس …، وزير …، المتحدث باسم …، الناطق باسم …، السفير،
///    وكالة، شبكة، صحيفة، قناة، مدينة، العاصمة), after the words of the title and nisba
///    adjectives (الرئيس الروسي، وزير الخارجية الأمريكي، وزير خارجية كوريا الشمالية). With
///    an English target: the longest prefix of those words that aligns with it, or nothing
///    if none does. Without: two words for a person, one for a place or an organisation, or
///    the words in quotes.
/// b. Arabic words (three letters or more besides an article; not a demonym such as
///    الفرنسية or السوريين) that align (score ≥ 0.75) with a phrase of one or two capitalised
///    words of their segment's translation (three letters or more, not starting a sentence,
///    no stop word), keeping for each English phrase only the Arabic word(s) that align with
///    it best. Neighbouring Arabic words aligned with neighbouring English words make one
///    candidate (ديمتري بيسكوف: Dmitry Peskov).
///
/// Function words, non-Arabic tokens and words inside a glossary match are skipped. Clitic
/// rule: a word is read without a leading و ف ب ك ل (or two of them: وب، فل …) only when the
/// rest aligns strictly better with the English than the whole word, and in (b) with a score
/// of at least 0.85 (وبلينكن → بلينكن: Blinken; واشنطن stays whole; بكين is not ب + كين);
/// never without English. Candidates are de-duplicated by normalised form, keeping the first
/// position; `occurrences` counts them in all sources with the glossary's clitic rules. The
/// suggestion comes from the segment's translation, else from the whole English draft
/// ([`spell`]), else from [`super::romanize`].
pub fn candidates(segments: &[(&str, &str)], index: &NameIndex) -> Vec<Candidate> {
    let draft: String = segments.iter().map(|(_, en)| *en).collect::<Vec<_>>().join("\n");
    let segs: Vec<Segment> =
        segments.iter().enumerate().map(|(i, (source, target))| Segment::new(i, source, target, index)).collect();
    let mut found: Vec<Found> = Vec::new();
    for seg in &segs {
        found.extend(after_cues(seg));
        found.extend(aligned_with_english(seg));
        found.extend(known_names(seg));
    }
    let found = outside_known_spans(outside_cue_spans(found));
    let mut out = merged(found, &segs, &draft);
    count_occurrences(&mut out, &segs);
    out
}

/// One segment as the steps read it.
struct Segment<'a> {
    index: usize,
    source: &'a str,
    target: &'a str,
    toks: Vec<AToken>,
    /// Character ranges of the glossary's matches.
    covered: Vec<(usize, usize)>,
    /// Whether the translation has any English to align with.
    has_english: bool,
}

impl<'a> Segment<'a> {
    fn new(index: usize, source: &'a str, target: &'a str, glossary: &NameIndex) -> Segment<'a> {
        Segment {
            index,
            source,
            target,
            toks: arabic_tokens(source),
            covered: glossary.find(source).iter().map(|m| (m.start, m.end)).collect(),
            has_english: target.chars().any(char::is_alphabetic),
        }
    }

    fn is_covered(&self, t: &AToken) -> bool {
        self.covered.iter().any(|&(s, e)| t.start < e && s < t.end)
    }

    /// Whether a token may be (part of) a candidate: outside the glossary's matches, not a
    /// function word, Arabic letters only.
    fn usable(&self, t: &AToken) -> bool {
        !self.is_covered(t) && !is_function_word(&t.norm) && t.norm.chars().all(is_arabic_letter)
    }
}

/// (a) The names announced by the cues of a segment.
fn after_cues(seg: &Segment) -> Vec<Found> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < seg.toks.len() {
        match cue_at(&seg.toks, i) {
            None => i += 1,
            Some(cue) => {
                let (name, next) = name_after_cue(seg, i, cue);
                found.extend(name);
                i = next;
            }
        }
    }
    found
}

/// The first token after the cue at token `i` and its title: the title's words (وزير
/// الخارجية، رئيس وزراء بريطانيا) and nisba adjectives (الرئيس الروسي، الأنباء الفرنسية).
fn after_title(seg: &Segment, i: usize, cue: Cue) -> usize {
    let toks = &seg.toks;
    let mut k = i + cue.len;
    let mut to_skip = cue.skip;
    while k < toks.len() && to_skip > 0 && toks[k].after_space {
        // وزير خارجية كوريا …، رئيس وزراء بريطانيا …: the country goes with the title.
        if CONSTRUCT_WORDS.contains(&toks[k].norm.as_str()) {
            to_skip += 1;
        }
        k += 1;
        to_skip -= 1;
    }
    // Title words and nisba adjectives (الخارجية الأمريكي، الأنباء الفرنسية).
    while k < toks.len()
        && toks[k].after_space
        && !toks[k].after_quote
        && (TITLE_WORDS.contains(&toks[k].norm.as_str())
            || is_nisba(&toks[k].norm)
            || (cue.kind == CueKind::Person
                && toks[k].article
                && k < i + cue.len + cue.skip + 2
                && !seg.is_covered(&toks[k])))
    {
        k += 1;
    }
    k
}

/// The name announced by the cue at token `i`, if any, and the token to go on from.
fn name_after_cue(seg: &Segment, i: usize, cue: Cue) -> (Option<Found>, usize) {
    let toks = &seg.toks;
    let start = after_title(seg, i, cue);
    // The cue with its title words: وزير الخارجية الأمريكي، المتحدث باسم الكرملين.
    let cue_end = toks[start - 1].end;
    let cue_text: String =
        seg.source.chars().skip(toks[i].start + cue.cut).take(cue_end - toks[i].start - cue.cut).collect();
    let quoted = start < toks.len() && toks[start].after_quote;
    let mut end = start;
    while end < toks.len()
        && end < start + 3
        && seg.usable(&toks[end])
        && (end == start || (toks[end].after_space && !toks[end].after_quote))
    {
        end += 1;
    }
    // The name follows the cue after a space or an opening quote, not after punctuation; a
    // word with a clitic and the article (والإغاثة، باليمن، للصليب) continues the title or
    // starts a phrase of its own (وزير حقوق الإنسان والإغاثة باليمن …): no name there.
    if start < toks.len() && with_clitic_and_article(&toks[start]) {
        return (None, start);
    }
    if end == start || seg.is_covered(&toks[start]) || !(toks[start].after_space || toks[start].after_quote) {
        return (None, i + cue.len);
    }
    let span: Vec<&AToken> = toks[start..end].iter().collect();
    let (n, cut, english) = if seg.has_english {
        match longest_aligned(&span, seg.target) {
            Some((n, cut, english)) => (n, cut, Some(english)),
            // A translation in which nothing aligns: probably not a name after all
            // (رئيس بوليفيا ذو الشخصية المؤثرة).
            None => return (None, start),
        }
    } else {
        let n = if quoted {
            span.len()
        } else {
            match cue.kind {
                CueKind::Person => span.len().min(2),
                _ => 1,
            }
        };
        (n, 0, None)
    };
    let name = Found {
        segment: seg.index,
        first: start,
        last: start + n - 1,
        cut,
        norm: phrase_of(&span[..n], cut),
        cue: Some(cue_text),
        suggestion: english,
        known: None,
    };
    (Some(name), start + n)
}

/// Whether a token is a clitic on a word with the article (والإغاثة، باليمن، للصليب).
fn with_clitic_and_article(t: &AToken) -> bool {
    !t.norm.starts_with(ARTICLE) && readings(&t.norm).iter().any(|(cut, r)| *cut > 0 && r.starts_with(ARTICLE))
}

/// (c) The well-known names of a segment ([`known`]) the glossary does not match, spelt as
/// they are known (نيويورك: New York).
fn known_names(seg: &Segment) -> Vec<Found> {
    let mut found = Vec::new();
    for (m, name) in known::find(seg.source) {
        let first = seg.toks.iter().position(|t| t.start <= m.start && m.start < t.end);
        let last = seg.toks.iter().position(|t| t.start < m.end && m.end <= t.end);
        let (Some(first), Some(last)) = (first, last) else { continue };
        if seg.toks[first..=last].iter().any(|t| seg.is_covered(t)) {
            continue;
        }
        found.push(Found {
            segment: seg.index,
            first,
            last,
            cut: 0,
            // One candidate per well-known name, whichever of its forms the article uses.
            norm: format!("\u{0}{}", name.english),
            cue: None,
            suggestion: Some(name.english.clone()),
            known: Some((known::as_written(seg.source, &m), m.core_start, m.end)),
        });
    }
    found
}

/// The spans found, without those overlapping a well-known name's span in the same segment
/// (شمال الأطلسي inside حلف شمال الأطلسي, الصحافة inside وكالة الصحافة الفرنسية): the
/// well-known name takes their place, with the cue of one on the same words.
fn outside_known_spans(mut found: Vec<Found>) -> Vec<Found> {
    let known: Vec<(usize, usize, usize)> =
        found.iter().filter(|f| f.known.is_some()).map(|f| (f.segment, f.first, f.last)).collect();
    let mut cues: Vec<((usize, usize, usize), String)> = Vec::new();
    found.retain(|f| {
        if f.known.is_some() {
            return true;
        }
        let Some(&k) = known.iter().find(|&&(s, a, b)| s == f.segment && a <= f.last && f.first <= b) else {
            return true;
        };
        if let Some(cue) = &f.cue {
            if k == (f.segment, f.first, f.last) {
                cues.push((k, cue.clone()));
            }
        }
        false
    });
    for f in found.iter_mut().filter(|f| f.cue.is_none()) {
        if let Some((_, cue)) = cues.iter().find(|(k, _)| *k == (f.segment, f.first, f.last)) {
            f.cue = Some(cue.clone());
        }
    }
    found
}

/// The longest prefix of `span` that aligns with the English (a clitic off its first word or
/// not): its length in tokens, the characters cut off, and the aligned English.
fn longest_aligned(span: &[&AToken], english: &str) -> Option<(usize, usize, String)> {
    (1..=span.len()).rev().find_map(|n| {
        let (cut, found) = best_reading(&span[..n], english);
        found.map(|(english, _)| (n, cut, english))
    })
}

/// (b) The Arabic words of a segment that align with capitalised words of its translation.
fn aligned_with_english(seg: &Segment) -> Vec<Found> {
    if !seg.has_english {
        return Vec::new();
    }
    let words = english_words(seg.target);
    let targets = english_targets(&words);
    if targets.is_empty() {
        return Vec::new();
    }
    let pairs = best_pairs(seg, &targets);
    let mut found = Vec::new();
    let mut ti = 0;
    while ti < seg.toks.len() {
        let Some((k, cut, _)) = pairs[ti] else {
            ti += 1;
            continue;
        };
        let (first_w, last_w) = (targets[k].0, targets[k].1);
        let (last, last_w) = extend_run(seg, &words, ti, first_w, last_w);
        let english = words[first_w..=last_w].iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ");
        let span: Vec<&AToken> = seg.toks[ti..=last].iter().collect();
        found.push(Found {
            segment: seg.index,
            first: ti,
            last,
            cut,
            norm: phrase_of(&span, cut),
            cue: None,
            suggestion: Some(english),
            known: None,
        });
        ti = last + 1;
    }
    found
}

/// The phrases of a translation an Arabic word may align with: one or two capitalised words
/// (La Paz goes with لاباز, whole), three letters or more, not starting a sentence, no stop
/// word; (first word, last word, text).
fn english_targets(words: &[EWord]) -> Vec<(usize, usize, String)> {
    phrases(words, false)
        .into_iter()
        .filter(|(s, e, text)| {
            words[*s..=*e].iter().filter(|w| w.capital).count() <= 2
                && text.chars().filter(|c| c.is_alphabetic()).count() >= 3
        })
        .collect()
}

/// Per Arabic token, the phrase of `targets` it aligns with best, if well enough: (target
/// index, characters cut off, score). A phrase stays only with the token(s) that align with
/// it best (Kim: كيم, not قمة).
fn best_pairs(seg: &Segment, targets: &[(usize, usize, String)]) -> Vec<Option<(usize, usize, f32)>> {
    let mut pairs: Vec<Option<(usize, usize, f32)>> = vec![None; seg.toks.len()];
    for (ti, t) in seg.toks.iter().enumerate() {
        if !seg.usable(t) {
            continue;
        }
        let mut best: Option<(usize, usize, f32)> = None;
        for (cut, reading) in readings(&t.norm) {
            let letters = reading.chars().count() - if reading.starts_with(ARTICLE) { 2 } else { 0 };
            if letters < 3 || is_demonym(&reading) {
                continue;
            }
            for (k, (_, _, text)) in targets.iter().enumerate() {
                if let Some(s) = skeleton_score(&reading, text) {
                    // A reading without a clitic must do strictly better, and well.
                    let bar = if cut > 0 { STRIPPED_MIN_SCORE } else { PAIR_MIN_SCORE };
                    if s >= bar && best.is_none_or(|(_, _, b)| s > b) {
                        best = Some((k, cut, s));
                    }
                }
            }
        }
        pairs[ti] = best;
    }
    for ti in 0..pairs.len() {
        if let Some((k, _, s)) = pairs[ti] {
            if pairs.iter().any(|p| p.is_some_and(|(k2, _, s2)| k2 == k && s2 > s)) {
                pairs[ti] = None;
            }
        }
    }
    pairs
}

/// Token `ti`, aligned with English words `first_w..=last_w`, extended while the next Arabic
/// word aligns with the next English word of the run (كيم جونج أون: Kim Jong Un, short words
/// included), at most three tokens: the last token and the last English word.
fn extend_run(seg: &Segment, words: &[EWord], ti: usize, first_w: usize, mut last_w: usize) -> (usize, usize) {
    let toks = &seg.toks;
    let mut last = ti;
    while last + 1 < toks.len() && last + 1 - ti < 3 && toks[last + 1].after_space && last_w + 1 < words.len() {
        let (t2, w2) = (&toks[last + 1], &words[last_w + 1]);
        let fits = w2.run == words[first_w].run
            && w2.capital
            && !is_stop_word(&w2.text)
            && seg.usable(t2)
            && skeleton_score(&t2.norm, &w2.text).is_some_and(|s| s >= PAIR_MIN_SCORE);
        if !fits {
            break;
        }
        last += 1;
        last_w += 1;
    }
    (last, last_w)
}

/// The spans found, without (b) spans inside an (a) span of the same segment, in order of
/// segment and position.
fn outside_cue_spans(mut found: Vec<Found>) -> Vec<Found> {
    let cue_spans: Vec<(usize, usize, usize)> =
        found.iter().filter(|f| f.cue.is_some()).map(|f| (f.segment, f.first, f.last)).collect();
    found.retain(|f| {
        f.cue.is_some()
            || f.known.is_some()
            || !cue_spans
                .iter()
                .any(|&(s, a, b)| s == f.segment && a <= f.first && f.last <= b && (a, b) != (f.first, f.last))
    });
    found.sort_by_key(|f| (f.segment, f.first));
    found
}

/// One candidate per normalised form, at its first position; a later occurrence brings the
/// cue or the verified spelling the first lacked. The Arabic is the source's text, without
/// the clitic cut off; without a spelling from its segment's English, the name is
/// [`spell`]ed from the whole draft.
fn merged(found: Vec<Found>, segs: &[Segment], draft: &str) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let mut by_norm: HashMap<String, usize> = HashMap::new();
    for f in found {
        if let Some(&k) = by_norm.get(&f.norm) {
            let c: &mut Candidate = &mut out[k];
            if c.cue.is_none() {
                c.cue = f.cue;
            }
            if !c.suggestion.verified {
                if let Some(e) = f.suggestion {
                    c.suggestion = Suggestion { english: e, verified: true };
                }
            }
            continue;
        }
        let seg = &segs[f.segment];
        let toks = &seg.toks;
        let (arabic, start, end) = match f.known {
            Some(known) => known,
            None => {
                let start = toks[f.first].start + original_chars(seg.source, toks[f.first].start, f.cut);
                let end = toks[f.last].end;
                (seg.source.chars().skip(start).take(end - start).collect(), start, end)
            }
        };
        let suggestion = match f.suggestion {
            Some(english) => Suggestion { english, verified: true },
            None => super::suggest_spelling(&arabic, draft),
        };
        by_norm.insert(f.norm.clone(), out.len());
        out.push(Candidate { arabic, segment: f.segment, start, end, cue: f.cue, suggestion, occurrences: 0 });
    }
    out
}

/// How many times each candidate occurs in all the sources (at least once), with the
/// glossary's clitic rules.
fn count_occurrences(out: &mut [Candidate], segs: &[Segment]) {
    let specs: Vec<NameSpec> =
        out.iter().map(|c| NameSpec { forms: vec![c.arabic.clone()], clitics: true, not: Vec::new() }).collect();
    let counter = NameIndex::build(&specs);
    for seg in segs {
        for m in counter.find(seg.source) {
            out[m.name].occurrences += 1;
        }
    }
    for c in out {
        c.occurrences = c.occurrences.max(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::suggest::tests::sample_segments;

    #[test]
    fn candidates_in_the_sample_without_a_glossary() {
        let segs = sample_segments();
        let pairs: Vec<(&str, &str)> = segs.iter().map(|(a, e)| (a.as_str(), e.as_str())).collect();
        let found = candidates(&pairs, &NameIndex::default());
        let get = |ar: &str| found.iter().find(|c| c.arabic == ar).unwrap_or_else(|| panic!("{ar} in {found:#?}"));
        let peskov = get("ديمتري بيسكوف");
        assert_eq!(peskov.suggestion, Suggestion { english: "Dmitry Peskov".into(), verified: true });
        assert_eq!(peskov.cue.as_deref(), Some("المتحدث باسم الكرملين"));
        let seg = pairs[peskov.segment].0;
        assert_eq!(seg.chars().skip(peskov.start).take(peskov.end - peskov.start).collect::<String>(), "ديمتري بيسكوف");
        let geneva = get("جنيف");
        assert_eq!(geneva.suggestion.english, "Geneva");
        assert_eq!(geneva.occurrences, 3);
        assert_eq!(get("كييف").suggestion.english, "Kyiv");
        assert_eq!(get("بلومبرج").suggestion.english, "Bloomberg");
        // وبايدن: the clitic comes off because the rest aligns better.
        let biden = get("بايدن");
        assert_eq!(biden.suggestion.english, "Biden");
        // 11 in all, 2 of them inside جو بايدن (a candidate of its own).
        assert_eq!(biden.occurrences, 9);
        assert_eq!(get("جو بايدن").occurrences, 2);
        // سكاي نيوز after شبكة, no English for its segment: a romanisation.
        let sky = get("سكاي");
        assert_eq!((sky.cue.as_deref(), sky.suggestion.verified), (Some("شبكة"), false));
        // Adjectives after الرئيس are skipped.
        assert!(get("فلاديمير بوتين").cue.is_some());
        assert!(found.iter().all(|c| !c.arabic.starts_with("الروسي")));
    }
    #[test]
    fn cues_without_a_translation() {
        let segs = [
            ("قال وزير الخارجية الأمريكي أنتوني بلينكن إن المحادثات جادة.", ""),
            ("ووصل إلى العاصمة الأوكرانية كييف أمس.", ""),
            ("ونقلت وكالة \"رويترز\" عن مسؤول أن الرئيس الروسي سيزور باريس.", ""),
        ];
        let found = candidates(&segs, &NameIndex::default());
        let got: Vec<(&str, Option<&str>, &str, bool)> = found
            .iter()
            .map(|c| (c.arabic.as_str(), c.cue.as_deref(), c.suggestion.english.as_str(), c.suggestion.verified))
            .collect();
        assert_eq!(
            got,
            vec![
                ("أنتوني بلينكن", Some("وزير الخارجية الأمريكي"), "Antoni Balinken", false),
                // Well-known names, spelt as they are known.
                ("كييف", Some("العاصمة الأوكرانية"), "Kyiv", true),
                ("رويترز", Some("وكالة"), "Reuters", true),
                // A verb after a title would be taken for a name (the president will visit
                // Paris); Paris is well known, and takes the place of the span around it.
                ("باريس", None, "Paris", true),
            ]
        );
        // Offsets are characters of the segment's source.
        let c = &found[0];
        assert_eq!(segs[0].0.chars().skip(c.start).take(c.end - c.start).collect::<String>(), "أنتوني بلينكن");
    }
    #[test]
    fn the_glossary_names_are_not_candidates() {
        let csv = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/names.csv")).unwrap();
        let (entries, _) = crate::formats::csv::read_csv(&csv).unwrap();
        let index = crate::names::glossary::index(&entries);
        let segs = sample_segments();
        let pairs: Vec<(&str, &str)> = segs.iter().map(|(a, e)| (a.as_str(), e.as_str())).collect();
        let found = candidates(&pairs, &index);
        for name in ["بيسكوف", "بايدن", "كييف", "جنيف", "بلومبرج", "بوتين"] {
            assert!(found.iter().all(|c| !c.arabic.contains(name)), "{name} in {found:#?}");
        }
        // What is left is not a name the translation aligns with.
        assert!(found.iter().all(|c| !c.suggestion.verified), "{found:#?}");
    }
    #[test]
    fn clitics_come_off_only_when_the_rest_aligns_better() {
        let segs = [("التقى وبلينكن في لندن", "He met Blinken in London.")];
        let found = candidates(&segs, &NameIndex::default());
        let c = found.iter().find(|c| c.suggestion.english == "Blinken").expect("Blinken");
        assert_eq!((c.arabic.as_str(), c.start), ("بلينكن", 7));
        // واشنطن starts with و but is Washington whole.
        let segs = [("وصل إلى واشنطن أمس", "He arrived in Washington yesterday.")];
        let found = candidates(&segs, &NameIndex::default());
        assert_eq!(found.iter().map(|c| c.arabic.as_str()).collect::<Vec<_>>(), vec!["واشنطن"]);
    }
}
