//! Bringing articles in: bytes or pasted text → a preview (format, encoding, structure,
//! segments) → a new article. The type is taken from the content, not only the name.
//!
//! Supported: plain text (UTF-8 with or without BOM, UTF-16 LE/BE, windows-1256,
//! ISO-8859-6; detected, or chosen by the user), HTML, DOCX and Markdown.
pub mod decode;
pub mod docx;
pub mod furniture;
pub mod html;
pub mod markdown;
pub mod plausible;
pub mod structure;
pub mod work;

use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::{Article, NewArticle, NewSegment, SegmentKind};
use crate::{MAX_ARTICLE_CHARS, MAX_ARTICLE_SEGMENTS, MAX_IMPORT_BYTES};
use decode::{EncodingSource, EncodingWarning, Mojibake};
use structure::Block;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    Text,
    Html,
    Docx,
    Markdown,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Markdown => "markdown",
        }
    }
}

/// The user's choices for an import, and the [`work::Work`] that follows and can stop it.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// An encoding label to use instead of the detected one.
    pub encoding: Option<String>,
    /// Repair recognised mojibake (the default).
    pub repair_mojibake: bool,
    /// Its progress, and a stop ([`work::Work::cancel`]).
    pub work: std::sync::Arc<work::Work>,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions { encoding: None, repair_mojibake: true, work: Default::default() }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Counts {
    pub headline: usize,
    pub subhead: usize,
    pub paragraph: usize,
    pub sentence: usize,
    pub caption: usize,
    pub dateline: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewSegment {
    pub kind: SegmentKind,
    pub paragraph: i64,
    pub source: String,
    /// Proposed as "not for translation": site furniture (a masthead, tags, the site's name),
    /// for the translator to accept or not (`import/furniture.rs`).
    pub furniture: bool,
}

/// What an import would produce, shown before it is committed.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Preview {
    pub format: Format,
    /// The encoding used (text and HTML files), by WHATWG name.
    pub encoding: Option<String>,
    pub encoding_source: Option<EncodingSource>,
    /// What looks wrong with the file's reading (bytes replaced, a declared charset that
    /// lied, lines in two encodings, text that does not look like Arabic or English).
    pub encoding_warnings: Vec<EncodingWarning>,
    /// Mojibake recognised in the text.
    pub mojibake: Option<Mojibake>,
    pub mojibake_repaired: bool,
    pub title: String,
    pub author: Option<String>,
    pub published: Option<String>,
    /// A URL from the document, else the file name, else "paste".
    pub origin: String,
    pub counts: Counts,
    pub segments: Vec<PreviewSegment>,
    /// An article already stored with the same text (under the shared normalisation): this
    /// one was imported before. Filled by the use case, which has the store.
    pub existing: Option<Article>,
}

impl Preview {
    /// The article to store; `title` overrides the detected one when not blank.
    pub fn into_article(self, title: Option<&str>) -> NewArticle {
        let title = title.map(structure::collapse_spaces).filter(|t| !t.is_empty()).unwrap_or(self.title);
        NewArticle {
            title,
            source_lang: "ar".into(),
            target_lang: "en".into(),
            origin: Some(self.origin),
            author: self.author,
            published: self.published,
            format: Some(self.format.as_str().to_owned()),
            encoding: self.encoding,
            segments: self
                .segments
                .into_iter()
                .map(|s| NewSegment { kind: s.kind, paragraph: s.paragraph, source: s.source, excluded: false })
                .collect(),
        }
    }
}

/// Read a file for import: only a regular file (a FIFO would wait for a writer, a device
/// such as `/dev/zero` never ends), refused over the size limit before reading, and read no
/// further than the limit and one byte whatever its size said (it may grow meanwhile).
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    let io = |source| Error::Io { path: path.to_owned(), source };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(Error::NotAFile { path: path.to_owned() });
    }
    if meta.len() > MAX_IMPORT_BYTES as u64 {
        return Err(Error::TooLarge { size: meta.len(), limit: MAX_IMPORT_BYTES as u64 });
    }
    read_bounded(std::fs::File::open(path).map_err(io)?, MAX_IMPORT_BYTES).map_err(|e| match e {
        Error::Io { source, .. } => io(source),
        e => e,
    })
}

