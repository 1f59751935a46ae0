//! The QA checks as the shells use them: their saved settings, an article checked with what
//! the store knows (the issues set aside, the memory's English for each segment), a TMX file
//! checked as it is, "ignore this one", and the line of a command-line report.
use std::collections::HashMap;
use std::io::BufReader;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::formats::tmx::{self, TmxItem};
use crate::model::{Segment, SegmentKind, SegmentStatus};
use crate::names::glossary::Compiled;
use crate::qa::numbers::NumberStyle;
use crate::qa::run::{self, Cache, Context, QaSettings};
use crate::qa::{Check, Issue};
use crate::spell::{Known, Speller};
use crate::store::Store;

/// The settings keys.
pub const OFF_KEY: &str = "qa.off";
pub const NUMBER_STYLE_KEY: &str = "qa.number-style";

/// The saved settings (every check on, numbers as 1,234.5, until chosen otherwise).
pub fn settings(store: &Store) -> Result<QaSettings> {
    let off = store.setting(OFF_KEY)?.map(|v| v.split(',').filter_map(Check::parse).collect()).unwrap_or_default();
    let number_style = store.setting(NUMBER_STYLE_KEY)?.as_deref().and_then(NumberStyle::parse).unwrap_or_default();
    Ok(QaSettings { off, number_style })
}

pub fn set_settings(store: &mut Store, s: &QaSettings) -> Result<()> {
    let off: Vec<&str> = Check::ALL.into_iter().filter(|c| !s.is_on(*c)).map(Check::as_str).collect();
    store.set_settings(&[(OFF_KEY, &off.join(",")), (NUMBER_STYLE_KEY, s.number_style.as_str())])
}

/// What the checks read besides the store.
pub struct Inputs<'a> {
    pub glossary: &'a Compiled,
    /// The spell check's dictionary, if one is installed.
    pub speller: Option<&'a Speller>,
    /// The glossary's English words and the personal dictionary.
    pub known: Vec<&'a Known>,
}

/// The checks of an article.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct QaReport {
    /// In article order; those set aside are included, marked `ignored`.
    pub issues: Vec<Issue>,
    /// The spelling check is on but no dictionary is installed: it did not run.
    pub no_dictionary: bool,
}

impl QaReport {
    /// The issues not set aside.
    pub fn open(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| !i.ignored)
    }
}

/// The most units of the memory compared with one segment.
const MEMORY_UNITS: usize = 3;

/// For each translated segment, the English the memory has for the same Arabic from other
/// articles and files (newest first).
fn memory_english(store: &Store, article_id: i64, segments: &[Segment]) -> Result<HashMap<i64, Vec<String>>> {
    let mut out = HashMap::new();
    for s in segments.iter().filter(|s| s.status != SegmentStatus::Excluded && !s.target.trim().is_empty()) {
        let theirs: Vec<String> = store
            .units_with_source(&s.source, MEMORY_UNITS + 1)?
            .into_iter()
            .filter(|u| u.article_id != Some(article_id))
            .take(MEMORY_UNITS)
            .map(|u| u.target)
            .collect();
        if !theirs.is_empty() {
            out.insert(s.id, theirs);
        }
    }
    Ok(out)
}

/// Every check that is on, over the stored article `article_id`. `cache`: see
/// [`run::check_article`]; its stamp is the caller's, from the glossary's and dictionary's
/// revisions ([`run::stamp`] adds the settings).
pub fn check_article(
    store: &Store,
    article_id: i64,
    inputs: &Inputs,
    cache: Option<(&mut Cache, &[u64])>,
) -> Result<QaReport> {
    store.article(article_id)?;
    let segments = store.segments(article_id)?;
    let settings = settings(store)?;
    let memory =
        if settings.is_on(Check::Consistency) { memory_english(store, article_id, &segments)? } else { HashMap::new() };
    let no_dictionary = settings.is_on(Check::Spelling) && inputs.speller.is_none();
    let stamp = cache.as_ref().map(|(_, revs)| run::stamp(&settings, revs));
    let ctx = Context {
        glossary: inputs.glossary,
        speller: inputs.speller,
        known: inputs.known.clone(),
        memory,
        settings,
        ignored: store.ignored_issues(article_id)?,
    };
    let issues = run::check_article(&segments, &ctx, cache.zip(stamp).map(|((c, _), s)| (c, s)));
    Ok(QaReport { issues, no_dictionary })
}

