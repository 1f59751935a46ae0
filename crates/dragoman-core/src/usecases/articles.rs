//! The article list and an article's progress.
use crate::error::Result;
use crate::model::ArticleSummary;
use crate::store::Store;
use crate::text::normalize;

/// The articles, most recently changed first, whose title contains `query` under the shared
/// normalisation (harakat, tatweel, hamza forms, ى/ي, ة/ه, digits and case ignored); all of
/// them when the query is blank.
pub fn list(store: &Store, query: &str) -> Result<Vec<ArticleSummary>> {
    let mut all = store.list_articles()?;
    let query = query.trim();
    if !query.is_empty() {
        all.retain(|a| !normalize::find(&a.article.title, query).is_empty());
    }
    Ok(all)
}

/// An article with its progress (segments and words translated), as the list counts it.
pub fn progress(store: &Store, id: i64) -> Result<ArticleSummary> {
    store.article_summary(id)
}
