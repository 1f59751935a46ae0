//! Translation-memory benchmarks: matches for one segment and concordance, at 100,000 and
//! 1,000,000 units, and saving an edit with a million units in the database.
//!
//! The memory is synthetic but shaped like news: sentences of 8–35 words drawn from a
//! vocabulary of 60,000 Arabic word forms with Zipf's frequencies (the words of the sample
//! article first, then made-up forms), so that a few function words are in most units and
//! most words are rare, as in a newsroom's memory. The databases are made once and kept in
//! `target/bench-memory/` (remove it to make them again); making the million takes minutes.
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use dragoman_core::model::NewUnit;
use dragoman_core::store::SCHEMA_VERSION;
use dragoman_core::tm::Query;
use dragoman_core::usecases::memory::{self, MatchOptions};
use dragoman_core::{sample, Store};

/// A small, seeded generator (xorshift64*): the same memory on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The vocabulary: the sample's words, then made-up forms of three to six letters.
fn vocabulary() -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for w in sample::SAMPLE_TEXT.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !words.iter().any(|x| x == w) {
            words.push(w.to_owned());
        }
    }
    let letters: Vec<char> = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي".chars().collect();
    let mut rng = Rng(0x5EED);
    while words.len() < 60_000 {
        let len = 3 + rng.below(4);
        let w: String = (0..len).map(|_| letters[rng.below(letters.len())]).collect();
        words.push(w);
    }
    words
}

/// Draws word ranks with Zipf's law (s = 1) by inverting the harmonic CDF.
struct Zipf {
    cdf: Vec<f64>,
}

impl Zipf {
    fn new(n: usize) -> Zipf {
        let mut cdf = Vec::with_capacity(n);
        let mut sum = 0.0;
        for k in 1..=n {
            sum += 1.0 / k as f64;
            cdf.push(sum);
        }
        cdf.iter_mut().for_each(|c| *c /= sum);
        Zipf { cdf }
    }
    fn draw(&self, rng: &mut Rng) -> usize {
        let u = rng.unit();
        self.cdf.partition_point(|c| *c < u).min(self.cdf.len() - 1)
    }
}

fn sentence(rng: &mut Rng, zipf: &Zipf, vocab: &[String]) -> String {
    let n = 8 + rng.below(28);
    let words: Vec<&str> = (0..n).map(|_| vocab[zipf.draw(rng)].as_str()).collect();
    format!("{}.", words.join(" "))
}

/// A store with `n` units, made once and kept.
fn memory_of(n: usize) -> (Store, Vec<String>) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-memory");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("units-{n}-v{SCHEMA_VERSION}.db"));
    let vocab = vocabulary();
    let zipf = Zipf::new(vocab.len());
    let mut rng = Rng(0xD1A6 + n as u64);
    let sources: Vec<String> = (0..200).map(|_| sentence(&mut rng, &zipf, &vocab)).collect();
    if !path.exists() {
        let partial = path.with_extension("partial");
        let _ = std::fs::remove_file(&partial);
        let mut store = Store::open(&partial).unwrap();
        let started = std::time::Instant::now();
        let mut rng = Rng(0xD1A6 + n as u64);
        // The first 200 are the ones the benchmark's queries are made from.
        store
            .import_units(|imp| {
                for i in 0..n {
                    let source = sentence(&mut rng, &zipf, &vocab);
                    imp.add(&NewUnit {
                        source,
                        target: format!("English sentence number {i} of the synthetic memory."),
                        source_lang: "ar".into(),
                        target_lang: "en".into(),
                        origin: "bench.tmx".into(),
                        tuid: None,
                        created_by: None,
                        changed_by: None,
                        created_at: 0,
                        updated_at: 0,
                    })?;
                }
                Ok(())
            })
            .unwrap();
        eprintln!("made a memory of {n} units in {:.1} s", started.elapsed().as_secs_f64());
        drop(store);
        std::fs::rename(&partial, &path).unwrap();
        let _ = std::fs::remove_file(partial.with_extension("partial-wal"));
        let _ = std::fs::remove_file(partial.with_extension("partial-shm"));
    }
    (Store::open(&path).unwrap(), sources)
}

