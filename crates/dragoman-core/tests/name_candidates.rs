//! The likely names the editor proposes on a new article (no glossary, no translation): no
//! function words or common nouns, no title taken for a name, well-known names spelt as they
//! are known (issue 10, item 12). The sentences are written for these tests.
use dragoman_core::names::suggest::{candidates, suggest_spelling};
use dragoman_core::names::NameIndex;

/// (Arabic, English, verified, cue) of each candidate of `sources`, without translations.
fn found(sources: &[&str]) -> Vec<(String, String, bool, Option<String>)> {
    let segments: Vec<(&str, &str)> = sources.iter().map(|s| (*s, "")).collect();
    candidates(&segments, &NameIndex::default())
        .into_iter()
        .map(|c| (c.arabic, c.suggestion.english, c.suggestion.verified, c.cue))
        .collect()
}

fn arabic(sources: &[&str]) -> Vec<String> {
    found(sources).into_iter().map(|c| c.0).collect()
}

#[test]
fn common_words_after_a_cue_are_not_names() {
    // مسألة after الرئيس السوداني, أي after الرئيس, الإنترنت after شبكة, الصحافة after وكالة.
    let got = arabic(&[
        "بحث مع نائب الرئيس السوداني مسألة نقل الجرحى.",
        "ولم يعلق الرئيس أي تعليق على ذلك.",
        "ونشرت على شبكة الإنترنت صورا للحادث.",
        "وقالت وكالة الصحافة إن الاجتماع انتهى.",
    ]);
    assert_eq!(got, Vec::<String>::new());
}

#[test]
fn a_title_that_goes_on_is_not_a_name() {
    // وزير حقوق الإنسان والإغاثة باليمن: "والإغاثة باليمن" is the rest of the title.
    let got = arabic(&["التقى وزير حقوق الإنسان والإغاثة باليمن وفدا من الأطباء."]);
    assert!(got.iter().all(|a| !a.contains("الإغاثة")), "{got:?}");
    // A name right after the title is still found.
    let got = found(&["وقال وزير الخارجية السوداني إبراهيم غندور إن الزيارة مهمة."]);
    assert_eq!(got[0].0, "إبراهيم غندور");
    assert_eq!(got[0].3.as_deref(), Some("وزير الخارجية السوداني"));
}

#[test]
fn well_known_names_are_proposed_and_spelt_as_they_are_known() {
    let got = found(&["وصل الوفد إلى نيويورك ثم إلى الخرطوم.", "واجتمع في مقر الأمم المتحدة بممثلي حلف شمال الأطلسي."]);
    let got: Vec<(&str, &str, bool)> = got.iter().map(|c| (c.0.as_str(), c.1.as_str(), c.2)).collect();
    assert_eq!(
        got,
        vec![
            ("نيويورك", "New York", true),
            ("الخرطوم", "Khartoum", true),
            ("الأمم المتحدة", "the United Nations", true),
            ("حلف شمال الأطلسي", "NATO", true),
        ]
    );
}

#[test]
fn a_well_known_name_takes_the_place_of_a_cue_span_around_it() {
    // المتحدث باسم حلف … would give شمال الأطلسي; the whole name is NATO. The cue stays.
    let got = found(&["وقال المتحدث باسم حلف شمال الأطلسي إن القوات ستبقى."]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].1.as_str()), ("حلف شمال الأطلسي", "NATO"));
    // Behind a clitic: للصليب الأحمر is the Red Cross, without the ل.
    let got = found(&["قال رئيس اللجنة الدولية للصليب الأحمر إن الوضع صعب."]);
    assert_eq!(
        got.iter().map(|c| (c.0.as_str(), c.1.as_str())).collect::<Vec<_>>(),
        vec![("اللجنة الدولية للصليب الأحمر", "the Red Cross")]
    );
}

#[test]
fn a_cue_name_that_is_well_known_is_spelt_as_known() {
    let got = found(&["ووصل الرئيس الأميركي باراك أوباما إلى العاصمة الأفغانية كابل."]);
    let got: Vec<(&str, &str, Option<&str>)> =
        got.iter().map(|c| (c.0.as_str(), c.1.as_str(), c.3.as_deref())).collect();
    assert_eq!(
        got,
        vec![("باراك أوباما", "Barack Obama", Some("الرئيس الأميركي")), ("كابل", "Kabul", Some("العاصمة الأفغانية"))]
    );
}

#[test]
fn a_spelling_from_the_draft_comes_before_the_table_and_a_romanisation_after() {
    assert_eq!(suggest_spelling("نيويورك", "").english, "New York");
    assert!(suggest_spelling("نيويورك", "").verified);
    // The translator's own spelling, when it aligns, wins.
    assert_eq!(suggest_spelling("كابل", "They reached Kabol at dawn.").english, "Kabol");
    let unknown = suggest_spelling("فيرغسون", "");
    assert!(!unknown.verified);
}
