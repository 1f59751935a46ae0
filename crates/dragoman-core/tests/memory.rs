//! The translation memory as a translator meets it: units kept from confirmed segments,
//! matches for a second article, adaptation, analysis, filling, concordance and search.
use dragoman_core::diff::Op;
use dragoman_core::import::preview_paste;
use dragoman_core::names::glossary::{Compiled, GlossaryEntry, NameType};
use dragoman_core::tm::{Band, Query};
use dragoman_core::usecases::articles;
use dragoman_core::usecases::memory::{self, MatchOptions, MemorySettings, SettingsChange};
use dragoman_core::{Segment, SegmentStatus, Store};

fn store() -> Store {
    Store::open_in_memory().unwrap()
}

fn import(store: &mut Store, title: &str, text: &str) -> Vec<Segment> {
    let article = store.create_article(&preview_paste(text, None).unwrap().into_article(Some(title))).unwrap();
    store.segments(article.id).unwrap()
}

fn confirm(store: &mut Store, seg: &Segment, english: &str) {
    store.save_target(seg.id, english, None).unwrap();
    store.set_segment_status(seg.id, SegmentStatus::Translated).unwrap();
}

const FIRST: &str = "الكرملين يعلق على المحادثات\n\nقالَ المتحدث باسم الكرملين إن المحادثات كانت بناءة. وارتفع التضخم إلى ٢٫٧ في المئة عام 2019. وأضاف أن الرئيسين سيلتقيان قريبا.";

#[test]
fn a_confirmed_segment_is_one_unit_that_follows_its_edits() {
    let mut s = store();
    let segs = import(&mut s, "الأول", FIRST);
    assert_eq!(s.unit_count().unwrap(), 0);
    s.save_target(segs[1].id, "Kremlin spokesman said", None).unwrap();
    assert_eq!(s.unit_count().unwrap(), 0, "a draft is not a unit");
    confirm(&mut s, &segs[1], "The Kremlin spokesman said the talks were constructive.");
    assert_eq!(s.unit_count().unwrap(), 1);
    confirm(&mut s, &segs[1], "The Kremlin's spokesman said the talks had been constructive.");
    s.set_segment_status(segs[1].id, SegmentStatus::Reviewed).unwrap();
    assert_eq!(s.unit_count().unwrap(), 1, "editing a confirmed segment never duplicates its unit");
    let mut units = Vec::new();
    s.for_each_unit(None, |u| {
        units.push(u);
        Ok(())
    })
    .unwrap();
    assert_eq!(units[0].target, "The Kremlin's spokesman said the talks had been constructive.");
    assert_eq!((units[0].origin.as_str(), units[0].segment_id), ("الأول", Some(segs[1].id)));

    // Deleting the article keeps its units unless asked otherwise.
    s.delete_article(segs[0].article_id).unwrap();
    let kept = s.unit(units[0].id).unwrap();
    assert_eq!((kept.article_id, kept.segment_id, kept.origin.as_str()), (None, None, "الأول"));
    let segs = import(&mut s, "الثاني", FIRST);
    confirm(&mut s, &segs[1], "Said.");
    assert_eq!(s.unit_count().unwrap(), 2);
    s.delete_article_and_units(segs[0].article_id).unwrap();
    assert_eq!(s.unit_count().unwrap(), 1);
}

