//! The translation memory's matching: how alike a unit's Arabic is to a segment's
//! ([`score`]), what differs word by word ([`diff`]), and the unit's English adapted when
//! only numbers or names differ ([`adapt`]). Pure: the units come from the store
//! (`store/memory.rs`) through [`crate::usecases::memory`], which chooses the candidates.
pub mod adapt;
pub mod score;
pub mod words;

use serde::Serialize;

use crate::diff::{Op, Piece};
use crate::model::Unit;
use crate::names::glossary::Compiled;
use crate::text::normalize::normalize_str;
use score::{align, percent, Step, PLACEABLE};
use words::Word;

/// A unit that matches a segment.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TmMatch {
    pub unit: Unit,
    /// 0–100; 100 only when the Arabic is the same as the normalisation reads it.
    pub score: u8,
    /// A 100% match whose neighbours match the segment's neighbours too.
    pub context: bool,
    /// The English to insert: the unit's, adapted when `adapted`.
    pub suggestion: String,
    /// Numbers or names in the suggestion were changed to the segment's.
    pub adapted: bool,
    /// The unit's Arabic, with what the segment lacks (`delete`) and what only the segment
    /// has (`insert`) marked word by word.
    pub diff: Vec<Piece>,
}

/// A segment (or any text) as the matcher reads it, once for all the units it meets.
pub struct Query<'a> {
    pub text: &'a str,
    pub words: Vec<Word>,
    /// The fingerprints of the sources before and after it, for context matches.
    pub prev_key: Option<String>,
    pub next_key: Option<String>,
    pub glossary: Option<&'a Compiled>,
}

impl<'a> Query<'a> {
    pub fn new(text: &'a str, glossary: Option<&'a Compiled>) -> Query<'a> {
        Query { text, words: words::words(text, glossary), prev_key: None, next_key: None, glossary }
    }
}

/// Text without its spaces, as the normalisation reads it: two texts with the same words
/// that differ here differ in punctuation.
fn squeezed(s: &str) -> String {
    normalize_str(s).chars().filter(|c| !c.is_whitespace()).collect()
}

/// How `unit` matches `query`: `None` below `min` (or when it cannot reach it).
pub fn score_unit(query: &Query<'_>, unit: &Unit, min: u8) -> Option<TmMatch> {
    let b = words::words(&unit.source, query.glossary);
    let a = &query.words;
    if score::ceiling(a.len(), b.len()) < min {
        return None;
    }
    let (mut distance, steps) = align(a, &b);
    let placeables = adapt::placeables(a, &b, &steps);
    let adapted = if placeables > 0 { adapt::adapt(a, &b, &steps, &unit.target, query.glossary) } else { None };
    if placeables > 0 && adapted.is_none() {
        // Not adaptable: each placeable is a word that differs.
        distance += placeables as f64 * (1.0 - PLACEABLE);
    }
    let mut pct = percent(distance, a.len(), b.len());
    if pct == 100 && squeezed(query.text) != squeezed(&unit.source) {
        pct = 99;
    }
    if pct < min {
        return None;
    }
    // In context: the same neighbours, and the segment has some (a unit from a file has none).
    let has_neighbours = query.prev_key.is_some() || query.next_key.is_some();
    let context = pct == 100 && has_neighbours && query.prev_key == unit.prev_key && query.next_key == unit.next_key;
    Some(TmMatch {
        unit: unit.clone(),
        score: pct,
        context,
        suggestion: adapted.clone().unwrap_or_else(|| unit.target.clone()),
        adapted: adapted.is_some(),
        diff: diff(query.text, a, &unit.source, &b, &steps),
    })
}

