//! How good the QA checks are (docs/qa.md): false alarms on good translations, and the share
//! of injected errors caught, per kind of error.
//!
//! Good translations: the 1,997 NTREX pairs (newstest2019, a professional Arabic translation
//! of English news; each of its 123 documents an article), the 12 whole documents of
//! `documents/`, and the sample article translated well (`tests/fixtures/sample-en.tsv`, with
//! the sample glossary). Every check runs, the spelling with the en_US or en_GB dictionary,
//! whichever knows more of the document's words (each publication writes its own). The
//! glossary for NTREX is the suggester's list of well-known names, each person's last name as
//! the second reference.
//!
//! Errors injected into the NTREX pairs, one at a time, into pairs the check was quiet on:
//! a number changed, two digits swapped, a scale word dropped, a decimal point moved, a month
//! changed, ، or ؟ left in the English, a word misspelt, a name changed to a deprecated
//! spelling.
//!
//!     cargo run --release -p dragoman-core --example qa_eval -- ../shared/corpora/03_news_parallel_ntrex
//!
//! Prints the tables of docs/qa.md; every issue on the good translations goes to stderr.
use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

use dragoman_core::formats::csv::read_csv;
use dragoman_core::model::{Segment, SegmentKind, SegmentStatus};
use dragoman_core::names::glossary::{Compiled, GlossaryEntry, NameType, StoredEntry};
use dragoman_core::qa::dates::{english_dates, english_name, DateKind};
use dragoman_core::qa::numbers::{arabic_numbers, english_numbers};
use dragoman_core::qa::run::{check_article, Context};
use dragoman_core::qa::{Check, Issue};
use dragoman_core::spell::{search_path, Known, Speller, Variant};

/// The suggester's well-known names as a glossary, with a deprecated spelling each (the last
/// vowel of the English changed: what a transliteration variant looks like).
fn known_names(spellers: &Spellers) -> Vec<GlossaryEntry> {
    let text = include_str!("../src/names/suggest/data/known-names.tsv");
    // And Brexit, which a newsroom's glossary has: the Arabic spells it out with two names.
    let brexit = "خروج بريطانيا من الاتحاد الأوروبي|انسحاب المملكة المتحدة من الاتحاد الأوروبي|انسحاب بريطانيا من الاتحاد الأوروبي|خروج بريطانيا|بريكست|بريكزيت\tBrexit\tother";
    text.lines()
        .chain([brexit])
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let forms: Vec<String> = cols.next()?.split('|').map(str::to_owned).collect();
            let english = cols.next()?.to_owned();
            let kind = NameType::parse(cols.next()?.trim())?;
            // The second reference: a person's last name, or the short form news uses.
            let short = SHORT_FORMS.iter().find(|(e, _)| *e == english).map(|(_, s)| (*s).to_owned()).or_else(|| {
                (kind == NameType::Person && english.contains(' '))
                    .then(|| english.rsplit(' ').next().unwrap_or_default().to_owned())
            });
            Some(GlossaryEntry {
                arabic: forms[0].clone(),
                variants: forms[1..].to_vec(),
                deprecated: vec![{
                    // Not a word of its own (Europe → Europa is a word: Euroupe).
                    let d = deprecate(&english);
                    let word = |w: &str| spellers.us.is_correct(w, &[]) || spellers.gb.is_correct(w, &[]);
                    if d.split(' ').all(word) {
                        english.replacen(|c: char| "aeiou".contains(c), "ou", 1)
                    } else {
                        d
                    }
                }],
                english,
                short,
                kind,
                clitics: true,
                not: vec![],
                notes: String::new(),
            })
        })
        .collect()
}

/// The short forms a newsroom's glossary gives these (its second reference).
const SHORT_FORMS: &[(&str, &str)] = &[
    ("the United States", "U.S."),
    ("Britain", "UK"),
    ("the European Union", "EU"),
    ("the United Nations", "U.N."),
    ("Islamic State", "IS"),
    ("North Korea", "the North"),
];