#[test]
fn a_second_article_meets_the_first_ones_translations() {
    let mut s = store();
    let first = import(&mut s, "الأول", FIRST);
    confirm(&mut s, &first[0], "Kremlin comments on talks");
    confirm(&mut s, &first[1], "The Kremlin spokesman said the talks were constructive.");
    confirm(&mut s, &first[2], "Inflation rose to 2.7 percent in 2019.");
    confirm(&mut s, &first[3], "He added that the two presidents would meet soon.");
    // The same sentences: harakat gone, another hamza, a number changed, a word added.
    let second = import(
        &mut s,
        "الثاني",
        "الكرملين يعلق على المحادثات\n\nقال المتحدث باسم الكرملين ان المحادثات كانت بناءة. وارتفع التضخم إلى ٣٫١ في المئة عام 2020. وأضاف أن الرئيسين سيلتقيان قريبا جدا.",
    );
    let m = memory::matches(&s, second[1].id, None).unwrap();
    assert_eq!(m[0].score, 100);
    assert_eq!(m[0].suggestion, "The Kremlin spokesman said the talks were constructive.");
    assert!(!m[0].context, "its neighbours differ");
    assert!(m[0].diff.iter().all(|p| p.op == Op::Equal));

    let m = memory::matches(&s, second[2].id, None).unwrap();
    assert!(m[0].adapted && (95..100).contains(&m[0].score), "{:?}", m[0]);
    assert_eq!(m[0].suggestion, "Inflation rose to 3.1 percent in 2020.");

    let m = memory::matches(&s, second[3].id, None).unwrap();
    assert!((80..100).contains(&m[0].score) && !m[0].adapted, "{:?}", m[0]);
    assert!(m[0].diff.iter().any(|p| p.op == Op::Insert && p.text.contains("جدا")), "{:?}", m[0].diff);

    // The headline is the same in the same context (it is first, and the next matches).
    let first_again = import(&mut s, "الثالث", FIRST);
    let m = memory::matches(&s, first_again[1].id, None).unwrap();
    assert!(m[0].context && m[0].score == 100, "{:?}", m[0]);
    assert!(memory::matches(&s, second[0].id, None).unwrap()[0].context);

    let a = memory::analyse(&s, second[0].article_id, None).unwrap();
    let band = |b: Band| a.bands.iter().find(|c| c.band == b).unwrap().segments;
    // The headline comes first in both, before the same sentence: a context match.
    let got = [Band::Context, Band::Exact, Band::High, Band::Fair].map(band);
    assert_eq!(got, [1, 1, 1, 1], "{a:?}");
    assert_eq!(a.segments, 4);

    // Filling takes the 100% matches only, as drafts marked from the memory.
    let filled = memory::fill(&mut s, second[0].article_id, None).unwrap();
    assert_eq!(filled, 2);
    let after = s.segments(second[0].article_id).unwrap();
    assert_eq!(after[1].status, SegmentStatus::Draft);
    assert!(after[1].memory_unit.is_some());
    assert!(after[2].target.is_empty() && after[2].memory_unit.is_none());
    let edited = s.save_target(after[1].id, "The spokesman said so.", None).unwrap();
    assert_eq!(edited.memory_unit, None, "the translator's change ends the mark");
}

#[test]
fn names_are_placeables_and_the_threshold_is_the_translators() {
    let mut s = store();
    let entry = |ar: &str, en: &str, short: &str| GlossaryEntry {
        arabic: ar.into(),
        variants: vec![],
        english: en.into(),
        short: Some(short.into()),
        kind: NameType::Person,
        deprecated: vec![],
        clitics: true,
        not: vec![],
        notes: String::new(),
    };
    s.add_entry(&entry("جو بايدن", "Joe Biden", "Biden")).unwrap();
    s.add_entry(&entry("فلاديمير بوتين", "Vladimir Putin", "Putin")).unwrap();
    let glossary = Compiled::new(s.glossary_entries().unwrap());
    let first = import(&mut s, "أ", "التقى جو بايدن وزير الخارجية الفرنسي في باريس يوم الاثنين.");
    confirm(&mut s, &first[0], "Joe Biden met the French foreign minister in Paris on Monday.");
    let q = Query::new("التقى فلاديمير بوتين وزير الخارجية الفرنسي في باريس يوم الاثنين.", Some(&glossary));
    let m = memory::matches_for(&s, &q, MatchOptions { min: 60, max: 5, exclude_segment: None }).unwrap();
    assert!(m[0].adapted, "{:?}", m[0]);
    assert_eq!(m[0].suggestion, "Vladimir Putin met the French foreign minister in Paris on Monday.");

    // A weak match shows at 60 and not at 90.
    let q = Query::new("التقى جو بايدن وزير الخارجية الألماني في برلين يوم الثلاثاء.", None);
    let at = |min| memory::matches_for(&s, &q, MatchOptions { min, max: 5, exclude_segment: None }).unwrap().len();
    assert!(at(50) == 1 && at(90) == 0, "{} {}", at(50), at(90));
    assert_eq!(memory::settings(&s).unwrap(), MemorySettings { threshold: 60, fill_on_import: false });
    let change = |threshold, fill_on_import| SettingsChange { threshold, fill_on_import };
    memory::set_settings(&mut s, change(Some(75), None)).unwrap();
    // Each change writes only what it gives: the threshold stays when filling is switched on.
    let now = memory::set_settings(&mut s, change(None, Some(true))).unwrap();
    assert_eq!(now, MemorySettings { threshold: 75, fill_on_import: true });
    assert!(memory::set_settings(&mut s, change(Some(20), None)).is_err());
    assert_eq!(memory::settings(&s).unwrap().threshold, 75);
}

