//! Dragoman's interface strings for the Rust side (the command line, the shell).
//!
//! The `.ftl` files in `locales/` are the one source of interface text; the UI reads the
//! same files with `@fluent/bundle`. Plurals go through a `PLURAL($n)` function backed by
//! `icu_plurals`, because fluent-bundle's own rules put Arabic 103 and 111 in the wrong
//! category.
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use icu_plurals::{PluralCategory, PluralRules};

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ar];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ar => "ar",
        }
    }

    /// Text direction of the interface in this language.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::En => "ltr",
            Lang::Ar => "rtl",
        }
    }

    /// `ar`, `ar-EG`, `ar_SA.UTF-8` … are Arabic; anything else is English.
    pub fn from_tag(tag: &str) -> Lang {
        let lower = tag.trim().to_ascii_lowercase();
        let primary = lower.split(['-', '_', '.', '@']).next().unwrap_or("");
        if primary == "ar" {
            Lang::Ar
        } else {
            Lang::En
        }
    }

    /// The language of the user's system (`LANG`, `LC_ALL` … on Linux).
    pub fn system() -> Lang {
        sys_locale::get_locale().map(|l| Lang::from_tag(&l)).unwrap_or(Lang::En)
    }
}

/// The `.ftl` files of each language, embedded: (language, file name, contents).
pub const SOURCES: &[(Lang, &str, &str)] = &[
    (Lang::En, "main.ftl", include_str!("../../../locales/en/main.ftl")),
    (Lang::En, "cli.ftl", include_str!("../../../locales/en/cli.ftl")),
    (Lang::En, "memory.ftl", include_str!("../../../locales/en/memory.ftl")),
    (Lang::En, "memory-admin.ftl", include_str!("../../../locales/en/memory-admin.ftl")),
    (Lang::En, "qa.ftl", include_str!("../../../locales/en/qa.ftl")),
    (Lang::En, "qa-ui.ftl", include_str!("../../../locales/en/qa-ui.ftl")),
    (Lang::En, "backups.ftl", include_str!("../../../locales/en/backups.ftl")),
    (Lang::En, "xliff.ftl", include_str!("../../../locales/en/xliff.ftl")),
    (Lang::Ar, "main.ftl", include_str!("../../../locales/ar/main.ftl")),
    (Lang::Ar, "cli.ftl", include_str!("../../../locales/ar/cli.ftl")),
    (Lang::Ar, "memory.ftl", include_str!("../../../locales/ar/memory.ftl")),
    (Lang::Ar, "memory-admin.ftl", include_str!("../../../locales/ar/memory-admin.ftl")),
    (Lang::Ar, "qa.ftl", include_str!("../../../locales/ar/qa.ftl")),
    (Lang::Ar, "qa-ui.ftl", include_str!("../../../locales/ar/qa-ui.ftl")),
    (Lang::Ar, "backups.ftl", include_str!("../../../locales/ar/backups.ftl")),
    (Lang::Ar, "xliff.ftl", include_str!("../../../locales/ar/xliff.ftl")),
];

/// The CLDR plural category of `n` in `lang`, as Fluent variant keys spell it.
pub fn plural_category(lang: Lang, n: f64) -> &'static str {
    let locale: icu_locale_core::Locale = match lang {
        Lang::En => icu_locale_core::locale!("en"),
        Lang::Ar => icu_locale_core::locale!("ar"),
    };
    let rules = PluralRules::try_new_cardinal((&locale).into()).expect("compiled plural data covers en and ar");
    // Every category but `other` needs an integer in both languages (CLDR: English `one`
    // needs v = 0; Arabic's conditions are all on integer n), so fractions are `other`.
    let category =
        if n.fract() == 0.0 && n.abs() < 9.0e15 { rules.category_for(n as i64) } else { PluralCategory::Other };
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

pub struct Localizer {
    bundle: FluentBundle<FluentResource>,
}

impl Localizer {
    pub fn new(lang: Lang) -> Localizer {
        let langid: unic_langid::LanguageIdentifier = lang.code().parse().expect("valid language tag");
        let mut bundle = FluentBundle::new(vec![langid]);
        for (l, name, source) in SOURCES {
            if *l != lang {
                continue;
            }
            let resource = FluentResource::try_new((*source).to_owned())
                .unwrap_or_else(|(_, errors)| panic!("{name} ({lang:?}) has syntax errors: {errors:?}"));
            bundle.add_resource(resource).expect("message ids are unique");
        }
        bundle
            .add_function("PLURAL", move |positional, _named| match positional.first() {
                Some(FluentValue::Number(n)) => FluentValue::from(plural_category(lang, n.value)),
                Some(FluentValue::String(s)) => match s.parse::<f64>() {
                    Ok(n) => FluentValue::from(plural_category(lang, n)),
                    Err(_) => FluentValue::from("other"),
                },
                _ => FluentValue::from("other"),
            })
            .expect("PLURAL is registered once");
        Localizer { bundle }
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Format message `id`; a missing message yields its id, so nothing is ever blank.
    pub fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    /// Like [`Localizer::format`] with Fluent's bidi isolation marks (FSI/PDI) removed: for
    /// terminals, logs and file names.
    pub fn format_plain(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        strip_isolation(&self.format(id, args))
    }

    /// The user-facing text of an error kind (`error-<kind>`).
    pub fn error(&self, kind: &str) -> String {
        self.format_plain(&format!("error-{kind}"), None)
    }

    /// The user-facing text of an error kind with its arguments (`Error::args` in the core).
    pub fn error_with<'a>(&self, kind: &str, args: impl IntoIterator<Item = (&'a str, String)>) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(name, value);
        }
        self.format_plain(&format!("error-{kind}"), Some(&fluent))
    }
}

/// Remove Unicode bidi isolation marks (U+2066–U+2069).
pub fn strip_isolation(s: &str) -> String {
    s.chars().filter(|c| !('\u{2066}'..='\u{2069}').contains(c)).collect()
}

pub use fluent_bundle::FluentArgs as Args;
