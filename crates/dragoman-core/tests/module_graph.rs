//! The shape of the core's modules (issue 9), read from `src/`:
//!
//! - no module imports another that imports it back: for every module, the `crate::…` and
//!   `super::…` paths of its code (comments, strings and `#[cfg(test)]` items left out: a
//!   test may use anything; the root's re-exports such as `crate::Error` followed to their
//!   module) make edges between siblings, and among the children of each
//!   module there is no cycle (a child's use of its parent's items, and a parent's of its
//!   children, are not edges);
//! - no file is over 600 lines unless it says why at its top (a line with "600 lines").
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 600;

type Module = Vec<String>;

struct File {
    path: PathBuf,
    module: Module,
    text: String,
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/a/b.rs` → [a, b]; `src/a/mod.rs` → [a]; `src/lib.rs` → [].
fn module_of(path: &Path) -> Module {
    let rel = path.strip_prefix(src()).unwrap();
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_owned());
    }
    parts
}

fn read_all() -> Vec<File> {
    let mut paths = Vec::new();
    files(&src(), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|path| File { module: module_of(&path), text: std::fs::read_to_string(&path).unwrap(), path })
        .collect()
}

/// The code of a Rust file with comments, string and char literals blanked (newlines kept).
fn blank_literals(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let blank = |out: &mut String, ch: char| out.push(if ch == '\n' { '\n' } else { ' ' });
    let mut i = 0;
    while i < c.len() {
        if c[i] == '/' && c.get(i + 1).copied() == Some('/') {
            while i < c.len() && c[i] != '\n' {
                blank(&mut out, c[i]);
                i += 1;
            }
        } else if c[i] == '/' && c.get(i + 1).copied() == Some('*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1).copied() == Some('*') {
                    depth += 1;
                } else if c[i] == '*' && c.get(i + 1).copied() == Some('/') {
                    depth -= 1;
                    if depth == 0 {
                        out.push_str("  ");
                        i += 2;
                        break;
                    }
                }
                blank(&mut out, c[i]);
                i += 1;
            }
        } else if c[i] == 'r'
            && (c.get(i + 1).copied() == Some('"') || c.get(i + 1).copied() == Some('#'))
            && (i == 0 || !(c[i - 1].is_alphanumeric() || c[i - 1] == '_'))
        {
            // A raw string: r"…" or r#"…"#.
            let mut hashes = 0;
            let mut j = i + 1;
            while c.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if c.get(j) != Some(&'"') {
                out.push(c[i]);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= c.len() {
                    break;
                }
                if c[j] == '"' && (0..hashes).all(|h| c.get(j + 1 + h) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            for &ch in &c[i..j.min(c.len())] {
                blank(&mut out, ch);
            }
            i = j;
        } else if c[i] == '"' {
            blank(&mut out, c[i]);
            i += 1;
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    blank(&mut out, c[i]);
                    i += 1;
                }
                if i < c.len() {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
            if i < c.len() {
                blank(&mut out, c[i]);
                i += 1;
            }
        } else if c[i] == '\'' && (c.get(i + 1).copied() == Some('\\') || c.get(i + 2).copied() == Some('\'')) {
            // A char literal ('x', '\n', '\u{…}'), not a lifetime.
            let mut j = i + 1;
            if c[j] == '\\' {
                j += 2;
            } else {
                j += 1;
            }
            while j < c.len() && c[j] != '\'' {
                j += 1;
            }
            for &ch in &c[i..=j.min(c.len() - 1)] {
                blank(&mut out, ch);
            }
            i = j + 1;
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

/// The code without `#[cfg(test)]` items (the attribute and the item after it, to its `;` or
/// its matching `}`).
fn without_tests(code: &str) -> String {
    let mut out: Vec<char> = code.chars().collect();
    let marker: Vec<char> = "#[cfg(test)]".chars().collect();
    let mut i = 0;
    while i + marker.len() <= out.len() {
        if out[i..i + marker.len()] != marker[..] {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + marker.len();
        while j < out.len() && out[j] != '{' && out[j] != ';' {
            j += 1;
        }
        if j < out.len() && out[j] == '{' {
            let mut depth = 0;
            while j < out.len() {
                match out[j] {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
        }
        let end = j.min(out.len() - 1) + 1;
        for ch in &mut out[start..end] {
            if *ch != '\n' {
                *ch = ' ';
            }
        }
        i = j + 1;
    }
    out.into_iter().collect()
}

/// A tiny tokenizer for paths: identifiers and the punctuation a `use` tree has.
fn path_tokens(s: &str) -> Vec<String> {
    let c: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        if c[i].is_alphanumeric() || c[i] == '_' {
            let start = i;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            out.push(c[start..i].iter().collect());
        } else if c[i] == ':' && c.get(i + 1) == Some(&':') {
            out.push("::".to_owned());
            i += 2;
        } else {
            if !c[i].is_whitespace() {
                out.push(c[i].to_string());
            }
            i += 1;
        }
    }
    out
}

/// The paths of a use tree starting at `toks[at]` (after `prefix::`), and where it ends.
fn tree(toks: &[String], at: usize, prefix: &[String], out: &mut Vec<Vec<String>>) -> usize {
    match toks.get(at).map(String::as_str) {
        Some("{") => {
            let mut i = at + 1;
            loop {
                match toks.get(i).map(String::as_str) {
                    None => return i,
                    Some("}") => return i + 1,
                    Some(",") => i += 1,
                    Some(_) => i = tree(toks, i, prefix, out),
                }
            }
        }
        Some("self") => {
            out.push(prefix.to_vec());
            at + 1
        }
        Some(t) if t.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_') => {
            let mut path = prefix.to_vec();
            path.push(t.to_owned());
            if toks.get(at + 1).map(String::as_str) == Some("::") {
                tree(toks, at + 2, &path, out)
            } else {
                out.push(path);
                at + 1
            }
        }
        _ => {
            out.push(prefix.to_vec());
            at + 1
        }
    }
}

/// Every `crate::…` and `super::…` path of a module's code, made absolute (only the
/// `crate::…` ones with `crate_only`).
fn paths_of(module: &Module, code: &str, crate_only: bool) -> Vec<Vec<String>> {
    let toks = path_tokens(code);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let start_of_path = i == 0 || toks[i - 1] != "::";
        if start_of_path
            && (toks[i] == "crate" || (toks[i] == "super" && !crate_only))
            && toks.get(i + 1).map(String::as_str) == Some("::")
        {
            let mut base: Vec<String> = if toks[i] == "crate" { Vec::new() } else { module.clone() };
            let mut j = i;
            if toks[i] == "super" {
                while toks.get(j).map(String::as_str) == Some("super")
                    && toks.get(j + 1).map(String::as_str) == Some("::")
                {
                    base.pop();
                    j += 2;
                }
            } else {
                j += 2;
            }
            i = tree(&toks, j, &base, &mut out);
        } else {
            i += 1;
        }
    }
    out
}

/// What the crate root re-exports at its top level (`pub use model::{Article, …}`): name →
/// the path it stands for.
fn root_aliases(all: &[File]) -> BTreeMap<String, Vec<String>> {
    let lib = all.iter().find(|f| f.module.is_empty()).expect("lib.rs");
    let toks = path_tokens(&without_tests(&blank_literals(&lib.text)));
    let mut aliases = BTreeMap::new();
    let mut depth = 0;
    for (i, t) in toks.iter().enumerate() {
        match t.as_str() {
            "{" => depth += 1,
            "}" => depth -= 1,
            "use" if depth == 0 => {
                let mut paths = Vec::new();
                tree(&toks, i + 1, &[], &mut paths);
                for path in paths.into_iter().filter(|p| !p.is_empty()) {
                    aliases.insert(path.last().unwrap().clone(), path);
                }
            }
            _ => {}
        }
    }
    aliases
}

/// The module `path` is in: the longest prefix of it that is a module with a file, after
/// the root's re-exports (`crate::Error` is `crate::error::Error`).
fn resolve(path: &[String], modules: &BTreeSet<Module>, aliases: &BTreeMap<String, Vec<String>>) -> Module {
    let mut path = path.to_vec();
    if let Some(target) = path.first().and_then(|first| aliases.get(first)) {
        if !modules.contains(&path[..1].to_vec()) {
            path.splice(..1, target.iter().cloned());
        }
    }
    (0..=path.len()).rev().map(|n| path[..n].to_vec()).find(|p| modules.contains(p)).unwrap_or_default()
}

fn is_prefix(a: &[String], b: &[String]) -> bool {
    a.len() <= b.len() && a == &b[..a.len()]
}

/// For each module, the edges among its children: (from, to) → an example file and path.
type Edges = BTreeMap<Module, BTreeMap<(String, String), String>>;

fn edges(all: &[File]) -> Edges {
    let modules: BTreeSet<Module> = all.iter().map(|f| f.module.clone()).collect();
    let aliases = root_aliases(all);
    let mut edges = Edges::new();
    for f in all {
        let code = without_tests(&blank_literals(&f.text));
        for path in paths_of(&f.module, &code, false) {
            let to = resolve(&path, &modules, &aliases);
            if is_prefix(&to, &f.module) || is_prefix(&f.module, &to) {
                continue;
            }
            let common = f.module.iter().zip(&to).take_while(|(a, b)| a == b).count();
            let key = (f.module[common].clone(), to[common].clone());
            let example = format!("{} uses {}", f.path.strip_prefix(src()).unwrap().display(), path.join("::"));
            edges.entry(f.module[..common].to_vec()).or_default().entry(key).or_insert(example);
        }
    }
    edges
}

/// A cycle among the children of one module, if there is one.
fn find_cycle(edges: &BTreeMap<(String, String), String>) -> Option<Vec<String>> {
    let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (a, b) in edges.keys() {
        next.entry(a).or_default().push(b);
    }
    fn visit<'a>(
        n: &'a str,
        next: &BTreeMap<&'a str, Vec<&'a str>>,
        stack: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|s| *s == n) {
            let mut cycle: Vec<String> = stack[at..].iter().map(|s| s.to_string()).collect();
            cycle.push(n.to_owned());
            return Some(cycle);
        }
        if !done.insert(n) {
            return None;
        }
        stack.push(n);
        for m in next.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, next, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        None
    }
    let mut done = BTreeSet::new();
    for n in next.keys() {
        if let Some(c) = visit(n, &next, &mut Vec::new(), &mut done) {
            return Some(c);
        }
    }
    None
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let all = read_all();
    let edges = edges(&all);
    let mut problems = Vec::new();
    for (parent, among) in &edges {
        if let Some(cycle) = find_cycle(among) {
            let within = if parent.is_empty() { "crate".to_owned() } else { format!("crate::{}", parent.join("::")) };
            let steps: Vec<String> = cycle.windows(2).map(|w| among[&(w[0].clone(), w[1].clone())].clone()).collect();
            problems.push(format!("in {within}: {}\n    {}", cycle.join(" → "), steps.join("\n    ")));
        }
    }
    assert!(problems.is_empty(), "module cycles:\n{}", problems.join("\n"));
    // The check sees what it should: a few edges that exist.
    let top = &edges[&Vec::new()];
    for (a, b) in [("formats", "names"), ("names", "text"), ("qa", "names"), ("import", "formats")] {
        assert!(top.contains_key(&(a.to_owned(), b.to_owned())), "{a} → {b} not seen");
    }
}

