//! How many of the "likely names" the editor shows on real articles are names: the ten
//! SaudiNewsNet articles (`../shared/corpora/03b_news_arabic_saudinewsnet/articles`), each
//! imported as the app imports a file, with an empty glossary and no translation (what a
//! translator sees on opening a new article), against the hand labels of
//! `docs/eval/saudinewsnet-candidates.tsv` (article, Arabic candidate, is-name yes/no).
//!
//!     cargo run -p dragoman-core --example saudinewsnet_eval -- DIR docs/eval/saudinewsnet-candidates.tsv
//!
//! Prints every candidate with its label (`?` when the file has none: it counts as wrong),
//! then the table compared with `docs/names-suggester.md` by `make eval`. Exits with 1 when
//! fewer than three of four candidates shown are names.
use std::collections::HashMap;
use std::path::Path;

use dragoman_core::import::{preview_bytes, ImportOptions};
use dragoman_core::names::suggest::candidates;
use dragoman_core::names::NameIndex;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(labels)) = (args.first(), args.get(1)) else {
        eprintln!("usage: saudinewsnet_eval ARTICLES_DIR LABELS.tsv");
        std::process::exit(2);
    };
    let labels = read_labels(Path::new(labels));
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("a readable directory")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let (mut shown, mut names, mut not_names, mut unlabelled) = (0, 0, 0, 0);
    for path in &files {
        let article = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(path).expect("a readable article");
        let preview = preview_bytes(&bytes, Some(&article), &ImportOptions::default()).expect("an importable article");
        let segments: Vec<(&str, &str)> = preview.segments.iter().map(|s| (s.source.as_str(), "")).collect();
        println!("# {article}: {} segments", segments.len());
        for c in candidates(&segments, &NameIndex::default()) {
            shown += 1;
            let label = labels.get(&(article.clone(), c.arabic.clone())).copied();
            match label {
                Some(true) => names += 1,
                Some(false) => not_names += 1,
                None => unlabelled += 1,
            }
            let mark = match label {
                Some(true) => "yes",
                Some(false) => "no",
                None => "?",
            };
            println!(
                "{article}\t{}\t{mark}\t{}\t×{}\t{}",
                c.arabic,
                c.suggestion.english,
                c.occurrences,
                c.cue.unwrap_or_default()
            );
        }
    }
    let precision = if shown == 0 { 100.0 } else { 100.0 * names as f64 / shown as f64 };
    println!();
    println!("| corpus | articles | candidates shown | names | not names | unlabelled | precision |");
    println!("|---|---|---|---|---|---|---|");
    println!("| SaudiNewsNet, no glossary, no translation | {} | {shown} | {names} | {not_names} | {unlabelled} | {precision:.1} % |", files.len());
    if precision < 75.0 {
        eprintln!("precision {precision:.1} %: fewer than three of four candidates shown are names");
        std::process::exit(1);
    }
}

/// (article, Arabic candidate) → is it a name. Lines: article TAB Arabic TAB yes|no; `#`
/// starts a comment.
fn read_labels(path: &Path) -> HashMap<(String, String), bool> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let [article, arabic, label, ..] = cells[..] else {
            panic!("{}:{}: three cells expected", path.display(), n + 1)
        };
        let yes = match label.trim() {
            "yes" => true,
            "no" => false,
            other => panic!("{}:{}: is-name must be yes or no, not {other:?}", path.display(), n + 1),
        };
        out.insert((article.to_owned(), arabic.to_owned()), yes);
    }
    out
}
