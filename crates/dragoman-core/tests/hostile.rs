//! The hostile-input suite (issue 13): every input that once crashed, hung, overwrote or lost
//! something, and the attacks that were already refused, as one table. Each case makes its
//! input (generated here: nothing large is committed), goes through the entry point the app
//! and the command line use, against a real store on disk, and expects an outcome: accepted
//! with a property, or refused with an error kind. After every case that the store must not
//! feel (a refusal, a preview, an export) every row of every table is compared with before.
//! A full disk is tried on a small tmpfs when the machine lets this process mount one.
//! (Over 600 lines: the cases are one table, read together.)
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::panic::AssertUnwindSafe;

use dragoman_core::formats::export::ExportFormat;
use dragoman_core::formats::glossary_file::{self, GlossaryFormat};
use dragoman_core::import::decode::EncodingWarningKind;
use dragoman_core::import::Format;
use dragoman_core::names::glossary::{GlossaryEntry, NameType};
use dragoman_core::usecases::{export, glossary, import, tmx};
use dragoman_core::{ErrorKind, Result, Store};

#[path = "hostile/support.rs"]
mod support;
use support::*;

/// What a case must come to.
#[derive(Debug, Clone, Copy)]
enum Expect {
    /// Accepted; the case checks its own property. `stores`: whether the store may change
    /// (an import that is accepted stores it; a preview or an export must not).
    Ok { stores: bool },
    /// Refused with this kind, and the store as it was.
    Refused(ErrorKind),
}

struct Case {
    name: &'static str,
    /// The entry point the input goes through.
    via: &'static str,
    expect: Expect,
    /// Makes the input, sends it through `via`, and checks what an accepted input must give.
    run: fn(&mut Ctx) -> Result<()>,
}

const STORES: Expect = Expect::Ok { stores: true };
const READS: Expect = Expect::Ok { stores: false };
use ErrorKind as K;
const fn refused(kind: ErrorKind) -> Expect {
    Expect::Refused(kind)
}

const ARTICLE: &str = "usecases::import preview + commit";
const PASTE: &str = "usecases::import::preview (paste)";
const GLOSSARY: &str = "usecases::glossary read_for_import + import_entries";
const TMX: &str = "usecases::tmx::import";
const EXPORT: &str = "usecases::export::to_file";
const GLOSSARY_EXPORT: &str = "glossary import, then usecases::glossary::write_file";
const OPEN: &str = "Store::open";
const CHECK: &str = "store::check_file";
const COMPILE: &str = "names::glossary::index";

