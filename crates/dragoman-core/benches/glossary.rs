//! The glossary in use: what the editor asks for when it opens an article (every segment's
//! names, with the reference forms, and the checks on the English), for a 2,000-segment
//! article; importing and searching a 100,000-entry glossary in the store.
use criterion::{criterion_group, criterion_main, Criterion};
use dragoman_core::formats::csv::read_csv;
use dragoman_core::names::annotate::annotate;
use dragoman_core::names::glossary::{Compiled, GlossaryEntry, NameType};
use dragoman_core::qa::names;
use dragoman_core::Store;

#[path = "support/made_up.rs"]
mod made_up;

/// 100,000 made-up names plus the newsroom's sample glossary.
fn entries() -> Vec<GlossaryEntry> {
    let csv = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/names.csv")).unwrap();
    let (mut out, _) = read_csv(&csv).unwrap();
    out.extend((0..100_000).map(|i| {
        let (full, surname) = made_up::name(i);
        GlossaryEntry {
            arabic: full,
            variants: vec![surname],
            english: format!("Name{i} Surname{i}"),
            short: Some(format!("Surname{i}")),
            kind: NameType::Person,
            deprecated: if i % 10 == 0 { vec![format!("Old{i}")] } else { vec![] },
            clitics: true,
            not: vec![],
            notes: String::new(),
        }
    }));
    out
}

fn benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("glossary");
    group.sample_size(10);

    let entries = entries();
    group.bench_function("import 100,000 names into an empty store (one transaction)", |b| {
        b.iter(|| {
            let mut store = Store::open_in_memory().unwrap();
            store.import_glossary(&entries, Vec::new()).unwrap()
        })
    });

    let mut store = Store::open_in_memory().unwrap();
    store.import_glossary(&entries, Vec::new()).unwrap();
    group.bench_function("search 100,000 names (Arabic, normalised)", |b| {
        b.iter(|| store.search_glossary("بيسكوف", None, 300).unwrap())
    });
    group.bench_function("load and compile 100,000 names from the store", |b| {
        b.iter(|| Compiled::new(store.glossary_entries().unwrap()))
    });

    // A 2,000-segment article: the sample's paragraphs over and over, half of them translated.
    let sample = dragoman_core::import::preview_paste(dragoman_core::sample::SAMPLE_TEXT, None).unwrap();
    let mut article = sample.into_article(None);
    let body: Vec<_> = article.segments.clone();
    while article.segments.len() < 2_000 {
        article.segments.extend(body.iter().cloned());
    }
    article.segments.truncate(2_000);
    let id = store.create_article(&article).unwrap().id;
    for (i, s) in store.segments(id).unwrap().into_iter().enumerate() {
        if i % 2 == 0 {
            store
                .save_target(s.id, "Putin told Biden in Kiev that the Kremlin and Dmitri Peskov agree.", None)
                .unwrap();
        }
    }
    let segments = store.segments(id).unwrap();
    let compiled = Compiled::new(store.glossary_entries().unwrap());
    group.bench_function("names of a 2,000-segment article, as the editor gets them (JSON)", |b| {
        b.iter(|| serde_json::to_vec(&annotate(&segments, &compiled)).unwrap())
    });
    group.bench_function("name checks of a 2,000-segment article", |b| b.iter(|| names::check(&segments, &compiled)));
    group.finish();
}

criterion_group!(glossary_benches, benches);
criterion_main!(glossary_benches);
