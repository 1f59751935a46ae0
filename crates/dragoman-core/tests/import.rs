//! Ways in, and bad input: each bad file gets its own error kind (which the shells show in
//! the user's language), and the database is never touched by a failed import.
use std::io::Write;

use dragoman_core::import::decode::EncodingWarningKind;
use dragoman_core::import::{preview_bytes, preview_paste, Format, ImportOptions};
use dragoman_core::{SegmentKind, Store, MAX_IMPORT_BYTES};

fn preview(bytes: &[u8], name: &str) -> dragoman_core::Result<dragoman_core::import::Preview> {
    preview_bytes(bytes, Some(name), &ImportOptions::default())
}

/// Import as the app does: preview, then store in one transaction.
fn import(store: &mut Store, bytes: &[u8], name: &str) -> dragoman_core::Result<i64> {
    let p = preview(bytes, name)?;
    Ok(store.create_article(&p.into_article(None))?.id)
}

#[test]
fn the_type_comes_from_the_content_not_the_name() {
    let html = "<!doctype html><html><body><h1>عنوان</h1><p>نص الخبر.</p></body></html>";
    assert_eq!(preview(html.as_bytes(), "article.txt").unwrap().format, Format::Html);
    let md = "# عنوان\n\nنص الخبر.";
    assert_eq!(preview(md.as_bytes(), "notes").unwrap().format, Format::Markdown);
    assert_eq!(preview("عنوان\n\nنص.".as_bytes(), "x.html.txt").unwrap().format, Format::Text);
}

#[test]
fn windows_1256_text_arrives_intact_and_the_user_can_override() {
    let text =
        "الكرملين: محادثات بوتين وبايدن\n\nأفاد الكرملين بأن الرئيس الروسي يسعى إلى محادثات. وقال إن الموعد الخميس.";
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(text);
    let p = preview(&bytes, "wire.txt").unwrap();
    assert_eq!(p.encoding.as_deref(), Some("windows-1256"));
    assert_eq!(p.title, "الكرملين: محادثات بوتين وبايدن");
    assert_eq!(p.counts.sentence, 2);
    let opts = |e: &str| ImportOptions { encoding: Some(e.into()), repair_mojibake: false, ..Default::default() };
    let forced = preview_bytes(&bytes, Some("wire.txt"), &opts("windows-1252")).unwrap();
    assert_eq!(forced.encoding.as_deref(), Some("windows-1252"));
    assert_ne!(forced.title, p.title);
    // A choice that cannot decode the bytes is refused, not imported as garbage.
    let wrong = preview_bytes(&bytes, Some("wire.txt"), &opts("ISO-8859-6"));
    assert_eq!(wrong.unwrap_err().kind(), "bad-encoding");
    let bad = preview_bytes(
        &bytes,
        Some("wire.txt"),
        &ImportOptions { encoding: Some("klingon".into()), repair_mojibake: true, ..Default::default() },
    );
    assert_eq!(bad.unwrap_err().kind(), "unknown-encoding");
}

#[test]
fn pasted_html_from_a_web_page_keeps_its_structure() {
    let html = "<meta charset='utf-8'><h1>بوتين وبايدن</h1><p>الفقرة الأولى.</p><h2>عنوان فرعي</h2><p>الفقرة الثانية.</p><script>x()</script>";
    let p = preview_paste("بوتين وبايدن الفقرة الأولى. عنوان فرعي الفقرة الثانية.", Some(html)).unwrap();
    assert_eq!(p.format, Format::Html);
    let kinds: Vec<_> = p.segments.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        vec![SegmentKind::Headline, SegmentKind::Paragraph, SegmentKind::Subhead, SegmentKind::Paragraph]
    );
}