#[test]
fn long_files_say_why() {
    let mut long = Vec::new();
    for f in read_all() {
        let rel = f.path.strip_prefix(src()).unwrap().to_string_lossy().into_owned();
        let lines = f.text.lines().count();
        let says_why = f.text.lines().take(10).any(|l| l.contains("600 lines"));
        if lines > MAX_LINES && !says_why {
            long.push(format!("{rel}: {lines} lines"));
        }
    }
    assert!(long.is_empty(), "over {MAX_LINES} lines without a reason at the top:\n{}", long.join("\n"));
}

#[test]
fn the_path_reader_reads_use_trees_and_skips_tests_and_literals() {
    let code = r##"
use crate::{import, model::NewArticle};
use super::keys::{self, Slot};
// use crate::commented::Out;
let s = "crate::in_a_string";
let r = r#"crate::raw"#;
let c = '{';
fn f() { crate::text::normalize::normalize(x); super::super::up::X }
#[cfg(test)]
mod tests { use crate::tested::Thing; fn g() { let b = '}'; } }
"##;
    let module = vec!["names".to_owned(), "index".to_owned()];
    let code = without_tests(&blank_literals(code));
    let paths: Vec<String> = paths_of(&module, &code, false).iter().map(|p| p.join("::")).collect();
    assert_eq!(
        paths,
        ["import", "model::NewArticle", "names::keys", "names::keys::Slot", "text::normalize::normalize", "up::X"]
    );
}
