//! Writing an article out: the English, or both languages side by side. The article is read
//! first ([`load`]) and rendered and written afterwards, so a shell need not hold the store
//! while a large document is built and written.
use std::path::Path;

use crate::error::Result;
use crate::formats::export::{self, ExportFormat};
use crate::model::{Article, Segment};
use crate::store::Store;

/// The article and its segments, as an export reads them.
pub fn load(store: &Store, article_id: i64) -> Result<(Article, Vec<Segment>)> {
    Ok((store.article(article_id)?, store.segments(article_id)?))
}

/// The article in `format`, as bytes.
pub fn render(article: &Article, segments: &[Segment], format: ExportFormat) -> Result<Vec<u8>> {
    export::export(article, segments, format)
}

/// The article in `format`, written beside `path` and renamed into place, so a failed
/// export never leaves half a file.
pub fn to_file(article: &Article, segments: &[Segment], format: ExportFormat, path: &Path) -> Result<()> {
    export::write_file(path, &render(article, segments, format)?)?;
    tracing::info!(article_id = article.id, ?format, path = %path.display(), "exported");
    Ok(())
}
