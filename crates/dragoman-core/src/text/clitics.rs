//! The one clitic table (`../shared/guides/arabic-text.md` §2): what a word may carry in
//! front of it. و ف (and, so) come first, then ب ك (with, like), or ل (to), which contracts
//! with the article ال (ل + الكرملين = للكرملين). No interrogative أ, no future س.
//!
//! The glossary matcher generates these forms from each name ([`attach`]; the text is never
//! stripped); the suggester, which has no name to start from, reads a word without them
//! ([`detach`]), longest first.

/// The clitics: C ∈ {∅, و, ف} then P ∈ {∅, ب, ك}, and C + ل. The order is part of the
/// matcher's compiled index (a key stores its clitic as an index into this table).
pub const CLITICS: [&str; 12] = ["", "ب", "ك", "ل", "و", "وب", "وك", "ول", "ف", "فب", "فك", "فل"];

/// The conjunctions, the clitics that come first (وفي, فإن).
pub const CONJUNCTIONS: [&str; 2] = ["و", "ف"];

/// The article.
pub const ARTICLE: &str = "ال";

/// Word `t` behind clitic `clitic`, in three parts to be read one after the other: clitic +
/// t, or for the ل clitics C + ل + `t[1:]` when t starts with ال (ل + الكرملين = للكرملين) and
/// C + ل + `t[2:]` when it starts with الل (ل + اللاذقية = للاذقية). Kept in parts so that
/// nothing is allocated.
pub fn attach<'a>(clitic: &'a str, t: &'a str) -> [&'a str; 3] {
    if let Some(head) = clitic.strip_suffix('ل') {
        if let Some(rest) = t.strip_prefix("الل") {
            return [head, "لل", rest];
        }
        if t.starts_with(ARTICLE) {
            return [head, "ل", &t['ا'.len_utf8()..]];
        }
    }
    [clitic, "", t]
}

/// The clitics that can be taken off a word, two letters before one (وبلينكن is read as
/// وب + لينكن before و + بلينكن).
pub fn longest_first() -> impl Iterator<Item = &'static str> {
    let two = CLITICS.iter().copied().filter(|c| c.chars().count() == 2);
    two.chain(CLITICS.iter().copied().filter(|c| c.chars().count() == 1))
}

/// Word `t` read without clitic `clitic`, if it starts with it. After a ل clitic, a word that
/// starts with ل is read with the article the contraction took (للكرملين: ل + الكرملين); the
/// reading is a guess, as it is for للبنان (ل + لبنان).
pub fn detach(t: &str, clitic: &str) -> Option<String> {
    let rest = t.strip_prefix(clitic)?;
    Some(if clitic.ends_with('ل') && rest.starts_with('ل') { format!("ا{rest}") } else { rest.to_owned() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attach_and_detach_contract_lam_with_the_article() {
        assert_eq!(attach("ل", "الكرملين").concat(), "للكرملين");
        assert_eq!(attach("ول", "اللاذقيه").concat(), "وللاذقيه");
        assert_eq!(attach("فل", "بايدن").concat(), "فلبايدن");
        assert_eq!(attach("وب", "الكرملين").concat(), "وبالكرملين");
        assert_eq!(detach("للكرملين", "ل").as_deref(), Some("الكرملين"));
        assert_eq!(detach("وبلينكن", "وب").as_deref(), Some("لينكن"));
        assert_eq!(detach("بلينكن", "و"), None);
        assert_eq!(longest_first().collect::<Vec<_>>(), ["وب", "وك", "ول", "فب", "فك", "فل", "ب", "ك", "ل", "و", "ف"]);
    }
}
