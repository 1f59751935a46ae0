//! The translation memory at work: the matches for a segment (or any text), the analysis of
//! an article by match band, filling an article's segments from 100% matches, concordance,
//! and the memory's settings (the lowest score shown, filling on import).
//!
//! Matches are found without reading every unit: the segment's words are looked up in the
//! full-text index (`tm_index`), rarest first, and only the units holding them are scored.
//! A unit with score `s` shares at least about `s`% of the segment's words, so asking for the
//! `n − ⌈θn⌉ + 1` rarest of its `n` words finds every unit that can reach `θ` (each must hold
//! one of them); the [`CANDIDATES`] units holding the most of them (the newest first among
//! equals) are scored. Units with the very same Arabic are always found, through their key.
use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::{SegmentStatus, Unit};
use crate::names::glossary::Compiled;
use crate::store::{Fill, Side, Store, TermQuery};
use crate::text::normalize::{fingerprint, normalize};
use crate::text::offsets::utf16_len;
use crate::text::terms::{is_arabic, readings, words as term_words};
use crate::text::tokens::tokenize;
use crate::tm::{score_unit, Band, Query, TmMatch};

/// How many units the index's ranking hands to the scorer.
pub const CANDIDATES: usize = 120;
/// Segments longer than this many words are matched only when their Arabic is the same.
pub const MAX_FUZZY_WORDS: usize = 400;
/// The most units with the very same Arabic scored (boilerplate can be there thousands of
/// times; the newest are kept).
const SAME_SOURCE: usize = 20;
/// The most index entries read for one segment: a segment of only the commonest words
/// (في، ان، ما) stops there instead of reading most of a million units.
const MAX_POSTINGS: i64 = 200_000;
/// The most matches shown for a segment.
pub const MAX_MATCHES: usize = 5;

const THRESHOLD_KEY: &str = "tm.threshold";
const FILL_KEY: &str = "tm.fill-on-import";

/// What the translator chose for the memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MemorySettings {
    /// The lowest score shown, 50–100 (default 60).
    pub threshold: u8,
    /// Fill the segments that have a 100% match when an article is imported.
    pub fill_on_import: bool,
}

impl Default for MemorySettings {
    fn default() -> Self {
        MemorySettings { threshold: 60, fill_on_import: false }
    }
}

pub fn settings(store: &Store) -> Result<MemorySettings> {
    let d = MemorySettings::default();
    Ok(MemorySettings {
        threshold: store
            .setting(THRESHOLD_KEY)?
            .and_then(|v| v.parse::<u8>().ok())
            .filter(|t| (50..=100).contains(t))
            .unwrap_or(d.threshold),
        fill_on_import: store.setting(FILL_KEY)?.map(|v| v == "true").unwrap_or(d.fill_on_import),
    })
}

/// A change to the settings: only what is given is written (each setting is its own key, so
/// two changes made at once, or in two windows, never undo each other).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SettingsChange {
    #[ts(optional)]
    pub threshold: Option<u8>,
    #[ts(optional)]
    pub fill_on_import: Option<bool>,
}

/// Save what `change` gives, in one transaction; a threshold outside 50–100 is refused. The
/// settings as they are after it.
pub fn set_settings(store: &mut Store, change: SettingsChange) -> Result<MemorySettings> {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(t) = change.threshold {
        if !(50..=100).contains(&t) {
            return Err(Error::Invalid(format!("threshold {t} is outside 50–100")));
        }
        pairs.push((THRESHOLD_KEY, t.to_string()));
    }
    if let Some(f) = change.fill_on_import {
        pairs.push((FILL_KEY, f.to_string()));
    }
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    store.set_settings(&pairs)?;
    settings(store)
}

/// Which matches to return.
#[derive(Debug, Clone, Copy)]
pub struct MatchOptions {
    pub min: u8,
    pub max: usize,
    /// A unit made from this segment is not a match for it.
    pub exclude_segment: Option<i64>,
}