fn cases() -> Vec<Case> {
    vec![
        // ---- Articles: HTML, text, DOCX, Markdown, files that are not files ----
        Case {
            name: "html nested 100,000 levels",
            via: ARTICLE,
            expect: STORES,
            run: |c| {
                let html = format!(
                    "<html><body>{}<p>نص عميق جدا في الصفحة.</p>{}</body></html>",
                    "<div>".repeat(100_000),
                    "</div>".repeat(100_000)
                );
                let p = c.import_article(&c.file("deep.html", html))?;
                assert_eq!(p.format, Format::Html);
                assert!(p.segments.iter().any(|s| s.source.contains("نص عميق")), "the deep text is kept");
                Ok(())
            },
        },
        Case {
            name: "html nested 100,000 levels, pasted",
            via: PASTE,
            expect: READS,
            run: |_| {
                let html = format!(
                    "{}<p>نص عميق.</p><p>فقرة ثانية.</p>{}",
                    "<span>".repeat(100_000),
                    "</span>".repeat(100_000)
                );
                let source = import::ImportSource::Paste {
                    text: "نص عميق.\nفقرة ثانية.".into(), html: Some(html)
                };
                let p = import::preview(&source, &import::options(None, None))?;
                assert!(p.segments.iter().any(|s| s.source.contains("نص عميق")));
                Ok(())
            },
        },
        Case {
            name: "/dev/zero",
            via: ARTICLE,
            expect: refused(K::NotAFile),
            run: |c| c.import_article(std::path::Path::new("/dev/zero")).map(drop),
        },
        Case {
            name: "a FIFO with no writer",
            via: ARTICLE,
            expect: refused(K::NotAFile),
            run: |c| {
                let fifo = c.path("pipe.txt");
                mkfifo(&fifo);
                c.import_article(&fifo).map(drop)
            },
        },
        Case {
            name: "a folder",
            via: ARTICLE,
            expect: refused(K::NotAFile),
            run: |c| {
                let dir = c.path("folder.txt");
                std::fs::create_dir(&dir).unwrap();
                c.import_article(&dir).map(drop)
            },
        },
        Case {
            name: "a file one byte over 20 MiB (sparse)",
            via: ARTICLE,
            expect: refused(K::TooLarge),
            run: |c| {
                let p = c.path("big.txt");
                std::fs::File::create(&p).unwrap().set_len(dragoman_core::MAX_IMPORT_BYTES as u64 + 1).unwrap();
                c.import_article(&p).map(drop)
            },
        },
        Case {
            name: "an article of 20,001 lines (over the segment limit)",
            via: ARTICLE,
            expect: refused(K::ArticleTooLarge),
            run: |c| {
                c.import_article(&c.file("long.txt", arabic_lines(dragoman_core::MAX_ARTICLE_SEGMENTS + 1))).map(drop)
            },
        },
        Case {
            name: "an article of 4,000,001 characters (over the character limit)",
            via: ARTICLE,
            expect: refused(K::ArticleTooLarge),
            run: |c| {
                let text = "كلمة ".repeat(dragoman_core::MAX_ARTICLE_CHARS / 5 + 1);
                c.import_article(&c.file("chars.txt", text)).map(drop)
            },
        },
        Case {
            name: "a single line of 1,000,000 characters",
            via: ARTICLE,
            expect: STORES,
            run: |c| {
                let text = "كلمة ".repeat(200_000);
                let p = c.import_article(&c.file("line.txt", text))?;
                assert!(!p.segments.is_empty());
                assert_eq!(
                    p.segments.iter().map(|s| s.source.chars().filter(|ch| !ch.is_whitespace()).count()).sum::<usize>(),
                    800_000,
                    "every letter kept"
                );
                Ok(())
            },
        },
        Case {
            name: "an empty file",
            via: ARTICLE,
            expect: refused(K::EmptyText),
            run: |c| c.import_article(&c.file("empty.txt", "")).map(drop),
        },
        Case {
            name: "only whitespace",
            via: ARTICLE,
            expect: refused(K::EmptyText),
            run: |c| c.import_article(&c.file("blank.txt", " \n\t\r\n ")).map(drop),
        },
        Case {
            name: "binary: an ELF executable",
            via: ARTICLE,
            expect: refused(K::UnsupportedFormat),
            run: |c| {
                let mut bytes = b"\x7fELF\x02\x01\x01\0".to_vec();
                bytes.extend((0..4096u32).map(|i| (i * 7919 % 251) as u8));
                c.import_article(&c.file("program.txt", bytes)).map(drop)
            },
        },
        Case {
            name: "binary: random bytes with NULs",
            via: ARTICLE,
            expect: refused(K::NotText),
            run: |c| {
                let bytes: Vec<u8> = (0..8192u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
                c.import_article(&c.file("noise.txt", bytes)).map(drop)
            },
        },
        Case {
            name: "UTF-8 with four bad bytes",
            via: ARTICLE,
            expect: STORES,
            run: |c| {
                let mut bytes = arabic_lines(20).into_bytes();
                for at in [40, 400, 700, 900] {
                    bytes.insert(at, 0xFF);
                }
                let p = c.import_article(&c.file("damaged.txt", bytes))?;
                assert_eq!(p.encoding.as_deref(), Some("UTF-8"));
                let w = p
                    .encoding_warnings
                    .iter()
                    .find(|w| w.kind == EncodingWarningKind::Replaced)
                    .expect("the damage is said");
                assert!(w.count >= 4, "{w:?}");
                Ok(())
            },
        },
        Case {
            name: "lines of UTF-8 and of windows-1256 in one file",
            via: ARTICLE,
            expect: STORES,
            run: |c| {
                let lines = arabic_lines(10);
                let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(&lines);
                let mut bytes = arabic_lines(10).into_bytes();
                bytes.extend_from_slice(&cp1256);
                let p = c.import_article(&c.file("mixed.txt", bytes))?;
                assert!(
                    p.encoding_warnings.iter().any(|w| w.kind == EncodingWarningKind::Mixed),
                    "{:?}",
                    p.encoding_warnings
                );
                assert!(p.segments.iter().all(|s| !s.source.contains('\u{fffd}')), "each line read in its own");
                Ok(())
            },
        },
        Case {
            name: "a <meta charset> that lies",
            via: ARTICLE,
            expect: STORES,
            run: |c| {
                let html = format!(
                    "<html><head><meta charset=\"iso-8859-1\"></head><body><p>{}</p></body></html>",
                    arabic_lines(5)
                );
                let p = c.import_article(&c.file("lies.html", html))?;
                assert!(
                    p.encoding_warnings.iter().any(|w| w.kind == EncodingWarningKind::DeclaredWrong),
                    "{:?}",
                    p.encoding_warnings
                );
                assert!(p.segments.iter().any(|s| s.source.contains("المتحدث")), "read as UTF-8");
                Ok(())
            },
        },
        Case {
            name: "UTF-16LE with a lone surrogate",
            via: ARTICLE,
            expect: refused(K::BadEncoding),
            run: |c| {
                let mut bytes = vec![0xFF, 0xFE];
                for u in arabic_lines(3).encode_utf16() {
                    bytes.extend_from_slice(&u.to_le_bytes());
                }
                bytes.extend_from_slice(&0xD800u16.to_le_bytes());
                for u in "نهاية النص.".encode_utf16() {
                    bytes.extend_from_slice(&u.to_le_bytes());
                }
                c.import_article(&c.file("utf16.txt", bytes)).map(drop)
            },
        },
        Case {
            name: "DOCX zip bomb (10 MB of spaces deflated ~1000:1)",
            via: ARTICLE,
            expect: refused(K::DocxTooLarge),
            run: |c| {
                let big = document_xml("", &[&" ".repeat(10_000_000)]);
                c.import_article(&c.file("bomb.docx", zip_with(&[("word/document.xml", big.as_bytes())], Some(9))))
                    .map(drop)
            },
        },
        Case {
            name: "DOCX with an external entity (XXE)",
            via: ARTICLE,
            expect: refused(K::DocxCorrupt),
            run: |c| {
                let xml = document_xml("<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", &["&x;"]);
                c.import_article(&c.file("xxe.docx", docx(&xml, &[]))).map(drop)
            },
        },
        Case {
            name: "DOCX billion laughs",
            via: ARTICLE,
            expect: refused(K::DocxCorrupt),
            run: |c| {
                c.import_article(&c.file("laughs.docx", docx(&document_xml(&laughs("d"), &["&l9;"]), &[]))).map(drop)
            },
        },
        Case {
            name: "DOCX with a DTD in styles.xml",
            via: ARTICLE,
            expect: refused(K::DocxCorrupt),
            run: |c| {
                let styles =
                    format!("<?xml version=\"1.0\"?>{}<w:styles xmlns:w=\"{W}\">&l9;</w:styles>", laughs("w:styles"));
                let bytes = docx(&document_xml("", &["فقرة."]), &[("word/styles.xml", styles.as_bytes())]);
                c.import_article(&c.file("styles.docx", bytes)).map(drop)
            },
        },
        Case {
            name: "DOCX with path-traversal entry names",
            via: ARTICLE,
            expect: STORES,
            run: |c| {
                let bytes = docx(
                    &document_xml("", &["فقرة سليمة."]),
                    &[("../../escaped.txt", b"x"), ("/tmp/hostile-absolute.txt", b"x"), ("word/../../up.txt", b"x")],
                );
                let p = c.import_article(&c.file("traversal.docx", bytes))?;
                assert_eq!(p.format, Format::Docx);
                assert!(p.segments.iter().any(|s| s.source == "فقرة سليمة."));
                for outside in [
                    c.dir.path().parent().unwrap().join("escaped.txt"),
                    "/tmp/hostile-absolute.txt".into(),
                    c.dir.path().join("up.txt"),
                ] {
                    assert!(!outside.exists(), "nothing written at {}", outside.display());
                }
                Ok(())
            },
        },
        Case {
            name: "DOCX truncated to half",
            via: ARTICLE,
            expect: refused(K::DocxCorrupt),
            run: |c| {
                let bytes = docx(&document_xml("", &[&arabic_lines(50)]), &[]);
                c.import_article(&c.file("half.docx", &bytes[..bytes.len() / 2])).map(drop)
            },
        },
        Case {
            name: "DOCX of 0 bytes",
            via: ARTICLE,
            expect: refused(K::EmptyText),
            run: |c| c.import_article(&c.file("zero.docx", "")).map(drop),
        },
        Case {
            name: "DOCX password-protected (OLE container)",
            via: ARTICLE,
            expect: refused(K::DocxEncrypted),
            run: |c| {
                let mut bytes = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
                bytes.resize(4096, 0);
                c.import_article(&c.file("locked.docx", bytes)).map(drop)
            },
        },
        Case {
            name: "DOCX with 20,000 entries",
            via: ARTICLE,
            expect: refused(K::DocxTooLarge),
            run: |c| {
                let names: Vec<String> = (0..20_000).map(|i| format!("junk/{i}")).collect();
                let mut entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
                let xml = document_xml("", &["فقرة."]);
                entries.push(("word/document.xml", xml.as_bytes()));
                c.import_article(&c.file("many.docx", zip(&entries))).map(drop)
            },
        },
        Case {
            name: "Markdown nested 100,000 block quotes",
            via: ARTICLE,
            expect: STORES,
            run: |c| {
                let md = format!("# عنوان\n\n{} نص مقتبس.\n", ">".repeat(100_000));
                let p = c.import_article(&c.file("quotes.md", md))?;
                assert_eq!(p.format, Format::Markdown);
                Ok(())
            },
        },
        Case {
            name: "Markdown lists nested 50,000 deep",
            via: ARTICLE,
            expect: STORES,
            run: |c| {
                let md = format!("# عنوان\n\n{}بند عميق.\n", "- ".repeat(50_000));
                let p = c.import_article(&c.file("lists.md", md))?;
                assert!(p.segments.iter().any(|s| s.source.contains("بند عميق")), "the deep item is kept");
                Ok(())
            },
        },
        // ---- Glossary files ----
        Case {
            name: "CSV with only arabic,english over richer entries",
            via: GLOSSARY,
            expect: STORES,
            run: |c| {
                let before = c.entry("فلاديمير بوتين");
                assert_eq!(
                    c.import_glossary(&c.file("two.csv", "arabic,english\nفلاديمير بوتين,Vladimir V. Putin\n"))?,
                    1
                );
                let after = c.entry("فلاديمير بوتين");
                assert_eq!(after.english, "Vladimir V. Putin");
                assert_eq!(
                    GlossaryEntry { english: before.english.clone(), ..after },
                    before,
                    "every other field kept"
                );
                Ok(())
            },
        },
        Case {
            name: "CSV with a quote that never closes",
            via: GLOSSARY,
            expect: refused(K::CsvUnterminatedQuote),
            run: |c| {
                let err = c
                    .import_glossary(
                        &c.file("quote.csv", "arabic,english\nبوتين,Putin\n\"عبد الله,Abdullah\nسلمان,Salman\n"),
                    )
                    .unwrap_err();
                assert_eq!(err.args(), vec![("line", "3".to_owned())], "the line where the quote opened");
                Err(err)
            },
        },
        Case {
            name: "CSV with a column named twice",
            via: GLOSSARY,
            expect: refused(K::CsvDuplicateColumn),
            run: |c| c.import_glossary(&c.file("dup.csv", "arabic,english,english\nبوتين,Putin,Poutine\n")).map(drop),
        },
        Case {
            name: "CSV formula cells (kept as text, defused on export)",
            via: GLOSSARY_EXPORT,
            expect: STORES,
            run: |c| {
                let csv = "arabic,english,notes\nكالك,=cmd|' /C calc'!A0,+1+1\nهايبر,@SUM(1+1),-2\n";
                c.import_glossary(&c.file("formula.csv", csv))?;
                let e = c.entry("كالك");
                assert_eq!((e.english.as_str(), e.notes.as_str()), ("=cmd|' /C calc'!A0", "+1+1"), "kept as text");
                let out = c.path("out.csv");
                glossary::write_file(&glossary::entries(&c.store)?, &out, GlossaryFormat::Csv)?;
                let written = std::fs::read_to_string(&out).unwrap();
                for cell in written.lines().flat_map(|l| l.split(',')) {
                    let cell = cell.trim_start_matches('"');
                    assert!(!cell.starts_with(['=', '+', '-', '@']), "a cell a spreadsheet would run: {cell:?}");
                }
                let (back, _) = glossary_file::read_file(written.as_bytes())?;
                assert!(
                    back.iter().any(|e| e.english == "=cmd|' /C calc'!A0" && e.notes == "+1+1"),
                    "read back as it was"
                );
                Ok(())
            },
        },
        Case {
            name: "CSV with NUL bytes",
            via: GLOSSARY,
            expect: refused(K::NotText),
            run: |c| c.import_glossary(&c.file("nul.csv", "arabic,english\nبوتين,Pu\0tin\n")).map(drop),
        },
        Case {
            name: "CSV in UTF-16 with a lone surrogate",
            via: GLOSSARY,
            expect: refused(K::BadEncoding),
            run: |c| {
                let mut bytes = vec![0xFF, 0xFE];
                for u in "arabic,english\nبوتين,Putin\n".encode_utf16().chain([0xDC00]) {
                    bytes.extend_from_slice(&u.to_le_bytes());
                }
                c.import_glossary(&c.file("surrogate.csv", bytes)).map(drop)
            },
        },
        Case {
            name: "an empty glossary file",
            via: GLOSSARY,
            expect: refused(K::EmptyText),
            run: |c| c.import_glossary(&c.file("empty.csv", "")).map(drop),
        },
        Case {
            name: "a glossary from /dev/zero",
            via: GLOSSARY,
            expect: refused(K::NotAFile),
            run: |c| c.import_glossary(std::path::Path::new("/dev/zero")).map(drop),
        },
        Case {
            name: "a glossary from a FIFO",
            via: GLOSSARY,
            expect: refused(K::NotAFile),
            run: |c| {
                let fifo = c.path("pipe.csv");
                mkfifo(&fifo);
                c.import_glossary(&fifo).map(drop)
            },
        },
        Case {
            name: "a glossary over 20 MiB (sparse)",
            via: GLOSSARY,
            expect: refused(K::TooLarge),
            run: |c| {
                let p = c.path("big.csv");
                std::fs::File::create(&p).unwrap().set_len(dragoman_core::MAX_IMPORT_BYTES as u64 + 1).unwrap();
                c.import_glossary(&p).map(drop)
            },
        },
        Case {
            name: "TBX with an external entity (XXE)",
            via: GLOSSARY,
            expect: refused(K::XmlDtd),
            run: |c| {
                let tbx = format!(
                    "<?xml version=\"1.0\"?><!DOCTYPE martif [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>{}",
                    tbx_body("&x;")
                );
                c.import_glossary(&c.file("xxe.tbx", tbx)).map(drop)
            },
        },
        Case {
            name: "TBX billion laughs",
            via: GLOSSARY,
            expect: refused(K::XmlDtd),
            run: |c| {
                let tbx = format!("<?xml version=\"1.0\"?>{}{}", laughs("martif"), tbx_body("&l9;"));
                c.import_glossary(&c.file("laughs.tbx", tbx)).map(drop)
            },
        },
        Case {
            name: "TBX truncated",
            via: GLOSSARY,
            expect: refused(K::XmlMalformed),
            run: |c| {
                let tbx = tbx_body("Putin");
                c.import_glossary(&c.file("cut.tbx", &tbx[..tbx.len() - 40])).map(drop)
            },
        },
        // ---- The name index ----
        Case {
            name: "100,000 names sharing their first word",
            via: COMPILE,
            expect: READS,
            run: |_| {
                let entries: Vec<GlossaryEntry> = (0..100_000)
                    .map(|i| GlossaryEntry {
                        kind: NameType::Person,
                        ..rich_entry(&format!("محمد {}", arabic_number(i)), &format!("Mohammed {i}"))
                    })
                    .collect();
                let index = dragoman_core::names::glossary::index(&entries);
                let found = index.find(&format!("قال محمد {} أمس", arabic_number(4242)));
                assert!(found.iter().any(|m| m.name == 4242), "{found:?}");
                Ok(())
            },
        },
        // ---- Translation memories ----
        Case {
            name: "TMX with an internal DTD (billion laughs)",
            via: TMX,
            expect: refused(K::XmlDtd),
            run: |c| c.import_tmx(&c.file("laughs.tmx", tmx_file(&laughs("tmx"), 3, "&l9;"))).map(drop),
        },
        Case {
            name: "TMX with an external entity (XXE)",
            via: TMX,
            expect: refused(K::XmlDtd),
            run: |c| {
                let dtd = "<!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
                c.import_tmx(&c.file("xxe.tmx", tmx_file(dtd, 3, "&x;"))).map(drop)
            },
        },
        Case {
            name: "TMX with a plain DOCTYPE (as Dragoman writes)",
            via: TMX,
            expect: STORES,
            run: |c| {
                let r = c.import_tmx(&c.file("plain.tmx", tmx_file("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">", 3, "")))?;
                assert_eq!(r.added, 3);
                Ok(())
            },
        },
        Case {
            name: "TMX cut off after 500 good units",
            via: TMX,
            expect: refused(K::XmlMalformed),
            run: |c| {
                let full = tmx_file("", 500, "");
                c.import_tmx(&c.file("cut.tmx", &full[..full.len() - 30])).map(drop)
            },
        },
        Case {
            name: "TMX that is a web page",
            via: TMX,
            expect: refused(K::NotTmx),
            run: |c| c.import_tmx(&c.file("page.tmx", "<html><body><p>x</p></body></html>")).map(drop),
        },
        Case {
            name: "TMX from a FIFO",
            via: TMX,
            expect: refused(K::NotAFile),
            run: |c| {
                let fifo = c.path("pipe.tmx");
                mkfifo(&fifo);
                c.import_tmx(&fifo).map(drop)
            },
        },
        Case {
            name: "TMX over 512 MiB (sparse)",
            via: TMX,
            expect: refused(K::TmxTooLarge),
            run: |c| {
                let p = c.path("huge.tmx");
                std::fs::File::create(&p).unwrap().set_len(tmx::MAX_TMX_BYTES + 1).unwrap();
                c.import_tmx(&p).map(drop)
            },
        },
        // ---- Export targets ----
        Case {
            name: "export over a symbolic link",
            via: EXPORT,
            expect: refused(K::WriteFailed),
            run: |c| {
                let victim = c.file("victim.txt", "precious");
                let link = c.path("link.txt");
                std::os::unix::fs::symlink(&victim, &link).unwrap();
                let r = export_to(c, ExportFormat::Txt, &link);
                assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious", "the link's target untouched");
                assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link stays a link");
                r
            },
        },
        Case {
            name: "export to a read-only file",
            via: EXPORT,
            expect: refused(K::WriteFailed),
            run: |c| {
                let target = c.file("readonly.txt", "precious");
                std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o444)).unwrap();
                let r = export_to(c, ExportFormat::Txt, &target);
                assert_eq!(std::fs::read_to_string(&target).unwrap(), "precious");
                r
            },
        },
        Case {
            name: "export to a folder",
            via: EXPORT,
            expect: refused(K::WriteFailed),
            run: |c| {
                let target = c.path("folder.docx");
                std::fs::create_dir(&target).unwrap();
                let r = export_to(c, ExportFormat::Docx, &target);
                assert!(
                    target.is_dir() && std::fs::read_dir(&target).unwrap().next().is_none(),
                    "the folder as it was"
                );
                r
            },
        },
        Case {
            name: "export to a FIFO",
            via: EXPORT,
            expect: refused(K::WriteFailed),
            run: |c| {
                let target = c.path("pipe.html");
                mkfifo(&target);
                let r = export_to(c, ExportFormat::Html, &target);
                assert!(std::fs::symlink_metadata(&target).unwrap().file_type().is_fifo());
                r
            },
        },
        Case {
            name: "export to a device node like /dev/full",
            via: EXPORT,
            expect: refused(K::WriteFailed),
            run: |c| {
                // A copy of /dev/full's node in the folder, so that a failure cannot replace the
                // real one; where mknod is not allowed, /dev/null (opened, never renamed over).
                let node = c.path("full");
                let made = std::process::Command::new("mknod")
                    .arg(&node)
                    .args(["c", "1", "7"])
                    .status()
                    .is_ok_and(|s| s.success());
                let target = if made { node } else { "/dev/null".into() };
                let r = export_to(c, ExportFormat::Txt, &target);
                assert!(std::fs::symlink_metadata(&target).unwrap().file_type().is_char_device(), "still a device");
                r
            },
        },
        Case {
            name: "DOCX export of control characters",
            via: EXPORT,
            expect: READS,
            run: |c| {
                let (mut article, mut segments) = export::load(&c.store, c.article)?;
                article.title = "Title \u{1}\u{1b}\u{b}".into();
                for s in &mut segments {
                    s.source = format!("{}\u{1}\u{1b}\u{b}\u{c}\u{0}\u{fffe}", s.source);
                    s.target = "English\u{1}\u{1b}[31m\u{b}\u{c}\u{0}\u{ffff} text".into();
                }
                for format in [ExportFormat::Docx, ExportFormat::BilingualDocx] {
                    let out = c.path("control.docx");
                    export::to_file(&article, &segments, format, &out)?;
                    let document = docx_part(&std::fs::read(&out).unwrap(), "word/document.xml");
                    assert_well_formed_xml(&document);
                }
                Ok(())
            },
        },
        // ---- Databases ----
        Case {
            name: "another application's SQLite database",
            via: OPEN,
            expect: refused(K::DbNotDatabase),
            run: |c| {
                let other = c.path("firefox.sqlite");
                let conn = rusqlite::Connection::open(&other).unwrap();
                conn.execute_batch("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places (url) VALUES ('https://example.org');").unwrap();
                drop(conn);
                untouched_open(&other)
            },
        },
        Case {
            name: "another application's database with an application_id",
            via: OPEN,
            expect: refused(K::DbNotDatabase),
            run: |c| {
                let other = c.path("app.db");
                let conn = rusqlite::Connection::open(&other).unwrap();
                conn.execute_batch("PRAGMA application_id = 1234; CREATE TABLE articles (id INTEGER PRIMARY KEY);")
                    .unwrap();
                drop(conn);
                untouched_open(&other)
            },
        },
        Case {
            name: "a text file as the database",
            via: OPEN,
            expect: refused(K::DbNotDatabase),
            run: |c| untouched_open(&c.file("notes.db", arabic_lines(100))),
        },
        Case {
            name: "a damaged database",
            via: CHECK,
            expect: refused(K::DbDamaged),
            run: |c| {
                let path = c.path("damaged.db");
                let mut store = Store::open(&path).unwrap();
                for _ in 0..30 {
                    store.create_article(&dragoman_core::sample::sample_article()).unwrap();
                }
                drop(store);
                let len = std::fs::metadata(&path).unwrap().len();
                let mut bytes = std::fs::read(&path).unwrap();
                let page = (len / 4096 - 2) as usize * 4096;
                bytes[page..page + 4096].fill(0xA5);
                std::fs::write(&path, &bytes).unwrap();
                let r = dragoman_core::store::check_file(&path);
                assert_eq!(std::fs::read(&path).unwrap(), bytes, "the damaged file is left as it was");
                if let Err(e) = Store::open(&path).and_then(|s| s.check()) {
                    assert_eq!(e.kind(), K::DbDamaged, "{e}");
                } else {
                    panic!("the damaged database opened and checked clean");
                }
                r
            },
        },
        Case {
            name: "--db :memory:",
            via: OPEN,
            expect: refused(K::DbPathRefused),
            run: |_| Store::open(std::path::Path::new(":memory:")).map(drop),
        },
        Case {
            name: "--db file:x.db?mode=memory",
            via: OPEN,
            expect: refused(K::DbPathRefused),
            run: |c| {
                let r = Store::open(std::path::Path::new("file:x.db?mode=memory")).map(drop);
                assert!(
                    !c.path("file:x.db?mode=memory").exists()
                        && !std::path::Path::new("file:x.db?mode=memory").exists()
                );
                r
            },
        },
        Case {
            name: "a database from a newer Dragoman",
            via: OPEN,
            expect: refused(K::DbNewer),
            run: |c| {
                let path = c.path("newer.db");
                drop(Store::open(&path).unwrap());
                let conn = rusqlite::Connection::open(&path).unwrap();
                conn.pragma_update(None, "user_version", dragoman_core::store::SCHEMA_VERSION + 1).unwrap();
                drop(conn);
                untouched_open(&path)
            },
        },
    ]
}

/// `<!DOCTYPE root [...]>` declaring the ten entities of the billion laughs (`&l9;`).
fn laughs(root: &str) -> String {
    let mut dtd = format!("<!DOCTYPE {root} [<!ENTITY l0 \"lol\">");
    for i in 1..10 {
        let prev = format!("&l{};", i - 1);
        dtd.push_str(&format!("<!ENTITY l{i} \"{}\">", prev.repeat(10)));
    }
    dtd + "]>"
}

fn tbx_body(english: &str) -> String {
    format!(
        "<martif type=\"TBX\" xml:lang=\"en\"><text><body><termEntry id=\"e1\"><langSet xml:lang=\"ar\"><tig><term>بوتين</term></tig></langSet><langSet xml:lang=\"en\"><tig><term>{english}</term></tig></langSet></termEntry></body></text></martif>"
    )
}

/// A TMX of `units` Arabic–English units after `prolog`; `extra` goes into the first's English.
fn tmx_file(prolog: &str, units: usize, extra: &str) -> String {
    let body: String = (0..units)
        .map(|i| {
            let more = if i == 0 { extra } else { "" };
            format!("<tu><tuv xml:lang=\"ar\"><seg>جملة عربية رقم {i}</seg></tuv><tuv xml:lang=\"en\"><seg>English sentence {i}{more}</seg></tuv></tu>\n")
        })
        .collect();
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>{prolog}<tmx version=\"1.4\"><header srclang=\"ar\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" o-tmf=\"test\" creationtool=\"test\" creationtoolversion=\"1\"/><body>\n{body}</body></tmx>\n")
}

/// `n` in Arabic-Indic digits spelled as letters, so that every name differs in a word.
fn arabic_number(n: i64) -> String {
    let letters = ["ا", "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر"];
    n.to_string().chars().map(|d| letters[d.to_digit(10).unwrap() as usize]).collect::<String>() + "ي"
}

fn export_to(c: &Ctx, format: ExportFormat, path: &std::path::Path) -> Result<()> {
    let (article, segments) = export::load(&c.store, c.article)?;
    export::to_file(&article, &segments, format, path)
}

/// `Store::open`, and the file (and no `-wal` or `-shm` beside it) as it was.
fn untouched_open(path: &std::path::Path) -> Result<()> {
    let before = std::fs::read(path).unwrap();
    let r = Store::open(path).map(drop);
    assert_eq!(std::fs::read(path).unwrap(), before, "the file's bytes are unchanged");
    for suffix in ["-wal", "-shm", "-journal"] {
        let side = format!("{}{suffix}", path.display());
        assert!(!std::path::Path::new(&side).exists(), "{side} was left behind");
    }
    r
}

fn docx_part(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut out).unwrap();
    out
}

