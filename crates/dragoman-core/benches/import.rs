//! Import benchmarks: a 1 MB Arabic plain-text file decoded, structured, segmented and
//! stored (the budget: well under a second), and the sentence splitter's throughput.
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use dragoman_core::import::{preview_bytes, ImportOptions};
use dragoman_core::sample::SAMPLE_TEXT;
use dragoman_core::segment::sentence_ranges;
use dragoman_core::Store;

/// About 1 MB of real Arabic news text: the sample's body repeated.
fn one_megabyte() -> String {
    let body: String = SAMPLE_TEXT.lines().skip(3).collect::<Vec<_>>().join("\n");
    let mut text = String::from("عنوان الملف الكبير\n\n");
    while text.len() < 1_000_000 {
        text.push_str(&body);
        text.push_str("\n\n");
    }
    text
}

fn benches(c: &mut Criterion) {
    let text = one_megabyte();
    let bytes = text.as_bytes().to_vec();
    let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(&text);
    let cp1256 = cp1256.into_owned();

    let mut group = c.benchmark_group("import 1 MB");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("bench.db")).unwrap();
    group.bench_function("UTF-8 text into the database", |b| {
        b.iter(|| {
            let p = preview_bytes(&bytes, Some("big.txt"), &ImportOptions::default()).unwrap();
            store.create_article(&p.into_article(None)).unwrap()
        })
    });
    group.bench_function("windows-1256 text into the database", |b| {
        b.iter(|| {
            let p = preview_bytes(&cp1256, Some("big.txt"), &ImportOptions::default()).unwrap();
            store.create_article(&p.into_article(None)).unwrap()
        })
    });
    group.bench_function("preview only (decode, structure, segment)", |b| {
        b.iter_batched(
            || (),
            |_| preview_bytes(&bytes, Some("big.txt"), &ImportOptions::default()).unwrap(),
            BatchSize::SmallInput,
        )
    });
    group.finish();

    let paragraph: String = text.split("\n\n").filter(|p| p.len() > 200).take(200).collect::<Vec<_>>().join(" ");
    let mut group = c.benchmark_group("sentence splitter");
    group.throughput(Throughput::Bytes(paragraph.len() as u64));
    group.bench_function("Arabic news text", |b| b.iter(|| sentence_ranges(&paragraph)));
    group.finish();
}

criterion_group!(import_benches, benches);
criterion_main!(import_benches);
