//! Exporting holds one block at a time: the memory an export takes beyond the article it
//! was given does not grow with the article (issue 13, item 5: a 905,589-segment article's
//! bilingual DOCX once took 8.7 GB). Measured as the process's peak resident memory (Linux:
//! `/proc/self/clear_refs` resets it), so this file holds one test that runs by default: run
//! the report with `--ignored --test-threads=1`.
use dragoman_core::formats::export::ExportFormat;
use dragoman_core::model::{Article, Segment, SegmentKind, SegmentStatus, WorkflowStatus};

/// A field of `/proc/self/status`, in KiB.
fn status_kib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line[field.len()..].trim().trim_end_matches("kB").trim().parse().ok()
}

/// How far the process's resident memory rose above where it was while `f` ran, in KiB
/// (`None` where the system cannot tell).
fn peak_during<T>(f: impl FnOnce() -> T) -> (T, Option<u64>) {
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let base = status_kib("VmRSS:");
    let out = f();
    let peak = status_kib("VmHWM:");
    (out, reset.then(|| Some(peak?.saturating_sub(base?))).flatten())
}

fn article(paragraphs: usize) -> (Article, Vec<Segment>) {
    let article = Article {
        id: 1,
        title: "تقرير طويل".into(),
        source_lang: "ar".into(),
        target_lang: "en".into(),
        origin: None,
        author: None,
        published: None,
        format: Some("text".into()),
        encoding: None,
        created_at: 0,
        updated_at: 0,
        status: WorkflowStatus::InTranslation,
    };
    let mut segments = Vec::new();
    let mut push = |kind, paragraph, source: String, target: String| {
        let position = segments.len() as i64;
        segments.push(Segment {
            id: position + 1,
            article_id: 1,
            position,
            kind,
            paragraph,
            source,
            target,
            status: SegmentStatus::Translated,
            updated_at: 0,
            words: 10,
            version: 1,
            mergeable: false,
            memory_unit: None,
        });
    };
    push(SegmentKind::Headline, 0, "عنوان التقرير".into(), "The report's headline".into());
    for p in 1..=paragraphs as i64 {
        for s in 0..2 {
            push(
                SegmentKind::Sentence,
                p,
                format!("أفاد الكرملين بأن الرئيس الروسي يسعى إلى محادثات مع نظيره رقم {p}-{s}."),
                format!("The Kremlin said the Russian president sought talks with his counterpart, number {p}-{s}."),
            );
        }
    }
    (article, segments)
}

const FORMATS: [ExportFormat; 6] = [
    ExportFormat::Txt,
    ExportFormat::Md,
    ExportFormat::Html,
    ExportFormat::Docx,
    ExportFormat::BilingualHtml,
    ExportFormat::BilingualDocx,
];

/// One export of an article of `paragraphs` paragraphs (two sentences each), in a process of
/// its own (this test binary run again), so that no earlier export's freed memory hides this
/// one's: how far the resident memory rose while it was written, in KiB.
fn measured(format: ExportFormat, paragraphs: usize) -> Option<u64> {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "measure_one_export", "--ignored", "--nocapture", "--test-threads=1"])
        .env("DRAGOMAN_MEASURE", format!("{format:?} {paragraphs}"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    stdout.split("PEAK_KIB=").nth(1)?.lines().next()?.trim().parse().ok()
}

/// Ten times the article, the same memory: an export of 20,001 segments (the most an article
/// may have) takes no more than one of 2,001 does, give or take a MiB (the allocator's and
/// the page's granularity). Writing a whole document first took ten times as much (from
/// 1.3 to 11 MiB for text, 13 to 112 MiB for a bilingual DOCX).
#[test]
fn an_exports_memory_does_not_grow_with_the_article() {
    for format in FORMATS {
        let (Some(small), Some(large)) = (measured(format, 1_000), measured(format, 10_000)) else {
            eprintln!("this system does not report peak memory: not measured");
            return;
        };
        assert!(large <= small + 1024, "{format:?}: {small} KiB for 2,001 segments, {large} KiB for 20,001");
    }
}

/// Run by [`measured`] in a process of its own.
#[test]
#[ignore]
fn measure_one_export() {
    let Ok(what) = std::env::var("DRAGOMAN_MEASURE") else { return };
    let (format, paragraphs) = what.split_once(' ').unwrap();
    let format = FORMATS.into_iter().find(|f| format!("{f:?}") == format).unwrap();
    let (article, segments) = article(paragraphs.parse().unwrap());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out");
    let ((), peak) =
        peak_during(|| dragoman_core::usecases::export::to_file(&article, &segments, format, &path).unwrap());
    if let Some(peak) = peak {
        println!("PEAK_KIB={peak}");
    }
    println!("FILE_KIB={}", std::fs::metadata(&path).unwrap().len() / 1024);
}

/// The figures for the README and the report (`-- --ignored --nocapture report`).
#[test]
#[ignore]
fn report_export_peaks() {
    for paragraphs in [1_000, 10_000, 50_000] {
        for format in FORMATS {
            println!("{} segments {format:?}: +{:?} KiB", 2 * paragraphs + 1, measured(format, paragraphs));
        }
    }
}
