//! How well the name suggester (`dragoman_core::names::suggest`) spells Arabic names, measured on
//! the Wikidata personal-name pairs of Merhav & Ash (COLING 2018).
//!
//!     cargo run --release -p dragoman-core --example translit_eval -- ../shared/corpora/02b_translit_wikidata_personal_names [--dev] [--k 10] [--seed 1] [--show 20]
//!
//! Default: the paper's held-out 20 % slice (`wd_arabic_20.unspaced.tsv`, 12,994 word
//! pairs). `--dev`: 12,994 pairs drawn (seeded) from the other 80 % (`wd_arabic.normalized.
//! aligned.tokens` minus the held-out slice), the slice the tables were tuned on.
//!
//! 1. Picking the name out of a draft: for each pair, the reference English word and `k`
//!    distractors (other English words of the same slice, drawn at random, seeded; never the
//!    reference itself) are ranked by `skeleton_score` against the Arabic. Top-1 counts ties
//!    against us (the reference must score strictly higher than every distractor); top-3
//!    likewise. Coverage: some candidate aligned at all. Run twice: random distractors, and
//!    hard ones (same first letter, length within ±2). Also: how many references and how
//!    many distractors reach each score from 0.5 to 0.9.
//! 2. `spell` end to end: the same names, shuffled and capitalised, in one sentence.
//! 3. `romanize` alone: exact match (case-insensitive, diacritics of the reference folded),
//!    match with any spelling attested at least twice for that Arabic form
//!    (`arabic_to_english_variants.tsv`), and character error rate (edit distance / length
//!    of the reference), against a letter-for-letter baseline.
//!
//! `--ntrex DIR` instead lists the candidates found in the NTREX parallel news documents
//! (`*.ar.txt` and `*.en.txt`, one sentence per line) with an empty glossary.
use std::collections::{HashMap, HashSet};
use std::time::Instant;

use dragoman_core::names::suggest::{candidates, romanize, skeleton_score, spell};
use dragoman_core::names::NameIndex;
use unicode_normalization::UnicodeNormalization;

struct Pair {
    english: String,
    arabic: String,
}

/// splitmix64: a small seeded generator, enough to draw distractors.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Lower case, diacritics off.
fn fold(s: &str) -> String {
    s.nfd().filter(|c| !('\u{0300}'..='\u{036F}').contains(c)).flat_map(char::to_lowercase).collect()
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + usize::from(a[i - 1] != b[j - 1]));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The baseline: one Latin letter (or digraph) per Arabic letter, no vowels added.
fn letter_for_letter(ar: &str) -> String {
    ar.chars()
        .map(|c| match c {
            'ا' | 'أ' | 'إ' | 'آ' | 'ى' => "a",
            'ب' => "b",
            'ت' => "t",
            'ث' => "th",
            'ج' => "j",
            'ح' | 'ه' => "h",
            'خ' => "kh",
            'د' => "d",
            'ذ' => "dh",
            'ر' => "r",
            'ز' => "z",
            'س' | 'ص' => "s",
            'ش' => "sh",
            'ض' => "d",
            'ط' => "t",
            'ظ' => "z",
            'ع' | 'ء' | 'ؤ' | 'ئ' => "'",
            'غ' => "gh",
            'ف' => "f",
            'ق' => "q",
            'ك' => "k",
            'ل' => "l",
            'م' => "m",
            'ن' => "n",
            'و' => "w",
            'ي' => "y",
            'ة' => "h",
            _ => "",
        })
        .collect()
}

