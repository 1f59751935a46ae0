//! The commands the UI may call, named by domain. Every command that touches the database
//! is `async` so that it runs off the main thread and never freezes the window.
use dragoman_core::import::{self, ImportOptions, Preview};
use dragoman_core::diff::Comparison;
use dragoman_core::export::{self, ExportFormat};
use dragoman_core::store::FindHit;
use dragoman_core::{sample, Article, ArticleSummary, Draft, Segment, SegmentStatus, SegmentVersion, WorkflowStatus};
use dragoman_l10n::Lang;
use serde::{Deserialize, Serialize};
use tauri::State;

use crate::error::IpcError;
use crate::state::{AppState, GlossaryChange};
use dragoman_core::glossary::{self, GlossaryEntry, GlossaryFormat, ImportReport, NameType, StoredEntry};
use dragoman_core::namecheck::{self, Annotated, NameIssue};

/// The settings key of the interface language.
const LANGUAGE_KEY: &str = "ui.language";

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Startup {
    /// "en" or "ar": the saved choice, else the system's language.
    pub language: String,
    /// Where the database is (or was meant to be).
    pub db_path: String,
    /// Why the database could not be opened, if it could not.
    pub db_error: Option<IpcError>,
    /// The encodings the import preview offers.
    pub encodings: &'static [&'static str],
}

#[tauri::command(async)]
pub fn app_startup(state: State<'_, AppState>) -> Startup {
    let saved = state
        .with_store(|s| s.setting(LANGUAGE_KEY))
        .ok()
        .flatten()
        .filter(|l| l == "en" || l == "ar");
    Startup {
        language: saved.unwrap_or_else(|| Lang::system().code().to_owned()),
        db_path: state.db_path.display().to_string(),
        db_error: state.open_error().cloned(),
        encodings: import::decode::OFFERED,
    }
}

#[tauri::command(async)]
pub fn settings_set_language(state: State<'_, AppState>, language: String) -> Result<(), IpcError> {
    if language != "en" && language != "ar" {
        return Err(dragoman_core::Error::Invalid(format!("unknown language {language}")).into());
    }
    state.with_store(|s| s.set_setting(LANGUAGE_KEY, &language))
}

#[tauri::command(async)]
pub fn articles_list(state: State<'_, AppState>) -> Result<Vec<ArticleSummary>, IpcError> {
    state.with_store(|s| s.list_articles())
}

#[tauri::command(async)]
pub fn articles_get(state: State<'_, AppState>, id: i64) -> Result<Article, IpcError> {
    state.with_store(|s| s.article(id))
}

#[tauri::command(async)]
pub fn articles_create_sample(state: State<'_, AppState>) -> Result<Article, IpcError> {
    state.with_store(|s| s.create_article(&sample::sample_article()))
}

#[tauri::command(async)]
pub fn articles_delete(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.with_store(|s| s.delete_article(id))?;
    tracing::info!(id, "article deleted");
    Ok(())
}

#[tauri::command(async)]
pub fn segments_list(state: State<'_, AppState>, article_id: i64) -> Result<Vec<Segment>, IpcError> {
    state.with_store(|s| s.segments(article_id))
}

/// Save a translation. `expected_version` is the version the editor loaded: a segment
/// changed elsewhere since is refused with `conflict` instead of overwritten.
#[tauri::command(async)]
pub fn segments_update(
    state: State<'_, AppState>,
    id: i64,
    target: String,
    expected_version: Option<i64>,
) -> Result<Segment, IpcError> {
    state.with_store(|s| s.save_target(id, &target, expected_version))
}

#[tauri::command(async)]
pub fn segments_set_excluded(state: State<'_, AppState>, id: i64, excluded: bool) -> Result<Segment, IpcError> {
    state.with_store(|s| s.set_segment_excluded(id, excluded))
}

#[tauri::command(async)]
pub fn segments_split(state: State<'_, AppState>, id: i64, at: usize) -> Result<Vec<Segment>, IpcError> {
    state.with_store(|s| s.split_segment(id, at))
}

#[tauri::command(async)]
pub fn segments_merge(state: State<'_, AppState>, id: i64) -> Result<Vec<Segment>, IpcError> {
    state.with_store(|s| s.merge_with_next(id))
}

/// Where an import comes from: a file the user chose or dropped, or pasted text (with the
/// clipboard's HTML when a web page was copied).
#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum ImportSource {
    File { path: String },
    Paste { text: String, html: Option<String> },
}

fn preview_source(source: &ImportSource, encoding: Option<String>, repair_mojibake: bool) -> Result<Preview, IpcError> {
    let opts = ImportOptions { encoding: encoding.filter(|e| !e.is_empty()), repair_mojibake };
    let preview = match source {
        ImportSource::File { path } => {
            let path = std::path::Path::new(path);
            let bytes = import::read_file(path)?;
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            import::preview_bytes(&bytes, name.as_deref(), &opts)?
        }
        ImportSource::Paste { text, html } => import::preview_paste(text, html.as_deref())?,
    };
    Ok(preview)
}

