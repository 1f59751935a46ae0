//! The name matcher: compiling a 100,000-name glossary, updating it, and matching Arabic text
//! against it.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dragoman_core::names::{NameIndex, NameSpec};

#[path = "support/made_up.rs"]
mod made_up;

/// 100,000 made-up two-word names (and their surname alone), plus the sample's real ones.
fn glossary() -> Vec<NameSpec> {
    let mut names: Vec<NameSpec> = (0..100_000)
        .map(|i| {
            let (full, surname) = made_up::name(i);
            NameSpec { forms: vec![full, surname], clitics: true, not: vec![] }
        })
        .collect();
    for real in ["فلاديمير بوتين", "جو بايدن", "ديمتري بيسكوف", "الكرملين", "كييف", "جنيف", "موسكو", "روسيا"]
    {
        names.push(NameSpec { forms: vec![real.into()], clitics: true, not: vec![] });
    }
    names
}

fn benches(c: &mut Criterion) {
    let names = glossary();
    let mut group = c.benchmark_group("names");
    group.sample_size(10);
    group.bench_function("build the index of a 100,000-name glossary", |b| b.iter(|| NameIndex::build(&names)));
    // Arabic names often share their first word: 100,000 names beginning with محمد.
    let mohammeds: Vec<NameSpec> = (0..100_000)
        .map(|i| NameSpec { forms: vec![format!("محمد {}", made_up::word(i))], clitics: true, not: vec![] })
        .collect();
    group.bench_function("build the index of 100,000 names that all begin with محمد", |b| {
        b.iter(|| NameIndex::build(&mohammeds))
    });
    // And one entry with 100,000 variants.
    let variants = vec![NameSpec {
        forms: (0..100_000).map(|i| format!("محمد {}", made_up::word(i))).collect(),
        clitics: true,
        not: vec![],
    }];
    group.bench_function("build the index of one name with 100,000 variants", |b| {
        b.iter(|| NameIndex::build(&variants))
    });
    let mut index = NameIndex::build(&names);
    // The app keeps one index and updates it: replace 1,000 names (with themselves, so every
    // iteration starts from the same index), and remove then add back 1,000 others.
    group.bench_function("replace 1,000 names and remove and re-add 1,000 in it", |b| {
        b.iter(|| {
            for (i, spec) in names.iter().enumerate().take(1_000) {
                index.add(i, spec);
            }
            for (i, spec) in names.iter().enumerate().skip(50_000).take(1_000) {
                index.remove(i);
                index.add(i, spec);
            }
        })
    });
    assert_eq!(index.len(), names.len());
    let mut text = String::new();
    while text.len() < 1_000_000 {
        text.push_str(dragoman_core::sample::SAMPLE_TEXT);
    }
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("match 1 MB of Arabic news against it", |b| b.iter(|| index.find(&text)));
    group.finish();
}

criterion_group!(names_benches, benches);
criterion_main!(names_benches);
