//! Sentence-split evaluation on NTREX documents (one sentence per line).
//!
//! For each `*.ar.txt` (and `*.en.txt` with `--en`): the first line is the headline, the
//! other lines are joined with spaces into one paragraph, which is split again. Reports how
//! many of the original line breaks inside the paragraph are recovered and how many extra
//! breaks appear.
//!
//!     cargo run --release -p dragoman-core --example ntrex_eval -- ../shared/corpora/03_news_parallel_ntrex/documents
use dragoman_core::segment::sentence_ranges;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: ntrex_eval DIR [--en]");
    let suffix = if args.next().as_deref() == Some("--en") { ".en.txt" } else { ".ar.txt" };
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("readable directory")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    names.sort();
    let (mut gold_total, mut found_total, mut extra_total, mut sentences_total) = (0, 0, 0, 0);
    println!("| document | sentences | breaks | recovered | extra |");
    println!("|---|---:|---:|---:|---:|");
    for path in &names {
        let text = std::fs::read_to_string(path).unwrap();
        let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        let body = &lines[1..];
        let mut joined = String::new();
        let mut gold = Vec::new();
        for (i, line) in body.iter().enumerate() {
            if i > 0 {
                gold.push(joined.len());
                joined.push(' ');
            }
            joined.push_str(line);
        }
        let found: Vec<usize> = sentence_ranges(&joined).iter().skip(1).map(|r| r.start - 1).collect();
        let recovered = gold.iter().filter(|g| found.contains(g)).count();
        let extra = found.iter().filter(|f| !gold.contains(f)).count();
        let name = path.file_name().unwrap().to_string_lossy();
        println!("| {name} | {} | {} | {recovered} | {extra} |", body.len(), gold.len());
        for f in found.iter().filter(|f| !gold.contains(f)) {
            eprintln!("extra break in {name}: …{}|{}…", tail(&joined[..*f], 40), head(&joined[*f..], 40));
        }
        for g in gold.iter().filter(|g| !found.contains(g)) {
            eprintln!("missed break in {name}: …{}|{}…", tail(&joined[..*g], 40), head(&joined[*g..], 40));
        }
        gold_total += gold.len();
        found_total += recovered;
        extra_total += extra;
        sentences_total += body.len();
    }
    println!(
        "| **all {} documents** | {sentences_total} | {gold_total} | {found_total} ({:.1}%) | {extra_total} |",
        names.len(),
        100.0 * found_total as f64 / gold_total.max(1) as f64
    );
}

fn tail(s: &str, n: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    chars[chars.len().saturating_sub(n)..].iter().collect()
}

fn head(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}
