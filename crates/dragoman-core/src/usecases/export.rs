//! Writing an article out: the English, or both languages side by side.
use std::path::Path;

use crate::error::Result;
use crate::formats::export::{self, ExportFormat};
use crate::store::Store;

/// The article in `format`, as bytes.
pub fn render(store: &Store, article_id: i64, format: ExportFormat) -> Result<Vec<u8>> {
    export::export(&store.article(article_id)?, &store.segments(article_id)?, format)
}

/// The article in `format`, written beside `path` and renamed into place, so a failed
/// export never leaves half a file.
pub fn to_file(store: &Store, article_id: i64, format: ExportFormat, path: &Path) -> Result<()> {
    let bytes = render(store, article_id, format)?;
    export::write_file(path, &bytes)?;
    tracing::info!(article_id, ?format, path = %path.display(), "exported");
    Ok(())
}
