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

/// Where `needle` stands alone in `text`, first occurrence.
fn find_alone(text: &str, needle: &str) -> Option<usize> {
    text.match_indices(needle).map(|(at, _)| at).find(|&at| stands_alone(text, at, needle.len()))
}

/// Replace every standing-alone `from` in `text` by `to`; `None` when there is none.
fn replace_alone(text: &str, from: &str, to: &str) -> Option<String> {
    find_alone(text, from)?;
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (at, _) in text.match_indices(from) {
        if at >= last && stands_alone(text, at, from.len()) {
            out.push_str(&text[last..at]);
            out.push_str(to);
            last = at + from.len();
        }
    }
    out.push_str(&text[last..]);
    Some(out)
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
/// a placeable that could be put right. `None`: nothing to adapt, or one could not be.
pub fn adapt(a: &[Word], b: &[Word], steps: &[Step], target: &str, glossary: Option<&Compiled>) -> Option<String> {
    let mut out = target.to_owned();
    let mut changed = false;
    for step in steps {
        let Step::Changed(i, j) = *step else { continue };
        let (aw, bw) = (&a[i], &b[j]);
        match (aw.kind, bw.kind) {
            (Kind::Number, Kind::Number) => {
                out = replace_alone(&out, &bw.norm, &aw.norm)?;
                changed = true;
            }
            (Kind::Name(x), Kind::Name(y)) if x != y => {
                let swaps = name_swap(glossary?, y, x)?;
                let mut any = false;
                for (from, to) in swaps {
                    if let Some(next) = replace_alone(&out, &from, &to) {
                        out = next;
                        any = true;
                    }
                }
                if !any {
                    return None;
                }
                changed = true;
            }
            // The same name behind another clitic needs nothing in English.
            (Kind::Name(x), Kind::Name(y)) if x == y => {}
            _ => {}
        }
    }
    changed.then_some(out)
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
}