/// The unit's Arabic (`b_text`) with the differences from the segment's marked.
pub fn diff(a_text: &str, a: &[Word], b_text: &str, b: &[Word], steps: &[Step]) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut push = |op: Op, text: &str| {
        if text.is_empty() {
            return;
        }
        match pieces.last_mut() {
            Some(last) if last.op == op => last.text.push_str(text),
            _ => pieces.push(Piece { op, text: text.to_owned() }),
        }
    };
    let mut cursor = 0;
    for step in steps {
        match *step {
            Step::Same(_, j) | Step::Dropped(j) | Step::Changed(_, j) => {
                let r = b[j].range.clone();
                if r.start < cursor {
                    continue; // never slice backwards (each word's range is its own: words.rs)
                }
                push(Op::Equal, &b_text[cursor..r.start]);
                if let Step::Changed(i, _) = *step {
                    push(Op::Delete, &b_text[r.clone()]);
                    push(Op::Insert, &a_text[a[i].range.clone()]);
                } else {
                    push(if matches!(step, Step::Same(..)) { Op::Equal } else { Op::Delete }, &b_text[r.clone()]);
                }
                cursor = r.end;
            }
            Step::Added(i) => {
                let word = &a_text[a[i].range.clone()];
                if cursor == 0 {
                    push(Op::Insert, &format!("{word} "));
                } else {
                    push(Op::Equal, " ");
                    push(Op::Insert, word);
                }
            }
        }
    }
    push(Op::Equal, &b_text[cursor..]);
    pieces
}

/// The bands an analysis counts segments in, as translators quote a job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Band {
    /// A 100% match in the same context.
    Context,
    Exact,
    /// The same Arabic as an earlier segment of the article (and no 100% match).
    Repetition,
    /// 95–99%.
    High,
    /// 85–94%.
    Good,
    /// 75–84%.
    Fair,
    /// 50–74%.
    Low,
    NoMatch,
}

impl Band {
    pub const ALL: [Band; 8] =
        [Band::Context, Band::Exact, Band::Repetition, Band::High, Band::Good, Band::Fair, Band::Low, Band::NoMatch];

    /// The band of a best match (none: `NoMatch`), before repetitions are counted.
    pub fn of(best: Option<&TmMatch>) -> Band {
        match best {
            Some(m) if m.context => Band::Context,
            Some(m) => match m.score {
                100 => Band::Exact,
                95..=99 => Band::High,
                85..=94 => Band::Good,
                75..=84 => Band::Fair,
                50..=74 => Band::Low,
                _ => Band::NoMatch,
            },
            None => Band::NoMatch,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::UnitOrigin;

    fn unit(source: &str, target: &str) -> Unit {
        Unit {
            id: 1,
            source: source.into(),
            target: target.into(),
            source_lang: "ar".into(),
            target_lang: "en".into(),
            origin_kind: UnitOrigin::File,
            origin: "f.tmx".into(),
            article_id: None,
            segment_id: None,
            words: 0,
            created_by: None,
            changed_by: None,
            created_at: 0,
            updated_at: 0,
            prev_key: None,
            next_key: None,
        }
    }

    #[test]
    fn a_match_differing_in_a_number_is_adapted_and_its_difference_marked() {
        let q = Query::new("بلغ النمو ٣٫١ في المئة", None);
        let m = score_unit(&q, &unit("بلغ النمو ٢٫٧ في المئة", "Growth reached 2.7 percent"), 50).unwrap();
        assert!(m.adapted);
        assert_eq!(m.suggestion, "Growth reached 3.1 percent");
        assert!((95..100).contains(&m.score), "{}", m.score);
        let marked: Vec<(Op, &str)> = m.diff.iter().map(|p| (p.op, p.text.as_str())).collect();
        assert_eq!(
            marked,
            [(Op::Equal, "بلغ النمو "), (Op::Delete, "٢٫٧"), (Op::Insert, "٣٫١"), (Op::Equal, " في المئة")]
        );
    }

    #[test]
    fn punctuation_alone_keeps_a_match_below_100() {
        let q = Query::new("قال بيسكوف:", None);
        assert_eq!(score_unit(&q, &unit("قال بيسكوف", "Peskov said"), 50).unwrap().score, 99);
        assert_eq!(score_unit(&q, &unit("قالَ بيسكوف:", "Peskov said:"), 50).unwrap().score, 100);
        assert!(score_unit(&q, &unit("أعلنت وزارة الخارجية الروسية", "x"), 50).is_none());
    }
}
