//! Bringing an article in: a preview of what a file or a paste would make, then the same
//! reading stored in one transaction.
use std::path::Path;

use serde::Deserialize;

use crate::error::Result;
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
    }
}

/// What an import would make, before anything is stored. A file is read with the size
/// limit and told apart by its content (its name only breaks ties).
pub fn preview(source: &ImportSource, opts: &ImportOptions) -> Result<Preview> {
    match source {
        ImportSource::File { path } => preview_file(Path::new(path), opts),
        ImportSource::Paste { text, html } => import::preview_paste(text, html.as_deref()),
    }
}

/// A file's preview.
pub fn preview_file(path: &Path, opts: &ImportOptions) -> Result<Preview> {
    let bytes = import::read_file(path)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    import::preview_bytes(&bytes, name.as_deref(), opts)
}

/// Import for real: the preview's reading, titled `title` (blank: the headline), stored with
/// its segments in one transaction.
pub fn commit(store: &mut Store, preview: Preview, title: Option<&str>) -> Result<Article> {
    let format = preview.format;
    let new = preview.into_article(title);
    let article = store.create_article(&new)?;
    tracing::info!(id = article.id, format = format.as_str(), segments = new.segments.len(), "article imported");
    Ok(article)
}
