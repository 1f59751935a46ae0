//! The article list and an article's progress.
use crate::error::Result;
use crate::model::ArticleSummary;
use crate::store::Store;
use crate::text::normalize;

/// The articles, most recently changed first, whose title or English headline contains
/// `query` under the shared normalisation (harakat, tatweel, hamza forms, ى/ي, ة/ه, digits and
/// case ignored), or whose text holds its words in either language (through the full-text
/// index, Arabic words behind clitics too); all of them when the query is blank.
pub fn list(store: &Store, query: &str) -> Result<Vec<ArticleSummary>> {
    let mut all = store.list_articles()?;
    let query = query.trim();
    if !query.is_empty() {
        let in_text = super::memory::articles_with_text(store, query)?;
        let found = |text: &str| !normalize::find(text, query).is_empty();
        all.retain(|a| {
            in_text.contains(&a.article.id) || found(&a.article.title) || a.english_title.as_deref().is_some_and(found)
        });
    }
    Ok(all)
}

/// An article with its progress (segments and words translated), as the list counts it.
pub fn progress(store: &Store, id: i64) -> Result<ArticleSummary> {
    store.article_summary(id)
}
