//! Writing an article out: the English, or both languages side by side. The article is read
//! first ([`load`]) and rendered and written afterwards, so a shell need not hold the store
//! while a large document is built and written.
use std::io::{Seek, SeekFrom, Write};
use std::path::Path;

use serde::Serialize;

use super::qa::QaReport;
use crate::error::{Error, Result};
use crate::formats::export::{self, ExportFormat};
use crate::model::{Article, Segment, SegmentStatus};
use crate::qa::Issue;
use crate::store::Store;

/// What is not finished in an article, said before it is exported: the segments, in reading
/// order, that an export leaves out or sends as they are.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Unfinished {
    /// Segments with no translation: left out of the export.
    pub untranslated: Vec<i64>,
    /// Segments whose translation is an unconfirmed draft: exported as they are.
    pub drafts: Vec<i64>,
    /// The checks' issues still open (not set aside), in article order.
    pub issues: Vec<Issue>,
}

impl Unfinished {
    pub fn is_empty(&self) -> bool {
        self.untranslated.is_empty() && self.drafts.is_empty() && self.issues.is_empty()
    }
}

/// What an export of these segments would leave out or send unconfirmed, and the checks'
/// open issues (from `report`). Excluded segments are not for translation and never count.
pub fn unfinished(segments: &[Segment], report: &QaReport) -> Unfinished {
    // By the status rules: counted and untranslated; translated but not confirmed.
    let ids = |keep: fn(SegmentStatus) -> bool| segments.iter().filter(|s| keep(s.status)).map(|s| s.id).collect();
    Unfinished {
        untranslated: ids(|s| s.counts() && !s.has_translation()),
        drafts: ids(|s| s.has_translation() && !s.is_confirmed()),
        issues: report.open().cloned().collect(),
    }
}

/// The article and its segments, as an export reads them.
pub fn load(store: &Store, article_id: i64) -> Result<(Article, Vec<Segment>)> {
    Ok((store.article(article_id)?, store.segments(article_id)?))
}

/// The article in `format`, as bytes.
pub fn render(article: &Article, segments: &[Segment], format: ExportFormat) -> Result<Vec<u8>> {
    export::export(article, segments, format)
}

/// The article in `format`, written beside `path` a block at a time and renamed into place,
/// so a failed export never leaves half a file.
pub fn to_file(article: &Article, segments: &[Segment], format: ExportFormat, path: &Path) -> Result<()> {
    export::write_with(path, |out| {
        export::write(article, segments, format, out).map_err(|source| Error::Write { path: path.to_owned(), source })
    })?;
    tracing::info!(article_id = article.id, ?format, path = %path.display(), "exported");
    Ok(())
}

/// The article in `format`, written to `out` (standard output) a block at a time. A DOCX,
/// which is written with seeking, goes through an anonymous temporary file first.
pub fn to_writer(article: &Article, segments: &[Segment], format: ExportFormat, out: &mut impl Write) -> Result<()> {
    let failed = |source| Error::Write { path: "-".into(), source };
    if !format.is_package() {
        return export::write_text(article, segments, format, out).and_then(|()| out.flush()).map_err(failed);
    }
    let mut file = std::io::BufWriter::new(tempfile::tempfile().map_err(failed)?);
    export::write(article, segments, format, &mut file).map_err(failed)?;
    let mut file = file.into_inner().map_err(|e| failed(e.into_error()))?;
    file.seek(SeekFrom::Start(0)).map_err(failed)?;
    std::io::copy(&mut file, out).and_then(|_| out.flush()).map_err(failed)?;
    Ok(())
}

/// The glossary names of each segment, as XLIFF notes a reviewer sees: "بوتين = Putin".
pub fn name_notes(
    segments: &[Segment],
    glossary: &crate::names::glossary::Compiled,
) -> std::collections::HashMap<i64, Vec<String>> {
    let annotated = crate::names::annotate::annotate(segments, glossary);
    let mut notes = std::collections::HashMap::new();
    for s in &annotated.segments {
        let mut lines: Vec<String> = Vec::new();
        for span in &s.names {
            if let Some(entry) = annotated.entry(span.entry_id) {
                let line = format!("{} = {}", entry.arabic, entry.english);
                if !lines.contains(&line) {
                    lines.push(line);
                }
            }
        }
        if !lines.is_empty() {
            notes.insert(s.segment_id, lines);
        }
    }
    notes
}

