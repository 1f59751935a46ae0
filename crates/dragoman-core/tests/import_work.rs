//! A preview that takes a while can be followed and stopped: its progress moves through the
//! phases, and a stop ends it with `Error::Cancelled` instead of a preview.
use std::sync::Arc;

use dragoman_core::import::work::{Phase, Work};
use dragoman_core::import::{preview_bytes, ImportOptions};
use dragoman_core::{Error, ErrorKind};

/// A web page of `n` paragraphs, each of two sentences.
fn page(n: usize) -> Vec<u8> {
    let mut html = String::from("<html><head><meta charset=utf-8><title>ت</title></head><body><h1>عنوان المقالة</h1>");
    for i in 0..n {
        html.push_str(&format!(
            "<p>الفقرة {i}: قال المتحدث باسم الكرملين إن المحادثات مستمرة. وأضاف أن الجانبين سيواصلان الحوار.</p>\n"
        ));
    }
    html.push_str("</body></html>");
    html.into_bytes()
}

#[test]
fn a_finished_preview_has_gone_through_every_block() {
    let opts = ImportOptions::default();
    let p = preview_bytes(&page(500), Some("a.html"), &opts).unwrap();
    assert_eq!(p.counts.sentence, 1000);
    let progress = opts.work.progress();
    assert_eq!(progress.phase, Phase::Structure);
    assert_eq!(progress.done, progress.total);
    assert_eq!(progress.total, 501);
}

#[test]
fn a_stopped_preview_ends_with_cancelled() {
    let opts = ImportOptions::default();
    opts.work.cancel();
    let err = preview_bytes(&page(10), Some("a.html"), &opts).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Cancelled);
}

#[test]
fn a_preview_is_stopped_midway_from_another_thread() {
    // 15,000 paragraphs: 1.6 MB of HTML parsed a chunk at a time, then 15,000 blocks split.
    // A watcher stops it once it is under way; on a machine so busy that the watcher only
    // looks once the preview is done, the attempt proves nothing and is made again.
    let bytes = page(15_000);
    for _ in 0..5 {
        let work = Arc::new(Work::new());
        let opts = ImportOptions { work: work.clone(), ..ImportOptions::default() };
        let watcher = {
            let work = work.clone();
            std::thread::spawn(move || {
                while work.progress().done == 0 {
                    std::thread::yield_now();
                }
                let seen = work.progress();
                work.cancel();
                seen
            })
        };
        let result = preview_bytes(&bytes, Some("big.html"), &opts);
        let seen = watcher.join().unwrap();
        if seen.done < seen.total {
            assert!(matches!(result, Err(Error::Cancelled)), "{:?}", result.map(|p| p.segments.len()));
            return;
        }
    }
    panic!("the watcher never saw the preview under way");
}
