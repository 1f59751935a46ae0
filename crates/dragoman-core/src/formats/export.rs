//! Exporting the English (and the two languages side by side). Headline, subheads,
//! captions, datelines and paragraphs are kept (a dateline as a paragraph of its own); the sentences of a paragraph are joined again;
//! segments marked "not for translation" and untranslated ones are left out of the English.
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

/// The article's blocks, excluded segments left out.
pub fn blocks(segments: &[Segment]) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut last_paragraph = None;
    for s in segments.iter().filter(|s| s.status != SegmentStatus::Excluded) {
        let kind = if s.kind == SegmentKind::Sentence { SegmentKind::Paragraph } else { s.kind };
        let join = |a: &mut String, b: &str| {
            let b = b.trim();
            if !b.is_empty() {
                if !a.is_empty() {
                    a.push(' ');
                }
                a.push_str(b);
            }
        };
        match out.last_mut() {
            Some(block) if last_paragraph == Some(s.paragraph) && s.kind == SegmentKind::Sentence => {
                join(&mut block.source, &s.source);
                join(&mut block.target, &s.target);
            }
            _ => {
                let mut b = Block { kind, source: String::new(), target: String::new() };
                join(&mut b.source, &s.source);
                join(&mut b.target, &s.target);
                out.push(b);
            }
        }
        last_paragraph = Some(s.paragraph);
    }
    out
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

/// Export an article.
pub fn export(article: &Article, segments: &[Segment], format: ExportFormat) -> Result<Vec<u8>> {
    let all = blocks(segments);
    let english: Vec<&Block> = all.iter().filter(|b| !b.target.is_empty()).collect();
    Ok(match format {
        ExportFormat::Txt => {
            let mut out = String::new();
            for b in &english {
                out.push_str(&b.target);
                out.push_str("\n\n");
            }
            out.truncate(out.trim_end().len());
            out.push('\n');
            out.into_bytes()
        }
        ExportFormat::Md => {
            let mut out = String::new();
            for b in &english {
                let t = &md_escape(&b.target);
                match b.kind {
                    SegmentKind::Headline => out.push_str(&format!("# {t}\n\n")),
                    SegmentKind::Subhead => out.push_str(&format!("## {t}\n\n")),
                    SegmentKind::Caption => out.push_str(&format!("*{t}*\n\n")),
                    _ => out.push_str(&format!("{t}\n\n")),
                }
            }
            out.truncate(out.trim_end().len());
            out.push('\n');
            out.into_bytes()
        }
        ExportFormat::Html => {
            let title = english
                .iter()
                .find(|b| b.kind == SegmentKind::Headline)
                .map(|b| b.target.as_str())
                .unwrap_or(&article.title);
            let mut body = String::new();
            for b in &english {
                let t = escape(&b.target);
                body.push_str(&match b.kind {
                    SegmentKind::Headline => format!("<h1>{t}</h1>\n"),
                    SegmentKind::Subhead => format!("<h2>{t}</h2>\n"),
                    SegmentKind::Caption => format!("<p class=\"caption\"><em>{t}</em></p>\n"),
                    SegmentKind::Dateline => format!("<p class=\"dateline\">{t}</p>\n"),
                    _ => format!("<p>{t}</p>\n"),
                });
            }
            html_page("en", "ltr", title, "", &body).into_bytes()
        }
        ExportFormat::BilingualHtml => {
            let mut rows = String::new();
            for b in &all {
                let tag = if matches!(b.kind, SegmentKind::Headline | SegmentKind::Subhead) { "th" } else { "td" };
                rows.push_str(&format!(
                    "<tr class=\"{}\"><{tag} lang=\"ar\" dir=\"rtl\">{}</{tag}><{tag} lang=\"en\" dir=\"ltr\">{}</{tag}></tr>\n",
                    b.kind.as_str(),
                    escape(&b.source),
                    escape(&b.target)
                ));
            }
            let body = format!("<table>\n<thead><tr><th lang=\"ar\" dir=\"rtl\">العربية</th><th>English</th></tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n");
            let style = "table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:.4em;vertical-align:top;width:50%}[dir=rtl]{text-align:right;font-family:'Noto Naskh Arabic',serif}";
            html_page("en", "ltr", &article.title, style, &body).into_bytes()
        }
        ExportFormat::Docx => docx_english(&english)?,
        ExportFormat::BilingualDocx => docx_bilingual(&all)?,
    })
}

fn html_page(lang: &str, dir: &str, title: &str, style: &str, body: &str) -> String {
    let style = if style.is_empty() { String::new() } else { format!("<style>{style}</style>\n") };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n{style}</head>\n<body>\n{body}</body>\n</html>\n",
        escape(title)
    )
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

fn pack(docx: docx_rs::Docx) -> Result<Vec<u8>> {
    let mut out = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut out).map_err(|e| Error::Invalid(format!("cannot write DOCX: {e}")))?;
    Ok(out.into_inner())
}

fn docx_english(blocks: &[&Block]) -> Result<Vec<u8>> {
    let mut docx = styles(docx_rs::Docx::new());
    for b in blocks {
        docx = docx.add_paragraph(paragraph(&b.target, b.kind, false));
    }
    pack(docx)
}

fn docx_bilingual(blocks: &[Block]) -> Result<Vec<u8>> {
    use docx_rs::{Table, TableCell, TableRow};
    let mut rows = vec![TableRow::new(vec![
        TableCell::new().add_paragraph(paragraph("العربية", SegmentKind::Paragraph, true)),
        TableCell::new().add_paragraph(paragraph("English", SegmentKind::Paragraph, false)),
    ])];
    for b in blocks {
        rows.push(TableRow::new(vec![
            TableCell::new().add_paragraph(paragraph(&b.source, b.kind, true)),
            TableCell::new().add_paragraph(paragraph(&b.target, b.kind, false)),
        ]));
    }
    let docx = styles(docx_rs::Docx::new()).add_table(Table::new(rows).set_grid(vec![4800, 4800]));
    pack(docx)
}

/// Write `bytes` to `path` safely: to a temporary file beside it, then renamed into place.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    write_with(path, |f| {
        use std::io::Write;
        f.write_all(bytes).map_err(|source| Error::Write { path: path.to_owned(), source })
    })
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
