//! How well the translation memory finds a sentence changed the ways real text changes
//! (docs/memory.md). The 1,997 Arabic–English pairs of NTREX (newstest2019) go into a memory;
//! each sentence is then changed one way at a time and looked up, and the unit it came from
//! should rank first, with a score that says how much changed.
//!
//!     cargo run --release -p dragoman-core --example memory_eval -- ../shared/corpora/03_news_parallel_ntrex/full
use std::time::Instant;

use dragoman_core::model::NewUnit;
use dragoman_core::names::glossary::{Compiled, GlossaryEntry, NameType, StoredEntry};
use dragoman_core::text::normalize::is_deleted;
use dragoman_core::tm::Query;
use dragoman_core::usecases::memory::{self, MatchOptions};
use dragoman_core::Store;

/// The well-known names the suggester ships, as a glossary (for the name swaps).
fn glossary() -> Compiled {
    let text = include_str!("../src/names/suggest/data/known-names.tsv");
    let entries = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .enumerate()
        .filter_map(|(i, l)| {
            let mut cols = l.split('\t');
            let forms: Vec<String> = cols.next()?.split('|').map(str::to_owned).collect();
            let english = cols.next()?.to_owned();
            let kind = NameType::parse(cols.next()?.trim())?;
            let entry = GlossaryEntry {
                arabic: forms[0].clone(),
                variants: forms[1..].to_vec(),
                english,
                short: None,
                kind,
                deprecated: vec![],
                clitics: true,
                not: vec![],
                notes: String::new(),
            };
            Some(StoredEntry { id: i as i64 + 1, entry, created_at: 0, updated_at: 0 })
        })
        .collect();
    Compiled::new(entries)
}

/// A change to a sentence; `None` when it does not apply to this one.
type Change = fn(&str, &Compiled) -> Option<String>;

fn words(s: &str) -> Vec<&str> {
    s.split(' ').collect()
}

fn add_harakat(s: &str, _: &Compiled) -> Option<String> {
    // A fatha after every third Arabic letter, a shadda on the first letter of each long word.
    let mut out = String::new();
    let mut n = 0;
    for c in s.chars() {
        out.push(c);
        if ('\u{0628}'..='\u{064A}').contains(&c) {
            n += 1;
            if n % 3 == 0 {
                out.push('\u{064E}');
            }
        }
    }
    Some(out)
}

fn remove_harakat(s: &str, _: &Compiled) -> Option<String> {
    let out: String = s.chars().filter(|c| !is_deleted(*c) || c.is_whitespace()).collect();
    (out != s).then_some(out)
}

fn swap_hamza_ya(s: &str, _: &Compiled) -> Option<String> {
    let out: String = s
        .chars()
        .map(|c| match c {
            'أ' | 'إ' | 'آ' => 'ا',
            'ة' => 'ه',
            'ى' => 'ي',
            c => c,
        })
        .collect();
    (out != s).then_some(out)
}

fn add_clitic(s: &str, _: &Compiled) -> Option<String> {
    let mut w = words(s);
    let at =
        w.iter().position(|x| x.chars().count() >= 4 && !x.starts_with('و') && x.chars().all(|c| c >= '\u{0621}'))?;
    let glued = format!("و{}", w[at]);
    w[at] = &glued;
    Some(w.join(" "))
}

fn change_number(s: &str, _: &Compiled) -> Option<String> {
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let len = s[start..].find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len() - start);
    let n: u64 = s[start..start + len].parse().ok()?;
    Some(format!("{}{}{}", &s[..start], n + 1, &s[start + len..]))
}

fn insert_word(s: &str, _: &Compiled) -> Option<String> {
    let mut w = words(s);
    (w.len() >= 4).then_some(())?;
    w.insert(w.len() / 2, "أيضا");
    Some(w.join(" "))
}

fn drop_word(s: &str, _: &Compiled) -> Option<String> {
    let mut w = words(s);
    (w.len() >= 4).then_some(())?;
    w.remove(w.len() / 2);
    Some(w.join(" "))
}

