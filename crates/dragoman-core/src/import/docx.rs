//! DOCX to blocks: paragraphs, heading styles as headline and subheads, list items, table
//! cells; footnotes, comments, deleted text and field codes are ignored. The zip is read
//! with limits (zip bombs and oversized parts are refused) and the XML with quick-xml,
//! which resolves no external entities; a part with a DTD is refused outright (stricter than
//! TBX: Word never writes one), and references are resolved by [`xml::resolve_reference`].
use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::structure::{Block, BlockKind};
use crate::error::{Error, Result};
use crate::formats::xml;

/// The largest uncompressed XML part read (document.xml, styles.xml).
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;
/// The largest number of entries in the archive.
const MAX_ENTRIES: usize = 10_000;
/// A part may expand at most this many times its compressed size (plus a small allowance).
const MAX_RATIO: u64 = 200;

/// Whether a zip archive is a Word document.
pub fn is_docx(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(Cursor::new(bytes)).map(|z| z.index_for_name("word/document.xml").is_some()).unwrap_or(false)
}

fn read_part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<String>> {
    let Some(index) = zip.index_for_name(name) else { return Ok(None) };
    let file = zip.by_index(index).map_err(|_| Error::DocxCorrupt)?;
    if file.encrypted() {
        return Err(Error::DocxEncrypted);
    }
    let compressed = file.compressed_size();
    if file.size() > MAX_PART_BYTES || file.size() > compressed.saturating_mul(MAX_RATIO) + 1024 * 1024 {
        return Err(Error::DocxTooLarge);
    }
    // Never trust the declared size: read at most the limit, plus one byte to notice more.
    let mut out = Vec::new();
    file.take(MAX_PART_BYTES + 1).read_to_end(&mut out).map_err(|_| Error::DocxCorrupt)?;
    if out.len() as u64 > MAX_PART_BYTES || out.len() as u64 > compressed.saturating_mul(MAX_RATIO) + 1024 * 1024 {
        return Err(Error::DocxTooLarge);
    }
    String::from_utf8(out).map(Some).map_err(|_| Error::DocxCorrupt)
}

pub fn parse(bytes: &[u8]) -> Result<Vec<Block>> {
    if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        // An OLE container: what Word writes for a password-protected document.
        return Err(Error::DocxEncrypted);
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| Error::DocxCorrupt)?;
    if zip.len() > MAX_ENTRIES {
        return Err(Error::DocxTooLarge);
    }
    let document = read_part(&mut zip, "word/document.xml")?.ok_or(Error::DocxCorrupt)?;
    let styles = match read_part(&mut zip, "word/styles.xml")? {
        Some(xml) => style_names(&xml)?,
        None => HashMap::new(),
    };
    paragraphs(&document, &styles)
}

#[allow(deprecated)] // unescape_value: Word's attribute values need entities resolved only
fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().into_inner() == local)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

fn reader(xml: &str) -> Reader<&[u8]> {
    let mut r = Reader::from_str(xml);
    r.config_mut().check_end_names = false;
    r
}

