//! Recall and precision of the glossary name matcher (`names/index.rs`) on ANERcorp.
//!
//! Over 600 lines because it is one report: reading the corpus, three runs, the error
//! classes and the tables of `docs/names-anercorp.md` are easier to check side by side.
//!
//! The glossary is built from the corpus's own PERS, LOC and ORG gold spans that occur bare
//! (see `docs/names-anercorp.md` for the protocol); MISC is ignored. Each sentence is
//! rebuilt by joining its tokens with spaces, the matcher runs over it, and every gold
//! occurrence is classed (bare, with a clitic, spelling variant folded by normalisation,
//! other) and counted as found or not. Matches that do not coincide with a gold span are
//! split into overlapping a gold span and outside any gold span. A second run builds the
//! glossary from the head of the corpus and matches on the held-out tail file; a third does
//! the same with the entries that mostly missed on the head dropped.
//!
//!     cargo run --release -p dragoman-core --example anercorp_eval -- ../shared/corpora/01_ner_anercorp
//!
//! Markdown tables go to stdout, samples of misses and false positives to stderr.
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use dragoman_core::names::{NameIndex, NameMatch, NameSpec};
use dragoman_core::text::normalize::{is_deleted, normalize_str};

/// The types that make the glossary (MISC is left out).
const TYPES: [&str; 3] = ["PERS", "LOC", "ORG"];

/// The clitics the matcher generates (`text/clitics.rs`): C ∈ {∅, و, ف} then P ∈ {∅, ب, ك}, and C + ل.
const CLITICS: [&str; 11] = ["ب", "ك", "ل", "و", "وب", "وك", "ول", "ف", "فب", "فك", "فل"];

struct Sentence {
    tokens: Vec<String>,
    tags: Vec<String>,
    text: String,
    /// Char offsets of each token in `text`.
    offsets: Vec<Range<usize>>,
}

struct Gold {
    sent: usize,
    tokens: Range<usize>,
    kind: String,
    /// Char offsets in the sentence text, trimmed of punctuation glued to the tokens.
    chars: Range<usize>,
    /// The trimmed surface without harakat or tatweel, as written otherwise.
    light: String,
    /// Normalised tokens joined by one space: what the matcher compares.
    key: String,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Class {
    Bare,
    Clitic,
    Variant,
    Other,
}

const CLASSES: [(Class, &str); 4] = [
    (Class::Bare, "bare (as written in the glossary)"),
    (Class::Clitic, "with a clitic (و ف ب ك ل and combinations)"),
    (Class::Variant, "another spelling the normalisation folds (hamza, ta marbuta, alef maqsura)"),
    (Class::Other, "other (not reachable by design)"),
];

struct Entry {
    key: String,
    /// The glossary form: the most frequent bare spelling.
    form: String,
    kind: String,
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: anercorp_eval DIR (the ANERcorp folder; `make eval` passes it)");
    let all = read_conll(&format!("{dir}/ANERCorp.sentences.conll"));
    let tail = read_conll(&format!("{dir}/ANERCorp.tail25k.sentences.conll"));
    let head_len = all.len() - tail.len();
    let is_slice = all[head_len..].iter().zip(&tail).all(|(a, b)| a.tokens == b.tokens && a.tags == b.tags);
    assert!(is_slice, "the tail file is not the last sentences of the full file");
    let golds = gold_spans(&all);
    check_against_tsv(&format!("{dir}/ANERCorp.entities.tsv"), &golds);
    let tokens: usize = all.iter().map(|s| s.tokens.len()).sum();
    println!("## ANERcorp: {} sentences, {tokens} tokens", all.len());
    println!();
    corpus_facts(&all, &golds);

    let glossary = build_glossary(&golds, 0..all.len());
    println!("## Whole corpus: glossary from all sentences, matching on all sentences");
    println!();
    println!("Glossary: {} names.", glossary.len());
    println!();
    evaluate(&all, &golds, &glossary, 0..all.len(), "whole corpus");

    let glossary = build_glossary(&golds, 0..head_len);
    println!("## Held-out tail: glossary from the first {head_len} sentences, matching on the last {}", tail.len());
    println!();
    println!("Glossary: {} names.", glossary.len());
    println!();
    evaluate(&all, &golds, &glossary, head_len..all.len(), "tail");

