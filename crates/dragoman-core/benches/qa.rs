//! The QA checks (issue 12): every check over a 2,000-segment article, translated (the sample
//! article and its good English over and over), with the en_US dictionary and the sample
//! glossary, and with 100,000 more names; what the editor pays after an edit (the whole
//! article again, every segment but the edited one from the cache); one segment's own checks.
use criterion::{criterion_group, criterion_main, Criterion};
use dragoman_core::formats::csv::read_csv;
use dragoman_core::model::Segment;
use dragoman_core::names::glossary::{Compiled, GlossaryEntry, NameType, StoredEntry};
use dragoman_core::qa::run::{check_article, check_segment, Cache, Context};
use dragoman_core::spell::{search_path, Known, Speller, Variant};

#[path = "support/made_up.rs"]
mod made_up;

fn glossary(extra: usize) -> Compiled {
    let csv = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/names.csv")).unwrap();
    let (mut entries, _) = read_csv(&csv).unwrap();
    entries.extend((0..extra).map(|i| {
        let (full, surname) = made_up::name(i);
        GlossaryEntry {
            arabic: full,
            variants: vec![surname],
            english: format!("Name{i} Surname{i}"),
            short: Some(format!("Surname{i}")),
            kind: NameType::Person,
            deprecated: vec![],
            clitics: true,
            not: vec![],
            notes: String::new(),
        }
    }));
    Compiled::new(
        entries
            .into_iter()
            .enumerate()
            .map(|(i, entry)| StoredEntry { id: i as i64 + 1, entry, created_at: 0, updated_at: 0 })
            .collect(),
    )
}

/// 2,000 segments: the sample article and its translation, again and again (each copy its own
/// paragraphs).
fn article() -> Vec<Segment> {
    let mut store = dragoman_core::Store::open_in_memory().unwrap();
    let english: Vec<&str> = include_str!("../../../tests/fixtures/sample-en.tsv")
        .lines()
        .filter_map(|l| l.split_once('\t').map(|(_, e)| e))
        .collect();
    let sample = dragoman_core::import::preview_paste(dragoman_core::sample::SAMPLE_TEXT, None).unwrap();
    let mut article = sample.into_article(None);
    let body = article.segments.clone();
    let per_copy = body.iter().map(|s| s.paragraph).max().unwrap_or(0) + 1;
    let mut copy = 0;
    while article.segments.len() < 2_000 {
        copy += 1;
        article.segments.extend(body.iter().cloned().map(|mut s| {
            s.paragraph += copy * per_copy;
            s
        }));
    }
    article.segments.truncate(2_000);
    let id = store.create_article(&article).unwrap().id;
    for (i, s) in store.segments(id).unwrap().into_iter().enumerate() {
        store.save_target(s.id, english[i % english.len()], None).unwrap();
    }
    store.segments(id).unwrap()
}

fn benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("qa");
    group.sample_size(10);
    let speller =
        Speller::load(Variant::EnUs, &search_path()).expect("hunspell-en-us (scripts/bootstrap.sh installs it)");
    let mut segments = article();
    for (label, g) in [("the sample glossary", glossary(0)), ("100,014 names", glossary(100_000))] {
        let words = Known::from_glossary(g.entries());
        let mut ctx = Context::new(&g);
        ctx.speller = Some(&speller);
        ctx.known = vec![&words];
        group.bench_function(format!("every check of a 2,000-segment article, {label}"), |b| {
            b.iter(|| check_article(&segments, &ctx, None))
        });
        let mut cache = Cache::new();
        check_article(&segments, &ctx, Some((&mut cache, 1)));
        let mut n = 0;
        group.bench_function(format!("after an edit: the article again, one segment changed, {label}"), |b| {
            b.iter(|| {
                n += 1;
                segments[1_000].target = format!("Putin and Biden spoke for {n} minutes.");
                check_article(&segments, &ctx, Some((&mut cache, 1)))
            })
        });
        let one = segments[9].clone();
        group.bench_function(format!("one segment's own checks, {label}"), |b| b.iter(|| check_segment(&one, &ctx)));
    }
    group.finish();
}

criterion_group!(qa, benches);
criterion_main!(qa);
