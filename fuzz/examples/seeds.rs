//! Writes the seed corpora of the fuzz targets, `fuzz/corpus/<target>/<name>`, from
//! `tests/fixtures` and the hand-written files of `crates/dragoman-core/tests/support/fuzz.rs`
//! (the same seeds the short run of `cargo test` mutates). `scripts/fuzz.sh` runs it; the
//! corpora are not committed.
#[path = "../../crates/dragoman-core/tests/support/fuzz.rs"]
mod fuzz;

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for target in ["article_file", "article_paste", "article_docx", "glossary", "tmx", "names"] {
        let dir = root.join(target);
        std::fs::create_dir_all(&dir).expect("corpus folder");
        let seeds = fuzz::seeds(target);
        for (name, bytes) in &seeds {
            std::fs::write(dir.join(format!("seed-{name}")), bytes).expect("seed written");
        }
        println!("{target}: {} seeds in {}", seeds.len(), dir.display());
    }
}