/// XML 1.0's characters only, as text and as references, and quick-xml reads it to the end.
fn assert_well_formed_xml(xml: &str) {
    let allowed =
        |c: char| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..);
    assert!(xml.chars().all(allowed), "a character XML forbids: {:?}", xml.chars().find(|&c| !allowed(c)));
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(quick_xml::events::Event::GeneralRef(r)) => {
                let text = dragoman_core::formats::xml::resolve_reference(&r).expect("a reference that resolves");
                let text = text.expect("a reference XML knows");
                assert!(text.chars().all(allowed), "a reference to a character XML forbids: {text:?}");
            }
            Ok(_) => {}
            Err(e) => panic!("document.xml is not well-formed: {e}"),
        }
    }
}

#[test]
fn hostile_inputs_are_refused_or_survived_and_the_store_is_unchanged_by_a_refusal() {
    let only = std::env::var("HOSTILE_CASE").ok();
    let mut failures = Vec::new();
    for case in cases() {
        if only.as_deref().is_some_and(|o| !case.name.contains(o)) {
            continue;
        }
        let mut ctx = Ctx::new();
        let before = ctx.digest();
        let started = std::time::Instant::now();
        let result = std::panic::catch_unwind(AssertUnwindSafe(|| (case.run)(&mut ctx)));
        let after = ctx.digest();
        let took = started.elapsed();
        let verdict = match (result, case.expect) {
            (Err(panic), _) => {
                let msg =
                    panic.downcast_ref::<String>().cloned().or(panic.downcast_ref::<&str>().map(|s| s.to_string()));
                Err(format!("panicked: {}", msg.unwrap_or_default()))
            }
            (Ok(Ok(())), Expect::Ok { stores }) => {
                if !stores && after != before {
                    Err("accepted, but the store changed".into())
                } else {
                    Ok("ok".to_owned())
                }
            }
            (Ok(Err(e)), Expect::Refused(kind)) if e.kind() == kind => {
                if after != before {
                    Err(format!("refused ({kind}), but the store changed"))
                } else {
                    Ok(format!("refused: {kind}"))
                }
            }
            (Ok(r), expect) => Err(format!("expected {expect:?}, got {}", outcome(&r))),
        };
        match verdict {
            Ok(v) => eprintln!("pass  {:<60} {:<45} {v} ({} ms)", case.name, case.via, took.as_millis()),
            Err(v) => {
                eprintln!("FAIL  {:<60} {:<45} {v}", case.name, case.via);
                failures.push(format!("{}: {v}", case.name));
            }
        }
    }
    assert!(failures.is_empty(), "{} hostile case(s) failed:\n{}", failures.len(), failures.join("\n"));
}

