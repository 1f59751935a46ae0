//! Editor benchmarks named by the editor issue: saving one edit with 10,000 articles in the
//! database, making a draft of a 2,000-segment article, diffing two such drafts.
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use dragoman_core::{NewArticle, NewSegment, SegmentKind, Store};

/// An article of `n` paragraphs of real Arabic news text.
fn article(n: usize) -> NewArticle {
    let body: Vec<&str> = dragoman_core::sample::SAMPLE_TEXT.lines().filter(|l| l.len() > 80).collect();
    NewArticle {
        title: "طويلة".into(),
        source_lang: "ar".into(),
        target_lang: "en".into(),
        origin: None,
        author: None,
        published: None,
        format: None,
        encoding: None,
        segments: (0..n)
            .map(|i| NewSegment {
                kind: SegmentKind::Paragraph,
                paragraph: i as i64,
                source: body[i % body.len()].to_owned(),
                excluded: false,
            })
            .collect(),
    }
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("bench.db")).unwrap();
    let sample = dragoman_core::sample::sample_article();
    for _ in 0..10_000 {
        store.create_article(&sample).unwrap();
    }
    let id = store.create_article(&article(2000)).unwrap().id;
    let segs = store.segments(id).unwrap();
    for (i, s) in segs.iter().enumerate() {
        store.update_segment_target(s.id, &format!("The Kremlin said on day {i} that the talks would go on.")).unwrap();
    }

    let target = segs[1000].id;
    let mut n = 0u64;
    c.bench_function("save one segment edit (10,000 articles)", |b| {
        b.iter_batched(
            || {
                n += 1;
                format!("The Kremlin said on Thursday, edit {n}")
            },
            |text| store.update_segment_target(target, &text).unwrap(),
            BatchSize::SmallInput,
        )
    });

    c.bench_function("make a draft of a 2,000-segment article", |b| {
        b.iter(|| store.create_draft(id, "Translator's draft").unwrap())
    });

    let first = store.create_draft(id, "first").unwrap().id;
    for s in segs.iter().step_by(10) {
        store.update_segment_target(s.id, "Moscow said on Friday that the talks would stop.").unwrap();
    }
    let second = store.create_draft(id, "second").unwrap().id;
    c.bench_function("diff two drafts of a 2,000-segment article", |b| {
        b.iter(|| store.compare(id, Some(first), Some(second)).unwrap())
    });
}

criterion_group! {
    name = editor_benches;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(editor_benches);
