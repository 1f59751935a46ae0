//! Exporting the English (and the two languages side by side). Headline, subheads,
//! captions, datelines and paragraphs are kept (a dateline as a paragraph of its own); the sentences of a paragraph are joined again;
//! segments marked "not for translation" and untranslated ones are left out of the English.
use std::io::{self, Read, Seek, Write};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::{Article, Segment, SegmentKind, SegmentStatus};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ExportFormat {
    Txt,
    Md,
    Html,
    Docx,
    BilingualHtml,
    BilingualDocx,
}

impl ExportFormat {
    pub fn parse(s: &str) -> Option<ExportFormat> {
        Some(match s {
            "txt" => ExportFormat::Txt,
            "md" => ExportFormat::Md,
            "html" => ExportFormat::Html,
            "docx" => ExportFormat::Docx,
            "bilingual-html" => ExportFormat::BilingualHtml,
            "bilingual-docx" => ExportFormat::BilingualDocx,
            _ => return None,
        })
    }
}

/// A block of the exported article: one paragraph (its sentences joined), headline, subhead
/// or caption, with the Arabic and the English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: SegmentKind,
    pub source: String,
    pub target: String,
}

/// The article's blocks, one at a time (an export holds one block, never the article twice),
/// excluded segments left out.
pub fn blocks(segments: &[Segment]) -> impl Iterator<Item = Block> + '_ {
    fn join(a: &mut String, b: &str) {
        let b = b.trim();
        if !b.is_empty() {
            if !a.is_empty() {
                a.push(' ');
            }
            a.push_str(b);
        }
    }
    let mut rest = segments.iter().filter(|s| s.status != SegmentStatus::Excluded).peekable();
    std::iter::from_fn(move || {
        let first = rest.next()?;
        let kind = if first.kind == SegmentKind::Sentence { SegmentKind::Paragraph } else { first.kind };
        let mut block = Block { kind, source: String::new(), target: String::new() };
        join(&mut block.source, &first.source);
        join(&mut block.target, &first.target);
        // The sentences that follow in the same paragraph join it.
        while let Some(s) = rest.next_if(|s| s.kind == SegmentKind::Sentence && s.paragraph == first.paragraph) {
            join(&mut block.source, &s.source);
            join(&mut block.target, &s.target);
        }
        Some(block)
    })
}

/// The blocks that have English: what the English-only formats write.
fn english(segments: &[Segment]) -> impl Iterator<Item = Block> + '_ {
    blocks(segments).filter(|b| !b.target.is_empty())
}

/// Escape text so that Markdown shows it as written (CommonMark backslash escapes).
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '<' | '>' | '[' | ']' | '&' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

impl ExportFormat {
    /// Whether the format is a zip package (DOCX), which is written with seeking; the others
    /// are text and go to any `Write`.
    pub fn is_package(self) -> bool {
        matches!(self, ExportFormat::Docx | ExportFormat::BilingualDocx)
    }
}

/// Export an article, as bytes (for tests and small things: a file is written by [`write`]
/// through [`write_with`], holding one block at a time).
pub fn export(article: &Article, segments: &[Segment], format: ExportFormat) -> Result<Vec<u8>> {
    let mut out = std::io::Cursor::new(Vec::new());
    write(article, segments, format, &mut out).map_err(|e| Error::Invalid(format!("cannot write the export: {e}")))?;
    Ok(out.into_inner())
}

/// Write an article in `format` to `out` as it goes: a block is made, written and dropped
/// before the next, so what is held beyond the segments does not grow with the article.
pub fn write<W: Write + Seek>(
    article: &Article,
    segments: &[Segment],
    format: ExportFormat,
    out: &mut W,
) -> io::Result<()> {
    match format {
        ExportFormat::Docx => docx_english(segments, out),
        ExportFormat::BilingualDocx => docx_bilingual(segments, out),
        _ => write_text(article, segments, format, out),
    }
}

