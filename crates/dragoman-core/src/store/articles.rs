//! Table `articles`: the list with progress, creating (with the segments, in one
//! transaction), deleting, and the workflow status.
use std::sync::LazyLock;

use rusqlite::{params, OptionalExtension, Row, Transaction};

use super::article_rows::{article_from_row, article_in, ARTICLE_COLUMNS};
use super::segment_writes::{insert_segment, NewRow};
use super::{drafts, now_ms, status_list, Store};
use crate::error::{Error, Result};
use crate::model::{Article, ArticleSummary, NewArticle, SegmentStatus, WorkflowStatus};
use crate::status;
use crate::text::normalize::fingerprint;

/// The list of articles with their progress; what counts as translated, confirmed and
/// reviewed is [`crate::status`]'s.
static LIST_ARTICLES: LazyLock<String> = LazyLock::new(|| summaries(""));

/// One article with its progress (the editor's counts).
static ONE_ARTICLE: LazyLock<String> = LazyLock::new(|| summaries("WHERE a.id = ?1"));

/// Articles with their progress, `filter` (a `WHERE` clause, or nothing) applied.
fn summaries(filter: &str) -> String {
    let counts = status_list(SegmentStatus::counts);
    let translated = status_list(SegmentStatus::has_translation);
    let confirmed = status_list(SegmentStatus::is_confirmed);
    let reviewed = status_list(SegmentStatus::is_reviewed);
    format!(
        "SELECT a.id, a.title, a.source_lang, a.target_lang, a.origin, a.author,
                a.created_at, a.updated_at, a.status, a.published, a.import_format,
                a.import_encoding,
                COUNT(s.id) FILTER (WHERE s.status IN {counts}),
                COUNT(s.id) FILTER (WHERE s.status IN {translated}),
                COALESCE(SUM(s.words) FILTER (WHERE s.status IN {counts}), 0),
                COALESCE(SUM(s.words) FILTER (WHERE s.status IN {translated}), 0),
                COUNT(s.id) FILTER (WHERE s.status IN {confirmed}),
                COUNT(s.id) FILTER (WHERE s.status IN {reviewed}),
                (SELECT NULLIF(TRIM(h.target), '') FROM segments h
                  WHERE h.article_id = a.id AND h.kind = 'headline' AND h.status IN {counts}
                  ORDER BY h.position LIMIT 1)
         FROM articles a LEFT JOIN segments s ON s.article_id = a.id
         {filter}
         GROUP BY a.id
         ORDER BY a.updated_at DESC, a.id DESC"
    )
}

fn summary_from_row(row: &Row<'_>) -> rusqlite::Result<ArticleSummary> {
    Ok(ArticleSummary {
        article: article_from_row(row)?,
        segment_count: row.get(12)?,
        translated_count: row.get(13)?,
        word_count: row.get(14)?,
        translated_words: row.get(15)?,
        confirmed_count: row.get(16)?,
        reviewed_count: row.get(17)?,
        english_title: row.get(18)?,
    })
}

