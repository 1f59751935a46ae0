//! `make eval`: every XLIFF file of the corpora (`../shared/corpora/04_formats/xliff12`,
//! `xliff20`: OmegaT, MateCat/Memsource, Symfony, Crowdin) read, one unit translated, written
//! back and read again; the file must be the same as canonical XML outside that target.
#[path = "../tests/support/xliff_c14n.rs"]
mod c14n;

fn main() {
    let root = std::env::args().nth(1).unwrap_or_else(|| "../shared/corpora/04_formats".into());
    let dir = tempfile::tempdir().unwrap();
    let mut files = 0;
    for sub in ["xliff12", "xliff20"] {
        let mut paths: Vec<_> = std::fs::read_dir(std::path::Path::new(&root).join(sub))
            .expect("the corpora")
            .flatten()
            .map(|e| e.path())
            .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("xlf" | "xliff")))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let t = std::time::Instant::now();
            let doc = dragoman_core::formats::xliff::read(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            let codes: usize = doc.units.iter().map(|u| u.source.codes.len()).sum();
            let unit = c14n::round_trip(&text, dir.path(), &name);
            println!(
                "xliff round trip  {sub}/{name}: {} units, {} with targets, {codes} inline codes, {} → {}, unit {} translated, canonical XML equal outside it ({} ms)",
                doc.units.len(),
                doc.units.iter().filter(|u| u.target.is_some()).count(),
                doc.source_lang,
                doc.target_lang.as_deref().unwrap_or("-"),
                doc.units[unit].id,
                t.elapsed().as_millis()
            );
            files += 1;
        }
    }
    assert!(files >= 12, "expected the 12 corpus files, found {files}");
    println!("xliff round trip: {files} files, all equal outside the translated target");
}
