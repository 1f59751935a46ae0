//! The spell check: loading a dictionary (what start-up does in the background), and checking
//! a 2,000-segment article's worth of English (what opening and scrolling a long article asks
//! for, a box at a time), with a glossary's words known.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dragoman_core::spell::{search_path, Known, Speller, Variant};

/// 2,000 news sentences of 20-odd words, a few misspelt and a few names in them.
fn article() -> Vec<String> {
    const SENTENCES: &[&str] = &[
        "Kremlin spokesman Dmitry Peskov said on Tuesday that the talks in Geneva had been constructive.",
        "The president's office didn't comment on the report, which was recieved late on Monday night.",
        "Officials in Kyiv said the negotiations would resume next week, according to the state news agency.",
        "Analysts warned that the sanctions could weigh on the economy througout the coming year.",
        "The foreign minister told reporters that no agreement had been reached on the main issues.",
    ];
    (0..2_000).map(|i| format!("{} ({i})", SENTENCES[i % SENTENCES.len()])).collect()
}

fn benches(c: &mut Criterion) {
    let dirs = search_path();
    let mut group = c.benchmark_group("spell");
    group.sample_size(10);
    group.bench_function("load the en_US dictionary", |b| b.iter(|| Speller::load(Variant::EnUs, &dirs).unwrap()));
    let us = Speller::load(Variant::EnUs, &dirs).expect("hunspell-en-us (scripts/bootstrap.sh installs it)");
    group.bench_function("suggest for a misspelt word", |b| b.iter(|| us.suggest("recieved")));
    let known = Known::from_words(["Peskov", "Dmitry", "Kyiv", "Geneva"]);
    let texts = article();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    group.throughput(Throughput::Elements(words as u64));
    group.bench_function("check 2,000 segments", |b| {
        b.iter(|| texts.iter().map(|t| us.check(t, &[&known]).len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(spell, benches);
criterion_main!(spell);