/// The English with its last vowel changed (Erdogan → Erdogen, Moscow → Mouscow).
fn deprecate(english: &str) -> String {
    let at = english.rfind(|c: char| "aeiou".contains(c)).unwrap_or(0);
    let swap = match &english[at..at + 1] {
        "a" => "e",
        "e" => "a",
        "o" => "ou",
        "i" => "ee",
        _ => "oo",
    };
    format!("{}{}{}", &english[..at], swap, &english[at + 1..])
}

fn stored(entries: Vec<GlossaryEntry>) -> Compiled {
    Compiled::new(
        entries
            .into_iter()
            .enumerate()
            .map(|(i, entry)| StoredEntry { id: i as i64 + 1, entry, created_at: 0, updated_at: 0 })
            .collect(),
    )
}

fn segment(id: i64, source: &str, target: &str) -> Segment {
    Segment {
        id,
        article_id: 1,
        position: id,
        kind: SegmentKind::Sentence,
        paragraph: id,
        source: source.into(),
        target: target.into(),
        status: SegmentStatus::Translated,
        updated_at: 0,
        words: 1,
        version: 1,
        mergeable: false,
        memory_unit: None,
    }
}

struct Spellers {
    us: Speller,
    gb: Speller,
}

impl Spellers {
    /// The dictionary that knows more of these English texts.
    fn for_texts<'a>(&'a self, texts: &[&str], known: &[&Known]) -> &'a Speller {
        let wrong = |s: &Speller| texts.iter().map(|t| s.check(t, known).len()).sum::<usize>();
        if wrong(&self.gb) < wrong(&self.us) {
            &self.gb
        } else {
            &self.us
        }
    }
}

fn check(segments: &[Segment], glossary: &Compiled, speller: &Speller, known: &[&Known]) -> Vec<Issue> {
    let mut ctx = Context::new(glossary);
    ctx.speller = Some(speller);
    ctx.known = known.to_vec();
    check_article(segments, &ctx, None)
}

/// The verdicts of `docs/eval/qa-ntrex-findings.tsv`, by kind, what was found and the English.
fn verdicts() -> HashMap<(String, String, String), bool> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/eval/qa-ntrex-findings.tsv");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Some(((f.get(1)?.to_string(), f.get(2)?.to_string(), f.get(6)?.to_string()), *f.get(4)? == "real"))
        })
        .collect()
}

/// What the checks said on a set of articles: per check, and read against the verdicts.
#[derive(Default)]
struct Said {
    segments: usize,
    by_check: BTreeMap<Check, usize>,
    /// (issues, the pair disagrees, false alarms, not yet read), names apart.
    others: [usize; 4],
    names: [usize; 4],
}

/// Every check over the articles, each issue said on stderr (as the findings file has it) and
/// counted by its verdict.
fn run_checks(
    name: &str,
    articles: &[Vec<Segment>],
    glossary: &Compiled,
    spellers: &Spellers,
    verdicts: &HashMap<(String, String, String), bool>,
) -> Said {
    let words = Known::from_glossary(glossary.entries());
    let mut said = Said { by_check: Check::ALL.iter().map(|c| (*c, 0)).collect(), ..Said::default() };
    for article in articles {
        said.segments += article.len();
        let texts: Vec<&str> = article.iter().map(|s| s.target.as_str()).collect();
        let speller = spellers.for_texts(&texts, &[&words]);
        for i in check(article, glossary, speller, &[&words]) {
            *said.by_check.entry(i.check).or_default() += 1;
            let s = article.iter().find(|s| s.id == i.segment_id).expect("its segment");
            let (kind, found) = (i.kind().to_owned(), format!("{:?}", i.found()));
            let counts = if i.check == Check::Names { &mut said.names } else { &mut said.others };
            counts[0] += 1;
            match verdicts.get(&(kind.clone(), found.clone(), s.target.clone())) {
                Some(true) => counts[1] += 1,
                Some(false) => counts[2] += 1,
                None => counts[3] += 1,
            }
            eprintln!("{name}\t{}\t{kind}\t{found}\t{:?}\t{}\t{}", s.id, i.expected(), s.source, s.target);
        }
    }
    said
}

