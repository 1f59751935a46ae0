//! The words that announce a name (الرئيس، وزير الخارجية، وكالة …) and the title words that
//! may stand between them and the name.
use super::source::{readings, AToken};

/// Words after a cue that are part of the title, not the name (وكالة الأنباء، وكالة أنباء).
pub(super) const TITLE_WORDS: &[&str] =
    &["الانباء", "انباء", "التلفزيون", "تلفزيون", "الاخبار", "اخبار", "الوزراء", "وزراء", "مجلس"];

/// Title words without the article, followed by the country they belong to (وزير خارجية
/// كوريا الشمالية، رئيس وزراء بريطانيا).
pub(super) const CONSTRUCT_WORDS: &[&str] =
    &["خارجيه", "داخليه", "دفاع", "ماليه", "طاقه", "عدل", "وزراء", "حكومه", "مجلس"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CueKind {
    Person,
    Place,
    Organization,
}

/// Cues (normalised) and how many words after them belong to the title (وزير الخارجية).
const CUES: &[(&[&str], usize, CueKind)] = &[
    (&["المتحدث", "باسم"], 1, CueKind::Person),
    (&["المتحدثه", "باسم"], 1, CueKind::Person),
    (&["الناطق", "باسم"], 1, CueKind::Person),
    (&["الناطقه", "باسم"], 1, CueKind::Person),
    (&["الرئيس"], 0, CueKind::Person),
    (&["رئيس"], 1, CueKind::Person),
    (&["وزير"], 1, CueKind::Person),
    (&["وزيره"], 1, CueKind::Person),
    (&["السفير"], 0, CueKind::Person),
    (&["وكاله"], 0, CueKind::Organization),
    (&["شبكه"], 0, CueKind::Organization),
    (&["صحيفه"], 0, CueKind::Organization),
    (&["قناه"], 0, CueKind::Organization),
    (&["مدينه"], 0, CueKind::Place),
    (&["العاصمه"], 0, CueKind::Place),
];

/// A cue found in a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Cue {
    /// Its length in tokens.
    pub(super) len: usize,
    /// How many title words follow it (وزير الخارجية).
    pub(super) skip: usize,
    pub(super) kind: CueKind,
    /// The characters of clitic in front of it (والرئيس).
    pub(super) cut: usize,
}

/// The cue at token `i`, possibly behind a clitic (والرئيس، للرئيس).
pub(super) fn cue_at(toks: &[AToken], i: usize) -> Option<Cue> {
    for (words, skip, kind) in CUES {
        for (cut, first) in readings(&toks[i].norm) {
            if first != words[0] || i + words.len() > toks.len() {
                continue;
            }
            if words[1..].iter().enumerate().all(|(k, w)| toks[i + 1 + k].norm == *w && toks[i + 1 + k].after_space) {
                return Some(Cue { len: words.len(), skip: *skip, kind: *kind, cut });
            }
        }
    }
    None
}