/// What an import would make, before anything is stored.
#[tauri::command(async)]
pub fn import_preview(
    source: ImportSource,
    encoding: Option<String>,
    repair_mojibake: Option<bool>,
) -> Result<Preview, IpcError> {
    preview_source(&source, encoding, repair_mojibake.unwrap_or(true))
}

/// Import for real: the same reading as the preview, stored in one transaction.
#[tauri::command(async)]
pub fn import_commit(
    state: State<'_, AppState>,
    source: ImportSource,
    encoding: Option<String>,
    repair_mojibake: Option<bool>,
    title: Option<String>,
) -> Result<Article, IpcError> {
    let preview = preview_source(&source, encoding, repair_mojibake.unwrap_or(true))?;
    let format = preview.format;
    let new = preview.into_article(title.as_deref());
    let article = state.with_store(|s| s.create_article(&new))?;
    tracing::info!(id = article.id, format = format.as_str(), segments = new.segments.len(), "article imported");
    Ok(article)
}

#[tauri::command(async)]
pub fn segments_set_status(state: State<'_, AppState>, id: i64, status: SegmentStatus) -> Result<Segment, IpcError> {
    state.with_store(|s| s.set_segment_status(id, status))
}

#[tauri::command(async)]
pub fn segments_history(state: State<'_, AppState>, id: i64) -> Result<Vec<SegmentVersion>, IpcError> {
    state.with_store(|s| s.segment_history(id))
}

#[tauri::command(async)]
pub fn segments_restore_version(state: State<'_, AppState>, version_id: i64) -> Result<Segment, IpcError> {
    state.with_store(|s| s.restore_segment_version(version_id))
}

#[tauri::command(async)]
pub fn segments_find(
    state: State<'_, AppState>,
    article_id: i64,
    query: String,
    in_target: bool,
) -> Result<Vec<FindHit>, IpcError> {
    state.with_store(|s| s.find(article_id, &query, in_target))
}

#[tauri::command(async)]
pub fn segments_replace(
    state: State<'_, AppState>,
    article_id: i64,
    query: String,
    replacement: String,
) -> Result<usize, IpcError> {
    state.with_store(|s| s.replace(article_id, &query, &replacement, None))
}

#[tauri::command(async)]
pub fn articles_set_status(state: State<'_, AppState>, id: i64, status: WorkflowStatus) -> Result<Article, IpcError> {
    state.with_store(|s| s.set_article_status(id, status))
}

#[tauri::command(async)]
pub fn drafts_list(state: State<'_, AppState>, article_id: i64) -> Result<Vec<Draft>, IpcError> {
    state.with_store(|s| s.list_drafts(article_id))
}

#[tauri::command(async)]
pub fn drafts_create(state: State<'_, AppState>, article_id: i64, name: String) -> Result<Draft, IpcError> {
    state.with_store(|s| s.create_draft(article_id, &name))
}

/// Compare `from` → `to`; a missing side is the current text.
#[tauri::command(async)]
pub fn drafts_compare(
    state: State<'_, AppState>,
    article_id: i64,
    from: Option<i64>,
    to: Option<i64>,
) -> Result<Comparison, IpcError> {
    state.with_store(|s| s.compare(article_id, from, to))
}

/// Restore a draft; returns the draft that keeps the text as it was before.
#[tauri::command(async)]
pub fn drafts_restore(state: State<'_, AppState>, draft_id: i64) -> Result<Draft, IpcError> {
    state.with_store(|s| s.restore_draft(draft_id))
}

/// Export an article to `path` (chosen in the save dialog). The file is written beside
/// its destination and renamed into place, so a failed export never leaves half a file.
#[tauri::command(async)]
pub fn export_write(
    state: State<'_, AppState>,
    article_id: i64,
    format: ExportFormat,
    path: String,
) -> Result<String, IpcError> {
    let bytes = state.with_store(|s| {
        let article = s.article(article_id)?;
        let segments = s.segments(article_id)?;
        export::export(&article, &segments, format)
    })?;
    let path = std::path::PathBuf::from(path);
    export::write_file(&path, &bytes)?;
    tracing::info!(article_id, ?format, path = %path.display(), "exported");
    Ok(path.display().to_string())
}

// ---- glossary -------------------------------------------------------------------------

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GlossaryPage {
    pub entries: Vec<StoredEntry>,
    /// How many entries match, of which `entries` are the first.
    pub total: i64,
    /// How many entries the glossary has.
    pub count: i64,
}

/// Entries matching `query` (Arabic: harakat and hamza forms ignored; English: case ignored),
/// of `kind` if given.
#[tauri::command(async)]
pub fn glossary_search(
    state: State<'_, AppState>,
    query: String,
    kind: Option<NameType>,
    limit: Option<usize>,
) -> Result<GlossaryPage, IpcError> {
    state.with_store(|s| {
        let (entries, total) = s.search_glossary(&query, kind, limit.unwrap_or(500).min(5000))?;
        Ok(GlossaryPage { entries, total, count: s.glossary_count()? })
    })
}