/// An injected error: the English changed, or `None` when it does not apply to this pair.
type Inject = fn(&str, &str, &Speller, &Compiled) -> Option<String>;

/// The English numbers that stand for a number of the Arabic (by value).
fn matched_numbers(ar: &str, en: &str) -> Vec<std::ops::Range<usize>> {
    let arabic: Vec<i128> = arabic_numbers(ar).iter().map(|q| q.milli).collect();
    english_numbers(en).into_iter().filter(|q| arabic.contains(&q.milli)).map(|q| q.range).collect()
}

fn change_number(ar: &str, en: &str, _: &Speller, _: &Compiled) -> Option<String> {
    let r = matched_numbers(ar, en).into_iter().find(|r| en[r.clone()].starts_with(|c: char| c.is_ascii_digit()))?;
    let d = en[r.start..].chars().next()?.to_digit(10)?;
    let new = char::from_digit((d + 1) % 10, 10)?;
    let new = if new == '0' && en[r.clone()].len() == 1 { '2' } else { new };
    Some(format!("{}{}{}", &en[..r.start], new, &en[r.start + 1..]))
}

fn swap_digits(ar: &str, en: &str, _: &Speller, _: &Compiled) -> Option<String> {
    for r in matched_numbers(ar, en) {
        let b = en.as_bytes();
        for k in r.start..r.end.saturating_sub(1) {
            if b[k].is_ascii_digit() && b[k + 1].is_ascii_digit() && b[k] != b[k + 1] {
                return Some(format!("{}{}{}{}", &en[..k], b[k + 1] as char, b[k] as char, &en[k + 2..]));
            }
        }
    }
    None
}

fn drop_scale(ar: &str, en: &str, _: &Speller, _: &Compiled) -> Option<String> {
    let r = matched_numbers(ar, en).into_iter().find(|r| {
        let t = en[r.clone()].to_lowercase();
        ["million", "billion", "trillion", "thousand", "bn", "m"].iter().any(|s| t.ends_with(s))
            && t.starts_with(|c: char| c.is_ascii_digit())
    })?;
    let t = &en[r.clone()];
    let digits_end = t.rfind(|c: char| c.is_ascii_digit())? + 1;
    Some(format!("{}{}{}", &en[..r.start], &t[..digits_end], &en[r.end..]))
}

fn move_decimal(ar: &str, en: &str, _: &Speller, _: &Compiled) -> Option<String> {
    let rs = matched_numbers(ar, en);
    if let Some(r) = rs.iter().find(|r| {
        let t = &en[(*r).clone()];
        t.contains('.') && t.starts_with(|c: char| c.is_ascii_digit())
    }) {
        let p = r.start + en[r.clone()].find('.')?;
        return Some(format!("{}{}", &en[..p], &en[p + 1..]));
    }
    let r = rs.into_iter().find(|r| {
        let t = &en[r.clone()];
        t.len() >= 2 && t.bytes().all(|b| b.is_ascii_digit())
    })?;
    Some(format!("{}.{}", &en[..r.end - 1], &en[r.end - 1..]))
}

fn change_month(ar: &str, en: &str, _: &Speller, _: &Compiled) -> Option<String> {
    let arabic: Vec<u8> = dragoman_core::qa::dates::arabic_dates(ar)
        .into_iter()
        .filter(|d| d.kind == DateKind::Month)
        .map(|d| d.index)
        .collect();
    let d = english_dates(en).into_iter().find(|d| d.kind == DateKind::Month && arabic.contains(&d.index))?;
    let other = english_name(DateKind::Month, d.index % 12 + 1);
    Some(format!("{}{}{}", &en[..d.range.start], other, &en[d.range.end..]))
}

fn arabic_comma(_: &str, en: &str, _: &Speller, _: &Compiled) -> Option<String> {
    en.contains(", ").then(|| en.replacen(", ", "، ", 1))
}

fn arabic_question(_: &str, en: &str, _: &Speller, _: &Compiled) -> Option<String> {
    en.contains('?').then(|| en.replacen('?', "؟", 1))
}