/// The largest TMX file checked.
pub const MAX_QA_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Every check that is on (but the memory's) over the units of a TMX file, each a segment of
/// its own, in file order; with the segments made of them.
pub fn check_tmx(store: &Store, path: &Path, inputs: &Inputs) -> Result<(Vec<Segment>, QaReport)> {
    let io = |source| Error::Io { path: path.to_owned(), source };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(io(std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a regular file")));
    }
    if meta.len() > MAX_QA_FILE_BYTES {
        return Err(Error::TmxTooLarge { size: meta.len(), limit: MAX_QA_FILE_BYTES });
    }
    let file = std::fs::File::open(path).map_err(io)?;
    let mut segments = Vec::new();
    tmx::read(BufReader::with_capacity(64 * 1024, file), |item| {
        if let TmxItem::Unit(u) = item {
            let n = segments.len() as i64;
            segments.push(Segment {
                id: n + 1,
                article_id: 0,
                position: n,
                kind: SegmentKind::Sentence,
                paragraph: n,
                words: crate::text::tokens::count_words(&u.source),
                source: u.source,
                target: u.target,
                status: SegmentStatus::Translated,
                updated_at: 0,
                version: 1,
                mergeable: false,
                memory_unit: None,
            });
        }
        Ok(())
    })?;
    let report = check_file_segments(store, &segments, inputs)?;
    Ok((segments, report))
}

/// Every check that is on (but the memory's) over the units of an XLIFF file, each a
/// segment of its own, in file order; with the segments made of them. The inline codes are
/// checked whatever the file's languages.
pub fn check_xliff(store: &Store, path: &Path, inputs: &Inputs) -> Result<(Vec<Segment>, QaReport)> {
    let text = super::xliff::read_text(path)?;
    let (_, segments) = super::xliff::segments_of(&text)?;
    let report = check_file_segments(store, &segments, inputs)?;
    Ok((segments, report))
}

/// The checks that are on (but the memory's) over segments made of a file's units.
fn check_file_segments(store: &Store, segments: &[Segment], inputs: &Inputs) -> Result<QaReport> {
    let settings = settings(store)?;
    let no_dictionary = settings.is_on(Check::Spelling) && inputs.speller.is_none();
    let mut ctx = Context::new(inputs.glossary);
    ctx.speller = inputs.speller;
    ctx.known = inputs.known.clone();
    ctx.settings = settings;
    let issues = run::check_article(segments, &ctx, None);
    Ok(QaReport { issues, no_dictionary })
}

/// Set an issue of a segment aside, or take it back.
pub fn set_ignored(store: &Store, segment_id: i64, key: &str, ignored: bool) -> Result<()> {
    store.segment(segment_id)?;
    store.set_issue_ignored(segment_id, key, ignored)?;
    Ok(())
}

/// One issue as the command line reports it (`--json`): the segment's number from 1, the
/// kind, what was found and expected, the segment's texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportLine {
    pub segment: i64,
    pub kind: &'static str,
    pub found: String,
    pub expected: String,
    pub source: String,
    pub target: String,
}

/// The open issues of a report as lines (the segments looked up by id).
pub fn report_lines(report: &QaReport, segments: &[Segment]) -> Vec<ReportLine> {
    let by_id: HashMap<i64, &Segment> = segments.iter().map(|s| (s.id, s)).collect();
    report
        .open()
        .map(|i| {
            let s = by_id.get(&i.segment_id);
            ReportLine {
                segment: i.position + 1,
                kind: i.kind(),
                found: i.found().to_owned(),
                expected: i.expected().to_owned(),
                source: s.map(|s| s.source.clone()).unwrap_or_default(),
                target: s.map(|s| s.target.clone()).unwrap_or_default(),
            }
        })
        .collect()
}