/// Write an article in a text format (all but DOCX, see [`ExportFormat::is_package`]) to any
/// `Write`, standard output too, a block at a time.
pub fn write_text(
    article: &Article,
    segments: &[Segment],
    format: ExportFormat,
    out: &mut impl Write,
) -> io::Result<()> {
    match format {
        ExportFormat::Txt | ExportFormat::Md => {
            // Blocks separated by a blank line, the file ended by one line break.
            for (i, b) in english(segments).enumerate() {
                if i > 0 {
                    out.write_all(b"\n\n")?;
                }
                if format == ExportFormat::Txt {
                    out.write_all(b.target.as_bytes())?;
                    continue;
                }
                let t = md_escape(&b.target);
                match b.kind {
                    SegmentKind::Headline => write!(out, "# {t}")?,
                    SegmentKind::Subhead => write!(out, "## {t}")?,
                    SegmentKind::Caption => write!(out, "*{t}*")?,
                    _ => out.write_all(t.as_bytes())?,
                }
            }
            out.write_all(b"\n")
        }
        ExportFormat::Html => {
            let headline = english(segments).find(|b| b.kind == SegmentKind::Headline);
            let title = headline.as_ref().map(|b| b.target.as_str()).unwrap_or(&article.title);
            html_head(out, "en", "ltr", title, "")?;
            for b in english(segments) {
                let t = escape(&b.target);
                match b.kind {
                    SegmentKind::Headline => writeln!(out, "<h1>{t}</h1>")?,
                    SegmentKind::Subhead => writeln!(out, "<h2>{t}</h2>")?,
                    SegmentKind::Caption => writeln!(out, "<p class=\"caption\"><em>{t}</em></p>")?,
                    SegmentKind::Dateline => writeln!(out, "<p class=\"dateline\">{t}</p>")?,
                    _ => writeln!(out, "<p>{t}</p>")?,
                }
            }
            html_tail(out)
        }
        ExportFormat::BilingualHtml => {
            let style = "table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:.4em;vertical-align:top;width:50%}[dir=rtl]{text-align:right;font-family:'Noto Naskh Arabic',serif}";
            html_head(out, "en", "ltr", &article.title, style)?;
            out.write_all(
                "<table>\n<thead><tr><th lang=\"ar\" dir=\"rtl\">العربية</th><th>English</th></tr></thead>\n<tbody>\n"
                    .as_bytes(),
            )?;
            for b in blocks(segments) {
                let tag = if matches!(b.kind, SegmentKind::Headline | SegmentKind::Subhead) { "th" } else { "td" };
                writeln!(
                    out,
                    "<tr class=\"{}\"><{tag} lang=\"ar\" dir=\"rtl\">{}</{tag}><{tag} lang=\"en\" dir=\"ltr\">{}</{tag}></tr>",
                    b.kind.as_str(),
                    escape(&b.source),
                    escape(&b.target)
                )?;
            }
            out.write_all(b"</tbody>\n</table>\n")?;
            html_tail(out)
        }
        ExportFormat::Docx | ExportFormat::BilingualDocx => {
            Err(io::Error::new(io::ErrorKind::InvalidInput, "DOCX is a package: it is written by export::write"))
        }
    }
}

/// An HTML page up to its body's content; [`html_tail`] closes it.
fn html_head(out: &mut impl Write, lang: &str, dir: &str, title: &str, style: &str) -> io::Result<()> {
    let style = if style.is_empty() { String::new() } else { format!("<style>{style}</style>\n") };
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n{style}</head>\n<body>\n",
        escape(title)
    )
}

fn html_tail(out: &mut impl Write) -> io::Result<()> {
    out.write_all(b"</body>\n</html>\n")
}

fn styles(docx: docx_rs::Docx) -> docx_rs::Docx {
    use docx_rs::{Style, StyleType};
    docx.add_style(Style::new("Normal", StyleType::Paragraph).name("Normal"))
        .add_style(Style::new("Heading1", StyleType::Paragraph).name("Heading 1").size(36).bold())
        .add_style(Style::new("Heading2", StyleType::Paragraph).name("Heading 2").size(28).bold())
        .add_style(Style::new("Caption", StyleType::Paragraph).name("Caption").size(20).italic())
}