/// Unmounts the tmpfs when the test ends, whatever happened.
struct Unmount(std::path::PathBuf);

impl Drop for Unmount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

/// A full disk, on a tmpfs of 2 MiB holding the database: an import fails with a clear error,
/// and the database stays as it was and opens; so does an export, leaving nothing behind.
/// Mounting needs privileges a container may not give: then the case is skipped, and said so.
#[test]
fn a_full_disk_fails_an_import_clearly_and_leaves_the_database_as_it_was() {
    let outside = tempfile::tempdir().unwrap();
    let mnt = outside.path().join("small");
    std::fs::create_dir(&mnt).unwrap();
    let mounted =
        std::process::Command::new("mount").args(["-t", "tmpfs", "-o", "size=2m", "tmpfs"]).arg(&mnt).output();
    match mounted {
        Ok(out) if out.status.success() => {}
        Ok(out) => {
            let why = String::from_utf8_lossy(&out.stderr);
            eprintln!("SKIPPED, not passed: full disk (mount -t tmpfs refused: {})", why.trim());
            return;
        }
        Err(e) => {
            eprintln!("SKIPPED, not passed: full disk (no mount command: {e})");
            return;
        }
    }
    let _unmount = Unmount(mnt.clone());
    let mut ctx = Ctx::in_dir(tempfile::tempdir_in(&mnt).unwrap());
    let before = ctx.digest();
    // The input lies outside the full disk; the disk is then filled to its last byte.
    let input = outside.path().join("article.txt");
    std::fs::write(&input, arabic_lines(3000)).unwrap();
    let filler = mnt.join("filler");
    {
        use std::io::Write;
        let mut f = std::fs::File::create(&filler).unwrap();
        let chunk = vec![0u8; 4096];
        while f.write_all(&chunk).and_then(|()| f.sync_all()).is_ok() {}
    }

    let err = ctx.import_article(&input).expect_err("an import on a full disk fails");
    eprintln!("full disk: import refused: {} ({err})", err.kind());
    assert_eq!(err.kind(), ErrorKind::Storage, "{err}");
    assert!(err.to_string().contains("full"), "the message says the disk is full: {err}");
    assert_eq!(ctx.digest(), before, "nothing of the import is in the database");

    let target = mnt.join("export.docx");
    let err = export_to(&ctx, ExportFormat::Docx, &target).expect_err("an export on a full disk fails");
    assert_eq!(err.kind(), ErrorKind::WriteFailed, "{err}");
    assert!(!target.exists(), "no half-written export");
    let left: Vec<_> = std::fs::read_dir(&mnt).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left.len(), 2, "nothing left beside the filler and the store's folder: {left:?}");

    // Still full: the database opens and reads; freed: it checks clean and takes the import.
    let db = ctx.db.clone();
    drop(std::mem::replace(&mut ctx.store, Store::open(&db).expect("the database opens on a full disk")));
    assert_eq!(ctx.digest(), before);
    std::fs::remove_file(&filler).unwrap();
    ctx.store.check().expect("the database is sound");
    assert_eq!(ctx.digest(), before);
    ctx.import_article(&input).expect("with room again, the import goes through");
}
