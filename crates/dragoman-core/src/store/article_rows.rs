//! Reading an article's row and noting that an article changed: used by the tables of
//! articles, segments and drafts alike, so it sits below all three (no table file imports
//! another that imports it back).
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::{Error, Result};
use crate::model::{Article, WorkflowStatus};

/// The columns `article_from_row` reads, in its order.
pub(super) const ARTICLE_COLUMNS: &str =
    "id, title, source_lang, target_lang, origin, author, created_at, updated_at, status,
     published, import_format, import_encoding";

/// An article, read on `conn` (the store's connection, or a transaction).
pub(super) fn article_in(conn: &Connection, id: i64) -> Result<Article> {
    conn.prepare_cached(&format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?1"))?
        .query_row([id], article_from_row)
        .optional()?
        .ok_or(Error::ArticleNotFound(id))
}

/// Note that an article changed now.
pub(super) fn touch_article(conn: &Connection, id: i64, now: i64) -> Result<()> {
    conn.prepare_cached("UPDATE articles SET updated_at = ?2 WHERE id = ?1")?.execute(params![id, now])?;
    Ok(())
}

/// Note that the article of a segment changed now.
pub(super) fn touch_article_of(conn: &Connection, segment_id: i64, now: i64) -> Result<()> {
    conn.prepare_cached(
        "UPDATE articles SET updated_at = ?2
         WHERE id = (SELECT article_id FROM segments WHERE id = ?1)",
    )?
    .execute(params![segment_id, now])?;
    Ok(())
}

pub(super) fn article_from_row(row: &Row<'_>) -> rusqlite::Result<Article> {
    let status: String = row.get(8)?;
    Ok(Article {
        id: row.get(0)?,
        title: row.get(1)?,
        source_lang: row.get(2)?,
        target_lang: row.get(3)?,
        origin: row.get(4)?,
        author: row.get(5)?,
        created_at: row.get(6)?,
        updated_at: row.get(7)?,
        status: WorkflowStatus::parse(&status).unwrap_or(WorkflowStatus::ToTranslate),
        published: row.get(9)?,
        format: row.get(10)?,
        encoding: row.get(11)?,
    })
}