/// Note what the article says now as an XLIFF export of it; its id, or `None` when the
/// database cannot be written (read-only, damaged): the file then comes back without
/// conflicts told apart, every difference taken as a change made there.
pub fn record_export(store: &mut Store, article_id: i64) -> Option<i64> {
    match store.record_xliff_export(article_id) {
        Ok(id) => Some(id),
        Err(e) => {
            tracing::warn!(article_id, error = %e, "XLIFF export not recorded");
            None
        }
    }
}

/// The article as XLIFF (`formats::xliff`), with each segment's glossary names as notes,
/// written to `path` (beside it, then renamed) or, with no path, to `out`. `export`: the
/// recorded export ([`record_export`]) the file is, so that it can come back as an update
/// with conflicts told apart.
pub fn xliff(
    article: &Article,
    segments: &[Segment],
    version: crate::formats::xliff::XliffVersion,
    export: Option<i64>,
    notes: &std::collections::HashMap<i64, Vec<String>>,
    path: Option<&Path>,
    out: &mut impl Write,
) -> Result<()> {
    let note = |s: &Segment| notes.get(&s.id).cloned().unwrap_or_default();
    match path {
        Some(path) => {
            export::write_with(path, |file| {
                crate::formats::xliff::write(file, version, article, segments, export, note)
                    .map(|_| ())
                    .map_err(|source| Error::Write { path: path.to_owned(), source })
            })?;
            tracing::info!(article_id = article.id, ?version, path = %path.display(), "exported as XLIFF");
        }
        None => {
            crate::formats::xliff::write(&mut *out, version, article, segments, export, note)
                .and_then(|o| o.flush())
                .map_err(|source| Error::Write { path: "-".into(), source })?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::glossary::{Compiled, GlossaryEntry, NameType};

    #[test]
    fn an_export_says_what_is_unfinished() {
        let mut store = Store::open_in_memory().unwrap();
        let text = "بوتين وبايدن\n\nقال الكرملين إن بوتين سيتحدث.\n\nوقال بيسكوف إن المحادثات مهمة.\n\nالخاتمة.";
        let preview = crate::import::preview_paste(text, None).unwrap();
        let id = store.create_article(&preview.into_article(None)).unwrap().id;
        let segs = store.segments(id).unwrap();
        let ids: Vec<i64> = segs.iter().map(|s| s.id).collect();
        store.update_segment_target(ids[0], "Putin and Biden").unwrap();
        store.set_segment_status(ids[0], SegmentStatus::Translated).unwrap();
        store.update_segment_target(ids[1], "The Kremlin said Putin would talk.").unwrap();
        store.set_segment_excluded(ids[3], true).unwrap();
        let entry = GlossaryEntry {
            arabic: "بيسكوف".into(),
            variants: vec![],
            english: "Dmitry Peskov".into(),
            short: Some("Peskov".into()),
            kind: NameType::Person,
            deprecated: vec![],
            clitics: true,
            not: vec![],
            notes: String::new(),
        };
        store.add_entry(&entry).unwrap();
        store.update_segment_target(ids[2], "Peskoff said the talks matter.").unwrap();
        let glossary = Compiled::new(store.glossary_entries().unwrap());
        let inputs = super::super::qa::Inputs { glossary: &glossary, speller: None, known: vec![] };
        let report = |store: &Store| super::super::qa::check_article(store, id, &inputs, None).unwrap();

        let u = unfinished(&store.segments(id).unwrap(), &report(&store));
        assert_eq!(u.untranslated, Vec::<i64>::new(), "the excluded closing line does not count");
        assert_eq!(u.drafts, vec![ids[1], ids[2]]);
        let open: Vec<(i64, &str)> = u.issues.iter().map(|i| (i.segment_id, i.kind())).collect();
        assert_eq!(open, vec![(ids[2], "name-missing")], "Peskov's house spelling is missing");
        assert!(!u.is_empty());

        // Set aside, the issue is no longer unfinished.
        super::super::qa::set_ignored(&store, ids[2], &u.issues[0].key(), true).unwrap();
        assert!(unfinished(&store.segments(id).unwrap(), &report(&store)).issues.is_empty());

        store.set_segment_excluded(ids[3], false).unwrap();
        assert_eq!(unfinished(&store.segments(id).unwrap(), &report(&store)).untranslated, vec![ids[3]]);
    }
}