fn read_lines(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn pct(n: usize, d: usize) -> String {
    format!("{:.1} %", 100.0 * n as f64 / d.max(1) as f64)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opt = |name: &str| {
        args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).map(|s| s.parse::<u64>().expect("a number"))
    };
    if let Some(i) = args.iter().position(|a| a == "--ntrex") {
        ntrex(&args[i + 1]);
        return;
    }
    let dir = args.first().expect("usage: translit_eval CORPUS_DIR [--dev] [--k 10] [--seed 1] [--show N]");
    let dev = args.iter().any(|a| a == "--dev");
    let k = opt("--k").unwrap_or(10) as usize;
    let seed = opt("--seed").unwrap_or(1);
    let show = opt("--show").unwrap_or(0) as usize;
    let started = Instant::now();

    let test: Vec<Pair> = read_lines(&format!("{dir}/wd_arabic_20.unspaced.tsv"))
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some(Pair { english: f.next()?.to_owned(), arabic: f.next()?.to_owned() })
        })
        .collect();
    let pairs = if dev {
        let held: HashSet<(String, String)> = test.iter().map(|p| (p.english.clone(), p.arabic.clone())).collect();
        let mut rest: Vec<Pair> = read_lines(&format!("{dir}/wd_arabic.normalized.aligned.tokens"))
            .lines()
            .filter_map(|l| {
                let mut f = l.split('\t');
                let english = f.next()?.to_owned();
                let arabic: String = f.next()?.split(' ').collect();
                Some(Pair { english, arabic })
            })
            .filter(|p| !held.contains(&(p.english.clone(), p.arabic.clone())))
            .collect();
        let mut rng = Rng(seed ^ 0xDE7);
        for i in (1..rest.len()).rev() {
            rest.swap(i, rng.below(i + 1));
        }
        rest.truncate(test.len());
        rest
    } else {
        test
    };
    let mut variants: HashMap<String, Vec<String>> = HashMap::new();
    for l in read_lines(&format!("{dir}/arabic_to_english_variants.tsv")).lines().skip(1) {
        let Some((ar, list)) = l.split_once('\t') else { continue };
        let attested = list
            .split('|')
            .filter_map(|v| v.rsplit_once(':'))
            .filter(|(_, n)| n.parse::<u32>().unwrap_or(0) >= 2)
            .map(|(e, _)| fold(e))
            .collect();
        variants.insert(ar.to_owned(), attested);
    }
    println!(
        "slice: {} ({} pairs), k = {k} distractors, seed {seed}",
        if dev { "dev (from the 80 %)" } else { "held-out 20 %" },
        pairs.len()
    );

    // The pool of distractors: the distinct English words of the slice.
    let mut pool: Vec<String> = pairs.iter().map(|p| p.english.clone()).collect::<HashSet<_>>().into_iter().collect();
    pool.sort();
    let mut by_initial: HashMap<char, Vec<usize>> = HashMap::new();
    for (i, w) in pool.iter().enumerate() {
        if let Some(c) = fold(w).chars().next() {
            by_initial.entry(c).or_default().push(i);
        }
    }

    for hard in [false, true] {
        let mut rng = Rng(seed);
        let (mut aligned_truth, mut covered, mut top1, mut top3, mut wrong_first, mut ties, mut lenient1) =
            (0, 0, 0, 0, 0, 0, 0);
        let (mut spell_right, mut spell_wrong, mut spell_unverified) = (0, 0, 0);
        let mut shown = 0;
        let thresholds = [0.5f32, 0.6, 0.7, 0.8, 0.9];
        let mut kept = [0usize; 5];
        let mut false_aligned = [0usize; 5];
        let mut distractors_total = 0;
        for p in &pairs {
            let reference = fold(&p.english);
            let mut names: Vec<String> = vec![p.english.clone()];
            let len = reference.chars().count();
            let first = reference.chars().next().unwrap_or(' ');
            let mut tries = 0;
            while names.len() < k + 1 && tries < 1000 {
                tries += 1;
                let w = if hard {
                    let same = &by_initial[&first];
                    &pool[same[rng.below(same.len())]]
                } else {
                    &pool[rng.below(pool.len())]
                };
                let f = fold(w);
                if hard && f.chars().count().abs_diff(len) > 2 {
                    continue;
                }
                if f != reference && !names.iter().any(|n| fold(n) == f) {
                    names.push(w.clone());
                }
            }
            let scores: Vec<Option<f32>> = names.iter().map(|n| skeleton_score(&p.arabic, n)).collect();
            if scores.iter().any(Option::is_some) {
                covered += 1;
            }
            distractors_total += names.len() - 1;
            for (t, &th) in thresholds.iter().enumerate() {
                kept[t] += usize::from(scores[0].is_some_and(|s| s >= th));
                false_aligned[t] += scores[1..].iter().filter(|s| s.is_some_and(|s| s >= th)).count();
            }
            let better_or_tied = |t: f32| scores[1..].iter().filter(|s| s.is_some_and(|s| s >= t)).count();
            match scores[0] {
                Some(t) => {
                    aligned_truth += 1;
                    let rank = 1 + better_or_tied(t);
                    if rank == 1 {
                        top1 += 1;
                    } else {
                        wrong_first += 1;
                    }
                    if rank <= 3 {
                        top3 += 1;
                    }
                    if scores[1..].contains(&Some(t)) {
                        ties += 1;
                    }
                }
                None => {
                    if scores[1..].iter().any(Option::is_some) {
                        wrong_first += 1;
                    }
                }
            }
            // Lenient: the best-scoring candidate is the reference or an attested spelling.
            let best = scores.iter().enumerate().filter_map(|(i, s)| s.map(|s| (i, s))).fold(
                None::<(usize, f32)>,
                |b, (i, s)| match b {
                    Some((_, bs)) if bs >= s => b,
                    _ => Some((i, s)),
                },
            );
            if let Some((i, _)) = best {
                let f = fold(&names[i]);
                if i == 0 || variants.get(&p.arabic).is_some_and(|v| v.contains(&f)) {
                    lenient1 += 1;
                }
            }
            // spell() on a sentence made of the shuffled names.
            let mut shuffled: Vec<&String> = names.iter().collect();
            for i in (1..shuffled.len()).rev() {
                shuffled.swap(i, rng.below(i + 1));
            }
            let context = format!(
                "The meeting was attended by {}.",
                shuffled.iter().map(|n| capitalise(n)).collect::<Vec<_>>().join(", ")
            );
            let s = spell(&p.arabic, &context);
            if !s.verified {
                spell_unverified += 1;
            } else if fold(&s.english) == reference {
                spell_right += 1;
            } else {
                spell_wrong += 1;
                if shown < show && !hard {
                    shown += 1;
                    eprintln!(
                        "wrong: {} → {} (reference {}, {:?} vs {:?})",
                        p.arabic,
                        s.english,
                        p.english,
                        skeleton_score(&p.arabic, &s.english),
                        scores[0]
                    );
                }
            }
            if scores[0].is_none() && shown < show && !hard {
                shown += 1;
                eprintln!("not aligned: {} / {}", p.arabic, p.english);
            }
        }
        let n = pairs.len();
        println!();
        println!(
            "## Ranking by skeleton_score, {} distractors",
            if hard { "hard (same initial, length ±2)" } else { "random" }
        );
        println!("| measure | pairs | share |");
        println!("|---|---:|---:|");
        println!("| reference aligns at all | {aligned_truth} | {} |", pct(aligned_truth, n));
        println!("| coverage: some candidate aligns | {covered} | {} |", pct(covered, n));
        println!("| top-1 (ties count as misses) | {top1} | {} |", pct(top1, n));
        println!("| top-3 | {top3} | {} |", pct(top3, n));
        println!("| top-1 accepting attested variants (ties to the reference) | {lenient1} | {} |", pct(lenient1, n));
        println!("| a distractor ranks first or ties | {wrong_first} | {} |", pct(wrong_first, n));
        println!("| reference tied with a distractor | {ties} | {} |", pct(ties, n));
        println!("| spell(): verified and right | {spell_right} | {} |", pct(spell_right, n));
        println!("| spell(): verified and wrong | {spell_wrong} | {} |", pct(spell_wrong, n));
        println!("| spell(): unverified (romanised) | {spell_unverified} | {} |", pct(spell_unverified, n));
        println!();
        println!("| score at least | references kept | distractors aligning (of {distractors_total}) |");
        println!("|---:|---:|---:|");
        for (t, th) in thresholds.iter().enumerate() {
            println!(
                "| {th:.1} | {} | {} ({:.2} %) |",
                pct(kept[t], n),
                false_aligned[t],
                100.0 * false_aligned[t] as f64 / distractors_total.max(1) as f64
            );
        }
    }

    // romanize alone.
    let (mut exact, mut attested, mut base_exact, mut base_attested) = (0, 0, 0, 0);
    let (mut cer, mut base_cer, mut cer_best) = (0.0f64, 0.0f64, 0.0f64);
    let mut shown = 0;
    for p in &pairs {
        let reference = fold(&p.english);
        let r = fold(&romanize(&p.arabic));
        let b = letter_for_letter(&p.arabic);
        let empty = Vec::new();
        let v = variants.get(&p.arabic).unwrap_or(&empty);
        exact += usize::from(r == reference);
        base_exact += usize::from(b == reference);
        attested += usize::from(r == reference || v.contains(&r));
        base_attested += usize::from(b == reference || v.contains(&b));
        let len = reference.chars().count().max(1) as f64;
        cer += levenshtein(&r, &reference) as f64 / len;
        base_cer += levenshtein(&b, &reference) as f64 / len;
        let best = std::iter::once(&reference)
            .chain(v.iter())
            .map(|t| levenshtein(&r, t) as f64 / t.chars().count().max(1) as f64)
            .fold(f64::INFINITY, f64::min);
        cer_best += best;
        if show > 0 && shown < show && r != reference && dev {
            shown += 1;
            eprintln!("romanize: {} → {} (reference {})", p.arabic, r, p.english);
        }
    }
    let n = pairs.len();
    println!();
    println!("## romanize alone");
    println!("| measure | romanize | letter-for-letter baseline |");
    println!("|---|---:|---:|");
    println!("| exact (case-insensitive) | {} | {} |", pct(exact, n), pct(base_exact, n));
    println!("| equals an attested spelling (count ≥ 2) | {} | {} |", pct(attested, n), pct(base_attested, n));
    println!(
        "| character error rate vs the reference | {:.1} % | {:.1} % |",
        100.0 * cer / n as f64,
        100.0 * base_cer / n as f64
    );
    println!("| character error rate vs the closest attested spelling | {:.1} % | |", 100.0 * cer_best / n as f64);
    println!();
    println!("time: {:.1} s", started.elapsed().as_secs_f64());
}

/// Candidates in the NTREX parallel documents, with an empty glossary, for reading.
fn ntrex(dir: &str) {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("readable directory")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".ar.txt"))
        .collect();
    names.sort();
    for path in names {
        let ar = std::fs::read_to_string(&path).unwrap();
        let en = std::fs::read_to_string(path.to_string_lossy().replace(".ar.txt", ".en.txt")).unwrap();
        let segs: Vec<(&str, &str)> = ar.lines().zip(en.lines()).collect();
        println!("# {}", path.file_name().unwrap().to_string_lossy());
        for c in candidates(&segs, &NameIndex::default()) {
            println!(
                "{}\t{}\t{}\t×{}\t{}",
                c.arabic,
                c.suggestion.english,
                if c.suggestion.verified { "verified" } else { "romanised" },
                c.occurrences,
                c.cue.unwrap_or_default()
            );
        }
    }
}
