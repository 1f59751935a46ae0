//! XLIFF coming in: a file Dragoman exported, back from another tool (an update of its
//! article, reported before it is applied), or another tool's file (a new article, written
//! back as the same file with the translations put in).
//!
//! An update compares three texts of each unit: what the segment said at the export (kept by
//! `Store::record_xliff_export`, named in the file), what the file says now, and what the
//! segment says now. Changed there only: a change, applied. Changed here only: kept. Changed
//! on both sides to different texts: a conflict, shown with both, applied only when the
//! translator takes the file's. A file whose export is not on record takes every difference
//! as a change. Applying keeps the article as it was as the draft "before XLIFF import" and
//! notes each segment it changes in its history; applying the same file again changes nothing.
use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::formats::export::write_with;
use crate::formats::xliff::{self, codes, Document, Fill};
use crate::formats::xml::{self, Lang};
use crate::model::{Article, Draft, NewArticle, NewSegment, Segment, SegmentKind, SegmentStatus};
use crate::store::{Store, XliffNewSegment, XliffWrite};

/// A unit's translation and status, on one side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Side {
    pub target: String,
    pub status: SegmentStatus,
}

/// A segment the file changes (or would, for a conflict).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct UnitChange {
    pub segment_id: i64,
    /// Its place in the article, from 0.
    pub position: i64,
    pub source: String,
    /// What the segment says here now.
    pub here: Side,
    /// What the file says.
    pub file: Side,
    /// What it said when exported, when that is on record.
    pub base: Option<Side>,
}

/// What an XLIFF file that came back would change in its article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct UpdateReport {
    pub article_id: i64,
    pub title: String,
    pub file_name: String,
    /// Whether the export is on record (otherwise no conflict can be told apart).
    pub base_known: bool,
    /// Changed in the file only: applied.
    pub changes: Vec<UnitChange>,
    /// Changed in the file and here, differently: applied only when taken.
    pub conflicts: Vec<UnitChange>,
    /// Changed here only since the export: kept.
    pub kept_here: usize,
    pub unchanged: usize,
    /// Units of the file whose segment is no longer in the article (merged, split).
    pub missing: Vec<String>,
}

/// What opening another tool's XLIFF would make.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NewReport {
    pub title: String,
    pub file_name: String,
    /// "1.2", "2.0", "2.1".
    pub version: String,
    pub source_lang: String,
    pub target_lang: Option<String>,
    pub segments: usize,
    pub translated: usize,
    /// Segments with inline codes, and how many codes in all.
    pub with_codes: usize,
    pub codes: usize,
    /// Units with no source text, kept in the file but not made segments.
    pub empty: usize,
}

/// What an XLIFF file is and would do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum XliffPlan {
    Update(UpdateReport),
    New(NewReport),
}

/// What was done with a file.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum XliffOutcome {
    /// An update: how many segments changed, and the draft of the text as it was (none when
    /// nothing changed).
    Updated {
        article_id: i64,
        changed: usize,
        draft: Option<Draft>,
    },
    Opened {
        article: Article,
    },
}

/// The text of an XLIFF file: a regular file, bounded, UTF-8 or UTF-16 with a BOM.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = crate::import::read_file(path)?;
    read_bytes(&bytes)
}

/// The text of XLIFF bytes.
pub fn read_bytes(bytes: &[u8]) -> Result<String> {
    if bytes.len() as u64 > xliff::reader::MAX_XLIFF_BYTES {
        return Err(Error::TooLarge { size: bytes.len() as u64, limit: xliff::reader::MAX_XLIFF_BYTES });
    }
    if bytes.contains(&0) && xml::utf16_with_bom(bytes)?.is_none() {
        return Err(Error::NotText);
    }
    Ok(xml::decode(bytes)?.into_owned())
}

