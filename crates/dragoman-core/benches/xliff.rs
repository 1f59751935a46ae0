//! XLIFF (issue 14): a 5,000-unit XLIFF 1.2 from another tool (inline codes in one unit in
//! four) opened as an article in a store on disk (goal: under 1 s), written back with every
//! unit translated (goal: under 0.5 s); a 5,000-segment article exported as XLIFF 2.1 and
//! the file read back as an update report.
use std::fmt::Write as _;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use dragoman_core::formats::xliff::{codes, XliffVersion};
use dragoman_core::usecases::{export, xliff};
use dragoman_core::{SegmentStatus, Store};

#[path = "support/made_up.rs"]
mod made_up;

const UNITS: usize = 5_000;

/// The file as memoQ would write it: a unit per sentence, a `<g>` and an `<x/>` in one unit
/// in four, the first half already translated.
fn foreign_file() -> String {
    let mut f = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" xmlns:mq=\"MQXliff\">\n<file original=\"bench.html\" source-language=\"ar\" target-language=\"en\" datatype=\"html\">\n<body>\n",
    );
    for i in 0..UNITS {
        let (who, what) = (made_up::name(i).0, made_up::word(i * 7 + 1));
        let source = if i % 4 == 0 {
            format!("قال <g id=\"{i}a\" ctype=\"bold\">{who}</g> إن {what} سيزور المدينة<x id=\"{i}b\"/> يوم الاثنين.")
        } else {
            format!("قال {who} إن {what} سيزور المدينة يوم الاثنين المقبل لبحث الأوضاع.")
        };
        let target = if i < UNITS / 2 {
            format!(
                "\n  <target state=\"translated\">Name{i} said Word{} will visit the city on Monday.</target>",
                i * 7 + 1
            )
        } else {
            String::new()
        };
        write!(
            f,
            "<trans-unit id=\"{i}\" mq:status=\"NotStarted\">\n  <source>{source}</source>{target}\n</trans-unit>\n"
        )
        .unwrap();
    }
    f.push_str("</body>\n</file>\n</xliff>\n");
    f
}

fn benches(c: &mut Criterion) {
    let text = foreign_file();
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("xliff");
    group.sample_size(10);
    group.measurement_time(std::time::Duration::from_secs(20));

    group.bench_function("open a 5,000-unit XLIFF 1.2 as an article (store on disk)", |b| {
        b.iter_batched(
            || {
                let d = tempfile::tempdir().unwrap();
                let store = Store::open(&d.path().join("x.db")).unwrap();
                (d, store)
            },
            |(d, mut store)| {
                let out = xliff::apply_text(&mut store, &text, "bench.xlf", None, &[]).unwrap();
                assert!(matches!(out, xliff::XliffOutcome::Opened { .. }));
                (d, store)
            },
            BatchSize::PerIteration,
        )
    });

    // Every unit translated (with its codes), then written back.
    let mut store = Store::open(&dir.path().join("full.db")).unwrap();
    let xliff::XliffOutcome::Opened { article } = xliff::apply_text(&mut store, &text, "bench.xlf", None, &[]).unwrap()
    else {
        panic!("a new article")
    };
    for s in store.segments(article.id).unwrap() {
        let markers: String = s.source.chars().filter(|&c| codes::code_of(c).is_some()).collect();
        store.update_segment_target(s.id, &format!("Translated {markers} again.")).unwrap();
        store.set_segment_status(s.id, SegmentStatus::Translated).unwrap();
    }
    group.bench_function("write a 5,000-unit XLIFF 1.2 back, every unit translated", |b| {
        b.iter(|| assert!(xliff::write_back_text(&store, article.id).unwrap().len() > text.len()))
    });

    // Dragoman's own file: exported, then read back as an update of its article.
    let id = article.id;
    let export_id = export::record_export(&mut store, id);
    let (a, segments) = export::load(&store, id).unwrap();
    let mut own = Vec::new();
    export::xliff(&a, &segments, XliffVersion::V21, export_id, &Default::default(), None, &mut own).unwrap();
    let own = String::from_utf8(own).unwrap();
    group.bench_function("export a 5,000-segment article as XLIFF 2.1", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(own.len());
            export::xliff(&a, &segments, XliffVersion::V21, export_id, &Default::default(), None, &mut out).unwrap();
            out
        })
    });
    group.bench_function("report an update from a 5,000-unit XLIFF 2.1", |b| {
        b.iter(|| {
            assert!(matches!(xliff::plan_text(&store, &own, "own.xlf", None).unwrap(), xliff::XliffPlan::Update(_)))
        })
    });
    group.finish();
}

criterion_group!(xliff_benches, benches);
criterion_main!(xliff_benches);
