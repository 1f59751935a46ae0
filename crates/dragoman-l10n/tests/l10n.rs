use dragoman_l10n::{plural_category, Args, Lang, Localizer};

#[test]
fn arabic_plural_categories_are_right_past_100() {
    // CLDR: zero 0; one 1; two 2; few n%100 in 3..10; many n%100 in 11..99; other.
    let cases = [
        (0, "zero"),
        (1, "one"),
        (2, "two"),
        (3, "few"),
        (10, "few"),
        (11, "many"),
        (99, "many"),
        (100, "other"),
        (102, "other"),
        (103, "few"),
        (110, "few"),
        (111, "many"),
        (1000, "other"),
    ];
    for (n, want) in cases {
        assert_eq!(plural_category(Lang::Ar, n as f64), want, "Arabic category of {n}");
    }
}

#[test]
fn english_plural_categories() {
    assert_eq!(plural_category(Lang::En, 0.0), "other");
    assert_eq!(plural_category(Lang::En, 1.0), "one");
    assert_eq!(plural_category(Lang::En, 2.0), "other");
    assert_eq!(plural_category(Lang::En, 103.0), "other");
}

fn segments(l: &Localizer, n: i64) -> String {
    let mut args = Args::new();
    args.set("count", n);
    l.format_plain("article-segments", Some(&args))
}

#[test]
fn arabic_messages_choose_the_right_plural_form() {
    let ar = Localizer::new(Lang::Ar);
    assert_eq!(segments(&ar, 0), "لا مقاطع");
    assert_eq!(segments(&ar, 1), "مقطع واحد");
    assert_eq!(segments(&ar, 2), "مقطعان");
    assert_eq!(segments(&ar, 3), "3 مقاطع");
    assert_eq!(segments(&ar, 11), "11 مقطعا");
    assert_eq!(segments(&ar, 100), "100 مقطع");
    // fluent-bundle's built-in rules get these two wrong; PLURAL gets them right.
    assert_eq!(segments(&ar, 103), "103 مقاطع");
    assert_eq!(segments(&ar, 111), "111 مقطعا");
}

#[test]
fn english_messages_choose_the_right_plural_form() {
    let en = Localizer::new(Lang::En);
    assert_eq!(segments(&en, 0), "0 segments");
    assert_eq!(segments(&en, 1), "one segment");
    assert_eq!(segments(&en, 2), "2 segments");
    assert_eq!(segments(&en, 111), "111 segments");
}

#[test]
fn every_core_error_kind_has_a_message_in_every_language() {
    // ErrorKind::ALL includes `internal`, the shells' own kind for unexpected failures.
    for lang in Lang::ALL {
        let l = Localizer::new(lang);
        for kind in dragoman_core::ErrorKind::ALL {
            assert!(l.has(&format!("error-{kind}")), "{lang:?} lacks error-{kind}");
        }
    }
}

#[test]
fn every_glossary_skip_reason_and_name_kind_has_a_message_in_every_language() {
    for lang in Lang::ALL {
        let l = Localizer::new(lang);
        for reason in dragoman_core::names::glossary::SkipReason::ALL {
            assert!(
                l.has(&format!("glossary-skip-{}", reason.as_str())),
                "{lang:?} lacks glossary-skip-{}",
                reason.as_str()
            );
        }
        for kind in ["person", "place", "organization", "other"] {
            assert!(dragoman_core::names::glossary::NameType::parse(kind).is_some());
            assert!(l.has(&format!("name-kind-{kind}")), "{lang:?} lacks name-kind-{kind}");
        }
    }
}

#[test]
fn glossary_counts_take_the_arabic_plural_forms() {
    let ar = Localizer::new(Lang::Ar);
    let count = |n: i64| {
        let mut args = Args::new();
        args.set("count", n);
        ar.format_plain("glossary-count", Some(&args))
    };
    assert_eq!(count(0), "لا أسماء");
    assert_eq!(count(1), "اسم واحد");
    assert_eq!(count(2), "اسمان");
    assert_eq!(count(3), "3 أسماء");
    assert_eq!(count(11), "11 اسما");
    assert_eq!(count(100), "100 اسم");
    assert_eq!(count(103), "103 أسماء");
    assert_eq!(count(111), "111 اسما");
}