/// styleId → style name, lower-cased ("heading 1", "title").
fn style_names(xml: &str) -> Result<HashMap<String, String>> {
    let mut r = reader(xml);
    let mut names = HashMap::new();
    let mut current: Option<String> = None;
    loop {
        match r.read_event().map_err(|_| Error::DocxCorrupt)? {
            Event::DocType(_) => return Err(Error::DocxCorrupt),
            Event::Start(e) if e.local_name().into_inner() == "style" => current = attr(&e, "styleId"),
            Event::Empty(e) | Event::Start(e) if e.local_name().into_inner() == "name" => {
                if let (Some(id), Some(name)) = (current.as_ref(), attr(&e, "val")) {
                    names.insert(id.clone(), name.to_lowercase());
                }
            }
            Event::End(e) if e.local_name().into_inner() == "style" => current = None,
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(names)
}

fn kind_for_style(style: Option<&str>, styles: &HashMap<String, String>, seen_headline: bool) -> BlockKind {
    let Some(id) = style else { return BlockKind::Paragraph };
    let name = styles.get(id).cloned().unwrap_or_else(|| id.to_lowercase());
    let compact = name.replace(' ', "");
    if compact == "title" {
        return if seen_headline { BlockKind::Subhead } else { BlockKind::Headline };
    }
    if compact == "subtitle" {
        return BlockKind::Subhead;
    }
    if compact == "caption" {
        return BlockKind::Caption;
    }
    if let Some(level) = compact.strip_prefix("heading").and_then(|n| n.parse::<u8>().ok()) {
        return if level == 1 && !seen_headline { BlockKind::Headline } else { BlockKind::Subhead };
    }
    BlockKind::Paragraph
}

fn paragraphs(xml: &str, styles: &HashMap<String, String>) -> Result<Vec<Block>> {
    let mut r = reader(xml);
    let mut blocks = Vec::new();
    let mut text = String::new();
    let mut style: Option<String> = None;
    let mut in_text = false; // inside <w:t>
    let mut skip_depth = 0usize; // inside deleted text, field instructions, footnote bodies
    let mut seen_headline = false;
    loop {
        match r.read_event().map_err(|_| Error::DocxCorrupt)? {
            Event::DocType(_) => return Err(Error::DocxCorrupt),
            Event::Start(e) => match e.local_name().into_inner() {
                "p" => {
                    text.clear();
                    style = None;
                }
                "pStyle" => style = attr(&e, "val"),
                "t" => in_text = true,
                "del" | "instrText" | "delText" | "footnote" | "endnote" | "comment" => skip_depth += 1,
                _ => {}
            },
            Event::Empty(e) => match e.local_name().into_inner() {
                "pStyle" => style = attr(&e, "val"),
                "tab" | "br" | "cr" if skip_depth == 0 => text.push(' '),
                "noBreakHyphen" if skip_depth == 0 => text.push('-'),
                _ => {}
            },
            Event::Text(t) if in_text && skip_depth == 0 => {
                text.push_str(&t.xml10_content());
            }
            // Character references and the predefined entities; any other is dropped.
            Event::GeneralRef(g) if in_text && skip_depth == 0 => {
                if let Ok(Some(s)) = xml::resolve_reference(&g) {
                    text.push_str(&s);
                }
            }
            Event::End(e) => match e.local_name().into_inner() {
                "t" => in_text = false,
                "del" | "instrText" | "delText" | "footnote" | "endnote" | "comment" => {
                    skip_depth = skip_depth.saturating_sub(1)
                }
                "p" => {
                    let kind = kind_for_style(style.as_deref(), styles, seen_headline);
                    if let Some(b) = Block::new(kind, &text) {
                        seen_headline |= kind == BlockKind::Headline;
                        blocks.push(b);
                    }
                    text.clear();
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(blocks)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;

    /// A minimal DOCX built in memory: (style id or "", text) per paragraph.
    pub fn make_docx(paras: &[(&str, &str)], extra_document_xml: &str) -> Vec<u8> {
        let mut body = String::new();
        for (style, text) in paras {
            let ppr =
                if style.is_empty() { String::new() } else { format!("<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>") };
            body.push_str(&format!("<w:p>{ppr}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"));
        }
        body.push_str(extra_document_xml);
        let document = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
        );
        let styles = "<?xml version=\"1.0\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"a5\"><w:name w:val=\"heading 3\"/></w:style></w:styles>";
        let mut out = Vec::new();
        {
            let mut z = zip::ZipWriter::new(Cursor::new(&mut out));
            let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
            z.start_file("[Content_Types].xml", opts).unwrap();
            z.write_all(b"<Types/>").unwrap();
            z.start_file("word/document.xml", opts).unwrap();
            z.write_all(document.as_bytes()).unwrap();
            z.start_file("word/styles.xml", opts).unwrap();
            z.write_all(styles.as_bytes()).unwrap();
            z.finish().unwrap();
        }
        out
    }

    #[test]
    fn headings_paragraphs_and_lists() {
        let docx = make_docx(
            &[("Title", "الكرملين: محادثات"), ("", "الفقرة الأولى &amp; المزيد."), ("Heading2", "عنوان فرعي"), ("a5", "فرعي آخر"), ("", "فقرة.")],
            "<w:p><w:r><w:t>قبل</w:t></w:r><w:del><w:r><w:delText>محذوف</w:delText></w:r></w:del><w:r><w:fldChar/><w:instrText>HYPERLINK x</w:instrText><w:t> بعد</w:t></w:r></w:p>",
        );
        let blocks = parse(&docx).unwrap();
        let got: Vec<_> = blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (BlockKind::Headline, "الكرملين: محادثات"),
                (BlockKind::Paragraph, "الفقرة الأولى & المزيد."),
                (BlockKind::Subhead, "عنوان فرعي"),
                (BlockKind::Subhead, "فرعي آخر"),
                (BlockKind::Paragraph, "فقرة."),
                (BlockKind::Paragraph, "قبل بعد"),
            ]
        );
    }

    #[test]
    fn truncated_encrypted_and_bomb_documents_are_refused() {
        let docx = make_docx(&[("", "نص")], "");
        assert!(matches!(parse(&docx[..docx.len() / 2]), Err(Error::DocxCorrupt)));
        let mut ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
        ole.extend_from_slice(&[0; 512]);
        assert!(matches!(parse(&ole), Err(Error::DocxEncrypted)));

        // 80 MB of one repeated byte compresses to a few hundred kB.
        let mut bomb = Vec::new();
        {
            let mut z = zip::ZipWriter::new(Cursor::new(&mut bomb));
            let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
            z.start_file("word/document.xml", opts).unwrap();
            let chunk = vec![b' '; 1 << 20];
            for _ in 0..80 {
                z.write_all(&chunk).unwrap();
            }
            z.finish().unwrap();
        }
        assert!(bomb.len() < 2_000_000, "the bomb is small: {}", bomb.len());
        assert!(matches!(parse(&bomb), Err(Error::DocxTooLarge)));
    }

    #[test]
    fn a_part_with_a_dtd_is_refused() {
        let mut out = Vec::new();
        {
            let mut z = zip::ZipWriter::new(Cursor::new(&mut out));
            let opts = zip::write::SimpleFileOptions::default();
            z.start_file("word/document.xml", opts).unwrap();
            z.write_all(b"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>").unwrap();
            z.finish().unwrap();
        }
        assert!(matches!(parse(&out), Err(Error::DocxCorrupt)));
    }
}