/// The units that may match `query` at `min`: those with the same Arabic, and those the
/// index ranks best among the holders of its rarest words.
fn candidates(store: &Store, query: &Query<'_>, min: u8) -> Result<Vec<Unit>> {
    let mut units = store.units_with_source(query.text, SAME_SOURCE)?;
    if query.words.len() <= MAX_FUZZY_WORDS {
        // Plain words only: a number or a name may be another in a match (a placeable).
        let mut seen = HashSet::new();
        let groups: Vec<Vec<String>> = query
            .words
            .iter()
            .filter(|w| w.kind == crate::tm::words::Kind::Plain && seen.insert(w.norm.clone()))
            .map(|w| readings(&w.norm))
            .collect();
        let need = groups.len() - (groups.len() * min as usize) / 100 + 1;
        let need = need.min(groups.len());
        let flat: Vec<String> = groups.iter().flatten().cloned().collect();
        let counts = store.unit_term_counts(&flat)?;
        let mut by_term: HashMap<&str, i64> = HashMap::new();
        for (t, c) in flat.iter().zip(counts) {
            by_term.insert(t, c);
        }
        let mut ranked: Vec<(i64, &Vec<String>)> =
            groups.iter().map(|g| (g.iter().map(|t| by_term[t.as_str()]).sum(), g)).collect();
        ranked.sort_by_key(|(n, _)| *n);
        let mut read = 0;
        let rarest = ranked.into_iter().take(need).filter(|(n, _)| *n > 0).take_while(|(n, _)| {
            read += n;
            read <= MAX_POSTINGS
        });
        // The units holding the most of those groups are the candidates.
        let mut held: HashMap<i64, u32> = HashMap::new();
        for (_, group) in rarest {
            for id in store.unit_ids_with(group)? {
                *held.entry(id).or_default() += 1;
            }
        }
        let known: HashSet<i64> = units.iter().map(|u| u.id).collect();
        let mut best: Vec<(u32, i64)> =
            held.into_iter().filter(|(id, _)| !known.contains(id)).map(|(id, n)| (n, id)).collect();
        if best.len() > CANDIDATES {
            best.select_nth_unstable_by(CANDIDATES - 1, |x, y| y.cmp(x));
            best.truncate(CANDIDATES);
        }
        let ids: Vec<i64> = best.into_iter().map(|(_, id)| id).collect();
        units.extend(store.units_by_id(&ids)?);
    }
    Ok(units)
}

/// The matches for `query`, best first: context matches, then by score, then the newest;
/// one per distinct Arabic and English.
pub fn matches_for(store: &Store, query: &Query<'_>, opts: MatchOptions) -> Result<Vec<TmMatch>> {
    if query.words.is_empty() {
        return Ok(Vec::new());
    }
    let mut found: Vec<TmMatch> = candidates(store, query, opts.min)?
        .iter()
        .filter(|u| opts.exclude_segment.is_none() || u.segment_id != opts.exclude_segment)
        .filter_map(|u| score_unit(query, u, opts.min))
        .collect();
    found.sort_by(|x, y| {
        (y.context, y.score, y.unit.updated_at, y.unit.id).cmp(&(x.context, x.score, x.unit.updated_at, x.unit.id))
    });
    let mut seen = HashSet::new();
    found.retain(|m| seen.insert((fingerprint([m.unit.source.as_str()]), m.suggestion.clone())));
    found.truncate(opts.max);
    Ok(found)
}

/// The matches for segment `id` at the translator's threshold.
pub fn matches(store: &Store, id: i64, glossary: Option<&Compiled>) -> Result<Vec<TmMatch>> {
    let seg = store.segment(id)?;
    let min = settings(store)?.threshold;
    let mut query = Query::new(&seg.source, glossary);
    (query.prev_key, query.next_key) = store.neighbour_keys(id)?;
    matches_for(store, &query, MatchOptions { min, max: MAX_MATCHES, exclude_segment: Some(id) })
}

/// One band of an analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct BandCount {
    pub band: Band,
    pub segments: i64,
    pub words: i64,
}

/// An article by match band: what is already in the memory before translating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    pub article_id: i64,
    /// Every band, in [`Band::ALL`]'s order, empty ones too.
    pub bands: Vec<BandCount>,
    pub segments: i64,
    pub words: i64,
    /// The units the memory held.
    pub units: i64,
}

