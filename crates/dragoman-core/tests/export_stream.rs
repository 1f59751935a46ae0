//! Writing an export a block at a time (issue 13, item 5) makes what building it whole made:
//! the text formats byte for byte, DOCX part for part (the same parts in the same order,
//! each the same bytes but for the paragraph ids, now numbered from 1 in each document).
//! `old` is the export as it was before it streamed, kept here as the reference.
use std::io::Read;

use dragoman_core::formats::export::{export, ExportFormat};
use dragoman_core::model::{Article, Segment, SegmentKind, SegmentStatus, WorkflowStatus};

#[allow(dead_code)]
mod old {
    use dragoman_core::formats::export::ExportFormat;
    use dragoman_core::model::{Article, Segment, SegmentKind, SegmentStatus};
    use dragoman_core::{Error, Result};

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
        let mut run = Run::new().add_text(dragoman_core::formats::xml::xml_chars(text));
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
}

const FORMATS: [ExportFormat; 6] = [
    ExportFormat::Txt,
    ExportFormat::Md,
    ExportFormat::Html,
    ExportFormat::Docx,
    ExportFormat::BilingualHtml,
    ExportFormat::BilingualDocx,
];

fn article(title: &str) -> Article {
    Article {
        id: 1,
        title: title.into(),
        source_lang: "ar".into(),
        target_lang: "en".into(),
        origin: None,
        author: None,
        published: None,
        format: Some("text".into()),
        encoding: None,
        created_at: 0,
        updated_at: 0,
        status: WorkflowStatus::InTranslation,
    }
}

fn segments(rows: &[(SegmentKind, i64, &str, &str, SegmentStatus)]) -> Vec<Segment> {
    rows.iter()
        .enumerate()
        .map(|(i, &(kind, paragraph, source, target, status))| Segment {
            id: i as i64 + 1,
            article_id: 1,
            position: i as i64,
            kind,
            paragraph,
            source: source.into(),
            target: target.into(),
            status,
            updated_at: 0,
            words: 1,
            version: 1,
            mergeable: false,
            memory_unit: None,
        })
        .collect()
}

/// The articles compared: every kind of segment, sentences joined, excluded and untranslated
/// ones, what HTML, Markdown and XML escape, a control character XML cannot carry; one with
/// no English at all; one with nothing.
fn articles() -> Vec<(Article, Vec<Segment>)> {
    use SegmentKind::*;
    use SegmentStatus::*;
    let full = segments(&[
        (Headline, 0, "بوتين و«بايدن»", "Putin & \"Biden\" <talks>", Translated),
        (Dateline, 1, "موسكو - ", "MOSCOW -", Draft),
        (Subhead, 2, "خلفية", "Background", Translated),
        (Sentence, 3, "قال الكرملين.", "The Kremlin said.", Translated),
        (Sentence, 3, "وأضاف بيسكوف.", "", New),
        (Sentence, 3, "ثم سكت.", "  Then * he_was # quiet [1] |x| `y` \\ ", Reviewed),
        (Paragraph, 4, "الموقع", "", Excluded),
        (Caption, 5, "صورة", "A photo\u{1}\u{1b} with controls", Translated),
        (Paragraph, 6, "نص بلا ترجمة", "", New),
        (Sentence, 7, "جملة أولى.", "First.", Translated),
        (Sentence, 7, "جملة ثانية.", "Second.", Excluded),
        (Sentence, 7, "جملة ثالثة.", "Third.", Translated),
        (Paragraph, 8, "خاتمة", "The end.", Translated),
    ]);
    let untranslated = segments(&[(Headline, 0, "عنوان", "", New), (Paragraph, 1, "فقرة", "", New)]);
    vec![(article("Putin & <Biden>"), full), (article("عنوان"), untranslated), (article("Empty"), Vec::new())]
}

/// A DOCX's parts, in order, by name; paragraph ids blanked.
fn parts(docx: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut file = zip.by_index(i).unwrap();
            let name = file.name().unwrap().into_owned();
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes).unwrap();
            let mut text = String::from_utf8(bytes).unwrap();
            let mut from = 0;
            while let Some(at) = text[from..].find("w14:paraId=\"") {
                let start = from + at + "w14:paraId=\"".len();
                text.replace_range(start..start + 8, "--------");
                from = start;
            }
            (name, text.into_bytes())
        })
        .collect()
}

#[test]
fn a_streamed_export_is_what_the_whole_one_was() {
    for (article, segments) in articles() {
        for format in FORMATS {
            let new = export(&article, &segments, format).unwrap();
            let old = old::export(&article, &segments, format).unwrap();
            if format.is_package() {
                assert_eq!(parts(&new), parts(&old), "{format:?} of {}", article.title);
            } else {
                assert_eq!(String::from_utf8(new).unwrap(), String::from_utf8(old).unwrap(), "{format:?}");
            }
        }
    }
}

#[test]
fn a_docx_has_unique_paragraph_ids_and_is_the_same_each_time() {
    let (article, segments) = articles().remove(0);
    for format in [ExportFormat::Docx, ExportFormat::BilingualDocx] {
        let docx = export(&article, &segments, format).unwrap();
        assert_eq!(docx, export(&article, &segments, format).unwrap(), "{format:?} is deterministic");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&docx)).unwrap();
        let mut xml = String::new();
        zip.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
        let ids: Vec<&str> = xml.split("w14:paraId=\"").skip(1).map(|s| &s[..8]).collect();
        let unique: std::collections::HashSet<&&str> = ids.iter().collect();
        assert!(!ids.is_empty());
        assert_eq!(unique.len(), ids.len(), "{format:?}: {ids:?}");
        assert!(!xml.contains("dragoman-body"), "the placeholder is gone");
    }
}