#[test]
fn bad_input_gets_its_own_error_and_the_database_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.db");
    let mut store = Store::open(&path).unwrap();
    let good = import(&mut store, "عنوان\n\nنص الخبر.".as_bytes(), "a.txt").unwrap();
    let before = store.list_articles().unwrap();

    let mut cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", Vec::new(), "empty-text"),
        ("blank", b" \n\n\t\n".to_vec(), "empty-text"),
        ("binary", vec![0x00, 0x13, 0x8F, 0x00, 0x01, 0xFE, 0x00, 0x02, 0x03, 0x04], "not-text"),
        ("pdf", b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj".to_vec(), "unsupported-format"),
        ("png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), "unsupported-format"),
        ("html of scripts only", b"<html><head><script>alert(1)</script></head><body><script>steal()</script><iframe src=x></iframe></body></html>".to_vec(), "empty-text"),
        ("odd-length UTF-16", b"\xFF\xFE\x27\x06\x44".to_vec(), "bad-encoding"),
    ];
    cases.push(("too large", vec![b'a'; MAX_IMPORT_BYTES + 1], "too-large"));
    // A truncated DOCX, a password-protected one (an OLE container), and a zip bomb.
    let mut docx = Vec::new();
    {
        let mut z = zip::ZipWriter::new(std::io::Cursor::new(&mut docx));
        let o = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        z.start_file("word/document.xml", o).unwrap();
        z.write_all(&vec![b' '; 70 << 20]).unwrap();
        z.finish().unwrap();
    }
    cases.push(("zip bomb", docx.clone(), "docx-too-large"));
    cases.push(("truncated docx", docx[..docx.len() / 3].to_vec(), "docx-corrupt"));
    let mut ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    ole.extend(std::iter::repeat_n(0u8, 1024));
    cases.push(("encrypted docx", ole, "docx-encrypted"));

    for (what, bytes, kind) in cases {
        let name = if kind.starts_with("docx") { "x.docx" } else { "x.txt" };
        let err = import(&mut store, &bytes, name).expect_err(what);
        assert_eq!(err.kind(), kind, "{what}: {err}");
    }
    assert_eq!(store.list_articles().unwrap(), before);
    assert!(store.article(good).is_ok());
}

#[test]
fn a_docx_from_word_with_headings_imports() {
    // Built with the zip crate the way Word lays out a document.
    let document = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>الكرملين: محادثات بوتين وبايدن</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">أفاد الكرملين بأن </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>الرئيس</w:t></w:r><w:r><w:t xml:space="preserve"> يسعى إلى محادثات.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>روسيا والولايات المتحدة</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>بند في قائمة</w:t></w:r></w:p>
</w:body></w:document>"#;
    let footnotes = r#"<w:footnotes xmlns:w="w"><w:footnote w:id="1"><w:p><w:r><w:t>حاشية لا تترجم</w:t></w:r></w:p></w:footnote></w:footnotes>"#;
    let mut bytes = Vec::new();
    {
        let mut z = zip::ZipWriter::new(std::io::Cursor::new(&mut bytes));
        let o = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, body) in
            [("word/document.xml", document), ("word/footnotes.xml", footnotes), ("[Content_Types].xml", "<Types/>")]
        {
            z.start_file(name, o).unwrap();
            z.write_all(body.as_bytes()).unwrap();
        }
        z.finish().unwrap();
    }
    // Named .bin on purpose: the content decides.
    let p = preview(&bytes, "download.bin").unwrap();
    assert_eq!(p.format, Format::Docx);
    let got: Vec<_> = p.segments.iter().map(|s| (s.kind, s.source.as_str())).collect();
    assert_eq!(
        got,
        vec![
            (SegmentKind::Headline, "الكرملين: محادثات بوتين وبايدن"),
            (SegmentKind::Paragraph, "أفاد الكرملين بأن الرئيس يسعى إلى محادثات."),
            (SegmentKind::Subhead, "روسيا والولايات المتحدة"),
            (SegmentKind::Paragraph, "بند في قائمة"),
        ]
    );
}

#[test]
fn importing_is_one_transaction() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.db");
    let mut store = Store::open(&path).unwrap();
    // Make the second segment's insert fail, as a full disk would, after the article row
    // and the first segment were written.
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER fail_second BEFORE INSERT ON segments WHEN NEW.position = 1
             BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
        )
        .unwrap();
    let new = preview_paste("عنوان\n\nنص الخبر.", None).unwrap().into_article(None);
    assert_eq!(store.create_article(&new).unwrap_err().kind(), "storage");
    assert!(store.list_articles().unwrap().is_empty(), "no half-imported article");

    // Empty segment text is refused before anything is written.
    let mut new = new;
    new.segments[1].source = " ".into();
    assert_eq!(store.create_article(&new).unwrap_err().kind(), "invalid-input");
}

