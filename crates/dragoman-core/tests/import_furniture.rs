//! What surrounds the story in a copied article: paragraphs one per line, datelines as a kind
//! of their own, site furniture proposed as "not for translation" and imported so when the
//! translator accepts it, and the same article imported twice recognised.
use dragoman_core::formats::export::{export, ExportFormat};
use dragoman_core::import::{preview_bytes, preview_paste, ImportOptions};
use dragoman_core::sample::SAMPLE_TEXT;
use dragoman_core::usecases::import::{commit, with_existing};
use dragoman_core::{Error, SegmentKind, SegmentStatus, Store};

/// Copied from a news site: one line per paragraph, a dateline on its own line.
const WIRE: &str = "وزير الخارجية يزور بغداد لبحث التعاون في مجال الطاقة
القاهرة - رويترز
وصل وزير الخارجية إلى بغداد اليوم في زيارة تستمر يومين، يلتقي خلالها كبار المسؤولين لبحث ملفات الطاقة والأمن والحدود.
وقال مصدر في الوزارة إن الزيارة تأتي بعد أشهر من الاتصالات بين البلدين. وأضاف أنها ستتناول أيضا عودة الرحلات المباشرة.
وأشار المصدر إلى أن لجنة مشتركة ستجتمع الشهر المقبل لترسيم ما تبقى من الحدود.
";

fn kinds(text: &str) -> Vec<(SegmentKind, String, bool)> {
    let p = preview_paste(text, None).unwrap();
    p.segments.into_iter().map(|s| (s.kind, s.source, s.furniture)).collect()
}

#[test]
fn one_line_per_paragraph_with_a_dateline_of_its_own() {
    let p = preview_paste(WIRE, None).unwrap();
    let got: Vec<(SegmentKind, i64)> = p.segments.iter().map(|s| (s.kind, s.paragraph)).collect();
    use SegmentKind::*;
    assert_eq!(got, vec![(Headline, 0), (Dateline, 1), (Paragraph, 2), (Sentence, 3), (Sentence, 3), (Paragraph, 4)]);
    assert_eq!(p.segments[1].source, "القاهرة - رويترز");
    assert_eq!((p.counts.dateline, p.counts.subhead, p.counts.paragraph), (1, 0, 2));
    // A dateline is translated: it is not proposed as furniture.
    assert!(p.segments.iter().all(|s| !s.furniture));
}

#[test]
fn a_dateline_between_blank_lines_is_found_too() {
    let text =
        "العنوان الرئيسي للخبر\n\nعين اليوم – الخرطوم\n\nالتقى المسؤول اليمني بنائب الرئيس في الخرطوم لبحث علاج الجرحى.";
    let k = kinds(text);
    assert_eq!((k[1].0, k[1].1.as_str()), (SegmentKind::Dateline, "عين اليوم – الخرطوم"));
    // A short line later in the body is a subhead, never a dateline.
    let later = format!("{text}\n\nالقاهرة - بغداد\n\nوقال إن الرحلات ستعود الشهر المقبل.");
    assert_eq!(kinds(&later)[3].0, SegmentKind::Subhead);
}

#[test]
fn the_samples_furniture_is_proposed_and_nothing_else() {
    let p = preview_bytes(SAMPLE_TEXT.as_bytes(), Some("sample.txt"), &ImportOptions::default()).unwrap();
    let proposed: Vec<&str> = p.segments.iter().filter(|s| s.furniture).map(|s| s.source.as_str()).collect();
    assert_eq!(proposed, ["رئيس التحرير", "عصام كامل", "الكرملين", "الكرملين", "الجريدة الرسمية"]);
    // The subheads stay subheads, to translate.
    assert_eq!(p.counts.subhead, 3);
    assert_eq!(p.counts.dateline, 0);
}

#[test]
fn a_closing_read_more_is_one_line_proposed_as_furniture() {
    let text = "العنوان\n\nقال الوزير إن المحادثات بدأت اليوم في جنيف.\n\n...المزيد";
    let p = preview_paste(text, None).unwrap();
    let last = p.segments.last().unwrap();
    assert_eq!((last.kind, last.source.as_str(), last.furniture), (SegmentKind::Paragraph, "...المزيد", true));
    assert_eq!(p.segments.len(), 3);
}