    // What a curated glossary would give: drop the entries that, matched over the head, hit a
    // gold span less than half the time (common words the corpus tagged once or twice).
    let hits = entry_hits(&all, &golds, &glossary, 0..head_len);
    let mut dropped: Vec<(&Entry, &(usize, usize))> =
        glossary.iter().zip(&hits).filter(|(_, (exact, total))| 2 * exact < *total).collect();
    dropped.sort_by(|a, b| b.1 .1.cmp(&a.1 .1).then(a.0.key.cmp(&b.0.key)));
    eprintln!("=== entries dropped from the head glossary (gold hits / matches in the head)");
    for (e, (exact, total)) in dropped.iter().take(40) {
        eprintln!("{exact:4} / {total:4}  {} {}", e.kind, e.form);
    }
    let kept: Vec<Entry> =
        glossary.into_iter().zip(&hits).filter(|(_, (exact, total))| 2 * exact >= *total).map(|(e, _)| e).collect();
    println!(
        "## Held-out tail, pruned glossary: entries whose matches in the head hit a gold span at least half the time"
    );
    println!();
    println!("Glossary: {} names ({} dropped).", kept.len(), hits.len() - kept.len());
    println!();
    evaluate(&all, &golds, &kept, head_len..all.len(), "tail, pruned glossary");
}

/// The matcher's index of a glossary: one name per entry, its one form, clitics allowed.
fn index_of(glossary: &[Entry]) -> NameIndex {
    let specs: Vec<NameSpec> =
        glossary.iter().map(|e| NameSpec { forms: vec![e.form.clone()], clitics: true, not: Vec::new() }).collect();
    NameIndex::build(&specs)
}

/// For each glossary entry: matches whose span is a gold span, and all matches, over `range`.
fn entry_hits(sentences: &[Sentence], golds: &[Gold], glossary: &[Entry], range: Range<usize>) -> Vec<(usize, usize)> {
    let index = index_of(glossary);
    let spans: HashSet<(usize, usize, usize)> = golds
        .iter()
        .filter(|g| range.contains(&g.sent) && is_name(g))
        .map(|g| (g.sent, g.chars.start, g.chars.end))
        .collect();
    let mut out = vec![(0, 0); glossary.len()];
    for si in range {
        for m in index.find(&sentences[si].text) {
            out[m.name].0 +=
                usize::from(spans.contains(&(si, m.start, m.end)) || spans.contains(&(si, m.core_start, m.end)));
            out[m.name].1 += 1;
        }
    }
    out
}

fn read_conll(path: &str) -> Vec<Sentence> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = Vec::new();
    let (mut tokens, mut tags) = (Vec::new(), Vec::new());
    for line in text.lines().chain(std::iter::once("")) {
        if line.trim().is_empty() {
            if !tokens.is_empty() {
                out.push(sentence(std::mem::take(&mut tokens), std::mem::take(&mut tags)));
            }
            continue;
        }
        let (token, tag) = line.split_once('\t').unwrap_or_else(|| panic!("{path}: bad line {line:?}"));
        tokens.push(token.to_owned());
        tags.push(tag.trim().to_owned());
    }
    out
}

fn sentence(tokens: Vec<String>, tags: Vec<String>) -> Sentence {
    let mut text = String::new();
    let mut offsets = Vec::new();
    let mut at = 0;
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            text.push(' ');
            at += 1;
        }
        let n = t.chars().count();
        offsets.push(at..at + n);
        text.push_str(t);
        at += n;
    }
    Sentence { tokens, tags, text, offsets }
}

/// Entity spans in BIO: B-X starts one, I-X continues one of the same type (or starts one
/// after O or another type, as in `ANERCorp.entities.tsv`). All types, MISC included.
fn gold_spans(sentences: &[Sentence]) -> Vec<Gold> {
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let mut open: Option<(usize, String)> = None;
        for i in 0..=s.tags.len() {
            let tag = s.tags.get(i).map(String::as_str).unwrap_or("O");
            let (bio, kind) = tag.split_once('-').unwrap_or(("O", ""));
            let continues = bio == "I" && open.as_ref().is_some_and(|(_, k)| k == kind);
            if !continues {
                if let Some((start, kind)) = open.take() {
                    out.push(gold(s, si, start..i, kind));
                }
                if bio == "B" || bio == "I" {
                    open = Some((i, kind.to_owned()));
                }
            }
        }
    }
    out
}