#[test]
fn a_device_a_pipe_and_an_oversized_file_are_refused_without_reading_them() {
    use dragoman_core::import::{read_bounded, read_file};
    // /dev/zero never ends: refused, not read until the memory runs out.
    assert_eq!(read_file(std::path::Path::new("/dev/zero")).expect_err("refused").kind(), "not-a-file");
    // A FIFO with no writer would wait for ever: refused without opening it.
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    assert_eq!(read_file(&fifo).expect_err("refused").kind(), "not-a-file");
    // A file the file system says is too large (sparse: nothing is written).
    let big = dir.path().join("big.txt");
    std::fs::File::create(&big).unwrap().set_len(dragoman_core::MAX_IMPORT_BYTES as u64 + 1).unwrap();
    assert_eq!(read_file(&big).expect_err("refused").kind(), "too-large");
    // Standard input and other streams are read to the limit and one byte, no further.
    let endless = std::io::repeat(b'x');
    assert_eq!(read_bounded(endless, 1024).expect_err("refused").kind(), "too-large");
    assert_eq!(read_bounded(&b"abc"[..], 3).unwrap(), b"abc");
}

/// `lines` lines, each a paragraph of `sentences` sentences, under a headline.
fn long_text(lines: usize, sentences: usize) -> String {
    let mut text = String::from("تقرير طويل عن المحادثات\n\n");
    for i in 0..lines {
        for s in 0..sentences {
            text.push_str(&format!("قال المتحدث إن الجولة رقم {i} ستعقد في الموعد {s}. "));
        }
        text.push('\n');
    }
    text
}

#[test]
fn an_article_past_the_limits_is_refused_and_nothing_is_stored() {
    use dragoman_core::{MAX_ARTICLE_CHARS, MAX_ARTICLE_SEGMENTS};
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("d.db")).unwrap();

    // At the limit: a headline and 19,999 paragraphs are 20,000 segments, and come in.
    let at_limit = preview(long_text(MAX_ARTICLE_SEGMENTS - 1, 1).as_bytes(), "a.txt").unwrap();
    assert_eq!(at_limit.segments.len(), MAX_ARTICLE_SEGMENTS);
    let id = store.create_article(&at_limit.into_article(None)).unwrap().id;
    assert_eq!(store.segments(id).unwrap().len(), MAX_ARTICLE_SEGMENTS);
    let before = store.list_articles().unwrap();

    let huge_paragraphs: String =
        (0..101).map(|_| format!("{}.\n", "ب".repeat(MAX_ARTICLE_CHARS / 100))).collect::<Vec<_>>().concat();
    let cases = [
        // One paragraph more: refused before its sentences are even split.
        ("20,001 paragraphs", long_text(MAX_ARTICLE_SEGMENTS, 1)),
        // Half as many paragraphs, of two sentences each: refused once they are split.
        ("20,002 sentences", long_text(MAX_ARTICLE_SEGMENTS / 2 + 1, 2)),
        // Few segments, too many characters.
        ("4,040,000 characters", huge_paragraphs),
    ];
    for (what, text) in &cases {
        let err = import(&mut store, text.as_bytes(), "long.txt").expect_err(what);
        assert_eq!(err.kind(), "article-too-large", "{what}: {err}");
        let err = preview_paste(text, None).expect_err(what);
        assert_eq!(err.kind(), "article-too-large", "pasted {what}: {err}");
    }
    // As a web page too.
    let html = format!("<html><body>{}</body></html>", "<p>فقرة.</p>".repeat(MAX_ARTICLE_SEGMENTS + 1));
    assert_eq!(preview(html.as_bytes(), "a.html").unwrap_err().kind(), "article-too-large");
    assert_eq!(store.list_articles().unwrap(), before, "nothing was stored");
}

/// The kinds of the preview's encoding warnings, with their counts and other encodings.
fn warnings(p: &dragoman_core::import::Preview) -> Vec<(EncodingWarningKind, usize, Option<&str>)> {
    p.encoding_warnings.iter().map(|w| (w.kind, w.count, w.other.as_deref())).collect()
}