/// At most `limit` bytes of `input` (standard input, a file); more is [`Error::TooLarge`].
pub fn read_bounded(input: impl std::io::Read, limit: usize) -> Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    input.take(limit as u64 + 1).read_to_end(&mut bytes).map_err(|source| Error::Io { path: "-".into(), source })?;
    if bytes.len() > limit {
        return Err(Error::TooLarge { size: bytes.len() as u64, limit: limit as u64 });
    }
    Ok(bytes)
}

fn extension(name: Option<&str>) -> String {
    name.and_then(|n| Path::new(n).extension()).map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default()
}

fn looks_like_html(text: &str) -> bool {
    let head: String =
        text.trim_start_matches('\u{feff}').trim_start().chars().take(1024).collect::<String>().to_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
        || (head.starts_with('<')
            && ["<body", "<p>", "<p ", "<div", "<h1", "<article", "<head"].iter().any(|t| head.contains(t)))
}

fn looks_like_markdown(text: &str) -> bool {
    let first = text.trim_start_matches('\u{feff}').lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    first.starts_with("# ") || first.starts_with("## ")
}

/// Preview a file's bytes. `name` (the file name) is a hint only.
pub fn preview_bytes(bytes: &[u8], name: Option<&str>, opts: &ImportOptions) -> Result<Preview> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(Error::TooLarge { size: bytes.len() as u64, limit: MAX_IMPORT_BYTES as u64 });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::EmptyText);
    }
    let ext = extension(name);
    let file_origin = name
        .map(|n| Path::new(n).file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_else(|| n.to_owned()));
    match decode::binary_kind(bytes) {
        Some("zip") if docx::is_docx(bytes) => {
            let blocks = docx::parse(bytes)?;
            return finish(Format::Docx, blocks, None, file_origin, None, &opts.work);
        }
        Some("zip") if ext == "docx" => return Err(Error::DocxCorrupt),
        Some("ole") if ext == "docx" => return Err(Error::DocxEncrypted),
        Some(_) => return Err(Error::UnsupportedFormat),
        None if ext == "docx" => return Err(Error::DocxCorrupt),
        None => {}
    }
    let override_encoding = opts.encoding.as_deref().map(decode::encoding_for_label).transpose()?;
    let ascii_head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).into_owned();
    let html_hint = matches!(ext.as_str(), "html" | "htm" | "xhtml") || looks_like_html(&ascii_head);
    let decoded = decode::decode(bytes, override_encoding, html_hint, opts.repair_mojibake)?;
    opts.work.check()?;
    let format = if html_hint || looks_like_html(&decoded.text) {
        Format::Html
    } else if matches!(ext.as_str(), "md" | "markdown") || looks_like_markdown(&decoded.text) {
        Format::Markdown
    } else {
        Format::Text
    };
    let enc = Some(decoded.clone());
    match format {
        Format::Html => {
            let (blocks, meta) = html::parse_with(&decoded.text, &opts.work)?;
            finish(format, blocks, Some(meta), file_origin, enc, &opts.work)
        }
        Format::Markdown => finish(format, markdown::parse(&decoded.text), None, file_origin, enc, &opts.work),
        _ => {
            plain_text_fits(&decoded.text)?;
            finish(format, structure::plain_text_blocks(&decoded.text), None, file_origin, enc, &opts.work)
        }
    }
}

/// Preview pasted text; `html` is the clipboard's HTML flavour, when a web page was copied.
pub fn preview_paste(text: &str, html: Option<&str>) -> Result<Preview> {
    preview_paste_with(text, html, &work::Work::new())
}

/// [`preview_paste`], followed by `work`, which can stop it.
pub fn preview_paste_with(text: &str, html: Option<&str>, work: &work::Work) -> Result<Preview> {
    if text.len() > MAX_IMPORT_BYTES || html.is_some_and(|h| h.len() > MAX_IMPORT_BYTES) {
        return Err(Error::TooLarge { size: text.len() as u64, limit: MAX_IMPORT_BYTES as u64 });
    }
    if let Some(html) = html.filter(|h| !h.trim().is_empty()) {
        let (blocks, meta) = html::parse_with(html, work)?;
        // Use the markup only when it carried structure (several blocks).
        if blocks.len() > 1 || text.trim().is_empty() {
            return finish(Format::Html, blocks, Some(meta), None, None, work);
        }
    }
    if text.contains('\0') {
        return Err(Error::NotText);
    }
    // Pasted text is already Unicode; mojibake in it (copied from a garbled page) is repaired.
    let mojibake = decode::detect_mojibake(text);
    let text = mojibake.as_ref().map(|(_, repaired)| repaired.as_str()).unwrap_or(text);
    plain_text_fits(text)?;
    let mut preview = finish(Format::Text, structure::plain_text_blocks(text), None, None, None, work)?;
    preview.mojibake = mojibake.map(|(kind, _)| kind);
    preview.mojibake_repaired = preview.mojibake.is_some();
    Ok(preview)
}