fn file_label(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// What the file at `path` is and would do. `into`: the article the translator is updating
/// (the app's "Update from XLIFF"): the file must come from it.
pub fn plan(store: &Store, path: &Path, into: Option<i64>) -> Result<XliffPlan> {
    let text = read_text(path)?;
    plan_text(store, &text, &file_label(path), into)
}

pub fn plan_text(store: &Store, text: &str, file_name: &str, into: Option<i64>) -> Result<XliffPlan> {
    let doc = xliff::read(text)?;
    match (doc.origin, into) {
        (Some(origin), _) => Ok(XliffPlan::Update(update_report(store, &doc, origin, file_name, into)?)),
        (None, Some(_)) => Err(Error::XliffNotExported),
        (None, None) => Ok(XliffPlan::New(new_report(&doc, file_name)?)),
    }
}

fn side(target: &str, status: SegmentStatus) -> Side {
    Side { target: target.to_owned(), status }
}

/// The segment a unit of a Dragoman file stands for (`s<id>`).
fn segment_id(unit: &xliff::Unit) -> Option<i64> {
    unit.id.strip_prefix('s')?.parse().ok()
}

fn update_report(
    store: &Store,
    doc: &Document,
    origin: xliff::Origin,
    file_name: &str,
    into: Option<i64>,
) -> Result<UpdateReport> {
    if let Some(article) = into {
        if article != origin.article_id {
            return Err(Error::XliffOtherArticle { file_article: origin.article_id, article });
        }
    }
    let article = match store.article(origin.article_id) {
        Ok(a) => a,
        Err(Error::ArticleNotFound(_)) => return Err(Error::XliffArticleGone { article: origin.article_id }),
        Err(e) => return Err(e),
    };
    let segments: HashMap<i64, Segment> = store.segments(article.id)?.into_iter().map(|s| (s.id, s)).collect();
    let base = match origin.export_id {
        Some(export) => store.xliff_export_base(article.id, export)?,
        None => None,
    };
    let mut report = UpdateReport {
        article_id: article.id,
        title: article.title.clone(),
        file_name: file_name.to_owned(),
        base_known: base.is_some(),
        changes: Vec::new(),
        conflicts: Vec::new(),
        kept_here: 0,
        unchanged: 0,
        missing: Vec::new(),
    };
    for unit in &doc.units {
        if !unit.translate {
            continue;
        }
        let Some(seg) = segment_id(unit).and_then(|id| segments.get(&id)) else {
            report.missing.push(unit.id.clone());
            continue;
        };
        if seg.status == SegmentStatus::Excluded {
            continue;
        }
        let file = side(unit.target.as_ref().map_or("", |t| t.text.as_str()), xliff::status_of(unit));
        let here = side(&seg.target, seg.status);
        if file == here {
            report.unchanged += 1;
            continue;
        }
        let base = base.as_ref().and_then(|b| b.get(&seg.id)).map(|(t, s)| side(t, *s));
        let change =
            UnitChange { segment_id: seg.id, position: seg.position, source: seg.source.clone(), here, file, base };
        match &change.base {
            Some(b) if *b == change.file => report.kept_here += 1,
            Some(b) if *b != change.here => report.conflicts.push(change),
            _ => report.changes.push(change),
        }
    }
    report.changes.sort_by_key(|c| c.position);
    report.conflicts.sort_by_key(|c| c.position);
    Ok(report)
}

fn new_report(doc: &Document, file_name: &str) -> Result<NewReport> {
    if xml::lang(&doc.source_lang) != Lang::Arabic {
        return Err(Error::XliffSourceLanguage { lang: doc.source_lang.clone() });
    }
    let (segments, _) = new_article(doc, file_name)?;
    let kept: Vec<&xliff::Unit> = doc.units.iter().filter(|u| !u.source.text.trim().is_empty()).collect();
    Ok(NewReport {
        title: segments.title.clone(),
        file_name: file_name.to_owned(),
        version: doc.version.clone(),
        source_lang: doc.source_lang.clone(),
        target_lang: doc.target_lang.clone(),
        segments: kept.len(),
        translated: kept.iter().filter(|u| xliff::status_of(u).has_translation()).count(),
        with_codes: kept.iter().filter(|u| !u.source.codes.is_empty()).count(),
        codes: kept.iter().map(|u| u.source.codes.len()).sum(),
        empty: doc.units.len() - kept.len(),
    })
}

/// The article a foreign file makes: a segment per unit with source text, in file order.
fn new_article(doc: &Document, file_name: &str) -> Result<(NewArticle, Vec<XliffNewSegment>)> {
    let mut segments = Vec::new();
    let mut rows = Vec::new();
    for (i, unit) in doc.units.iter().enumerate() {
        if unit.source.text.trim().is_empty() {
            continue;
        }
        let kind = unit
            .kind
            .as_deref()
            .and_then(|k| k.strip_prefix("x-").or_else(|| k.strip_prefix("dragoman:")))
            .and_then(SegmentKind::parse)
            .unwrap_or(SegmentKind::Paragraph);
        segments.push(NewSegment {
            kind,
            paragraph: unit.paragraph as i64,
            source: unit.source.text.clone(),
            excluded: !unit.translate,
        });
        let mut all = unit.source.codes.clone();
        let target = match &unit.target {
            Some(t) => {
                all.extend(t.codes.iter().cloned());
                t.text.clone()
            }
            None => String::new(),
        };
        rows.push(XliffNewSegment { target, status: xliff::status_of(unit), unit: i, codes: all });
    }
    if segments.is_empty() {
        return Err(Error::EmptyText);
    }
    if segments.len() > crate::MAX_ARTICLE_SEGMENTS {
        return Err(Error::ArticleTooLarge {
            what: "segments",
            count: segments.len(),
            limit: crate::MAX_ARTICLE_SEGMENTS,
        });
    }
    let stem = Path::new(file_name).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let title = if stem.trim().is_empty() { first_words(&segments[0].source) } else { stem };
    let new = NewArticle {
        title,
        source_lang: "ar".into(),
        target_lang: doc.target_lang.clone().unwrap_or_else(|| "en".into()),
        origin: Some(file_name.to_owned()),
        author: None,
        published: None,
        format: Some(format!("xliff-{}", doc.version)),
        encoding: Some("utf-8".into()),
        segments,
    };
    Ok((new, rows))
}

fn first_words(s: &str) -> String {
    let clean: String = s.chars().filter(|&c| codes::code_of(c).is_none()).collect();
    clean.split_whitespace().take(8).collect::<Vec<_>>().join(" ")
}

/// Apply the file at `path`: an update of its article (the changes, and the conflicts whose
/// segment is in `take`), or a new article from another tool's file.
pub fn apply(store: &mut Store, path: &Path, into: Option<i64>, take: &[i64]) -> Result<XliffOutcome> {
    let text = read_text(path)?;
    apply_text(store, &text, &file_label(path), into, take)
}

pub fn apply_text(
    store: &mut Store,
    text: &str,
    file_name: &str,
    into: Option<i64>,
    take: &[i64],
) -> Result<XliffOutcome> {
    let doc = xliff::read(text)?;
    match plan_text(store, text, file_name, into)? {
        XliffPlan::Update(report) => {
            let writes: Vec<XliffWrite> = report
                .changes
                .iter()
                .chain(report.conflicts.iter().filter(|c| take.contains(&c.segment_id)))
                .map(|c| XliffWrite { segment_id: c.segment_id, target: c.file.target.clone(), status: c.file.status })
                .collect();
            if writes.is_empty() {
                return Ok(XliffOutcome::Updated { article_id: report.article_id, changed: 0, draft: None });
            }
            let draft = store.apply_xliff(report.article_id, &writes, file_name)?;
            tracing::info!(article_id = report.article_id, changed = writes.len(), file_name, "XLIFF update applied");
            Ok(XliffOutcome::Updated { article_id: report.article_id, changed: writes.len(), draft: Some(draft) })
        }
        XliffPlan::New(_) => {
            let (new, rows) = new_article(&doc, file_name)?;
            let article = store.create_xliff_article(&new, &rows, file_name, text)?;
            tracing::info!(article_id = article.id, segments = rows.len(), file_name, "XLIFF opened as an article");
            Ok(XliffOutcome::Opened { article })
        }
    }
}

/// Whether the article was opened from another tool's XLIFF (it is then written back as
/// that file, [`write_back`]).
pub fn is_foreign(store: &Store, article_id: i64) -> Result<bool> {
    Ok(store.xliff_file(article_id)?.is_some())
}

/// The file an article was opened from, with its translations put in: the units whose
/// translation or status differ from the file's get the segment's translation and state;
/// every other byte is the file's.
pub fn write_back_text(store: &Store, article_id: i64) -> Result<String> {
    let file = store.xliff_file(article_id)?.ok_or(Error::UnsupportedFormat)?;
    let doc = xliff::read(&file.content)?;
    let segments: HashMap<i64, Segment> = store.segments(article_id)?.into_iter().map(|s| (s.id, s)).collect();
    let units = store.xliff_segments(article_id)?;
    let mut fills = Vec::new();
    for u in &units {
        let (Some(seg), Some(unit)) = (segments.get(&u.segment_id), doc.units.get(u.unit)) else {
            continue;
        };
        if seg.status == SegmentStatus::Excluded {
            continue;
        }
        let file_text = unit.target.as_ref().map_or("", |t| t.text.as_str());
        if seg.target == file_text && seg.status == xliff::status_of(unit) {
            continue;
        }
        fills.push((seg, u));
    }
    let fill_list: Vec<Fill<'_>> = fills
        .iter()
        .map(|(seg, u)| Fill {
            unit: u.unit,
            text: &seg.target,
            codes: &u.codes,
            state: xliff::state_for(doc.dialect, seg.status),
        })
        .collect();
    let target_lang = store.article(article_id)?.target_lang;
    xliff::fill(&file.content, &doc, &fill_list, &target_lang).map_err(|bad| {
        let position = fills.iter().find(|(_, u)| u.unit == bad.0).map_or(0, |(s, _)| s.position + 1);
        Error::XliffCodes { position }
    })
}

/// [`write_back_text`] into `path` (beside it, then renamed).
pub fn write_back(store: &Store, article_id: i64, path: &Path) -> Result<()> {
    let text = write_back_text(store, article_id)?;
    write_with(path, |out| {
        use std::io::Write;
        out.write_all(text.as_bytes()).map_err(|source| Error::Write { path: path.to_owned(), source })
    })?;
    tracing::info!(article_id, path = %path.display(), "XLIFF written back");
    Ok(())
}

/// The inline codes of each segment of an article opened from XLIFF, by segment id (empty
/// for any other article): what the editor shows as chips.
pub fn codes_of(store: &Store, article_id: i64) -> Result<HashMap<i64, Vec<codes::Code>>> {
    Ok(store
        .xliff_segments(article_id)?
        .into_iter()
        .filter(|s| !s.codes.is_empty())
        .map(|s| (s.segment_id, s.codes))
        .collect())
}

/// The units of an XLIFF file (any languages) as segments, for the checks
/// (`dragoman qa FILE.xlf`): each unit with a source, in file order.
pub fn segments_of(text: &str) -> Result<(Document, Vec<Segment>)> {
    let doc = xliff::read(text)?;
    let segments = doc
        .units
        .iter()
        .filter(|u| !u.source.text.trim().is_empty())
        .enumerate()
        .map(|(n, u)| Segment {
            id: n as i64 + 1,
            article_id: 0,
            position: n as i64,
            kind: SegmentKind::Paragraph,
            paragraph: u.paragraph as i64,
            words: crate::text::tokens::count_words(&u.source.text),
            source: u.source.text.clone(),
            target: u.target.as_ref().map(|t| t.text.clone()).unwrap_or_default(),
            status: xliff::status_of(u),
            updated_at: 0,
            version: 1,
            mergeable: false,
            memory_unit: None,
        })
        .collect();
    Ok((doc, segments))
}
