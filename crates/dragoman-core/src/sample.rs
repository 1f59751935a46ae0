//! The article shipped with Dragoman and offered on first run: the Kremlin on the
//! Putin–Biden talks (a real Arabic news article).
use crate::{import, model::NewArticle};

pub const SAMPLE_TEXT: &str = include_str!("../assets/sample-kremlin-putin-biden.ar.txt");
pub const SAMPLE_TITLE: &str = "الكرملين: محادثات بوتين وبايدن بداية للمحادثات الأمنية";
pub const SAMPLE_ORIGIN: &str = "sample";

/// The sample as an article ready to store.
pub fn sample_article() -> NewArticle {
    let mut article = import::preview_paste(SAMPLE_TEXT, None)
        .expect("the shipped sample is valid text")
        .into_article(Some(SAMPLE_TITLE));
    article.origin = Some(SAMPLE_ORIGIN.to_owned());
    article
}