/// Plain text keeps every character that is not a space: more of them than an article may
/// have is refused at once, before the text's structure is worked out (a 19 MB file of
/// 905,589 lines took seconds to be told apart into paragraphs, only to be refused).
fn plain_text_fits(text: &str) -> Result<()> {
    too_large(0, text.chars().filter(|c| !c.is_whitespace()).count())
}

/// An article past the limits: segments (or blocks, each at least one) or characters.
fn too_large(segments: usize, chars: usize) -> Result<()> {
    let (what, count, limit) = if segments > MAX_ARTICLE_SEGMENTS {
        ("segments", segments, MAX_ARTICLE_SEGMENTS)
    } else if chars > MAX_ARTICLE_CHARS {
        ("characters", chars, MAX_ARTICLE_CHARS)
    } else {
        return Ok(());
    };
    Err(Error::ArticleTooLarge { what, count, limit })
}

fn finish(
    format: Format,
    mut blocks: Vec<Block>,
    meta: Option<html::Meta>,
    file_origin: Option<String>,
    decoded: Option<decode::Decoded>,
    work: &work::Work,
) -> Result<Preview> {
    work.check()?;
    // An article past the limits is refused before its sentences are split (each block is
    // at least one segment), and again when they have been.
    let chars = blocks.iter().map(|b| b.text.chars().count()).sum();
    too_large(blocks.len(), chars)?;
    furniture::mark_datelines(&mut blocks);
    if format == Format::Text {
        // Only plain text: the other formats mark what is not the article (HTML's nav,
        // header, footer, aside are left out) or have short items that are content (lists).
        furniture::propose_furniture(&mut blocks);
    }
    let segments = structure::segments_with(&blocks, work)?;
    if segments.is_empty() {
        return Err(Error::EmptyText);
    }
    too_large(segments.len(), chars)?;
    let mut counts = Counts::default();
    for s in &segments {
        match s.kind {
            SegmentKind::Headline => counts.headline += 1,
            SegmentKind::Subhead => counts.subhead += 1,
            SegmentKind::Paragraph => counts.paragraph += 1,
            SegmentKind::Sentence => counts.sentence += 1,
            SegmentKind::Caption => counts.caption += 1,
            SegmentKind::Dateline => counts.dateline += 1,
        }
    }
    let meta = meta.unwrap_or_default();
    let title = segments
        .iter()
        .find(|s| s.kind == SegmentKind::Headline)
        .map(|s| s.source.clone())
        .or(meta.title.clone())
        .unwrap_or_else(|| segments[0].source.clone());
    let mut encoding_warnings = decoded.as_ref().map(|d| d.warnings.clone()).unwrap_or_default();
    // A file's text that does not look like Arabic or English (recognised mojibake has a
    // notice of its own).
    if decoded.as_ref().is_some_and(|d| d.mojibake.is_none()) {
        encoding_warnings.extend(EncodingWarning::implausible(blocks.iter().map(|b| b.text.as_str())));
    }
    let (mojibake, mojibake_repaired) = match decoded.as_ref().and_then(|d| d.mojibake) {
        Some((kind, repaired)) => (Some(kind), repaired),
        None => (None, false),
    };
    // Stopped at the last moment is stopped too: whoever asked has moved on.
    work.check()?;
    Ok(Preview {
        format,
        encoding: decoded.as_ref().map(|d| d.encoding.name().to_owned()),
        encoding_source: decoded.as_ref().map(|d| d.source),
        encoding_warnings,
        mojibake,
        mojibake_repaired,
        title: title.chars().take(300).collect(),
        author: meta.author,
        published: meta.published,
        origin: meta.url.or(file_origin).unwrap_or_else(|| "paste".to_owned()),
        counts,
        segments,
        existing: None,
    })
}