/// The spans must be those of `ANERCorp.entities.tsv` (sent_idx, tok_start, tok_end_excl, type).
fn check_against_tsv(path: &str, golds: &[Gold]) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let rows: Vec<String> =
        text.lines().skip(1).map(|l| l.split('\t').take(4).collect::<Vec<_>>().join("\t")).collect();
    let ours: Vec<String> =
        golds.iter().map(|g| format!("{}\t{}\t{}\t{}", g.sent, g.tokens.start, g.tokens.end, g.kind)).collect();
    assert_eq!(rows, ours, "gold spans differ from {path}");
}

fn gold(s: &Sentence, sent: usize, tokens: Range<usize>, kind: String) -> Gold {
    let chars: Vec<char> = s.text.chars().collect();
    let (mut a, mut b) = (s.offsets[tokens.start].start, s.offsets[tokens.end - 1].end);
    let trimmed = |c: char| !c.is_alphanumeric() || is_deleted(c);
    while a < b && trimmed(chars[a]) {
        a += 1;
    }
    while b > a && trimmed(chars[b - 1]) {
        b -= 1;
    }
    let surface: String = chars[a..b].iter().collect();
    let light: String = surface.chars().filter(|c| !is_deleted(*c)).collect();
    let light = light.split_whitespace().collect::<Vec<_>>().join(" ");
    Gold { sent, tokens, kind, chars: a..b, light, key: key(&surface) }
}

/// Normalised tokens, as the matcher sees a form.
fn key(s: &str) -> String {
    normalize_str(s).split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The forms a key takes behind each clitic, built as the matcher builds them.
fn clitic_forms(key: &str) -> Vec<(&'static str, String)> {
    let (first, rest) = key.split_once(' ').map_or((key, ""), |(f, r)| (f, r));
    CLITICS
        .iter()
        .map(|&c| {
            let head = if c.ends_with('ل') {
                let h = &c[..c.len() - 'ل'.len_utf8()];
                if let Some(r) = first.strip_prefix("الل") {
                    format!("{h}لل{r}")
                } else if let Some(r) = first.strip_prefix('ا').filter(|r| r.starts_with('ل')) {
                    format!("{h}ل{r}")
                } else {
                    format!("{c}{first}")
                }
            } else {
                format!("{c}{first}")
            };
            (c, if rest.is_empty() { head } else { format!("{head} {rest}") })
        })
        .collect()
}

fn is_name(g: &Gold) -> bool {
    TYPES.contains(&g.kind.as_str())
}

/// A gold occurrence is bare unless its key is C + G, C a clitic and G the key of another
/// gold span of the same type (so وإسرائيل is و + إسرائيل, but بكين stays Beijing even though
/// كين is a person). The glossary has one entry per key seen bare at least once; its form is
/// the most frequent bare spelling, its type the most frequent type of its bare occurrences.
fn build_glossary(golds: &[Gold], range: Range<usize>) -> Vec<Entry> {
    let golds: Vec<&Gold> =
        golds.iter().filter(|g| range.contains(&g.sent) && is_name(g) && !g.key.is_empty()).collect();
    let attached = attached(golds.iter().copied());
    // Per key: how often each spelling and each type occurs bare.
    type Counts<'a> = BTreeMap<&'a str, usize>;
    let mut seen: BTreeMap<&str, (Counts, Counts)> = BTreeMap::new();
    for g in &golds {
        if attached.contains(&(g.key.clone(), g.kind.as_str())) {
            continue;
        }
        let (spellings, kinds) = seen.entry(g.key.as_str()).or_default();
        *spellings.entry(g.light.as_str()).or_default() += 1;
        *kinds.entry(g.kind.as_str()).or_default() += 1;
    }
    seen.into_iter()
        .map(|(key, (spellings, kinds))| Entry {
            key: key.to_owned(),
            form: most(&spellings).to_owned(),
            kind: most(&kinds).to_owned(),
        })
        .collect()
}

/// The keys C + G for every clitic C and every gold key G, with G's type.
fn attached<'a>(golds: impl Iterator<Item = &'a Gold>) -> HashSet<(String, &'a str)> {
    golds.flat_map(|g| clitic_forms(&g.key).into_iter().map(move |(_, form)| (form, g.kind.as_str()))).collect()
}

