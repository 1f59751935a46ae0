//! Bringing an article in: a preview of what a file or a paste would make, then the same
//! reading stored in one transaction.
use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::import::{self, ImportOptions, Preview};
use crate::model::Article;
use crate::store::Store;

/// Where an import comes from: a file the user chose or dropped, or pasted text (with the
/// clipboard's HTML when a web page was copied).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum ImportSource {
    File { path: String },
    Paste { text: String, html: Option<String> },
}

/// How to read it: an encoding to use instead of the detected one (blank: detect), and
/// whether to repair recognised mojibake (the default).
pub fn options(encoding: Option<String>, repair_mojibake: Option<bool>) -> ImportOptions {
    ImportOptions {
        encoding: encoding.filter(|e| !e.trim().is_empty()),
        repair_mojibake: repair_mojibake.unwrap_or(true),
        work: Default::default(),
    }
}

/// What an import would make, before anything is stored. A file is read with the size
/// limit and told apart by its content (its name only breaks ties).
pub fn preview(source: &ImportSource, opts: &ImportOptions) -> Result<Preview> {
    match source {
        ImportSource::File { path } => preview_file(Path::new(path), opts),
        ImportSource::Paste { text, html } => import::preview_paste_with(text, html.as_deref(), &opts.work),
    }
}

/// A file's preview.
pub fn preview_file(path: &Path, opts: &ImportOptions) -> Result<Preview> {
    let bytes = import::read_file(path)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    import::preview_bytes(&bytes, name.as_deref(), opts)
}

/// The preview, with the article already stored that has the same text, if there is one
/// (the same article imported before: the translator may rather open it).
pub fn with_existing(store: &Store, mut preview: Preview) -> Result<Preview> {
    preview.existing = store.article_with_source(preview.segments.iter().map(|s| s.source.as_str()))?;
    Ok(preview)
}

/// The positions of the segments proposed as site furniture ("not for translation").
pub fn furniture(preview: &Preview) -> Vec<usize> {
    preview.segments.iter().enumerate().filter(|(_, s)| s.furniture).map(|(i, _)| i).collect()
}

/// Import for real: the preview's reading, titled `title` (blank: the headline), stored with
/// its segments in one transaction; the segments at the positions `excluded` (the furniture
/// the translator accepted in the preview) come in "not for translation". When the
/// translator asked for it, the segments with a 100% match in the memory are filled from it.
pub fn commit(store: &mut Store, preview: Preview, title: Option<&str>, excluded: &[usize]) -> Result<Article> {
    let format = preview.format;
    let mut new = preview.into_article(title);
    for &i in excluded {
        let count = new.segments.len();
        let segment = new.segments.get_mut(i);
        segment.ok_or_else(|| Error::Invalid(format!("no segment {i} to exclude (of {count})")))?.excluded = true;
    }
    let article = store.create_article(&new)?;
    tracing::info!(id = article.id, format = format.as_str(), segments = new.segments.len(), "article imported");
    // The article is stored: filling is a help on top, and failing to fill does not make the
    // import fail (a retry would store the article twice).
    let fill = super::memory::settings(store).and_then(|s| {
        if s.fill_on_import {
            super::memory::fill(store, article.id, None).map(Some)
        } else {
            Ok(None)
        }
    });
    match fill {
        Ok(Some(filled)) => tracing::info!(id = article.id, filled, "segments filled from the memory"),
        Ok(None) => {}
        Err(e) => tracing::warn!(id = article.id, error = %e, "filling from the memory failed"),
    }
    Ok(article)
}