fn style_for(kind: SegmentKind) -> Option<&'static str> {
    // Body text names the Normal style explicitly, as Word does for readers that need it.
    match kind {
        SegmentKind::Headline => Some("Heading1"),
        SegmentKind::Subhead => Some("Heading2"),
        SegmentKind::Caption => Some("Caption"),
        _ => Some("Normal"),
    }
}

fn paragraph(text: &str, kind: SegmentKind, rtl: bool) -> docx_rs::Paragraph {
    use docx_rs::{Paragraph, Run, RunFonts};
    // What XML cannot carry (a control character from an imported text file) would make a
    // document Word refuses to open: it is left out, as in every XML Dragoman writes.
    let mut run = Run::new().add_text(crate::formats::xml::xml_chars(text));
    if rtl {
        run = run.fonts(RunFonts::new().cs("Noto Naskh Arabic"));
    }
    let mut p = Paragraph::new().add_run(run);
    if let Some(style) = style_for(kind) {
        p = p.style(style);
    }
    if rtl {
        p.property = p.property.clone().bidi(true).align(docx_rs::AlignmentType::Right);
    }
    p
}

/// What stands in the skeleton where the body goes: a paragraph no article can hold.
const PLACEHOLDER: &str = "\u{E000}dragoman-body\u{E000}";

/// Paragraph ids, unique in a document (Word wants them below 0x80000000): 1, 2, 3 … in the
/// order of writing, so that the same article always makes the same document.
struct ParaIds(u32);

impl ParaIds {
    fn next(&mut self, p: docx_rs::Paragraph) -> docx_rs::Paragraph {
        self.0 += 1;
        p.id(format!("{:08x}", self.0))
    }
}

/// A DOCX written as it goes. docx-rs makes the package around a placeholder (the styles,
/// the relationships, the properties: small, the same for every article); its
/// `word/document.xml` is cut at the placeholder, and the body is written in its place by
/// `body`, one paragraph or row at a time, into the zip entry; every other part is copied as
/// docx-rs made it.
fn docx_stream<W: Write + Seek>(
    skeleton: docx_rs::Docx,
    placeholder: &[u8],
    out: &mut W,
    body: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let mut body = Some(body);
    let mut packed = io::Cursor::new(Vec::new());
    skeleton.build().pack(&mut packed).map_err(io::Error::other)?;
    let mut parts = zip::ZipArchive::new(io::Cursor::new(packed.into_inner())).map_err(io::Error::other)?;
    let mut zip = zip::ZipWriter::new(out);
    for i in 0..parts.len() {
        let part = parts.by_index_raw(i).map_err(io::Error::other)?;
        let name = part.name().map_err(io::Error::other)?.into_owned();
        if name != "word/document.xml" {
            zip.raw_copy_file(part).map_err(io::Error::other)?;
            continue;
        }
        let mut options = zip::write::SimpleFileOptions::default().compression_method(part.compression());
        if let Some(mode) = part.unix_mode() {
            options = options.unix_permissions(mode);
        }
        if let Some(time) = part.last_modified() {
            options = options.last_modified_time(time);
        }
        drop(part);
        let mut xml = String::new();
        parts.by_index(i).map_err(io::Error::other)?.read_to_string(&mut xml)?;
        let placeholder = std::str::from_utf8(placeholder).map_err(io::Error::other)?;
        let (head, tail) =
            xml.split_once(placeholder).ok_or_else(|| io::Error::other("the DOCX skeleton has no placeholder"))?;
        zip.start_file(name, options).map_err(io::Error::other)?;
        zip.write_all(head.as_bytes())?;
        let body = body.take().ok_or_else(|| io::Error::other("the DOCX skeleton has two documents"))?;
        body(&mut zip)?;
        zip.write_all(tail.as_bytes())?;
    }
    if body.is_some() {
        return Err(io::Error::other("the DOCX skeleton has no word/document.xml"));
    }
    zip.finish().map_err(io::Error::other)?;
    Ok(())
}