#[test]
fn concordance_finds_words_behind_clitics_and_english_in_any_case() {
    let mut s = store();
    let segs = import(&mut s, "القمة", "وقال بايدن إن القمة ناجحة.\n\nوصل الرئيس إلى جنيف.");
    confirm(&mut s, &segs[0], "Biden said the summit was a success.");
    let c = memory::concordance(&s, "بايدن").unwrap();
    assert!(c.arabic);
    // The unit and the segment it came from.
    assert_eq!(c.hits.len(), 2, "{c:?}");
    let hit = &c.hits[0];
    assert_eq!(hit.source_marks, [[5, 10]], "بايدن inside وقال بايدن");
    let c = memory::concordance(&s, "وبايدن").unwrap();
    assert_eq!(c.hits.len(), 2, "a clitic on the query is read off too");
    let c = memory::concordance(&s, "SUMMIT was").unwrap();
    assert!(!c.arabic);
    assert_eq!(c.hits.len(), 2);
    assert_eq!(c.hits[0].target_marks, [[15, 21], [22, 25]]);
    assert_eq!(c.hits[1].article_id, Some(segs[0].article_id));
    let geneva = memory::concordance(&s, "جنيف").unwrap();
    assert_eq!(geneva.hits.len(), 1);
    assert_eq!(geneva.hits[0].segment_id, Some(segs[1].id));
    // Quotes and FTS5's own words are words to look for, not syntax.
    for q in ["\"بايدن", "NEAR AND OR", "summit\" OR \"x", "*", "(القمة)"] {
        memory::concordance(&s, q).unwrap();
    }
    assert_eq!(memory::concordance(&s, "\"summit\"").unwrap().hits.len(), 2);
    // Nothing to look for, one letter, ten thousand words: an answer, no failure.
    assert!(memory::concordance(&s, " ؟ ").unwrap().hits.is_empty());
    assert!(memory::concordance(&s, "ب").unwrap().hits.is_empty());
    let long = "كلمة ".repeat(10_000);
    assert!(memory::concordance(&s, &long).unwrap().hits.is_empty());
    let q = Query::new(&long, None);
    assert!(memory::matches_for(&s, &q, MatchOptions { min: 50, max: 5, exclude_segment: None }).unwrap().is_empty());

    // The list finds an article by a phrase of its English.
    let list = articles::list(&s, "the summit").unwrap();
    assert_eq!(list.len(), 1);
    assert!(articles::list(&s, "جنيف").unwrap().len() == 1);
    assert!(articles::list(&s, "Moscow").unwrap().is_empty());
}

/// The term counts the matcher starts from agree with the units after every kind of write.
#[test]
fn the_term_counts_follow_every_change_of_the_units() {
    use dragoman_core::model::NewUnit;
    use dragoman_core::text::terms::index_text;
    use std::collections::{HashMap, HashSet};
    let mut s = store();
    let check = |s: &Store| {
        let mut want: HashMap<String, i64> = HashMap::new();
        s.for_each_unit(None, |u| {
            let terms: HashSet<String> = index_text(&u.source).split(' ').map(str::to_owned).collect();
            for t in terms {
                *want.entry(t).or_default() += 1;
            }
            Ok(())
        })
        .unwrap();
        let mut terms: Vec<String> = want.keys().cloned().collect();
        terms.extend(["الكرملين", "غائبة"].map(String::from));
        let got = s.unit_term_counts(&terms).unwrap();
        for (t, n) in terms.iter().zip(got) {
            assert_eq!(n, want.get(t).copied().unwrap_or(0), "{t}");
        }
    };
    let segs = import(&mut s, "أ", FIRST);
    confirm(&mut s, &segs[1], "The spokesman said the talks were constructive.");
    confirm(&mut s, &segs[2], "Inflation rose.");
    check(&s);
    // The source of a confirmed segment changes (a split keeps the first half confirmed).
    s.split_segment(segs[1].id, 10).unwrap();
    let first_half = s.segment(segs[1].id).unwrap();
    confirm(&mut s, &first_half, "The spokesman said.");
    check(&s);
    let unit = |source: &str, target: &str| NewUnit {
        source: source.into(),
        target: target.into(),
        source_lang: "ar".into(),
        target_lang: "en".into(),
        origin: "f.tmx".into(),
        tuid: None,
        created_by: None,
        changed_by: None,
        created_at: 0,
        updated_at: 0,
    };
    s.import_units(|imp| {
        imp.add(&unit("قال الكرملين إن القمة انتهت", "The Kremlin said the summit ended"))?;
        imp.add(&unit("قال الكرملين إن القمة انتهت", "The Kremlin said the summit was over"))?;
        imp.add(&unit("وصل الوفد الروسي", "The Russian delegation arrived"))
    })
    .unwrap();
    check(&s);
    s.delete_article_and_units(segs[0].article_id).unwrap();
    check(&s);
    // The file gave one source two translations: both are kept.
    assert_eq!(s.unit_count().unwrap(), 3);
}

