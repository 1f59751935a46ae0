//! The words of an Arabic source as the suggester reads them: the shared tokens
//! ([`crate::text::tokens`]) with character offsets into the source, their readings without
//! a clitic, and the words that are never names.
use std::collections::HashSet;
use std::sync::LazyLock;

use crate::text::clitics::{detach, longest_first, ARTICLE, CONJUNCTIONS};
use crate::text::function_words::is_common_word;
use crate::text::normalize::{is_deleted, normalize, normalize_str};
use crate::text::offsets::Offsets;
use crate::text::tokens::tokenize;

/// A word of an Arabic source.
#[derive(Debug, Clone)]
pub(super) struct AToken {
    /// Normalised text.
    pub(super) norm: String,
    /// Character offsets in the original.
    pub(super) start: usize,
    pub(super) end: usize,
    /// Whether only whitespace separates it from the previous token.
    pub(super) after_space: bool,
    /// Whether a quote stands right before it (an opening quote, glued to it).
    pub(super) after_quote: bool,
    /// Whether it starts with the article ال (written so: not ألكسندر).
    pub(super) article: bool,
}

pub(super) fn arabic_tokens(text: &str) -> Vec<AToken> {
    let norm = normalize(text);
    let mut offsets = Offsets::new(text);
    tokenize(&norm)
        .into_iter()
        .map(|t| {
            let original = t.original(&norm);
            let norm = t.text(&norm).to_owned();
            // The article as written (not the أل of ألكسندر), with two letters after it.
            let article =
                text[original.start..].starts_with('ا') && norm.starts_with(ARTICLE) && norm.chars().count() >= 4;
            AToken {
                start: offsets.char_at_byte(original.start),
                end: offsets.char_at_byte(original.end),
                norm,
                after_space: t.after_space,
                after_quote: t.after_quote,
                article,
            }
        })
        .collect()
}

/// The readings of a token: itself, then without each clitic it may carry (longest first;
/// at least three letters must be left), with the number of characters taken off.
pub(super) fn readings(t: &str) -> Vec<(usize, String)> {
    let mut out = vec![(0, t.to_owned())];
    for c in longest_first() {
        if let Some(rest) = detach(t, c).filter(|rest| rest.chars().count() >= 3) {
            out.push((c.chars().count(), rest));
        }
    }
    out
}

/// The common nouns the suggester never proposes (`data/common-nouns.txt`), normalised.
static NEVER_NAMES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    include_str!("data/common-nouns.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(normalize_str)
        .collect()
});

/// Whether a normalised word is a function word or common word, with or without the article.
fn is_common(t: &str) -> bool {
    is_common_word(t) || NEVER_NAMES.contains(t) || t.strip_prefix(ARTICLE).is_some_and(|w| NEVER_NAMES.contains(w))
}

/// A word that is never a name: a function or common word or noun (also behind و or ف:
/// وفي، فإن، والإعلام), a single letter, a number.
pub(super) fn is_function_word(t: &str) -> bool {
    if is_common(t) || t.chars().count() < 2 || t.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    CONJUNCTIONS.iter().any(|c| t.strip_prefix(c).is_some_and(is_common))
}

/// An adjective of nationality or its plural (الفرنسية، السوريين، سوريون): they align with
/// French, Syrians … but are not names.
pub(super) fn is_demonym(t: &str) -> bool {
    t.chars().count() >= 5
        && ((t.starts_with(ARTICLE) && t.ends_with("يه")) || t.ends_with("يين") || t.ends_with("يون"))
}

/// A nisba adjective with the article (الروسي، الأوكرانية): skipped after a cue.
pub(super) fn is_nisba(t: &str) -> bool {
    t.starts_with(ARTICLE) && t.chars().count() >= 5 && (t.ends_with('ي') || t.ends_with("يه"))
}

/// How many characters of `text`, from char offset `from`, spell the first `n` letters that
/// normalisation keeps (a clitic written with harakat, وَبلينكن, is longer than its letters),
/// plus the marks right after them.
pub(super) fn original_chars(text: &str, from: usize, n: usize) -> usize {
    let mut kept = 0;
    let mut taken = 0;
    for ch in text.chars().skip(from) {
        let deleted = is_deleted(ch);
        if kept == n && !deleted {
            break;
        }
        taken += 1;
        if !deleted {
            kept += 1;
        }
    }
    taken
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_clitic_with_harakat_is_cut_whole() {
        assert_eq!(super::original_chars("وَبلينكن", 0, 1), 2);
        assert_eq!(super::original_chars("قال وبلينكن", 4, 1), 1);
        assert_eq!(super::original_chars("بلينكن", 0, 0), 0);
    }
}