impl Store {
    /// All articles, most recently changed first, with their progress.
    pub fn list_articles(&self) -> Result<Vec<ArticleSummary>> {
        let listed = || -> Result<Vec<ArticleSummary>> {
            let mut stmt = self.conn.prepare_cached(&LIST_ARTICLES)?;
            let rows = stmt.query_map([], summary_from_row)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        match listed() {
            // A damaged database: the articles whose rows can still be read, one by one, so
            // that they can be opened and exported.
            Err(Error::DbDamaged { detail }) => {
                tracing::warn!(%detail, "listing a damaged database article by article");
                let mut stmt = self.conn.prepare("SELECT id FROM articles ORDER BY updated_at DESC, id DESC")?;
                let ids = stmt.query_map([], |r| r.get::<_, i64>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
                Ok(ids.into_iter().filter_map(|id| self.article_summary(id).ok()).collect())
            }
            other => other,
        }
    }

    /// One article with its progress, counted as the list counts it.
    pub fn article_summary(&self, id: i64) -> Result<ArticleSummary> {
        self.conn
            .prepare_cached(&ONE_ARTICLE)?
            .query_row([id], summary_from_row)
            .optional()?
            .ok_or(Error::ArticleNotFound(id))
    }

    pub fn article(&self, id: i64) -> Result<Article> {
        article_in(&self.conn, id)
    }

    /// Store a new article and its segments in one transaction.
    pub fn create_article(&mut self, new: &NewArticle) -> Result<Article> {
        let tx = self.write()?;
        let id = insert_article(&tx, new, now_ms())?;
        let article = article_in(&tx, id)?;
        tx.commit()?;
        Ok(article)
    }

    /// The article, most recently changed first, whose source reads as `sources` do (the same
    /// text under the shared normalisation, however it breaks into segments): the same
    /// article imported before. One indexed lookup.
    pub fn article_with_source<'a>(&self, sources: impl IntoIterator<Item = &'a str>) -> Result<Option<Article>> {
        let key = fingerprint(sources);
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT {ARTICLE_COLUMNS} FROM articles WHERE source_key = ?1
                 ORDER BY updated_at DESC, id DESC LIMIT 1"
            ))?
            .query_row([key], article_from_row)
            .optional()?)
    }

    /// Delete an article with its segments (and their history and drafts, by cascade). Its
    /// memory units stay, still saying which article they came from.
    pub fn delete_article(&mut self, id: i64) -> Result<()> {
        self.delete_article_keeping_units(id, true)
    }

    /// Delete an article and, with it, the memory units its segments made: one transaction.
    pub fn delete_article_and_units(&mut self, id: i64) -> Result<()> {
        self.delete_article_keeping_units(id, false)
    }

    fn delete_article_keeping_units(&mut self, id: i64, keep_units: bool) -> Result<()> {
        let tx = self.write()?;
        if !keep_units {
            super::memory::delete_units_of(&tx, id)?;
        }
        let n = tx.execute("DELETE FROM articles WHERE id = ?1", [id])?;
        if n == 0 {
            return Err(Error::ArticleNotFound(id));
        }
        tx.commit()?;
        Ok(())
    }

    /// Move an article through the workflow. A draft is made automatically, named after
    /// the new status, so every stage can be compared and restored.
    pub fn set_article_status(&mut self, id: i64, status: WorkflowStatus) -> Result<Article> {
        let now = now_ms();
        let tx = self.write()?;
        let article = article_in(&tx, id)?;
        if !status::workflow_changes(article.status, status) {
            return Ok(article);
        }
        tx.execute(
            "UPDATE articles SET status = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, status.as_str(), now],
        )?;
        drafts::insert_draft(&tx, id, "", Some(("status-change", status.as_str())), now)?;
        let article = article_in(&tx, id)?;
        tx.commit()?;
        Ok(article)
    }
}

/// Give each article stored before schema v6 the key of its source (the migration's step).
/// Insert a new article and its segments (in `tx`); its id.
pub(super) fn insert_article(tx: &Transaction<'_>, new: &NewArticle, now: i64) -> Result<i64> {
    if new.segments.is_empty() {
        return Err(Error::EmptyText);
    }
    if new.title.trim().is_empty() {
        return Err(Error::Invalid("empty title".into()));
    }
    if let Some(i) = new.segments.iter().position(|s| s.source.trim().is_empty()) {
        return Err(Error::Invalid(format!("segment {i} has no text")));
    }
    let key = fingerprint(new.segments.iter().map(|s| s.source.as_str()));
    tx.execute(
        "INSERT INTO articles (title, source_lang, target_lang, origin, author,
                               created_at, updated_at, status, published, import_format,
                               import_encoding, source_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            new.title,
            new.source_lang,
            new.target_lang,
            new.origin,
            new.author,
            now,
            status::NEW_ARTICLE.as_str(),
            new.published,
            new.format,
            new.encoding,
            key
        ],
    )?;
    let id = tx.last_insert_rowid();
    for (position, seg) in new.segments.iter().enumerate() {
        let row = NewRow { article_id: id, position: position as i64, kind: seg.kind, paragraph: seg.paragraph };
        // Furniture accepted in the preview comes in "not for translation".
        let status = status::on_exclude(status::NEW_SEGMENT, seg.excluded, "");
        insert_segment(tx, &row, &seg.source, status, now)?;
    }
    Ok(id)
}

pub(super) fn fill_source_keys(tx: &Transaction<'_>) -> Result<()> {
    let ids: Vec<i64> = tx
        .prepare("SELECT id FROM articles WHERE source_key IS NULL")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut sources = tx.prepare("SELECT source FROM segments WHERE article_id = ?1 ORDER BY position")?;
    let mut update = tx.prepare("UPDATE articles SET source_key = ?2 WHERE id = ?1")?;
    for id in ids {
        let texts: Vec<String> = sources.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        update.execute(params![id, fingerprint(texts.iter().map(String::as_str))])?;
    }
    Ok(())
}
