//! The translation memory's TMX files: importing a 100,000-unit file into a fresh store on
//! disk (one transaction, every unit indexed), and exporting those units again.
use std::io::Write;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use dragoman_core::usecases::tmx::{export, import};
use dragoman_core::Store;

#[path = "support/made_up.rs"]
mod made_up;

const UNITS: usize = 100_000;

/// A TMX file of `UNITS` distinct made-up news sentences, written as another tool would
/// (pretty-printed, dates, an `ar-EG` variant now and then).
fn write_tmx(path: &std::path::Path) {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">").unwrap();
    writeln!(f, "<tmx version=\"1.4\">\n<header creationtool=\"bench\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" srclang=\"ar\" datatype=\"plaintext\"/>\n<body>").unwrap();
    for i in 0..UNITS {
        let (who, what, place) = (made_up::name(i).0, made_up::word(i * 7 + 1), made_up::word(i * 31 + 3));
        let ar = if i % 10 == 0 { "ar-EG" } else { "ar" };
        writeln!(
            f,
            "<tu tuid=\"u{i}\" creationdate=\"2025{:02}{:02}T120000Z\">\n  <tuv xml:lang=\"{ar}\"><seg>قال {who} إن {what} سيزور {place} يوم الاثنين المقبل لبحث الأوضاع.</seg></tuv>\n  <tuv xml:lang=\"en\"><seg>Name{i} said that Word{} will visit Place{} next Monday to discuss the situation.</seg></tuv>\n</tu>",
            i % 12 + 1,
            i % 28 + 1,
            i * 7 + 1,
            i * 31 + 3
        )
        .unwrap();
    }
    writeln!(f, "</body>\n</tmx>").unwrap();
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("memory.tmx");
    write_tmx(&file);
    let mut group = c.benchmark_group("tmx");
    group.sample_size(10);
    group.measurement_time(std::time::Duration::from_secs(60));

    group.bench_function("import a 100,000-unit TMX into a fresh store on disk", |b| {
        b.iter_batched(
            || {
                let d = tempfile::tempdir().unwrap();
                let store = Store::open(&d.path().join("m.db")).unwrap();
                (d, store)
            },
            |(d, mut store)| {
                let report = import(&mut store, &file).unwrap();
                assert_eq!(report.added, UNITS);
                (d, store)
            },
            BatchSize::PerIteration,
        )
    });

    let mut store = Store::open(&dir.path().join("full.db")).unwrap();
    import(&mut store, &file).unwrap();
    let out = dir.path().join("out.tmx");
    group.bench_function("export 100,000 units as TMX", |b| {
        b.iter(|| assert_eq!(export(&store, &out, None).unwrap(), UNITS))
    });
    group.finish();
}

criterion_group!(tmx_benches, benches);
criterion_main!(tmx_benches);