/// The most frequent item; the first in order on ties.
fn most<'a>(counts: &BTreeMap<&'a str, usize>) -> &'a str {
    let max = counts.values().max().copied().unwrap_or(0);
    counts.iter().find(|(_, n)| **n == max).map(|(k, _)| *k).unwrap_or("")
}

fn corpus_facts(sentences: &[Sentence], golds: &[Gold]) {
    let standalone = |t: &str| CLITICS.contains(&t);
    let names: Vec<&Gold> = golds.iter().filter(|g| is_name(g)).collect();
    let starts_with_clitic_token =
        names.iter().filter(|g| standalone(&sentences[g.sent].tokens[g.tokens.start])).count();
    let after_clitic_token = names
        .iter()
        .filter(|g| g.tokens.start > 0 && standalone(&sentences[g.sent].tokens[g.tokens.start - 1]))
        .count();
    let clitic_tokens = sentences.iter().flat_map(|s| &s.tokens).filter(|t| standalone(t)).count();
    let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for g in golds {
        *by_kind.entry(g.kind.as_str()).or_default() += 1;
    }
    println!("| gold spans | count |");
    println!("|---|---:|");
    for (k, n) in &by_kind {
        println!("| {k}{} | {n} |", if TYPES.contains(k) { "" } else { " (ignored)" });
    }
    println!("| stand-alone clitic tokens (و ف ب ك ل … as a token of their own) | {clitic_tokens} |");
    println!("| PERS/LOC/ORG spans right after a stand-alone clitic token | {after_clitic_token} |");
    println!("| PERS/LOC/ORG spans that begin with a stand-alone clitic token | {starts_with_clitic_token} |");
    println!();
}

struct Tally {
    found: usize,
    total: usize,
}

impl Tally {
    fn cell(&self) -> String {
        format!("{} / {} | {:.1}%", self.found, self.total, 100.0 * self.found as f64 / self.total.max(1) as f64)
    }
}

/// Why a gold occurrence was missed.
fn miss_reason(g: &Gold, matches: &[NameMatch]) -> &'static str {
    let over: Vec<&NameMatch> = matches.iter().filter(|m| m.start < g.chars.end && g.chars.start < m.end).collect();
    if over.iter().any(|m| m.start <= g.chars.start && g.chars.end <= m.end) {
        "inside a longer match (longest match wins)"
    } else if g.light.chars().any(|c| !c.is_alphanumeric() && !c.is_whitespace()) {
        "punctuation inside the name"
    } else if !over.is_empty() {
        "only part of it matched"
    } else {
        "no match"
    }
}

fn tally<K: Ord>(map: &mut BTreeMap<K, Tally>, k: K, hit: bool) {
    let t = map.entry(k).or_insert(Tally { found: 0, total: 0 });
    t.found += usize::from(hit);
    t.total += 1;
}

fn print_tallies<K: std::fmt::Display>(title: &str, map: &BTreeMap<K, Tally>) {
    println!("| {title} | found / total | recall |");
    println!("|---|---:|---:|");
    for (k, t) in map {
        println!("| {k} | {} |", t.cell());
    }
    println!();
}