fn docx_english(segments: &[Segment], out: &mut (impl Write + Seek)) -> io::Result<()> {
    use docx_rs::BuildXML;
    let placeholder = paragraph(PLACEHOLDER, SegmentKind::Paragraph, false).id("7fffffff");
    let skeleton = styles(docx_rs::Docx::new()).add_paragraph(placeholder.clone());
    docx_stream(skeleton, &placeholder.build(), out, |w| {
        let mut ids = ParaIds(0);
        for b in english(segments) {
            w.write_all(&ids.next(paragraph(&b.target, b.kind, false)).build())?;
        }
        Ok(())
    })
}

fn docx_bilingual(segments: &[Segment], out: &mut (impl Write + Seek)) -> io::Result<()> {
    use docx_rs::{BuildXML, Table, TableCell, TableRow};
    let mut ids = ParaIds(0);
    let row = |ids: &mut ParaIds, source: &str, target: &str, kind: SegmentKind| {
        let source = ids.next(paragraph(source, kind, true));
        let target = ids.next(paragraph(target, kind, false));
        TableRow::new(vec![TableCell::new().add_paragraph(source), TableCell::new().add_paragraph(target)])
    };
    let heading = row(&mut ids, "العربية", "English", SegmentKind::Paragraph);
    let placeholder = TableRow::new(vec![
        TableCell::new().add_paragraph(paragraph(PLACEHOLDER, SegmentKind::Paragraph, false).id("7fffffff"))
    ]);
    let table = Table::new(vec![heading, placeholder.clone()]).set_grid(vec![4800, 4800]);
    let skeleton = styles(docx_rs::Docx::new()).add_table(table);
    docx_stream(skeleton, &placeholder.build(), out, |w| {
        for b in blocks(segments) {
            w.write_all(&row(&mut ids, &b.source, &b.target, b.kind).build())?;
        }
        Ok(())
    })
}

/// Write `bytes` to `path` safely: to a temporary file beside it, then renamed into place.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    write_with(path, |f| f.write_all(bytes).map_err(|source| Error::Write { path: path.to_owned(), source }))
}

/// Write `path` safely through `write` (which may write as much as it likes, a piece at a
/// time): into a temporary file beside it, flushed and synced, then renamed into place. When
/// `write` or anything after it fails, the temporary file is removed and `path` is untouched.
///
/// The temporary file has an unpredictable name and is created exclusively (`tempfile`), so a
/// link planted beside the target is never followed; a target that is there must be a regular
/// file (not a link, a device or a folder) the user may write, and its permissions are kept.
pub fn write_with<T>(
    path: &std::path::Path,
    write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> Result<T>,
) -> Result<T> {
    use std::io::{Error as IoError, ErrorKind};
    let io = |source| Error::Write { path: path.to_owned(), source };
    let existing = match std::fs::symlink_metadata(path) {
        Ok(meta) if !meta.is_file() => {
            return Err(io(IoError::new(ErrorKind::InvalidInput, "the target is not a regular file")));
        }
        Ok(meta) if meta.permissions().readonly() => {
            return Err(io(IoError::new(ErrorKind::PermissionDenied, "the target is read-only")));
        }
        Ok(meta) => Some(meta.permissions()),
        Err(e) if e.kind() == ErrorKind::NotFound => None,
        Err(e) => return Err(io(e)),
    };
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".dragoman-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // A new file as the user's other files are (tempfile's own would be private).
        builder.permissions(existing.clone().unwrap_or_else(|| std::fs::Permissions::from_mode(0o644)));
    }
    let tmp = builder.tempfile_in(dir).map_err(io)?;
    let file = tmp.as_file().try_clone().map_err(io)?;
    let mut w = std::io::BufWriter::new(file);
    let out = write(&mut w)?;
    let file = w.into_inner().map_err(|e| io(e.into_error()))?;
    file.sync_all().map_err(io)?;
    if let Some(permissions) = existing {
        std::fs::set_permissions(tmp.path(), permissions).map_err(io)?;
    }
    // Dropped on failure, the temporary file is removed.
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(out)
}