#[test]
fn language_tags_map_to_interface_languages() {
    assert_eq!(Lang::from_tag("ar_EG.UTF-8"), Lang::Ar);
    assert_eq!(Lang::from_tag("ar-SA"), Lang::Ar);
    assert_eq!(Lang::from_tag("AR"), Lang::Ar);
    assert_eq!(Lang::from_tag("en_US.UTF-8"), Lang::En);
    assert_eq!(Lang::from_tag("fr-FR"), Lang::En);
    assert_eq!(Lang::from_tag("arn"), Lang::En); // Mapudungun is not Arabic
    assert_eq!(Lang::Ar.dir(), "rtl");
}

#[test]
fn bidi_isolation_is_kept_for_the_window_and_stripped_for_the_terminal() {
    let en = Localizer::new(Lang::En);
    let mut args = Args::new();
    args.set("id", 7);
    assert!(en.format("cli-deleted", Some(&args)).contains('\u{2068}'));
    assert_eq!(en.format_plain("cli-deleted", Some(&args)), "Deleted article 7.");
}

fn encoding_warning(l: &Localizer, kind: &str, n: i64) -> String {
    let mut args = Args::new();
    args.set("count", n);
    args.set("encoding", "UTF-8");
    args.set("other", "windows-1256");
    l.format_plain(&format!("import-encoding-warning-{kind}"), Some(&args))
}

#[test]
fn encoding_warnings_count_in_both_languages() {
    let (ar, en) = (Localizer::new(Lang::Ar), Localizer::new(Lang::En));
    let expect = [
        (0, "لم تتعذر قراءة أي حرف", "0 characters could not"),
        (1, "تعذرت قراءة حرف واحد", "One character could not"),
        (2, "تعذرت قراءة حرفين", "2 characters could not"),
        (3, "تعذرت قراءة 3 أحرف", "3 characters could not"),
        (11, "تعذرت قراءة 11 حرفا", "11 characters could not"),
        (100, "تعذرت قراءة 100 حرف", "100 characters could not"),
    ];
    for (n, arabic, english) in expect {
        assert!(encoding_warning(&ar, "replaced", n).starts_with(arabic), "{}", encoding_warning(&ar, "replaced", n));
        assert!(encoding_warning(&en, "replaced", n).starts_with(english), "{}", encoding_warning(&en, "replaced", n));
    }
    assert!(encoding_warning(&ar, "mixed", 11).starts_with("11 سطرا من هذا الملف بترميز windows-1256 والباقي"));
    assert!(encoding_warning(&ar, "mixed", 3).starts_with("3 أسطر"));
    assert!(encoding_warning(&ar, "implausible", 2).contains("(فيه كلمتان مشوهتان)"));
    assert!(encoding_warning(&ar, "implausible", 103).contains("(فيه 103 كلمات مشوهة)"));
    assert!(encoding_warning(&en, "implausible", 1).contains("(one word looks garbled)"));
    assert!(
        encoding_warning(&en, "mixed", 1).starts_with("One line of this file is in windows-1256 and the rest in UTF-8")
    );
    assert_eq!(
        encoding_warning(&en, "declared-wrong", 0),
        "The page says it is in windows-1256, but its text is UTF-8: it was read as UTF-8."
    );
}

#[test]
fn the_article_limit_is_said_as_it_is() {
    use dragoman_core::{MAX_ARTICLE_CHARS, MAX_ARTICLE_SEGMENTS};
    let en = Localizer::new(Lang::En).error("article-too-large");
    let ar = Localizer::new(Lang::Ar).error("article-too-large");
    let grouped = |n: usize| {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    for n in [MAX_ARTICLE_SEGMENTS, MAX_ARTICLE_CHARS] {
        assert!(en.contains(&grouped(n)), "{en}");
        assert!(ar.contains(&n.to_string()), "{ar}");
    }
}