fn evaluate(sentences: &[Sentence], golds: &[Gold], glossary: &[Entry], range: Range<usize>, label: &str) {
    let index = index_of(glossary);
    let by_key: HashMap<&str, usize> = glossary.iter().enumerate().map(|(i, e)| (e.key.as_str(), i)).collect();
    let mut by_clitic_form: HashMap<String, (&'static str, usize)> = HashMap::new();
    for (i, e) in glossary.iter().enumerate() {
        for (c, form) in clitic_forms(&e.key) {
            by_clitic_form.entry(form).or_insert((c, i));
        }
    }
    let class_of = |g: &Gold| -> Class {
        if let Some(&i) = by_key.get(g.key.as_str()) {
            if g.light == glossary[i].form {
                Class::Bare
            } else {
                Class::Variant
            }
        } else if by_clitic_form.contains_key(&g.key) {
            Class::Clitic
        } else {
            Class::Other
        }
    };
    // For the "other" class: a clitic in front of a name the glossary lacks (as in the bare test,
    // against every gold span of the corpus).
    let attached_anywhere = attached(golds.iter().filter(|g| is_name(g)));
    // And a single word of a longer glossary name (a surname used alone: عرفات of ياسر عرفات).
    let parts: HashSet<&str> = glossary.iter().filter(|e| e.key.contains(' ')).flat_map(|e| e.key.split(' ')).collect();

    let in_range: Vec<&Gold> = golds.iter().filter(|g| range.contains(&g.sent)).collect();
    let mut per_sentence: HashMap<usize, Vec<&Gold>> = HashMap::new();
    for g in &in_range {
        per_sentence.entry(g.sent).or_default().push(g);
    }
    let names: Vec<&Gold> = in_range.iter().copied().filter(|g| is_name(g)).collect();
    let mut spans: HashMap<(usize, usize, usize), usize> = HashMap::new();
    for (i, g) in names.iter().enumerate() {
        spans.insert((g.sent, g.chars.start, g.chars.end), i);
    }

    let started = std::time::Instant::now();
    let matches: HashMap<usize, Vec<NameMatch>> =
        range.clone().map(|si| (si, index.find(&sentences[si].text))).collect();
    let elapsed = started.elapsed();

    let mut found = vec![false; names.len()];
    let (mut total, mut exact, mut exact_other_type, mut by_core, mut overlap, mut outside, mut in_misc) =
        (0, 0, 0, 0, 0, 0, 0);
    let mut false_positives: Vec<(usize, &NameMatch, &str)> = Vec::new();
    let mut fp_entries: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    let mut other_type: BTreeMap<String, usize> = BTreeMap::new();
    for si in range.clone() {
        let here = per_sentence.get(&si).map(Vec::as_slice).unwrap_or(&[]);
        for m in &matches[&si] {
            total += 1;
            let hit = spans
                .get(&(si, m.start, m.end))
                .map(|&i| (i, false))
                .or_else(|| spans.get(&(si, m.core_start, m.end)).map(|&i| (i, true)));
            if let Some((i, core)) = hit {
                exact += 1;
                by_core += usize::from(core);
                if names[i].kind != glossary[m.name].kind {
                    exact_other_type += 1;
                    *other_type
                        .entry(format!("{} {} → gold {}", glossary[m.name].form, glossary[m.name].kind, names[i].kind))
                        .or_default() += 1;
                }
                found[i] = true;
                continue;
            }
            let overlaps = |g: &&Gold| g.chars.start < m.end && m.start < g.chars.end;
            let fp = fp_entries.entry(m.name).or_default();
            let why = if here.iter().filter(|g| is_name(g)).any(overlaps) {
                overlap += 1;
                fp.0 += 1;
                "overlaps a gold span"
            } else {
                outside += 1;
                fp.1 += 1;
                if here.iter().filter(|g| g.kind == "MISC").any(overlaps) {
                    in_misc += 1;
                    "outside, in a MISC span"
                } else {
                    "outside"
                }
            };
            false_positives.push((si, m, why));
        }
    }

    let mut classes: BTreeMap<Class, Tally> = BTreeMap::new();
    let mut others: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut kinds: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut clitics: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut variants: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut reasons: BTreeMap<(Class, &str), usize> = BTreeMap::new();
    let mut misses: Vec<(usize, Class, &str)> = Vec::new();
    let mut miss_surfaces: BTreeMap<(&str, Class), usize> = BTreeMap::new();
    for (i, g) in names.iter().enumerate() {
        let class = class_of(g);
        let hit = found[i];
        tally(&mut classes, class, hit);
        tally(&mut kinds, g.kind.as_str(), hit);
        match class {
            Class::Clitic => tally(&mut clitics, by_clitic_form[&g.key].0, hit),
            Class::Variant => {
                let form = &glossary[by_key[g.key.as_str()]].form;
                let kind = variant_kind(&g.light, form);
                if matches!(kind, "other letters" | "punctuation" | "several of these") {
                    eprintln!("{label}: spelling variant «{}» of «{form}» ({kind}), found: {hit}", g.light);
                }
                tally(&mut variants, kind, hit);
            }
            Class::Other => {
                let what = if attached_anywhere.contains(&(g.key.clone(), g.kind.as_str())) {
                    "a clitic + a name not in the glossary"
                } else if parts.contains(g.key.as_str()) {
                    "one word of a longer glossary name, used alone"
                } else {
                    "a name not in the glossary"
                };
                tally(&mut others, what, hit);
            }
            Class::Bare => {}
        }
        if !hit {
            let why = miss_reason(g, &matches[&g.sent]);
            *reasons.entry((class, why)).or_default() += 1;
            misses.push((i, class, why));
            *miss_surfaces.entry((g.light.as_str(), class)).or_default() += 1;
        }
    }
    let all = Tally { found: found.iter().filter(|f| **f).count(), total: names.len() };

    println!("### Recall ({label})");
    println!();
    println!("| gold occurrences | found / total | recall |");
    println!("|---|---:|---:|");
    for (class, name) in CLASSES {
        if let Some(t) = classes.get(&class) {
            println!("| {name} | {} |", t.cell());
        }
        if class == Class::Other {
            for (what, t) in &others {
                println!("| … {what} | {} |", t.cell());
            }
        }
    }
    println!("| **all PERS/LOC/ORG** | **{}** |", all.cell().replace(" | ", "** | **"));
    println!();
    print_tallies("by type", &kinds);
    print_tallies("with a clitic, by clitic", &clitics);
    if !variants.is_empty() {
        print_tallies("spelling variant, by letter", &variants);
    }
    println!("| misses (class, reason) | count |");
    println!("|---|---:|");
    for ((class, why), n) in &reasons {
        println!("| {}: {why} | {n} |", format!("{class:?}").to_lowercase());
    }
    println!();

    println!("### Precision ({label})");
    println!();
    println!("| matches | count |");
    println!("|---|---:|");
    println!("| all matches | {total} |");
    println!("| span = a gold span | {exact} |");
    println!("| … of which the gold type differs from the glossary entry's type | {exact_other_type} |");
    println!("| … of which found through the core span (clitic as a separate token) | {by_core} |");
    println!("| overlapping a gold span, different boundaries | {overlap} |");
    println!("| outside any PERS/LOC/ORG gold span | {outside} |");
    println!("| … of which inside a MISC span | {in_misc} |");
    println!("| **precision** (span = a gold span) | **{:.1}%** |", 100.0 * exact as f64 / total.max(1) as f64);
    println!();
    let mut worst: Vec<(usize, (usize, usize))> = fp_entries.into_iter().collect();
    worst.sort_by(|a, b| (b.1 .0 + b.1 .1).cmp(&(a.1 .0 + a.1 .1)).then(a.0.cmp(&b.0)));
    let fps = overlap + outside;
    let top = |n: usize| worst.iter().take(n).map(|(_, (a, b))| a + b).sum::<usize>();
    println!(
        "False positives come from {} of the {} glossary entries; the 10 worst entries make {} of the {fps} ({:.0}%), the 50 worst {} ({:.0}%).",
        worst.len(),
        glossary.len(),
        top(10),
        100.0 * top(10) as f64 / fps.max(1) as f64,
        top(50),
        100.0 * top(50) as f64 / fps.max(1) as f64
    );
    println!();
    println!("| glossary entry | type | overlapping | outside |");
    println!("|---|---|---:|---:|");
    for (name, (a, b)) in worst.iter().take(15) {
        println!("| {} | {} | {a} | {b} |", glossary[*name].form, glossary[*name].kind);
    }
    println!();
    println!("Matcher time over {} sentences: {:.0} ms.", range.len(), elapsed.as_secs_f64() * 1000.0);
    println!();

    eprintln!("=== {label}: gold type differs from the entry's type");
    let mut top: Vec<_> = other_type.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (what, n) in top.iter().take(12) {
        eprintln!("{n:4}  {what}");
    }
    eprintln!("=== {label}: most frequent misses (surface, class, count)");
    let mut top: Vec<_> = miss_surfaces.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for ((light, class), n) in top.iter().take(30) {
        eprintln!("{n:4}  {light}  {class:?}");
    }
    eprintln!("=== {label}: sample of misses");
    for &(i, class, why) in spread(&misses, 20) {
        let g = names[i];
        let s = &sentences[g.sent];
        let near: Vec<String> = matches[&g.sent]
            .iter()
            .filter(|m| m.start < g.chars.end + 1 && g.chars.start < m.end + 1)
            .map(|m| format!("{} = {}", m.surface, glossary[m.name].form))
            .collect();
        eprintln!(
            "s{} {} {class:?} «{}» ({why}); matches there: {near:?}\n    …{}…",
            g.sent,
            g.kind,
            g.light,
            context(s, &g.chars)
        );
    }
    eprintln!("=== {label}: sample of false positives");
    for (si, m, why) in spread(&false_positives, 20) {
        let s = &sentences[*si];
        let near: Vec<String> = per_sentence
            .get(si)
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .filter(|g| g.chars.start < m.end + 20 && m.start < g.chars.end + 20)
            .map(|g| format!("{} {}", g.kind, g.light))
            .collect();
        let e = &glossary[m.name];
        eprintln!(
            "s{si} «{}» = {} {} ({why}); gold nearby: {near:?}\n    …{}…",
            m.surface,
            e.kind,
            e.form,
            context(s, &(m.start..m.end))
        );
    }
    if label == "whole corpus" {
        eprintln!("=== {label}: all misses with a clitic or another spelling");
        for &(i, class, why) in &misses {
            if matches!(class, Class::Clitic | Class::Variant) {
                let g = names[i];
                eprintln!(
                    "s{} {} {class:?} «{}» ({why})  …{}…",
                    g.sent,
                    g.kind,
                    g.light,
                    context(&sentences[g.sent], &g.chars)
                );
            }
        }
    }
}

/// Which folded letters tell a spelling from the glossary form; "punctuation" when the
/// punctuation between the letters differs (سي.أن.أن for سي ان ان).
fn variant_kind(a: &str, b: &str) -> &'static str {
    let letters = |s: &str| -> Vec<char> { s.chars().filter(|c| c.is_alphanumeric()).collect() };
    let rest = |s: &str| -> String { s.chars().filter(|c| !c.is_alphanumeric()).collect() };
    let (la, lb) = (letters(a), letters(b));
    let mut kinds: Vec<&str> = la
        .iter()
        .zip(&lb)
        .filter(|(x, y)| x != y)
        .map(|(x, y)| {
            let alef = |c: &char| matches!(c, 'ا' | 'أ' | 'إ' | 'آ' | 'ٱ');
            if alef(x) && alef(y) {
                "alef with or without hamza (أ إ آ ا)"
            } else if matches!((x, y), ('ة', 'ه') | ('ه', 'ة')) {
                "ta marbuta (ة ه)"
            } else if matches!((x, y), ('ى', 'ي') | ('ي', 'ى')) {
                "alef maqsura (ى ي)"
            } else {
                "other letters"
            }
        })
        .collect();
    if la.len() != lb.len() {
        kinds.push("other letters");
    }
    if rest(a) != rest(b) {
        kinds.push("punctuation");
    }
    kinds.dedup();
    match kinds.as_slice() {
        [one] => one,
        [] => "other letters",
        _ => "several of these",
    }
}

/// Up to `n` items spread evenly over the list.
fn spread<T>(items: &[T], n: usize) -> impl Iterator<Item = &T> {
    let step = items.len().div_ceil(n).max(1);
    items.iter().step_by(step)
}

fn context(s: &Sentence, span: &Range<usize>) -> String {
    let chars: Vec<char> = s.text.chars().collect();
    let a = span.start.saturating_sub(40);
    let b = (span.end + 40).min(chars.len());
    let before: String = chars[a..span.start].iter().collect();
    let inside: String = chars[span.clone()].iter().collect();
    let after: String = chars[span.end..b].iter().collect();
    format!("{before}[{inside}]{after}")
}