fn misspell(_: &str, en: &str, speller: &Speller, _: &Compiled) -> Option<String> {
    let mut at = 0;
    for w in en.split(' ') {
        let start = at;
        at += w.len() + 1;
        if w.len() < 6 || !w.bytes().all(|b| b.is_ascii_lowercase()) || !speller.is_correct(w, &[]) {
            continue;
        }
        let b = w.as_bytes();
        if b[2] == b[3] {
            continue;
        }
        let wrong = format!("{}{}{}{}", &w[..2], b[3] as char, b[2] as char, &w[4..]);
        if speller.is_correct(&wrong, &[]) {
            continue;
        }
        return Some(format!("{}{}{}", &en[..start], wrong, &en[start + w.len()..]));
    }
    None
}

fn deprecated_name(ar: &str, en: &str, _: &Speller, glossary: &Compiled) -> Option<String> {
    // The name as a whole word (not "North Korea" in "North Korean").
    let whole = |form: &str| {
        en.match_indices(form).find(|(i, _)| {
            let before = en[..*i].chars().next_back();
            let after = en[i + form.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    };
    let (e, at) = glossary.find(ar).into_iter().find_map(|(_, e)| Some((e, whole(&e.entry.english)?.0)))?;
    let form = &e.entry.english;
    Some(format!("{}{}{}", &en[..at], e.entry.deprecated[0], &en[at + form.len()..]))
}

const INJECTIONS: &[(&str, Check, Inject)] = &[
    ("a number changed", Check::Numbers, change_number),
    ("two digits swapped", Check::Numbers, swap_digits),
    ("a scale word dropped", Check::Numbers, drop_scale),
    ("a decimal point moved", Check::Numbers, move_decimal),
    ("a month changed", Check::Dates, change_month),
    ("، left in the English", Check::Punctuation, arabic_comma),
    ("؟ left in the English", Check::Punctuation, arabic_question),
    ("a word misspelt", Check::Spelling, misspell),
    ("a name in a deprecated spelling", Check::Names, deprecated_name),
];

fn main() {
    let root = std::env::args().nth(1).expect("usage: qa_eval NTREX_DIR (03_news_parallel_ntrex)");
    let read = |p: &str| std::fs::read_to_string(format!("{root}/{p}")).unwrap_or_else(|e| panic!("{root}/{p}: {e}"));
    let spellers = Spellers {
        us: Speller::load(Variant::EnUs, &search_path()).expect("hunspell-en-us"),
        gb: Speller::load(Variant::EnGb, &search_path()).expect("hunspell-en-gb"),
    };
    let glossary = stored(known_names(&spellers));
    let started = Instant::now();

    // NTREX, each document an article.
    let en = read("full/newstest2019-src.eng.txt");
    let ar = read("full/newstest2019-ref.arb.txt");
    let ids = read("full/DOCUMENT_IDS.tsv");
    let mut docs: Vec<(String, Vec<Segment>)> = Vec::new();
    for (n, ((a, e), doc)) in ar.lines().zip(en.lines()).zip(ids.lines()).enumerate() {
        if docs.last().is_none_or(|(d, _)| d != doc) {
            docs.push((doc.to_owned(), Vec::new()));
        }
        // NTREX keeps no paragraphs: a document is one, so that a quotation may run on.
        let mut s = segment(n as i64 + 1, a, e);
        s.paragraph = 0;
        docs.last_mut().expect("pushed").1.push(s);
    }
    let pairs: Vec<(String, String)> = ar.lines().zip(en.lines()).map(|(a, e)| (a.to_owned(), e.to_owned())).collect();
    let mut whole_docs: Vec<Vec<Segment>> = Vec::new();
    let mut names: Vec<String> = std::fs::read_dir(format!("{root}/documents"))
        .expect("documents/")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".ar.txt"))
        .collect();
    names.sort();
    for name in &names {
        let a = read(&format!("documents/{name}"));
        let e = read(&format!("documents/{}", name.replace(".ar.txt", ".en.txt")));
        whole_docs.push(
            a.lines()
                .zip(e.lines())
                .enumerate()
                .map(|(k, (a, e))| {
                    let mut s = segment(k as i64 + 1, a, e);
                    s.paragraph = 0;
                    s
                })
                .collect(),
        );
    }

    // The sample article, translated well, with the sample glossary.
    let (entries, _) = read_csv(include_bytes!("../../../tests/fixtures/names.csv")).expect("names.csv");
    let sample_glossary = stored(entries);
    let preview = dragoman_core::import::preview_paste(dragoman_core::sample::SAMPLE_TEXT, None).expect("sample");
    let sources: Vec<String> = preview.segments.iter().map(|s| s.source.clone()).collect();
    let sample: Vec<Segment> = include_str!("../../../tests/fixtures/sample-en.tsv")
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(p, e)| {
            let k: usize = p.parse().expect("a position");
            let mut s = segment(k as i64 + 1, &sources[k], e);
            s.paragraph = preview.segments[k].paragraph;
            s
        })
        .collect();

    let verdicts = verdicts();
    let articles: Vec<Vec<Segment>> = docs.into_iter().map(|(_, s)| s).collect();
    let sets = [
        ("NTREX, 123 documents", run_checks("NTREX, 123 documents", &articles, &glossary, &spellers, &verdicts)),
        (
            "NTREX, the 12 whole documents",
            run_checks("NTREX, 12 documents", &whole_docs, &glossary, &spellers, &verdicts),
        ),
        ("the sample article", run_checks("sample", &[sample], &sample_glossary, &spellers, &verdicts)),
    ];
    println!("## Issues on good translations, by check\n");
    println!("| translations | segments | issues | names | numbers | dates | punctuation | spelling | consistency |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for (name, said) in &sets {
        let cells: Vec<String> = Check::ALL.iter().map(|c| said.by_check[c].to_string()).collect();
        let total: usize = said.by_check.values().sum();
        println!("| {name} | {} | {total} | {} |", said.segments, cells.join(" | "));
    }
    println!("\n## Each issue read: the pair disagrees, or a false alarm\n");
    println!("| translations, checks | segments | issues | the pair disagrees | false alarms | false alarms per 100 segments | not yet read |");
    println!("|---|---|---|---|---|---|---|");
    for (name, said) in &sets {
        for (which, c) in [("every check but names", said.others), ("names", said.names)] {
            println!(
                "| {name}, {which} | {} | {} | {} | {} | {:.1} | {} |",
                said.segments,
                c[0],
                c[1],
                c[2],
                c[2] as f64 * 100.0 / said.segments as f64,
                c[3]
            );
        }
    }
    println!("\n## Errors caught\n");
    println!("| error injected | pairs | caught | share |");
    println!("|---|---|---|---|");
    let words = Known::from_glossary(glossary.entries());
    let speller = &spellers.us;
    // The checks that spoke on each pair as it is.
    let clean: Vec<Vec<Check>> = pairs
        .iter()
        .enumerate()
        .map(|(k, (a, e))| {
            check(&[segment(k as i64, a, e)], &glossary, speller, &[&words]).iter().map(|i| i.check).collect()
        })
        .collect();
    for (label, check_of, inject) in INJECTIONS {
        let (mut tried, mut caught) = (0, 0);
        for (k, (a, e)) in pairs.iter().enumerate() {
            let Some(wrong) = inject(a, e, speller, &glossary) else { continue };
            if clean[k].contains(check_of) {
                continue;
            }
            tried += 1;
            let found = check(&[segment(k as i64, a, &wrong)], &glossary, speller, &[&words]);
            if found.iter().any(|i| i.check == *check_of) {
                caught += 1;
            } else {
                eprintln!("missed\t{label}\t{a}\t{wrong}");
            }
        }
        println!("| {label} | {tried} | {caught} | {:.1}% |", caught as f64 * 100.0 / tried.max(1) as f64);
    }
    eprintln!("qa_eval: {:.1} s", started.elapsed().as_secs_f64());
}