/// The best match of each segment of `article_id` that counts (not excluded), with the
/// segment, skipping none: `None` where nothing reaches `min`.
fn best_matches(
    store: &Store,
    article_id: i64,
    glossary: Option<&Compiled>,
    min: u8,
    wanted: impl Fn(&crate::model::Segment) -> bool,
) -> Result<Vec<(crate::model::Segment, Option<TmMatch>)>> {
    let segments = store.segments(article_id)?;
    let keys: Vec<String> = segments.iter().map(|s| fingerprint([s.source.as_str()])).collect();
    let mut out = Vec::new();
    for (i, seg) in segments.iter().enumerate() {
        if seg.status == SegmentStatus::Excluded || !wanted(seg) {
            continue;
        }
        let mut query = Query::new(&seg.source, glossary);
        query.prev_key = i.checked_sub(1).map(|p| keys[p].clone());
        query.next_key = keys.get(i + 1).cloned();
        let best = matches_for(store, &query, MatchOptions { min, max: 1, exclude_segment: Some(seg.id) })?;
        out.push((seg.clone(), best.into_iter().next()));
    }
    Ok(out)
}

/// The article's segments and words by band (context, 100%, repetitions, 95–99, 85–94,
/// 75–84, 50–74, no match). A segment whose Arabic came earlier in the article is a
/// repetition unless the memory has it at 100%.
pub fn analyse(store: &Store, article_id: i64, glossary: Option<&Compiled>) -> Result<Analysis> {
    let mut counts: HashMap<Band, (i64, i64)> = HashMap::new();
    let mut seen = HashSet::new();
    let (mut segments, mut words) = (0, 0);
    for (seg, best) in best_matches(store, article_id, glossary, 50, |_| true)? {
        let mut band = Band::of(best.as_ref());
        let first = seen.insert(fingerprint([seg.source.as_str()]));
        if !first && !matches!(band, Band::Context | Band::Exact) {
            band = Band::Repetition;
        }
        let c = counts.entry(band).or_default();
        c.0 += 1;
        c.1 += seg.words;
        segments += 1;
        words += seg.words;
    }
    let bands = Band::ALL
        .iter()
        .map(|b| {
            let (segments, words) = counts.get(b).copied().unwrap_or_default();
            BandCount { band: *b, segments, words }
        })
        .collect();
    Ok(Analysis { article_id, bands, segments, words, units: store.unit_count()? })
}

/// Fill every segment of the article still without a translation that has a 100% match
/// (context or not) with the match's English: drafts marked as filled from the memory, not
/// confirmed. One transaction. Returns how many were filled.
pub fn fill(store: &mut Store, article_id: i64, glossary: Option<&Compiled>) -> Result<usize> {
    let fills: Vec<Fill> = best_matches(store, article_id, glossary, 100, |seg| seg.target.is_empty())?
        .into_iter()
        .filter_map(|(seg, best)| {
            best.filter(|m| m.score == 100).map(|m| Fill {
                segment_id: seg.id,
                unit_id: m.unit.id,
                target: m.unit.target,
            })
        })
        .collect();
    if fills.is_empty() {
        return Ok(0);
    }
    store.fill_from_memory(&fills)
}

/// Where a concordance hit was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum HitKind {
    Unit,
    Segment,
}

/// A unit or segment holding the words looked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ConcordanceHit {
    pub kind: HitKind,
    /// The unit's or the segment's id.
    pub id: i64,
    /// The article to open at `segment_id` (`None` for a unit from a file or a deleted article).
    pub article_id: Option<i64>,
    pub segment_id: Option<i64>,
    /// The article's title or the file's name.
    pub origin: String,
    pub source: String,
    pub target: String,
    /// The words found, as UTF-16 ranges of `source` or `target`.
    pub source_marks: Vec<[usize; 2]>,
    pub target_marks: Vec<[usize; 2]>,
    pub updated_at: i64,
}

/// What a concordance found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Concordance {
    /// The words were looked for in the Arabic (else in the English).
    pub arabic: bool,
    pub hits: Vec<ConcordanceHit>,
    /// More were found than shown.
    pub more: bool,
}

/// The most hits of each kind a concordance shows.
pub const CONCORDANCE_LIMIT: usize = 50;
/// The most words a concordance query is read for.
const MAX_QUERY_WORDS: usize = 24;

