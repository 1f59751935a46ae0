//! Store benchmarks: storing an article, listing articles, saving one edit. On a real file
//! (WAL, synchronous = FULL), as the app uses it.
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use dragoman_core::{sample, Store};

fn store_with(n: usize) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("bench.db")).unwrap();
    let article = sample::sample_article();
    for _ in 0..n {
        store.create_article(&article).unwrap();
    }
    (dir, store)
}

fn benches(c: &mut Criterion) {
    let article = sample::sample_article();
    let (_dir, mut store) = store_with(0);
    c.bench_function("create the sample article", |b| b.iter(|| store.create_article(&article).unwrap()));

    let (_dir, mut store) = store_with(1000);
    c.bench_function("list 1000 articles with progress", |b| b.iter(|| store.list_articles().unwrap()));

    let first = store.list_articles().unwrap()[0].article.id;
    let seg = store.segments(first).unwrap()[3].id;
    let mut i = 0u64;
    c.bench_function("save one segment edit (1000 articles)", |b| {
        b.iter_batched(
            || {
                i += 1;
                format!("The Kremlin said on Thursday {i}")
            },
            |text| store.update_segment_target(seg, &text).unwrap(),
            BatchSize::SmallInput,
        )
    });
    let _ = &mut store;
}

criterion_group!(store_benches, benches);
criterion_main!(store_benches);
