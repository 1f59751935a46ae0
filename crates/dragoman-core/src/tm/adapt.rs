//! Placeables: a unit whose Arabic differs from the segment's only in numbers or glossary
//! names gets its English adapted: the unit's number replaced by the segment's (in English
//! digits), the unit's name by the segment's house spelling.
use super::score::Step;
use super::words::{Kind, Word};
use crate::names::glossary::Compiled;

/// Whether `text[at..at + len]` stands alone: not inside a longer number or word.
fn stands_alone(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    let joins = |c: Option<char>, outward: Option<char>| match c {
        Some(c) if c.is_alphanumeric() => true,
        // 2.7 inside 12.75: a separator followed by a digit continues the number.
        Some('.' | ',') => outward.is_some_and(|d| d.is_ascii_digit()),
        _ => false,
    };
    let before2 = text[..at].chars().rev().nth(1);
    let after2 = text[at + len..].chars().nth(1);
    !joins(before, before2) && !joins(after, after2)
}

/// Where `needle` stands alone in `text` (byte offsets).
fn find_alone(text: &str, needle: &str) -> Vec<usize> {
    text.match_indices(needle).map(|(at, _)| at).filter(|&at| stands_alone(text, at, needle.len())).collect()
}

/// A name's English forms, the house spelling first, each with the form that replaces it
/// (the first reference by the other's, the short form by the other's short form).
fn name_swap(glossary: &Compiled, from: i64, to: i64) -> Option<Vec<(String, String)>> {
    let (from, to) = (&glossary.get(from)?.entry, &glossary.get(to)?.entry);
    let to_short = to.short.clone().unwrap_or_else(|| to.english.clone());
    let mut swaps = vec![(from.english.clone(), to.english.clone())];
    if let Some(short) = &from.short {
        swaps.push((short.clone(), to_short));
    }
    Some(swaps)
}

/// The unit's English adapted to the segment, when every difference the alignment found is
/// a placeable that can be put right. `None`: nothing to adapt, or one could not be, or the
/// English is ambiguous about it (one number of the unit would become two different ones).
/// Every replacement is found in the unit's English as it is, and all are made in one pass:
/// 3 → 5 and 5 → 8 give "5 killed, 8 injured", never "8 killed, 8 injured".
pub fn adapt(a: &[Word], b: &[Word], steps: &[Step], target: &str, glossary: Option<&Compiled>) -> Option<String> {
    // What each of the unit's forms becomes: one answer per form.
    let mut wanted: Vec<(String, String)> = Vec::new();
    let mut want = |from: String, to: String| -> bool {
        match wanted.iter().find(|(f, _)| *f == from) {
            Some((_, t)) => *t == to,
            None => {
                wanted.push((from, to));
                true
            }
        }
    };
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    for step in steps {
        let Step::Changed(i, j) = *step else { continue };
        let (aw, bw) = (&a[i], &b[j]);
        match (aw.kind, bw.kind) {
            (Kind::Number, Kind::Number) => {
                if !want(bw.norm.clone(), aw.norm.clone()) {
                    return None;
                }
                // As many in the English as in the Arabic: "3 killed, 3 injured" for «قتل 3
                // وأصيب 3» cannot say which 3 became 5.
                let found = find_alone(target, &bw.norm);
                let in_arabic = b.iter().filter(|w| w.kind == Kind::Number && w.norm == bw.norm).count();
                let kept = steps.iter().any(|s| matches!(*s, Step::Same(_, k) if b[k].norm == bw.norm));
                if found.is_empty() || found.len() != in_arabic || kept {
                    return None;
                }
                edits.extend(found.into_iter().map(|at| (at, at + bw.norm.len(), aw.norm.clone())));
            }
            (Kind::Name(x), Kind::Name(y)) if x != y => {
                let mut any = false;
                for (from, to) in name_swap(glossary?, y, x)? {
                    if !want(from.clone(), to.clone()) {
                        return None;
                    }
                    let found = find_alone(target, &from);
                    any |= !found.is_empty();
                    edits.extend(found.into_iter().map(|at| (at, at + from.len(), to.clone())));
                }
                if !any {
                    return None;
                }
            }
            // The same name behind another clitic needs nothing in English.
            _ => {}
        }
    }
    if edits.is_empty() {
        return None;
    }
    // "Vladimir Putin" and "Putin" both match inside "Vladimir Putin": the longer one wins.
    edits.sort_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
    let mut out = String::with_capacity(target.len());
    let mut last = 0;
    for (start, end, to) in edits {
        if start < last {
            continue;
        }
        out.push_str(&target[last..start]);
        out.push_str(&to);
        last = end;
    }
    out.push_str(&target[last..]);
    Some(out)
}

/// How many placeables the alignment has (what adaptation must put right).
pub fn placeables(a: &[Word], b: &[Word], steps: &[Step]) -> usize {
    steps
        .iter()
        .filter(|s| match **s {
            Step::Changed(i, j) => {
                matches!((a[i].kind, b[j].kind), (Kind::Number, Kind::Number))
                    || matches!((a[i].kind, b[j].kind), (Kind::Name(x), Kind::Name(y)) if x != y)
            }
            _ => false,
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::super::score::align;
    use super::super::words::words;
    use super::*;

    #[test]
    fn a_number_is_replaced_where_it_stands_alone() {
        let a = words("ارتفع التضخم إلى ٣٫١ في المئة عام 2020", None);
        let b = words("ارتفع التضخم إلى ٢٫٧ في المئة عام 2019", None);
        let (_, steps) = align(&a, &b);
        let got = adapt(&a, &b, &steps, "Inflation rose to 2.7 percent in 2019, from 12.7", None);
        assert_eq!(got.as_deref(), Some("Inflation rose to 3.1 percent in 2020, from 12.7"));
        assert_eq!(placeables(&a, &b, &steps), 2);
        // The English does not carry the number: no adaptation.
        assert_eq!(adapt(&a, &b, &steps, "Inflation rose to two point seven percent", None), None);
    }

    #[test]
    fn numbers_that_overlap_or_swap_are_replaced_in_one_pass() {
        let adapted = |seg: &str, unit: &str, english: &str| {
            let (a, b) = (words(seg, None), words(unit, None));
            adapt(&a, &b, &align(&a, &b).1, english, None)
        };
        assert_eq!(
            adapted("قتل 5 وأصيب 8", "قتل 3 وأصيب 5", "3 killed, 5 injured").as_deref(),
            Some("5 killed, 8 injured")
        );
        assert_eq!(
            adapted("ارتفع من 7 إلى 9", "ارتفع من 5 إلى 7", "rose from 5 to 7").as_deref(),
            Some("rose from 7 to 9")
        );
        assert_eq!(adapted("بين 2 و3", "بين 3 و2", "between 3 and 2").as_deref(), Some("between 2 and 3"));
        // Which of the two 3s became 5 cannot be told from the English.
        assert_eq!(adapted("قتل 5 وأصيب 3", "قتل 3 وأصيب 3", "3 killed, 3 injured"), None);
    }
}