/// A unit's source changed as text changes: a word dropped, one replaced, a clitic added.
fn edited(source: &str, i: usize) -> String {
    let mut words: Vec<String> = source.trim_end_matches('.').split(' ').map(str::to_owned).collect();
    let at = i % words.len();
    match i % 3 {
        0 => {
            words.remove(at);
        }
        1 => words[at] = "مختلفة".into(),
        _ => words[at] = format!("و{}", words[at]),
    }
    format!("{}.", words.join(" "))
}

fn bench_size(c: &mut Criterion, n: usize, label: &str) {
    let (mut store, sources) = memory_of(n);
    if n == 0 {
        save_edit(c, &mut store, label);
        return;
    }
    let queries: Vec<String> = sources.iter().enumerate().map(|(i, s)| edited(s, i)).collect();
    let opts = MatchOptions { min: 60, max: 5, exclude_segment: None };
    let mut found = 0;
    for q in &queries[..50] {
        let m = memory::matches_for(&store, &Query::new(q, None), opts).unwrap();
        found += usize::from(m.first().is_some_and(|m| m.score >= 90));
    }
    eprintln!("{label}: the unit a query was made from is found at 90% or more for {found} of 50 queries");
    let mut i = 0;
    c.bench_function(&format!("matches for one segment, {label} units"), |b| {
        b.iter(|| {
            i = (i + 1) % queries.len();
            memory::matches_for(&store, &Query::new(&queries[i], None), opts).unwrap()
        })
    });
    let nothing = "جملة لا تشبه شيئا في الذاكرة على الإطلاق وليس فيها كلمة معروفة";
    c.bench_function(&format!("matches for a segment the memory lacks, {label} units"), |b| {
        b.iter(|| memory::matches_for(&store, &Query::new(nothing, None), opts).unwrap())
    });
    let rare = sources[0].split(' ').nth(3).unwrap().trim_end_matches('.').to_owned();
    c.bench_function(&format!("concordance of a word, {label} units"), |b| {
        b.iter(|| memory::concordance(&store, &rare).unwrap())
    });
    c.bench_function(&format!("concordance of the commonest word, {label} units"), |b| {
        b.iter(|| memory::concordance(&store, "في").unwrap())
    });
    save_edit(c, &mut store, label);
}

/// Saving an edit, and confirming one (which makes or updates its unit and the word
/// counts), in an article with this memory behind it.
fn save_edit(c: &mut Criterion, store: &mut Store, label: &str) {
    let article = store.create_article(&sample::sample_article()).unwrap();
    let seg = store.segments(article.id).unwrap()[3].id;
    let mut k = 0u64;
    c.bench_function(&format!("save one segment edit, {label} units"), |b| {
        b.iter_batched(
            || {
                k += 1;
                format!("The Kremlin said on Thursday {k}")
            },
            |text| store.update_segment_target(seg, &text).unwrap(),
            BatchSize::SmallInput,
        )
    });
    c.bench_function(&format!("edit and confirm one segment (its unit kept), {label} units"), |b| {
        b.iter(|| {
            k += 1;
            store.update_segment_target(seg, &format!("The Kremlin said on Thursday {k}")).unwrap();
            store.set_segment_status(seg, dragoman_core::SegmentStatus::Translated).unwrap()
        })
    });
    store.delete_article_and_units(article.id).unwrap();
}

fn benches(c: &mut Criterion) {
    // DRAGOMAN_MEMORY_BENCH_SIZES=100000 runs one size only.
    let sizes = std::env::var("DRAGOMAN_MEMORY_BENCH_SIZES").unwrap_or_else(|_| "0,100000,1000000".into());
    for n in sizes.split(',').filter_map(|n| n.trim().parse::<usize>().ok()) {
        let label = n
            .to_string()
            .as_bytes()
            .rchunks(3)
            .rev()
            .map(|c| std::str::from_utf8(c).unwrap())
            .collect::<Vec<_>>()
            .join(",");
        bench_size(c, n, &label);
    }
}

criterion_group!(name = memory_benches; config = Criterion::default().sample_size(30); targets = benches);
criterion_main!(memory_benches);
