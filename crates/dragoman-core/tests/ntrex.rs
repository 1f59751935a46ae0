//! The sentence splitter on NTREX news documents (`$DRAGOMAN_CORPORA`, set by `make eval`;
//! one sentence per line): every line break that ends in punctuation
//! must be found again, and no extra break may appear. The corpus is not part of the
//! repository, so these tests are `#[ignore]`d: `make eval` runs them (`-- --ignored`).
//! `cargo run --example ntrex_eval` prints the per-document table.

use dragoman_core::segment::sentence_ranges;

#[path = "support/eval.rs"]
mod eval;

fn evaluate(suffix: &str) -> (usize, usize, usize) {
    let dir = eval::corpus("03_news_parallel_ntrex/documents");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!("{} is missing ({e}): the evaluation corpus is set with DRAGOMAN_CORPORA", dir.display())
    });
    let (mut gold_n, mut found_n, mut extra_n) = (0, 0, 0);
    for entry in entries {
        let path = entry.unwrap().path();
        if !path.to_string_lossy().ends_with(suffix) {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        let mut joined = String::new();
        let mut gold = Vec::new();
        for (i, line) in lines[1..].iter().enumerate() {
            if i > 0 {
                gold.push(joined.len());
                joined.push(' ');
            }
            joined.push_str(line);
        }
        let found: Vec<usize> = sentence_ranges(&joined).iter().skip(1).map(|r| r.start - 1).collect();
        gold_n += gold.len();
        found_n += gold.iter().filter(|g| found.contains(g)).count();
        extra_n += found.iter().filter(|f| !gold.contains(f)).count();
    }
    (gold_n, found_n, extra_n)
}

#[test]
#[ignore = "eval: needs $DRAGOMAN_CORPORA/03_news_parallel_ntrex; run by `make eval`"]
fn arabic_news_sentences_are_recovered() {
    let (gold, found, extra) = evaluate(".ar.txt");
    assert_eq!(gold, 150);
    // One line of the Arabic reference ends without any punctuation: not recoverable.
    assert!(found >= 149, "recovered {found} of {gold}");
    assert_eq!(extra, 0);
}

#[test]
#[ignore = "eval: needs $DRAGOMAN_CORPORA/03_news_parallel_ntrex; run by `make eval`"]
fn english_news_sentences_are_recovered() {
    let (gold, found, extra) = evaluate(".en.txt");
    assert_eq!((found, extra), (gold, 0));
}