fn swap_name(s: &str, g: &Compiled) -> Option<String> {
    let (m, e) = g.find(s).into_iter().next()?;
    let other =
        (1..=g.len() as i64).filter_map(|id| g.get(id)).find(|o| o.entry.kind == e.entry.kind && o.id != e.id)?;
    let byte = |c: usize| s.char_indices().nth(c).map(|(b, _)| b).unwrap_or(s.len());
    Some(format!("{}{}{}{}", &s[..byte(m.start)], m.prefix, other.entry.arabic, &s[byte(m.end)..]))
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: memory_eval NTREX_FULL_DIR");
    let ar = std::fs::read_to_string(format!("{dir}/newstest2019-ref.arb.txt")).expect("the Arabic");
    let en = std::fs::read_to_string(format!("{dir}/newstest2019-src.eng.txt")).expect("the English");
    let pairs: Vec<(&str, &str)> =
        ar.lines().zip(en.lines()).filter(|(a, e)| !a.trim().is_empty() && !e.trim().is_empty()).collect();
    let mut store = Store::open_in_memory().unwrap();
    let started = Instant::now();
    let ids: Vec<i64> = store
        .import_units(|imp| {
            for (a, e) in &pairs {
                imp.add(&NewUnit {
                    source: a.to_string(),
                    target: e.to_string(),
                    source_lang: "ar".into(),
                    target_lang: "en".into(),
                    origin: "newstest2019".into(),
                    tuid: None,
                    created_by: None,
                    changed_by: None,
                    created_at: 0,
                    updated_at: 0,
                })?;
            }
            Ok(())
        })
        .map(|_| Vec::new())
        .unwrap();
    drop(ids);
    eprintln!("{} pairs in {:.1} s", pairs.len(), started.elapsed().as_secs_f64());
    // The unit of each pair, by its text (units of identical sentences are one).
    let mut units = std::collections::HashMap::new();
    store
        .for_each_unit(None, |u| {
            units.insert(u.source.clone(), u.id);
            Ok(())
        })
        .unwrap();
    let glossary = glossary();
    let changes: [(&str, Change); 8] = [
        ("harakat added", add_harakat),
        ("harakat removed", remove_harakat),
        ("hamza, ta marbuta and ya forms swapped", swap_hamza_ya),
        ("a clitic added (و)", add_clitic),
        ("a number changed", change_number),
        ("a word inserted", insert_word),
        ("a word dropped", drop_word),
        ("a glossary name swapped for another", swap_name),
    ];
    println!(
        "Memory: {} units from {} NTREX pairs; threshold 50%, five matches asked for.",
        store.unit_count().unwrap(),
        pairs.len()
    );
    println!();
    println!("| change | queries | right unit first | right unit shown | mean score | lowest score | adapted |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let opts = MatchOptions { min: 50, max: 5, exclude_segment: None };
    let mut total_ms = 0.0;
    let mut total_queries = 0;
    for (label, change) in changes {
        let (mut n, mut first, mut shown, mut adapted, mut sum, mut low) = (0, 0, 0, 0, 0u64, 100u8);
        for (a, _) in &pairs {
            let Some(q) = change(a, &glossary) else { continue };
            let Some(&want) = units.get(*a) else { continue };
            n += 1;
            let t = Instant::now();
            let found = memory::matches_for(&store, &Query::new(&q, Some(&glossary)), opts).unwrap();
            total_ms += t.elapsed().as_secs_f64() * 1000.0;
            total_queries += 1;
            if let Some(i) = found.iter().position(|m| m.unit.id == want) {
                shown += 1;
                first += usize::from(i == 0 || found[0].score == found[i].score);
                sum += u64::from(found[i].score);
                low = low.min(found[i].score);
                adapted += usize::from(found[i].adapted);
                if !found[i].adapted && matches!(label, "a number changed" | "a glossary name swapped for another") {
                    eprintln!("{label}: not adapted: {q} => {}", found[i].unit.target);
                }
            } else {
                eprintln!("{label}: not shown: {q}");
            }
        }
        let pct = |x: usize| format!("{x} ({:.1}%)", 100.0 * x as f64 / n.max(1) as f64);
        println!(
            "| {label} | {n} | {} | {} | {:.1} | {low} | {adapted} |",
            pct(first),
            pct(shown),
            sum as f64 / shown.max(1) as f64
        );
    }
    eprintln!("{total_queries} queries, {:.2} ms each on average", total_ms / total_queries.max(1) as f64);
}