#[test]
fn furniture_is_proposed_in_plain_text_only() {
    let html = "<html><body><h1>العنوان</h1><p>الكرملين</p><p>أفاد الكرملين بأن المحادثات بدأت اليوم في جنيف.</p>\
                <ul><li>البند الأول</li></ul></body></html>";
    let p = preview_paste("", Some(html)).unwrap();
    assert!(p.segments.iter().all(|s| !s.furniture), "{:?}", p.segments);
}

#[test]
fn accepted_furniture_is_imported_not_for_translation_and_leaves_the_counts() {
    let mut store = Store::open_in_memory().unwrap();
    let p = preview_paste(SAMPLE_TEXT, None).unwrap();
    let accepted: Vec<usize> = p.segments.iter().enumerate().filter(|(_, s)| s.furniture).map(|(i, _)| i).collect();
    // The translator undoes one proposal (the second tag line) and accepts the rest.
    let kept = accepted[3];
    let excluded: Vec<usize> = accepted.iter().copied().filter(|&i| i != kept).collect();
    let article = commit(&mut store, p, None, &excluded).unwrap();
    let segs = store.segments(article.id).unwrap();
    for (i, s) in segs.iter().enumerate() {
        let want = if excluded.contains(&i) { SegmentStatus::Excluded } else { SegmentStatus::New };
        assert_eq!(s.status, want, "segment {i}: {}", s.source);
    }
    assert_eq!(store.article_summary(article.id).unwrap().segment_count, segs.len() as i64 - 4);
}

#[test]
fn a_position_beyond_the_article_is_refused_and_nothing_is_stored() {
    let mut store = Store::open_in_memory().unwrap();
    let p = preview_paste(WIRE, None).unwrap();
    let n = p.segments.len();
    assert!(matches!(commit(&mut store, p, None, &[n]), Err(Error::Invalid(_))));
    assert!(store.list_articles().unwrap().is_empty());
}

#[test]
fn a_dateline_is_exported_as_a_paragraph_of_its_own() {
    let mut store = Store::open_in_memory().unwrap();
    let article = commit(&mut store, preview_paste(WIRE, None).unwrap(), None, &[]).unwrap();
    let segs = store.segments(article.id).unwrap();
    let english = ["Foreign minister visits Baghdad", "CAIRO (Reuters) -", "The minister arrived today."];
    for (s, t) in segs.iter().zip(english) {
        store.save_target(s.id, t, Some(s.version)).unwrap();
    }
    let segs = store.segments(article.id).unwrap();
    let txt = String::from_utf8(export(&article, &segs, ExportFormat::Txt).unwrap()).unwrap();
    assert_eq!(txt, "Foreign minister visits Baghdad\n\nCAIRO (Reuters) -\n\nThe minister arrived today.\n");
    let html = String::from_utf8(export(&article, &segs, ExportFormat::Html).unwrap()).unwrap();
    assert!(html.contains("<p class=\"dateline\">CAIRO (Reuters) -</p>"), "{html}");
}

#[test]
fn the_same_article_imported_again_is_recognised() {
    let mut store = Store::open_in_memory().unwrap();
    let first = with_existing(&store, preview_paste(WIRE, None).unwrap()).unwrap();
    assert_eq!(first.existing, None);
    let article = commit(&mut store, first, None, &[]).unwrap();
    // The same text, with harakat, tatweel, another hamza form and blank lines between its
    // paragraphs, reads the same under the shared normalisation.
    let again = WIRE.replace("وزير", "وَزيـر").replace("إلى", "الى").replace('\n', "\n\n");
    let second = with_existing(&store, preview_paste(&again, None).unwrap()).unwrap();
    assert_eq!(second.existing.map(|a| a.id), Some(article.id));
    // Another article is not.
    let other = WIRE.replace("بغداد", "دمشق");
    assert_eq!(with_existing(&store, preview_paste(&other, None).unwrap()).unwrap().existing, None);
}

#[test]
fn splitting_and_merging_segments_keeps_the_article_recognisable() {
    let mut store = Store::open_in_memory().unwrap();
    let article = commit(&mut store, preview_paste(WIRE, None).unwrap(), None, &[]).unwrap();
    let para = store.segments(article.id).unwrap()[2].clone();
    store.split_segment(para.id, 10).unwrap();
    let again = with_existing(&store, preview_paste(WIRE, None).unwrap()).unwrap();
    assert_eq!(again.existing.map(|a| a.id), Some(article.id));
}
