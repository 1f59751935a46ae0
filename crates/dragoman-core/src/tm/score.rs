//! How alike two texts are: an edit distance over their words ([`super::words`]), where a
//! word behind another clitic is a small difference and a number or a name for another is
//! a placeable (adaptable, so nearly free), and the alignment behind it (what the diff marks
//! and what adaptation replaces).
use super::words::{clitic_variants, Kind, Word};

/// What a word behind another clitic costs (a whole word costs 1).
pub const CLITIC: f64 = 0.25;
/// What a number or name for another costs while the suggestion can be adapted.
pub const PLACEABLE: f64 = 0.1;

/// One step of the alignment of the segment's words (`a`) with the unit's (`b`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Same(usize, usize),
    /// Aligned, different: `a[i]` where the unit has `b[j]`.
    Changed(usize, usize),
    /// Only in the segment.
    Added(usize),
    /// Only in the unit.
    Dropped(usize),
}

/// What substituting `b` for `a` costs.
pub fn cost(a: &Word, b: &Word) -> f64 {
    if a.norm == b.norm {
        return 0.0;
    }
    match (a.kind, b.kind) {
        (Kind::Number, Kind::Number) => PLACEABLE,
        (Kind::Name(x), Kind::Name(y)) if x == y => CLITIC,
        (Kind::Name(_), Kind::Name(_)) => PLACEABLE,
        (Kind::Plain, Kind::Plain) if clitic_variants(a, b) => CLITIC,
        _ => 1.0,
    }
}

/// The cheapest alignment of `a` with `b` and its cost.
pub fn align(a: &[Word], b: &[Word]) -> (f64, Vec<Step>) {
    let (n, m) = (a.len(), b.len());
    let w = m + 1;
    let mut d = vec![0.0f64; (n + 1) * w];
    for (i, row) in d.chunks_mut(w).enumerate() {
        row[0] = i as f64;
    }
    for (j, cell) in d[..w].iter_mut().enumerate() {
        *cell = j as f64;
    }
    for i in 1..=n {
        for j in 1..=m {
            let sub = d[(i - 1) * w + j - 1] + cost(&a[i - 1], &b[j - 1]);
            let add = d[(i - 1) * w + j] + 1.0;
            let drop = d[i * w + j - 1] + 1.0;
            d[i * w + j] = sub.min(add).min(drop);
        }
    }
    let mut steps = Vec::with_capacity(n.max(m));
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let here = d[i * w + j];
        if i > 0 && j > 0 {
            let c = cost(&a[i - 1], &b[j - 1]);
            if (d[(i - 1) * w + j - 1] + c - here).abs() < 1e-9 {
                steps.push(if c == 0.0 { Step::Same(i - 1, j - 1) } else { Step::Changed(i - 1, j - 1) });
                i -= 1;
                j -= 1;
                continue;
            }
        }
        if i > 0 && (d[(i - 1) * w + j] + 1.0 - here).abs() < 1e-9 {
            steps.push(Step::Added(i - 1));
            i -= 1;
        } else {
            steps.push(Step::Dropped(j - 1));
            j -= 1;
        }
    }
    steps.reverse();
    (d[n * w + m], steps)
}

/// A score from 0 to 100 for a distance over texts of `n` and `m` words: 100 only for no
/// difference at all.
pub fn percent(distance: f64, n: usize, m: usize) -> u8 {
    let longest = n.max(m);
    if longest == 0 {
        return if distance == 0.0 { 100 } else { 0 };
    }
    let p = 100.0 * (1.0 - distance / longest as f64);
    let p = if distance > 0.0 { p.floor().min(99.0) } else { p };
    p.clamp(0.0, 100.0) as u8
}

/// The best score texts of `n` and `m` words can reach: every word of the shorter one in
/// the longer.
pub fn ceiling(n: usize, m: usize) -> u8 {
    percent(n.abs_diff(m) as f64, n, m)
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;

    fn score(a: &str, b: &str) -> u8 {
        let (a, b) = (words(a, None), words(b, None));
        percent(align(&a, &b).0, a.len(), b.len())
    }

    #[test]
    fn spelling_the_normalisation_folds_is_no_difference() {
        assert_eq!(score("قالَ الرئيسُ إنّ المحادثات بنّاءة", "قال الرئيس ان المحادثات بناءه"), 100);
        assert_eq!(score("في عام ٢٠٢١", "في عام 2021"), 100);
        assert_eq!(score("مستشفى", "مستشفي"), 100);
    }

    #[test]
    fn a_clitic_is_a_small_difference_and_a_word_a_large_one() {
        let clitic = score("وقال الكرملين إن المحادثات كانت بناءة", "قال الكرملين إن المحادثات كانت بناءة");
        let word = score("أعلن الكرملين إن المحادثات كانت بناءة", "قال الكرملين إن المحادثات كانت بناءة");
        assert!((95..100).contains(&clitic), "{clitic}");
        assert!(word < clitic && word >= 80, "{word}");
        assert_eq!(score("قال الكرملين", "أعلنت وزارة الخارجية"), 0);
    }

    #[test]
    fn the_alignment_says_what_changed() {
        let a = words("قال بوتين أمس إن", None);
        let b = words("قال بوتين إن", None);
        assert_eq!(align(&a, &b).1, [Step::Same(0, 0), Step::Same(1, 1), Step::Added(2), Step::Same(3, 2)]);
        assert_eq!(ceiling(4, 3), 75);
    }
}