/// How `text` is looked for: its words (Arabic with their readings without a clitic), in the
/// Arabic when it has Arabic letters, else in the English.
fn term_query(text: &str) -> TermQuery {
    let words: Vec<String> = term_words(text).into_iter().take(MAX_QUERY_WORDS).collect();
    let arabic = words.iter().any(|w| is_arabic(w));
    let groups: Vec<Vec<String>> = if arabic {
        words.iter().filter(|w| is_arabic(w)).map(|w| readings(w)).collect()
    } else {
        words.into_iter().map(|w| vec![w]).collect()
    };
    TermQuery { side: if arabic { Side::Source } else { Side::Target }, groups }
}

/// The UTF-16 ranges of `text`'s words that are one of `query`'s groups; `None` unless every
/// group is there.
fn marks(text: &str, query: &TermQuery) -> Option<Vec<[usize; 2]>> {
    let norm = normalize(text);
    let mut found = vec![false; query.groups.len()];
    let mut out = Vec::new();
    for t in tokenize(&norm) {
        let word = t.text(&norm);
        let mine = if query.side == Side::Source { readings(word) } else { vec![word.to_owned()] };
        let mut hit = false;
        for (g, group) in query.groups.iter().enumerate() {
            // The word itself is looked for, or the word behind a clitic.
            if group[0] == word || mine.contains(&group[0]) || group.iter().any(|r| r == word) {
                found[g] = true;
                hit = true;
            }
        }
        if hit {
            let r = t.original(&norm);
            out.push([utf16_len(&text[..r.start]), utf16_len(&text[..r.end])]);
        }
    }
    found.iter().all(|f| *f).then_some(out)
}

/// Every unit and every segment of every article holding the words of `text` (newest first,
/// up to [`CONCORDANCE_LIMIT`] of each), with the words marked.
pub fn concordance(store: &Store, text: &str) -> Result<Concordance> {
    let query = term_query(text);
    let arabic = query.side == Side::Source;
    let mut hits = Vec::new();
    let mut more = false;
    type Marks = Vec<[usize; 2]>;
    let pick = |source: &str, target: &str| -> Option<(Marks, Marks)> {
        if arabic {
            marks(source, &query).map(|m| (m, Vec::new()))
        } else {
            marks(target, &query).map(|m| (Vec::new(), m))
        }
    };
    let units = store.units_containing(&query, None, CONCORDANCE_LIMIT + 1)?;
    more |= units.len() > CONCORDANCE_LIMIT;
    for u in units.into_iter().take(CONCORDANCE_LIMIT) {
        if let Some((source_marks, target_marks)) = pick(&u.source, &u.target) {
            hits.push(ConcordanceHit {
                kind: HitKind::Unit,
                id: u.id,
                article_id: u.article_id.filter(|_| u.segment_id.is_some()),
                segment_id: u.segment_id,
                origin: u.origin,
                source: u.source,
                target: u.target,
                source_marks,
                target_marks,
                updated_at: u.updated_at,
            });
        }
    }
    let segments = store.segments_containing(&query, None, CONCORDANCE_LIMIT + 1)?;
    more |= segments.len() > CONCORDANCE_LIMIT;
    for (s, title) in segments.into_iter().take(CONCORDANCE_LIMIT) {
        if let Some((source_marks, target_marks)) = pick(&s.source, &s.target) {
            hits.push(ConcordanceHit {
                kind: HitKind::Segment,
                id: s.id,
                article_id: Some(s.article_id),
                segment_id: Some(s.id),
                origin: title,
                source: s.source,
                target: s.target,
                source_marks,
                target_marks,
                updated_at: s.updated_at,
            });
        }
    }
    Ok(Concordance { arabic, hits, more })
}

/// The articles with a segment holding the words of `text`, in the Arabic or the English.
pub fn articles_with_text(store: &Store, text: &str) -> Result<HashSet<i64>> {
    let query = term_query(text);
    let english = TermQuery { side: Side::Target, groups: term_words(text).into_iter().map(|w| vec![w]).collect() };
    let queries = if query.side == Side::Source { vec![query, english] } else { vec![query] };
    Ok(store.articles_containing(&queries)?.into_iter().collect())
}