#[tauri::command(async)]
pub fn glossary_add(state: State<'_, AppState>, entry: GlossaryEntry) -> Result<StoredEntry, IpcError> {
    let e = state.edit_glossary(|s| {
        let e = s.add_entry(&entry)?;
        Ok((e.clone(), GlossaryChange::Upsert(vec![e])))
    })?;
    tracing::info!(id = e.id, "glossary entry added");
    Ok(e)
}

#[tauri::command(async)]
pub fn glossary_update(state: State<'_, AppState>, id: i64, entry: GlossaryEntry) -> Result<StoredEntry, IpcError> {
    state.edit_glossary(|s| {
        let e = s.update_entry(id, &entry)?;
        Ok((e.clone(), GlossaryChange::Upsert(vec![e])))
    })
}

#[tauri::command(async)]
pub fn glossary_delete(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.edit_glossary(|s| {
        s.delete_entry(id)?;
        Ok(((), GlossaryChange::Remove(id)))
    })
}

/// Import a CSV or TBX file (chosen in the open dialog) into the glossary, in one
/// transaction. A file that cannot be used at all changes nothing.
#[tauri::command(async)]
pub fn glossary_import(state: State<'_, AppState>, path: String) -> Result<ImportReport, IpcError> {
    let bytes = import::read_file(std::path::Path::new(&path))?;
    let (entries, skipped) = glossary::read_file(&bytes)?;
    let report = state.edit_glossary(|s| {
        let (report, changed) = s.import_glossary(&entries, skipped)?;
        Ok((report, GlossaryChange::Upsert(changed)))
    })?;
    tracing::info!(path, added = report.added, updated = report.updated, skipped = report.skipped.len(), "glossary imported");
    Ok(report)
}

/// Write the whole glossary to `path` as CSV or TBX.
#[tauri::command(async)]
pub fn glossary_export(state: State<'_, AppState>, path: String, format: GlossaryFormat) -> Result<usize, IpcError> {
    let entries = state.with_store(|s| s.glossary_entries())?;
    let plain: Vec<GlossaryEntry> = entries.into_iter().map(|e| e.entry).collect();
    export::write_file(std::path::Path::new(&path), &glossary::write(&plain, format))?;
    tracing::info!(path, entries = plain.len(), ?format, "glossary exported");
    Ok(plain.len())
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArticleNames {
    /// The entries found, and the names in each segment's source (segments without names
    /// are left out).
    #[serde(flatten)]
    pub names: Annotated,
    /// The checks on the English.
    pub issues: Vec<NameIssue>,
}

/// The glossary names of an article and the checks on its English.
#[tauri::command(async)]
pub fn names_article(state: State<'_, AppState>, article_id: i64) -> Result<ArticleNames, IpcError> {
    let segments = state.with_store(|s| s.segments(article_id))?;
    state.with_compiled(|compiled| ArticleNames {
        names: namecheck::annotate(&segments, compiled),
        issues: namecheck::check(&segments, compiled),
    })
}

/// Just the checks (after an edit).
#[tauri::command(async)]
pub fn names_check(state: State<'_, AppState>, article_id: i64) -> Result<Vec<NameIssue>, IpcError> {
    let segments = state.with_store(|s| s.segments(article_id))?;
    state.with_compiled(|compiled| namecheck::check(&segments, compiled))
}

/// A likely name the glossary does not have, with the segment it was found in.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NameCandidate {
    #[serde(flatten)]
    pub candidate: dragoman_core::suggest::Candidate,
    pub segment_id: i64,
}

/// Names in the article's source that the glossary does not match, each with an English
/// spelling from the translation (verified) or a romanisation (unverified).
#[tauri::command(async)]
pub fn names_suggest(state: State<'_, AppState>, article_id: i64) -> Result<Vec<NameCandidate>, IpcError> {
    let segments: Vec<Segment> =
        state.with_store(|s| s.segments(article_id))?.into_iter().filter(|x| x.status != SegmentStatus::Excluded).collect();
    let pairs: Vec<(&str, &str)> = segments.iter().map(|x| (x.source.as_str(), x.target.as_str())).collect();
    state.with_compiled(|compiled| {
        dragoman_core::suggest::candidates(&pairs, compiled.index())
            .into_iter()
            .map(|c| NameCandidate { segment_id: segments[c.segment].id, candidate: c })
            .collect()
    })
}

/// The most words of a selection spelt as a name.
const MAX_NAME_WORDS: usize = 6;

/// An English spelling for Arabic words selected in the article, from its translation.
#[tauri::command(async)]
pub fn names_spell(state: State<'_, AppState>, article_id: i64, arabic: String) -> Result<dragoman_core::suggest::Suggestion, IpcError> {
    let context: Vec<String> = state
        .with_store(|s| s.segments(article_id))?
        .into_iter()
        .map(|x| x.target)
        .filter(|t| !t.trim().is_empty())
        .collect();
    // A name is a few words: a longer selection is cut, so that a paragraph selected by
    // mistake costs nothing.
    let words: Vec<&str> = arabic.split_whitespace().take(MAX_NAME_WORDS).collect();
    Ok(dragoman_core::suggest::spell(&words.join(" "), &context.join("\n")))
}