#[test]
fn a_reading_that_does_not_look_right_is_said() {
    use encoding_rs::WINDOWS_1256;
    use EncodingWarningKind::*;
    let text =
        "محادثات في جنيف\n\nأفاد الكرملين بأن الرئيس الروسي يسعى إلى محادثات.\nوقال المتحدث إن اللقاء قد يعقد قريبا.\n";
    let cp1256 = |s: &str| WINDOWS_1256.encode(s).0.into_owned();
    let source = |p: &dragoman_core::import::Preview| p.segments.iter().map(|s| s.source.clone()).collect::<Vec<_>>();
    let clean = source(&preview(text.as_bytes(), "a.txt").unwrap());

    // Clean UTF-8, clean windows-1256 and English ASCII say nothing.
    for (what, bytes) in [
        ("UTF-8", text.as_bytes().to_vec()),
        ("windows-1256", cp1256(text)),
        ("English", b"Talks in Geneva\n\nThe Kremlin said Putin sought talks.\n".to_vec()),
    ] {
        let p = preview(&bytes, "a.txt").unwrap();
        assert_eq!(warnings(&p), vec![], "{what}");
        if what != "English" {
            assert_eq!(source(&p), clean, "{what}");
        }
    }

    // UTF-8 with four bad bytes: read as UTF-8, the four replaced and said (it was
    // windows-1256 mojibake from end to end, unsaid).
    let mut damaged = text.as_bytes().to_vec();
    // From the end, so that each place is still where it was.
    for at in [text.find("المتحدث").unwrap(), text.find("الروسي").unwrap(), text.find("الكرملين").unwrap(), 0]
    {
        damaged.insert(at, 0xFF);
    }
    let p = preview(&damaged, "a.txt").unwrap();
    assert_eq!((p.encoding.as_deref(), warnings(&p)), (Some("UTF-8"), vec![(Replaced, 4, None)]));
    assert!(source(&p)[1].contains("\u{FFFD}الكرملين"), "{:?}", source(&p));

    // UTF-8 and windows-1256 in one file: each line read in its own, and said.
    let mut mixed = text.as_bytes().to_vec();
    mixed.extend(cp1256("وأضاف أن الموعد لم يحدد بعد.\nوختم بأن الجانبين متفائلان.\n"));
    let p = preview(&mixed, "a.txt").unwrap();
    assert_eq!(warnings(&p), vec![(Mixed, 2, Some("windows-1256"))]);
    assert_eq!(source(&p).last().unwrap(), "وختم بأن الجانبين متفائلان.");

    // A page that says windows-1256 and is UTF-8, and one that says UTF-8 and is windows-1256.
    let page = |charset: &str| {
        format!("<html><head><meta charset=\"{charset}\"><title>خبر</title></head><body><h1>محادثات في جنيف</h1><p>أفاد الكرملين بأن الرئيس الروسي يسعى إلى محادثات.</p></body></html>")
    };
    let p = preview(page("windows-1256").as_bytes(), "a.html").unwrap();
    assert_eq!((p.encoding.as_deref(), warnings(&p)), (Some("UTF-8"), vec![(DeclaredWrong, 0, Some("windows-1256"))]));
    assert_eq!(p.mojibake, None);
    assert_eq!(p.title, "محادثات في جنيف");
    let p = preview(&cp1256(&page("utf-8")), "a.html").unwrap();
    assert_eq!((p.encoding.as_deref(), warnings(&p)), (Some("windows-1256"), vec![(DeclaredWrong, 0, Some("UTF-8"))]));
    assert_eq!(p.title, "محادثات في جنيف");
    // A declaration that is right says nothing.
    let p = preview(&cp1256(&page("windows-1256")), "a.html").unwrap();
    assert_eq!((p.encoding.as_deref(), warnings(&p)), (Some("windows-1256"), vec![]));

    // An encoding chosen that makes no Arabic of it: the text does not look right.
    let opts = ImportOptions { encoding: Some("windows-1251".into()), repair_mojibake: true, ..Default::default() };
    let p = preview_bytes(&cp1256(text), Some("a.txt"), &opts).unwrap();
    assert!(matches!(warnings(&p)[..], [(Implausible, n, None)] if n > 10), "{:?}", warnings(&p));
    // Pasted text is Unicode already: nothing to say.
    assert_eq!(warnings(&preview_paste(text, None).unwrap()), vec![]);
}
