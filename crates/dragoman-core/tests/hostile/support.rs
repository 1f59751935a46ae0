//! The hostile-input suite's tools: a seeded store, a digest of every row of the database,
//! the entry points as the app and the command line call them, and generated inputs.
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

use dragoman_core::import::Preview;
use dragoman_core::names::glossary::{GlossaryEntry, NameType};
use dragoman_core::usecases::{glossary, import};
use dragoman_core::{sample, Result, SegmentStatus, Store};
use sha2::{Digest, Sha256};

/// A temporary folder with a store holding a little of everything: an article with
/// translated and confirmed segments (so memory units), glossary entries with every field.
pub struct Ctx {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
    pub store: Store,
    pub article: i64,
}

impl Ctx {
    pub fn new() -> Ctx {
        Ctx::in_dir(tempfile::tempdir().unwrap())
    }

    pub fn in_dir(dir: tempfile::TempDir) -> Ctx {
        let db = dir.path().join("dragoman.db");
        let mut store = Store::open(&db).unwrap();
        let article = store.create_article(&sample::sample_article()).unwrap().id;
        for (i, seg) in store.segments(article).unwrap().into_iter().take(3).enumerate() {
            store.save_target(seg.id, &format!("Translation {i}."), None).unwrap();
            store.set_segment_status(seg.id, SegmentStatus::Translated).unwrap();
        }
        store.add_entry(&rich_entry("فلاديمير بوتين", "Vladimir Putin")).unwrap();
        store.add_entry(&rich_entry("محمد بن سلمان", "Mohammed bin Salman")).unwrap();
        Ctx { dir, db, store, article }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A file in the folder with these bytes.
    pub fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    /// Every table's rows, the schema, `user_version` and `application_id`, hashed.
    pub fn digest(&self) -> String {
        digest(&self.db)
    }

    /// An article imported as the app does: a preview of the file, then its commit.
    pub fn import_article(&mut self, path: &Path) -> Result<Preview> {
        let preview = import::preview_file(path, &import::options(None, None))?;
        let preview = import::with_existing(&self.store, preview)?;
        import::commit(&mut self.store, preview.clone(), None, &[])?;
        Ok(preview)
    }

    /// A glossary file imported as the app does: read whole, then stored in one transaction.
    pub fn import_glossary(&mut self, path: &Path) -> Result<usize> {
        let file = glossary::read_for_import(path)?;
        let (report, _) = glossary::import_entries(&mut self.store, file)?;
        Ok(report.added + report.updated)
    }

    /// A translation memory imported as the app does.
    pub fn import_tmx(&mut self, path: &Path) -> Result<dragoman_core::usecases::tmx::TmxReport> {
        dragoman_core::usecases::tmx::import(&mut self.store, path)
    }

    pub fn entry(&self, arabic: &str) -> GlossaryEntry {
        let all = self.store.glossary_entries().unwrap();
        all.into_iter().find(|e| e.entry.arabic == arabic).expect("the entry is there").entry
    }
}

pub fn rich_entry(arabic: &str, english: &str) -> GlossaryEntry {
    GlossaryEntry {
        arabic: arabic.into(),
        variants: vec![arabic.split(' ').next_back().unwrap().into()],
        english: english.into(),
        short: english.split(' ').next_back().map(str::to_owned),
        kind: NameType::Person,
        deprecated: vec![format!("{english}x")],
        clitics: true,
        not: vec![],
        notes: "checked by the desk".into(),
    }
}

/// The database's content through a connection of its own: the schema, `user_version`,
/// `application_id`, and every row of every table (FTS shadow tables included), sorted.
pub fn digest(db: &Path) -> String {
    use rusqlite::types::ValueRef;
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = rusqlite::Connection::open_with_flags(db, flags).unwrap();
    let mut hash = Sha256::new();
    for pragma in ["user_version", "application_id"] {
        let v: i64 = conn.pragma_query_value(None, pragma, |r| r.get(0)).unwrap();
        hash.update(format!("{pragma}={v}\n"));
    }
    let mut stmt = conn.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY name").unwrap();
    let schema: Vec<(String, String, String)> =
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(|r| r.unwrap()).collect();
    for (kind, name, sql) in &schema {
        hash.update(format!("{kind} {name} {sql}\n"));
        if kind != "table" || sql.starts_with("CREATE VIRTUAL") {
            continue;
        }
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{name}\"")).unwrap();
        let columns = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                let mut row = String::new();
                for i in 0..columns {
                    match r.get_ref(i)? {
                        ValueRef::Null => row.push('N'),
                        ValueRef::Integer(v) => row.push_str(&format!("I{v}")),
                        ValueRef::Real(v) => row.push_str(&format!("R{v}")),
                        ValueRef::Text(t) => row.push_str(&format!("T{}:{}", t.len(), String::from_utf8_lossy(t))),
                        ValueRef::Blob(b) => row.push_str(&format!("B{}:{:x?}", b.len(), b)),
                    }
                    row.push('\u{1f}');
                }
                Ok(row)
            })
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        rows.sort();
        hash.update(format!("{name}: {} rows\n", rows.len()));
        for row in rows {
            hash.update(row);
            hash.update("\n");
        }
    }
    format!("{:x}", hash.finalize())
}

/// A zip of these entries (name, bytes), deflated.
pub fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    zip_with(entries, None)
}

/// [`zip`] at a deflate level (9: the smallest).
pub fn zip_with(entries: &[(&str, &[u8])], level: Option<i64>) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut z = zip::ZipWriter::new(Cursor::new(&mut out));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .compression_level(level);
        for (name, bytes) in entries {
            z.start_file(*name, opts).unwrap();
            z.write_all(bytes).unwrap();
        }
        z.finish().unwrap();
    }
    out
}

pub const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A Word document's `document.xml` around these paragraphs, after `prolog` (a DTD).
pub fn document_xml(prolog: &str, paragraphs: &[&str]) -> String {
    let body: String = paragraphs.iter().map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>")).collect();
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>{prolog}<w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>")
}

/// A DOCX whose `word/document.xml` is `document`, with `extra` entries.
pub fn docx(document: &str, extra: &[(&str, &[u8])]) -> Vec<u8> {
    let mut entries: Vec<(&str, &[u8])> =
        vec![("[Content_Types].xml", b"<Types/>"), ("word/document.xml", document.as_bytes())];
    entries.extend_from_slice(extra);
    zip(&entries)
}

/// Arabic prose, `n` sentences, one a line.
pub fn arabic_lines(n: usize) -> String {
    (0..n).map(|i| format!("قال المتحدث في البيان رقم {i} إن المحادثات ستستمر.\n")).collect()
}

/// `mkfifo path`.
pub fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo").arg(path).status().expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
}

/// An error's kind, or "ok".
pub fn outcome<T>(r: &Result<T>) -> String {
    match r {
        Ok(_) => "ok".into(),
        Err(e) => format!("{} ({e})", e.kind()),
    }
}