#[test]
fn splitting_a_confirmed_segment_keeps_its_unit_as_it_was_confirmed() {
    let mut s = store();
    let segs = import(&mut s, "أ", FIRST);
    confirm(&mut s, &segs[1], "The Kremlin spokesman said the talks were constructive.");
    s.split_segment(segs[1].id, 10).unwrap();
    let mut units = Vec::new();
    s.for_each_unit(None, |u| {
        units.push(u);
        Ok(())
    })
    .unwrap();
    assert_eq!(units.len(), 1);
    assert_eq!(units[0].source, segs[1].source, "the whole Arabic that was confirmed");
    assert_eq!(units[0].segment_id, None, "no longer tied to the half");
    // Confirming the half makes a unit of its own text.
    let half = s.segment(segs[1].id).unwrap();
    confirm(&mut s, &half, "The Kremlin spokesman said");
    assert_eq!(s.unit_count().unwrap(), 2);
}

#[test]
fn a_ligature_in_a_unit_or_a_segment_is_matched_like_any_word() {
    let mut s = store();
    let segs = import(&mut s, "أ", "قال النبي محمد ﷺ في الحديث الشريف.\n\nقال النبي محمد ﷺ في الحديث.");
    confirm(&mut s, &segs[0], "The Prophet Muhammad, peace be upon him, said in the noble hadith.");
    let m = memory::matches(&s, segs[1].id, None).unwrap();
    assert_eq!(m.len(), 1);
    assert!((80..100).contains(&m[0].score), "{:?}", m[0]);
    let text: String = m[0].diff.iter().map(|p| p.text.as_str()).collect();
    assert!(text.contains("ﷺ"), "{text}");
    let a = memory::analyse(&s, segs[0].article_id, None).unwrap();
    assert_eq!(a.segments, 2);
}

#[test]
fn a_file_unit_is_updated_only_by_the_same_unit_of_the_same_file() {
    use dragoman_core::model::{NewUnit, UnitOutcome};
    let mut s = store();
    let unit = |tuid: Option<&str>, target: &str| NewUnit {
        source: "قال الكرملين إن القمة انتهت".into(),
        target: target.into(),
        source_lang: "ar".into(),
        target_lang: "en".into(),
        origin: "memory.tmx".into(),
        tuid: tuid.map(String::from),
        created_by: None,
        changed_by: None,
        created_at: 0,
        updated_at: 0,
    };
    let add = |s: &mut Store, u: NewUnit| s.import_units(|imp| imp.add(&u)).unwrap();
    assert_eq!(add(&mut s, unit(Some("7"), "The summit ended")), UnitOutcome::Added);
    assert_eq!(add(&mut s, unit(Some("7"), "The summit ended")), UnitOutcome::Unchanged);
    assert_eq!(add(&mut s, unit(Some("7"), "The summit is over")), UnitOutcome::Updated);
    // Another file of the same name, without ids: its translation is kept beside.
    assert_eq!(add(&mut s, unit(None, "The summit has ended")), UnitOutcome::Added);
    assert_eq!(s.unit_count().unwrap(), 2);
}
