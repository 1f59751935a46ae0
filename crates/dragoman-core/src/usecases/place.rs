//! Where the translator left off: the article that was open when the app last closed, and the
//! segment they were in, so the app opens there again.
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::store::Store;

/// The settings key of the last place.
pub const PLACE_KEY: &str = "ui.last_place";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Place {
    pub article_id: i64,
    /// The segment the caret was in, if any.
    pub segment_id: Option<i64>,
}

/// The place to open at start-up: `None` when the translator left from the article list, or
/// when the article has gone since (deleted in another window or from the command line). A
/// segment that has gone (merged away) leaves the article alone.
pub fn last_place(store: &Store) -> Result<Option<Place>> {
    let Some(saved) = store.setting(PLACE_KEY)? else { return Ok(None) };
    // Anything unreadable (a hand-edited database, an older format) is no place at all.
    let Ok(Some(place)) = serde_json::from_str::<Option<Place>>(&saved) else { return Ok(None) };
    match store.article(place.article_id) {
        Ok(_) => {}
        Err(Error::ArticleNotFound(_)) => return Ok(None),
        Err(e) => return Err(e),
    }
    let segment_id = match place.segment_id {
        Some(id) => match store.segment(id) {
            Ok(s) if s.article_id == place.article_id => Some(id),
            Ok(_) | Err(Error::SegmentNotFound(_)) => None,
            Err(e) => return Err(e),
        },
        None => None,
    };
    Ok(Some(Place { article_id: place.article_id, segment_id }))
}

/// Remember where the translator is (`None`: at the article list).
pub fn set_last_place(store: &Store, place: Option<&Place>) -> Result<()> {
    let value = serde_json::to_string(&place).map_err(|e| Error::Invalid(e.to_string()))?;
    store.set_setting(PLACE_KEY, &value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_with_article() -> (Store, i64, Vec<i64>) {
        let mut store = Store::open_in_memory().unwrap();
        let preview = crate::import::preview_paste("عنوان\n\nالفقرة الأولى.\n\nالفقرة الثانية.", None).unwrap();
        let article = store.create_article(&preview.into_article(None)).unwrap();
        let ids = store.segments(article.id).unwrap().iter().map(|s| s.id).collect();
        (store, article.id, ids)
    }

    #[test]
    fn the_app_opens_where_the_translator_left_off() {
        let (store, article_id, ids) = store_with_article();
        assert_eq!(last_place(&store).unwrap(), None, "a new desk opens on the list");
        let place = Place { article_id, segment_id: Some(ids[1]) };
        set_last_place(&store, Some(&place)).unwrap();
        assert_eq!(last_place(&store).unwrap(), Some(place));
        set_last_place(&store, None).unwrap();
        assert_eq!(last_place(&store).unwrap(), None, "left from the list: opens on the list");
    }

    #[test]
    fn a_place_that_has_gone_is_forgotten_quietly() {
        let (mut store, article_id, ids) = store_with_article();
        set_last_place(&store, Some(&Place { article_id, segment_id: Some(999_999) })).unwrap();
        assert_eq!(last_place(&store).unwrap(), Some(Place { article_id, segment_id: None }));
        set_last_place(&store, Some(&Place { article_id, segment_id: Some(ids[0]) })).unwrap();
        store.delete_article(article_id).unwrap();
        assert_eq!(last_place(&store).unwrap(), None);
        store.set_setting(PLACE_KEY, "{not json").unwrap();
        assert_eq!(last_place(&store).unwrap(), None);
    }
}
