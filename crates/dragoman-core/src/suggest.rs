//! Suggesting an English spelling for an Arabic name the glossary does not know
//! (`../shared/guides/arabic-text.md` §2, last paragraph).
//!
//! - [`skeleton_score`] aligns an Arabic name, letter by letter, with an English word or
//!   phrase: every Arabic letter takes one of its Latin spellings (ب b/p, ق q/k/g/c …), the
//!   long-vowel letters ا و ي and ع ء ه may also stand for nothing, and English vowels (the
//!   short vowels Arabic does not write) may go unmatched. An English consonant that no
//!   Arabic letter accounts for means no alignment. A dynamic program finds the cheapest
//!   alignment.
//! - [`spell`] looks for the best-aligning run of capitalised words in the translator's
//!   English draft; when nothing aligns it falls back on [`romanize`], marked unverified.
//! - [`candidates`] lists the name-looking spans of an article that the glossary does not
//!   match yet, each with a suggestion.
//!
//! Measured on the Wikidata name pairs in `docs/names-suggester.md`
//! (`examples/translit_eval.rs`).
use std::collections::HashMap;

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::names::{NameIndex, NameSpec};
use crate::normalize::normalize;

/// A proposed English spelling.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Suggestion {
    pub english: String,
    /// True when the spelling was found in the English draft and aligns with the Arabic;
    /// false for a plain romanisation.
    pub verified: bool,
}

/// A name-looking span of an article that the glossary does not match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    /// The span as written in the source (without a clitic that was taken off).
    pub arabic: String,
    /// Index of the segment of its first occurrence.
    pub segment: usize,
    /// Character offsets of the span in that segment's source.
    pub start: usize,
    pub end: usize,
    /// The word(s) that announced it (الرئيس, وزير الخارجية …), if any.
    pub cue: Option<String>,
    pub suggestion: Suggestion,
    /// How many times it occurs in all the sources, with or without a clitic.
    pub occurrences: usize,
}

// ---------------------------------------------------------------------------------------
// Arabic letters with the context the alignment and the romanisation need.

#[derive(Debug, Clone, Copy, PartialEq)]
struct Letter {
    /// The letter in normalised form (أ → ا, ة → ه, ى → ي).
    c: char,
    /// The letter as written, before folding (tells ة from ه, ى from ي, إ from أ).
    orig: char,
    /// Word index in the phrase.
    word: usize,
    initial: bool,
    last: bool,
    /// One of the two letters of a word-initial article ال.
    article: bool,
    /// A vowel mark written after the letter, if any (fatha, damma, kasra, sukun, shadda).
    marks: [bool; 5],
}

const FATHA: usize = 0;
const DAMMA: usize = 1;
const KASRA: usize = 2;
const SUKUN: usize = 3;
const SHADDA: usize = 4;

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | 'پ' | 'چ' | 'ژ' | 'گ')
}

/// The Arabic letters of `s` in normalised form, word by word. Anything that is not an
/// Arabic letter separates words.
fn letters(s: &str) -> Vec<Letter> {
    let norm = normalize(s);
    let mut out: Vec<Letter> = Vec::new();
    let mut word = 0;
    let mut in_word = false;
    for (c, origin) in norm.text.chars().zip(&norm.origins) {
        if !is_arabic_letter(c) {
            if in_word {
                word += 1;
            }
            in_word = false;
            continue;
        }
        let written = s[origin.clone()].chars().next().unwrap_or(c);
        let orig = if matches!(written, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}') { c } else { written };
        // Marks the normalisation deleted, right after this letter in the original.
        let mut marks = [false; 5];
        for m in s[origin.end..].chars().take_while(|m| crate::normalize::is_deleted(*m)) {
            match m {
                '\u{064E}' => marks[FATHA] = true,
                '\u{064F}' => marks[DAMMA] = true,
                '\u{0650}' => marks[KASRA] = true,
                '\u{0652}' => marks[SUKUN] = true,
                '\u{0651}' => marks[SHADDA] = true,
                _ => {}
            }
        }
        out.push(Letter { c, orig, word, initial: !in_word, last: false, article: false, marks });
        in_word = true;
    }
    for i in 0..out.len() {
        out[i].last = i + 1 == out.len() || out[i + 1].word != out[i].word;
    }
    // A word-initial ال with at least two letters after it is the article.
    let mut i = 0;
    while i < out.len() {
        let len = out[i..].iter().take_while(|l| l.word == out[i].word).count();
        if len >= 4 && out[i].c == 'ا' && out[i].orig == 'ا' && out[i + 1].c == 'ل' {
            out[i].article = true;
            out[i + 1].article = true;
        }
        i += len;
    }
    out
}

/// The sun letters: the ل of the article assimilates to them (ad-Din, ar-Rahman).
fn is_sun(c: char) -> bool {
    matches!(c, 'ت' | 'ث' | 'د' | 'ذ' | 'ر' | 'ز' | 'س' | 'ش' | 'ص' | 'ض' | 'ط' | 'ظ' | 'ل' | 'ن')
}

// ---------------------------------------------------------------------------------------
// English letters.

#[derive(Debug, Clone, Copy, PartialEq)]
struct ELetter {
    c: char,
    /// First and last letter of its word.
    initial: bool,
    last: bool,
}

/// Lower case, diacritics off (é → e, ø → o, ß → ss), apostrophes and ʿ ʾ as `'`, anything
/// else that is not a letter separates words.
fn english_letters(s: &str) -> Vec<ELetter> {
    let mut out: Vec<ELetter> = Vec::new();
    let mut in_word = false;
    let push = |out: &mut Vec<ELetter>, c: char, in_word: &mut bool| {
        out.push(ELetter { c, initial: !*in_word, last: false });
        *in_word = true;
    };
    for ch in s.nfd() {
        if ('\u{0300}'..='\u{036F}').contains(&ch) {
            continue;
        }
        for c in ch.to_lowercase() {
            match c {
                'a'..='z' => push(&mut out, c, &mut in_word),
                '\'' | '’' | '‘' | 'ʿ' | 'ʾ' | 'ʼ' | '`' if in_word || !out.is_empty() => push(&mut out, '\'', &mut in_word),
                'ø' => push(&mut out, 'o', &mut in_word),
                'ł' => push(&mut out, 'l', &mut in_word),
                'đ' | 'ð' => push(&mut out, 'd', &mut in_word),
                'ı' => push(&mut out, 'i', &mut in_word),
                'ß' => {
                    push(&mut out, 's', &mut in_word);
                    push(&mut out, 's', &mut in_word);
                }
                'æ' => {
                    push(&mut out, 'a', &mut in_word);
                    push(&mut out, 'e', &mut in_word);
                }
                'œ' => {
                    push(&mut out, 'o', &mut in_word);
                    push(&mut out, 'e', &mut in_word);
                }
                'þ' => {
                    push(&mut out, 't', &mut in_word);
                    push(&mut out, 'h', &mut in_word);
                }
                _ => in_word = false,
            }
        }
    }
    for i in 0..out.len() {
        out[i].last = i + 1 == out.len() || out[i + 1].initial;
    }
    out
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

// ---------------------------------------------------------------------------------------
// The alignment.

/// Latin spellings of one Arabic letter with their costs, and the cost of the letter
/// standing for nothing (None: it must be spelled).
type Alternatives = (&'static [(&'static str, f32)], Option<f32>);

fn alternatives(l: &Letter, next: Option<&Letter>) -> Alternatives {
    match l.c {
        'ا' if l.article => {
            (&[("a", 0.0), ("e", 0.1), ("u", 0.3), ("o", 0.4), ("i", 0.4)], Some(0.3))
        }
        'ا' if l.initial => match l.orig {
            'إ' => (&[("i", 0.0), ("e", 0.1), ("a", 0.4), ("y", 0.4)], Some(0.3)),
            'أ' => (&[("a", 0.0), ("o", 0.1), ("u", 0.1), ("e", 0.2), ("i", 0.3), ("au", 0.2)], Some(0.3)),
            'آ' => (&[("a", 0.0), ("aa", 0.0), ("e", 0.3)], None),
            _ => (&[("a", 0.0), ("e", 0.1), ("i", 0.15), ("o", 0.15), ("u", 0.2), ("au", 0.2)], Some(0.3)),
        },
        'ا' if l.last => (&[("a", 0.0), ("ah", 0.1), ("aa", 0.1), ("e", 0.3), ("o", 0.4)], Some(0.4)),
        'ا' => (&[("a", 0.0), ("aa", 0.0), ("e", 0.25), ("o", 0.3), ("i", 0.5), ("u", 0.5)], Some(0.5)),
        'ب' => (&[("b", 0.0), ("p", 0.1)], None),
        'ت' => (&[("t", 0.0), ("th", 0.3)], None),
        'ث' => (&[("th", 0.0), ("s", 0.2), ("t", 0.3)], None),
        'ج' => (&[("j", 0.0), ("g", 0.0), ("dj", 0.1), ("dg", 0.2), ("zh", 0.3), ("ch", 0.4), ("y", 0.5)], None),
        'ح' => (&[("h", 0.0), ("kh", 0.4), ("ch", 0.4)], None),
        'خ' => (&[("kh", 0.0), ("h", 0.2), ("ch", 0.2), ("x", 0.3), ("j", 0.3), ("k", 0.4), ("g", 0.5)], None),
        'د' => (&[("d", 0.0)], None),
        'ذ' => (&[("dh", 0.0), ("z", 0.1), ("th", 0.2), ("d", 0.3)], None),
        'ر' => (&[("r", 0.0), ("rh", 0.1)], None),
        'ز' => (&[("z", 0.0), ("s", 0.2), ("tz", 0.3), ("dz", 0.3), ("ts", 0.4), ("x", 0.5)], None),
        'س' => (&[("s", 0.0), ("c", 0.2), ("sc", 0.3), ("ts", 0.4), ("z", 0.4), ("x", 0.5)], None),
        'ش' => (&[("sh", 0.0), ("ch", 0.1), ("sch", 0.1), ("sz", 0.2), ("s", 0.3), ("x", 0.3), ("sj", 0.3), ("j", 0.5)], None),
        'ص' => (&[("s", 0.0), ("c", 0.3), ("ts", 0.4)], None),
        'ض' => (&[("d", 0.0), ("dh", 0.1), ("z", 0.3)], None),
        'ط' => (&[("t", 0.0), ("th", 0.3)], None),
        'ظ' => (&[("z", 0.0), ("dh", 0.1), ("th", 0.3), ("d", 0.3)], None),
        'ع' if l.initial => (&[("a", 0.0), ("'", 0.0), ("e", 0.1), ("i", 0.2), ("o", 0.2), ("u", 0.2)], Some(0.3)),
        'ع' => (&[("'", 0.0), ("a", 0.05), ("aa", 0.1), ("e", 0.15), ("i", 0.2), ("o", 0.2), ("u", 0.2)], Some(0.3)),
        'غ' => (&[("gh", 0.0), ("g", 0.0)], None),
        'ف' => (&[("f", 0.0), ("v", 0.0), ("ph", 0.1), ("w", 0.3), ("pf", 0.2)], None),
        'ق' => (&[("q", 0.0), ("k", 0.1), ("qu", 0.1), ("g", 0.2), ("c", 0.2), ("gh", 0.3)], None),
        'ك' => (&[("k", 0.0), ("c", 0.0), ("ck", 0.0), ("q", 0.2), ("qu", 0.1), ("ch", 0.2), ("kh", 0.3), ("g", 0.3)], None),
        // The ل of an article before a sun letter may be assimilated (Salahuddin).
        'ل' if l.article && next.is_some_and(|n| is_sun(n.c)) => (&[("l", 0.0)], Some(0.2)),
        'ل' => (&[("l", 0.0)], None),
        'م' => (&[("m", 0.0)], None),
        'ن' => (&[("n", 0.0), ("ng", 0.2)], None),
        'ه' if l.orig == 'ة' => {
            (&[("a", 0.0), ("ah", 0.0), ("at", 0.1), ("e", 0.15), ("eh", 0.15), ("et", 0.3), ("h", 0.3)], Some(0.4))
        }
        'ه' if l.last => (&[("h", 0.0), ("ah", 0.1), ("eh", 0.1), ("a", 0.2), ("e", 0.2)], Some(0.1)),
        'ه' => (&[("h", 0.0)], Some(0.6)),
        'و' if l.initial => (&[("w", 0.0), ("v", 0.1), ("wh", 0.1), ("o", 0.2), ("u", 0.2)], None),
        'و' => (
            &[
                ("w", 0.0), ("u", 0.0), ("o", 0.0), ("ou", 0.0), ("oo", 0.0), ("v", 0.1), ("ow", 0.1), ("au", 0.1),
                ("uw", 0.1), ("aw", 0.2), ("eu", 0.2), ("wh", 0.2), ("ew", 0.3),
            ],
            Some(0.5),
        ),
        'ي' if l.orig == 'ى' => (&[("a", 0.0), ("i", 0.0), ("y", 0.0), ("e", 0.0), ("ee", 0.1), ("ie", 0.1)], Some(0.5)),
        'ي' if l.initial => (&[("y", 0.0), ("j", 0.2), ("i", 0.2), ("e", 0.3)], Some(0.5)),
        'ي' => (
            &[
                ("y", 0.0), ("i", 0.0), ("e", 0.0), ("ee", 0.0), ("ie", 0.0), ("ei", 0.1), ("ey", 0.1), ("ii", 0.1),
                ("iy", 0.1), ("ay", 0.15), ("ai", 0.15), ("ea", 0.2), ("j", 0.3),
            ],
            Some(0.5),
        ),
        'ء' => (&[("'", 0.0), ("a", 0.2), ("e", 0.3)], Some(0.1)),
        'ؤ' => (&[("'", 0.0), ("o", 0.1), ("u", 0.1), ("ou", 0.1), ("w", 0.2)], Some(0.3)),
        'ئ' => (&[("'", 0.0), ("i", 0.1), ("e", 0.1), ("y", 0.1), ("ie", 0.2)], Some(0.3)),
        'پ' => (&[("p", 0.0), ("b", 0.2)], None),
        'چ' => (&[("ch", 0.0), ("tch", 0.1), ("j", 0.3)], None),
        'ژ' => (&[("zh", 0.0), ("j", 0.2), ("g", 0.3), ("s", 0.4)], None),
        'گ' => (&[("g", 0.0), ("k", 0.3)], None),
        _ => (&[], None),
    }
}

/// Latin spellings of two Arabic letters together.
fn pair_alternatives(a: char, b: char) -> &'static [(&'static str, f32)] {
    match (a, b) {
        ('ك', 'س') => &[("x", 0.1)],
        // č, ć and ç arrive here as c.
        ('ت', 'ش') => &[("ch", 0.0), ("tch", 0.0), ("tsch", 0.0), ("c", 0.1), ("cz", 0.1), ("cs", 0.2)],
        ('ت', 'س') => &[("tz", 0.1), ("z", 0.2), ("c", 0.2), ("cz", 0.3)],
        ('ن', 'ي') => &[("gn", 0.3)],
        // Reuters (رويترز), Boyle (بويل).
        ('و', 'ي') => &[("eu", 0.1), ("oy", 0.0), ("oi", 0.0)],
        // The diphthong of Biden (بايدن), Mike (مايك), Wright (رايت).
        ('ا', 'ي') => &[("i", 0.1), ("y", 0.2), ("igh", 0.2), ("ei", 0.2), ("ai", 0.0), ("ay", 0.0)],
        _ => &[],
    }
}

/// The cost of an English letter that no Arabic letter accounts for, if it may be left so.
fn unmatched_cost(e: &[ELetter], j: usize) -> Option<f32> {
    let l = e[j];
    let prev = if l.initial { None } else { Some(e[j - 1].c) };
    match l.c {
        '\'' => Some(0.0),
        'e' if l.last && !l.initial => Some(0.1),
        // Arabic writes a final long vowel (كوريا Korea): one it does not write is doubtful.
        c if is_vowel(c) && l.last && !l.initial => Some(FINAL_VOWEL),
        c if is_vowel(c) => Some(if prev.is_some_and(is_vowel) { 0.35 } else { 0.15 }),
        'y' => Some(0.3),
        'h' => Some(0.35),
        'w' => Some(0.6),
        // A doubled consonant (Mohammed, Hassan): Arabic writes it once.
        c if prev == Some(c) => Some(0.05),
        // A silent final consonant (French: Laurent لوران, Devaux ديفو).
        's' | 't' | 'd' | 'x' | 'z' if l.last && !l.initial => Some(SILENT_FINAL),
        _ => None,
    }
}

const SILENT_FINAL: f32 = 0.5;
const FINAL_VOWEL: f32 = 0.3;

/// The cheapest alignment of Arabic letters `a` with English letters `e`, or None.
fn align(a: &[Letter], e: &[ELetter]) -> Option<f32> {
    let (n, m) = (a.len(), e.len());
    let w = m + 1;
    let mut cost = vec![f32::INFINITY; (n + 1) * w];
    cost[0] = 0.0;
    let alts: Vec<Alternatives> = (0..n).map(|i| alternatives(&a[i], a.get(i + 1))).collect();
    for i in 0..=n {
        for j in 0..=m {
            let here = cost[i * w + j];
            if here.is_infinite() {
                continue;
            }
            if j < m {
                if let Some(c) = unmatched_cost(e, j) {
                    let k = i * w + j + 1;
                    cost[k] = cost[k].min(here + c);
                }
            }
            if i == n {
                continue;
            }
            let (spellings, drop) = alts[i];
            if let Some(c) = drop {
                let k = (i + 1) * w + j;
                cost[k] = cost[k].min(here + c);
            }
            for (s, c) in spellings {
                let len = s.len();
                if j + len <= m && s.chars().zip(&e[j..j + len]).all(|(x, y)| x == y.c) {
                    let k = (i + 1) * w + j + len;
                    cost[k] = cost[k].min(here + c);
                }
            }
            // Two Arabic letters for one Latin sound (ألكسندر Alexander, كوفاتشيفيتش Kovačević).
            if i + 1 < n {
                for (s, c) in pair_alternatives(a[i].c, a[i + 1].c) {
                    let len = s.len();
                    if j + len <= m && s.chars().zip(&e[j..j + len]).all(|(x, y)| x == y.c) {
                        let k = (i + 2) * w + j + len;
                        cost[k] = cost[k].min(here + c);
                    }
                }
            }
        }
    }
    let total = cost[n * w + m];
    total.is_finite().then_some(total)
}

/// Above this cost per Arabic letter, an alignment is not believed.
const MAX_COST_PER_LETTER: f32 = 0.5;

/// How well `english` (a word or phrase) spells the Arabic name `arabic`: None when no
/// alignment accounts for every English consonant and every Arabic consonant, or when the
/// alignment is too costly; otherwise a score in (0, 1], 1 for a perfect letter-for-letter
/// fit. Both sides are compared without spaces; a leading article ال may be left out
/// (الكرملين: Kremlin) or spelled (al-, el-, Al ).
pub fn skeleton_score(arabic: &str, english: &str) -> Option<f32> {
    let a = letters(arabic);
    let e = english_letters(english);
    if a.is_empty() || e.iter().all(|l| l.c == '\'') {
        return None;
    }
    // The name as written, and without a leading article (الكرملين: Kremlin); each is judged
    // by its cost per Arabic letter it keeps.
    let mut best = align(&a, &e).map(|c| c / a.len() as f32);
    if a.len() > 3 && a[0].article {
        let mut rest = a[2..].to_vec();
        rest[0].initial = true;
        if let Some(c) = align(&rest, &e) {
            let c = c / rest.len() as f32;
            best = Some(best.map_or(c, |b| b.min(c)));
        }
    }
    let per_letter = best?;
    (per_letter <= MAX_COST_PER_LETTER).then_some(1.0 - per_letter)
}

// ---------------------------------------------------------------------------------------
// Romanisation.

fn consonant(c: char, orig: char) -> &'static str {
    match (c, orig) {
        ('ب', _) => "b",
        ('ت', _) => "t",
        ('ث', _) => "th",
        ('ج', _) => "j",
        ('ح', _) => "h",
        ('خ', _) => "kh",
        ('د', _) => "d",
        ('ذ', _) => "dh",
        ('ر', _) => "r",
        ('ز', _) => "z",
        ('س', _) => "s",
        ('ش', _) => "sh",
        ('ص', _) => "s",
        ('ض', _) => "d",
        ('ط', _) => "t",
        ('ظ', _) => "z",
        ('غ', _) => "gh",
        ('ف', 'ڤ') => "v",
        ('ف', _) => "f",
        ('ق', _) => "q",
        ('ك', _) => "k",
        ('ل', _) => "l",
        ('م', _) => "m",
        ('ن', _) => "n",
        ('ه', _) => "h",
        ('و', _) => "w",
        ('ي', _) => "y",
        ('پ', _) => "p",
        ('چ', _) => "ch",
        ('ژ', _) => "zh",
        ('گ', _) => "g",
        _ => "",
    }
}

fn is_long_vowel_letter(c: char) -> bool {
    matches!(c, 'ا' | 'و' | 'ي')
}

/// The short vowel written on a letter, if any ("" for sukun).
fn written_vowel(l: &Letter) -> Option<&'static str> {
    if l.marks[FATHA] {
        Some("a")
    } else if l.marks[DAMMA] {
        Some("u")
    } else if l.marks[KASRA] {
        Some("i")
    } else if l.marks[SUKUN] {
        Some("")
    } else {
        None
    }
}

/// One unit of a romanised word: its Latin text and whether it is a vowel sound.
struct Unit {
    text: String,
    vowel: bool,
}

/// A plain, readable romanisation of an (undiacritised) Arabic name, for when nothing
/// better is known: ا و ي as long vowels (a; ou in a word with a letter foreign names seldom
/// use, such as ح ع ق ص, o otherwise; i) or as w and y before a vowel; short vowels guessed
/// (an `a` to break a word-initial consonant pair, an `e` a final one); ال as `al-`, ة and ى
/// as `a`, initial أ/ا as A and إ as I, ع as a vowel, عبد ال… as Abdel/Abdullah, تش as ch,
/// a few very common names as usually spelled (محمد Mohammed); each word capitalised.
/// Vowel marks and shadda, when written, are used.
pub fn romanize(arabic: &str) -> String {
    let all = letters(arabic);
    let mut words: Vec<&[Letter]> = Vec::new();
    let mut i = 0;
    while i < all.len() {
        let len = all[i..].iter().take_while(|l| l.word == all[i].word).count();
        words.push(&all[i..i + len]);
        i += len;
    }
    let mut out: Vec<String> = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let cs: Vec<char> = words[k].iter().map(|l| l.c).collect();
        let next = words.get(k + 1);
        // عبد الله → Abdullah, عبد الرحمن → Abdel Rahman.
        if cs == ['ع', 'ب', 'د'] && next.is_some_and(|n| n.len() >= 4 && n[0].article) {
            let n = next.expect("checked");
            if n.iter().map(|l| l.c).eq(['ا', 'ل', 'ل', 'ه']) {
                out.push("Abdullah".to_owned());
            } else {
                out.push("Abdel".to_owned());
                out.push(romanize_word(&n[2..]));
            }
            k += 2;
            continue;
        }
        out.push(romanize_word(words[k]));
        k += 1;
    }
    out.join(" ")
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn romanize_word(word: &[Letter]) -> String {
    let cs: Vec<char> = word.iter().map(|l| l.c).collect();
    if cs.starts_with(&['ع', 'ب', 'د', 'ا', 'ل', 'ل', 'ه']) && cs.len() == 7 {
        return "Abdullah".to_owned();
    }
    if cs.len() > 5 && cs.starts_with(&['ع', 'ب', 'د', 'ا', 'ل']) {
        return format!("Abdel{}", romanize_word(&word[5..]).to_lowercase());
    }
    // The commonest names the rules get wrong.
    match cs.as_slice() {
        ['ا', 'ب', 'و'] => return "Abu".to_owned(),
        ['م', 'ح', 'م', 'د'] => return "Mohammed".to_owned(),
        ['ع', 'م', 'ر', 'و'] => return "Amr".to_owned(),
        _ => {}
    }
    if word.len() >= 4 && word[0].article {
        return format!("al-{}", romanize_word(&word[2..]));
    }
    // Letters that transcriptions of foreign names seldom use: a word with one of them is
    // spelled the way Arab names usually are in English (Mahmoud, Mansour); others with o.
    let arab_looking = word.iter().any(|l| "حعقصضطظثذءؤئ".contains(l.c) || l.orig == 'ة');
    // A foreign name that writes its vowels starts with its consonant cluster (Smirnov).
    let cluster_ok = !arab_looking && word.iter().filter(|l| is_long_vowel_letter(l.c)).count() >= 2;
    let n = word.len();
    let mut units: Vec<Unit> = Vec::new();
    let mut k = 0;
    while k < n {
        let l = &word[k];
        let next = word.get(k + 1);
        let prev = if k > 0 { Some(&word[k - 1]) } else { None };
        let (text, vowel): (String, bool) = match l.c {
            // A word-initial vowel that is written (عُمَر Umar).
            'ا' | 'ع' if k == 0 && written_vowel(l).is_some_and(|v| !v.is_empty()) => (written_vowel(l).unwrap_or_default().into(), true),
            'ا' if k == 0 => {
                // The hamza seat: its vowel, or the long vowel written after it.
                match (l.orig, next.map(|x| x.c)) {
                    ('إ', Some('ي')) => {
                        k += 1;
                        ("i".into(), true)
                    }
                    ('أ', Some('ي')) => ("a".into(), true),
                    (_, Some('و')) if next.is_some_and(|x| x.last || !word.get(k + 2).is_some_and(|y| is_long_vowel_letter(y.c))) => {
                        k += 1;
                        ("o".into(), true)
                    }
                    (_, Some('ي')) if word.get(k + 2).is_some_and(|y| !is_long_vowel_letter(y.c)) => {
                        k += 1;
                        ("i".into(), true)
                    }
                    ('إ', _) => ("i".into(), true),
                    ('آ', _) => ("a".into(), true),
                    _ => ("a".into(), true),
                }
            }
            'ا' => ("a".into(), true),
            'و' | 'ي' => {
                let vowel = |l: &Letter| -> String {
                    if l.c == 'ي' {
                        "i".into()
                    } else if l.last || next.is_some_and(|x| x.last && x.c == 'ف') || !arab_looking {
                        // Final: Pedrozo, Russo; Russian -ov: Smirnov; foreign names: o.
                        "o".into()
                    } else {
                        "ou".into()
                    }
                };
                if l.orig == 'ى' {
                    ("a".into(), true)
                } else if k == 0 || prev.is_some_and(|p| p.c == 'ا') {
                    (consonant(l.c, l.orig).into(), false)
                } else if next.is_some_and(|x| x.c == l.c) {
                    // A doubled letter after a consonant: a glide, then the vowel (كييف Kyif).
                    (consonant(l.c, l.orig).into(), true)
                } else if prev.is_some_and(|p| p.c == l.c) {
                    (vowel(l), true)
                } else if next.is_some_and(|x| is_long_vowel_letter(x.c) && !(x.c == 'ا' && x.last)) {
                    (consonant(l.c, l.orig).into(), false)
                } else {
                    (vowel(l), true)
                }
            }
            'ه' if l.orig == 'ة' => ("a".into(), true),
            'ع' => {
                if k == 0 {
                    match next.map(|x| x.c) {
                        Some('ي') => {
                            k += 1;
                            ("I".into(), true)
                        }
                        Some('و') => {
                            k += 1;
                            ("O".into(), true)
                        }
                        Some('ا') => {
                            k += 1;
                            ("A".into(), true)
                        }
                        _ => ("A".into(), true),
                    }
                } else if next.is_some_and(|x| is_long_vowel_letter(x.c)) || prev.is_some_and(|p| p.c == 'ا') || l.last {
                    (String::new(), true)
                } else {
                    // Between consonants: سعد Saad, جعفر Jaafar.
                    ("aa".into(), true)
                }
            }
            'ء' | 'ؤ' | 'ئ' => {
                if l.last || (prev.is_some_and(|p| p.c == 'ا') && next.is_some_and(|x| x.c == 'ي')) {
                    (String::new(), true)
                } else if next.is_some_and(|x| is_long_vowel_letter(x.c)) {
                    ("'".into(), false)
                } else if l.c == 'ؤ' {
                    ("u".into(), true)
                } else if l.c == 'ئ' {
                    ("i".into(), true)
                } else {
                    ("'".into(), false)
                }
            }
            'ف' if l.last && prev.is_some_and(|p| p.c == 'و') => ("v".into(), false),
            // تش: ch (Chertoff, Kovačević).
            'ت' if next.is_some_and(|x| x.c == 'ش') => {
                k += 1;
                ("ch".into(), false)
            }
            _ => (consonant(l.c, l.orig).into(), false),
        };
        let text = if l.marks[SHADDA] && !vowel { format!("{text}{text}") } else { text };
        units.push(Unit { text, vowel });
        // A written short vowel (not the one a long vowel letter after it spells again).
        if !vowel || matches!(l.c, 'و' | 'ي') {
            let long = next.map(|x| x.c);
            if let Some(v) = written_vowel(l) {
                let spelled = matches!((v, long), ("a", Some('ا')) | ("u", Some('و')) | ("i", Some('ي')));
                if !spelled {
                    units.push(Unit { text: v.into(), vowel: true });
                }
            }
        }
        k += 1;
    }
    // Short vowels: Arabic does not write them. Break a word-initial pair of consonants with
    // an `a` (سلمان → Salman) and a word-final one with an `e` (بايدن → Bayden); inside an
    // Arab-looking word, break a run of three consonants with an `a`. (Transcriptions of
    // foreign names write their vowels: measured on the Wikidata pairs, adding more vowels to
    // them only adds errors.)
    let cons = |u: &Unit| !u.vowel && !u.text.is_empty() && u.text != "'";
    let mut out: Vec<Unit> = Vec::new();
    let len = units.len();
    let mut run = 0;
    for (idx, u) in units.into_iter().enumerate() {
        if cons(&u) {
            let need = if idx == 1 && run == 1 && !cluster_ok {
                Some("a")
            } else if idx == len - 1 && run >= 1 {
                Some("e")
            } else if run >= 2 && arab_looking {
                Some("a")
            } else {
                None
            };
            if let Some(v) = need {
                out.push(Unit { text: v.into(), vowel: true });
                run = 0;
            }
            run += 1;
        } else if u.vowel && !u.text.is_empty() {
            run = 0;
        }
        out.push(u);
    }
    let s: String = out.iter().map(|u| u.text.as_str()).collect();
    let s = s.trim_start_matches('\'');
    capitalise(&s.to_lowercase())
}

// ---------------------------------------------------------------------------------------
// English drafts: runs of capitalised words.

/// A capitalised word of an English text.
#[derive(Debug, Clone)]
struct EWord {
    text: String,
    /// Capitalised (Peskov, al-Sisi), as opposed to a lowercase particle (bin, de, al).
    capital: bool,
    /// First word of a sentence.
    sentence_initial: bool,
    /// Which run of words it belongs to (words separated by spaces only).
    run: usize,
}

/// Lowercase words that may stand inside a name (Mohammed bin Salman, Ursula von der Leyen).
const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "ben", "abu", "abd", "de", "da", "di", "du", "del", "della", "van", "von", "der", "den",
    "la", "le", "y", "ul", "ud",
];

/// Capitalised words that are not names, or not alone (compared in lower case).
const STOP_WORDS: &[&str] = &[
    "the", "a", "an", "and", "but", "or", "nor", "in", "on", "at", "of", "for", "to", "by", "with", "from", "as", "into", "after",
    "before", "during", "since", "until", "while", "when", "where", "what", "which", "who", "whom", "why", "how", "if", "so",
    "he", "she", "it", "they", "we", "i", "you", "his", "her", "hers", "their", "its", "our", "my", "your", "this", "that",
    "these", "those", "there", "here", "not", "no", "yes", "all", "some", "any", "both", "each", "one", "two", "three",
    "mr", "mrs", "ms", "dr", "president", "presidents", "vice", "prime", "minister", "ministers", "foreign", "defense",
    "defence", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador", "king", "queen", "prince", "princess",
    "sheikh", "general", "gen", "chairman", "chief", "official", "officials", "state", "states", "government", "ministry",
    "according", "however", "meanwhile", "also", "however", "yet", "still", "then", "now", "today", "yesterday", "tomorrow",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "is", "was", "are", "were", "has",
    "have", "had", "will", "would", "can", "could", "should", "said", "says",
];

fn is_stop_word(w: &str) -> bool {
    let l = w.to_lowercase();
    STOP_WORDS.contains(&l.as_str())
}

/// The words of an English text that can be part of a name, grouped in runs.
fn english_words(text: &str) -> Vec<EWord> {
    let mut out = Vec::new();
    let mut run = 0;
    let mut sentence_start = true;
    let mut gap_breaks = true;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphabetic() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric()
                    || is_mark(chars[i])
                    || (matches!(chars[i], '-' | '\'' | '’') && chars.get(i + 1).is_some_and(|n| n.is_alphabetic())))
            {
                i += 1;
            }
            let mut word: String = chars[start..i].iter().collect();
            // Possessive: Putin's.
            for s in ["'s", "’s"] {
                if word.len() > s.len() && word.ends_with(s) {
                    word.truncate(word.len() - s.len());
                }
            }
            let first = word.chars().next().unwrap_or(' ');
            let after_hyphen = word.split_once('-').and_then(|(p, rest)| {
                (PARTICLES.contains(&p.to_lowercase().as_str()) || p.len() <= 3).then(|| rest.chars().next())?
            });
            let capital = first.is_uppercase() || after_hyphen.is_some_and(char::is_uppercase);
            let particle = !capital && PARTICLES.contains(&word.as_str());
            if capital || particle {
                if gap_breaks {
                    run += 1;
                }
                out.push(EWord { text: word, capital, sentence_initial: sentence_start, run });
            } else {
                run += 1;
            }
            sentence_start = false;
            gap_breaks = false;
            continue;
        }
        if !c.is_whitespace() {
            gap_breaks = true;
            if matches!(c, '.' | '!' | '?' | ':' | '…') {
                sentence_start = true;
            }
        }
        i += 1;
    }
    out
}

fn is_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// The phrases of 1–3 capitalised words (particles allowed inside) of an English text, with
/// the index of their first word, skipping stop words; with `sentence_initial` false, a
/// phrase may not start a sentence.
fn phrases(words: &[EWord], sentence_initial: bool) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for s in 0..words.len() {
        if !words[s].capital || is_stop_word(&words[s].text) || (!sentence_initial && words[s].sentence_initial) {
            continue;
        }
        let mut caps = 0;
        for e in s..words.len() {
            if words[e].run != words[s].run || (words[e].capital && is_stop_word(&words[e].text)) {
                break;
            }
            if words[e].capital {
                caps += 1;
                if caps > 3 {
                    break;
                }
                let text = words[s..=e].iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ");
                out.push((s, e, text));
            }
        }
    }
    out
}

/// The best-aligning phrase of `english_context` for `arabic`, with its score.
fn best_phrase(arabic: &str, english_context: &str, sentence_initial: bool) -> Option<(String, f32)> {
    let a = letters(arabic);
    if a.is_empty() {
        return None;
    }
    let words = english_words(english_context);
    let mut best: Option<(String, f32)> = None;
    for (_, _, text) in phrases(&words, sentence_initial) {
        if let Some(score) = skeleton_score(arabic, &text) {
            if best.as_ref().is_none_or(|(_, b)| score > *b) {
                best = Some((text, score));
            }
        }
    }
    best
}

/// The English spelling of the Arabic name `arabic`: the best-aligning run of 1–3
/// capitalised words of `english_context` (the translator's English draft), verified; or,
/// when nothing aligns, [`romanize`], unverified.
///
/// A name of several words that does not align as a whole is spelled word by word (فلاديمير
/// بوتين with only "Putin" in the draft: "Faladimir Putin"), verified only if every word is.
pub fn spell(arabic: &str, english_context: &str) -> Suggestion {
    if let Some((english, _)) = best_phrase(arabic, english_context, true) {
        return Suggestion { english, verified: true };
    }
    let words: Vec<&str> = arabic.split_whitespace().collect();
    let parts: Vec<Suggestion> = if words.len() < 2 { Vec::new() } else { words.iter().map(|w| spell(w, english_context)).collect() };
    if !parts.iter().any(|p| p.verified) {
        return Suggestion { english: romanize(arabic), verified: false };
    }
    Suggestion {
        english: parts.iter().map(|p| p.english.as_str()).collect::<Vec<_>>().join(" "),
        verified: parts.iter().all(|p| p.verified),
    }
}

// ---------------------------------------------------------------------------------------
// Candidates.

/// Arabic words that are never names (normalised): particles, pronouns, frequent verbs of
/// reporting, days and months.
const FUNCTION_WORDS: &[&str] = &[
    "في", "من", "الي", "الى", "علي", "عن", "مع", "ان", "لا", "لم", "لن", "ما", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي",
    "الذين", "اللذين", "قد", "كان", "كانت", "بين", "بعد", "قبل", "حول", "عند", "كل", "او", "ثم", "حتي", "منذ", "عبر", "ضد",
    "دون", "خلال", "لدي", "سوي", "متي", "مدي", "هو", "هي", "هم", "هما", "نحن", "انه", "انها", "انهم", "لكن", "لقد", "اذا",
    "اذ", "كما", "بل", "غير", "يوم", "اليوم", "امس", "مساء", "صباح", "قال", "قالت", "يقول", "تقول", "اكد", "اكدت", "اعلن",
    "اعلنت", "اضاف", "اضافت", "اوضح", "اوضحت", "اشار", "اشارت", "ذكر", "ذكرت", "نقل", "نقلت", "افاد", "افادت", "صرح",
    "كشف", "كشفت", "دعا", "وقال", "وقالت", "واضاف", "واكد", "ايضا", "وفق", "وفقا", "بحسب", "حسب", "نحو", "لدي", "سوف",
    "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "يناير", "فبراير", "مارس", "ابريل", "مايو",
    "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "الجاري", "الماضي", "المقبل", "القادم",
];

/// Words after a cue that are part of the title, not the name (وكالة الأنباء، وكالة أنباء).
const TITLE_WORDS: &[&str] = &["الانباء", "انباء", "التلفزيون", "تلفزيون", "الاخبار", "اخبار", "الوزراء", "وزراء", "مجلس"];

/// Title words without the article, followed by the country they belong to (وزير خارجية
/// كوريا الشمالية، رئيس وزراء بريطانيا).
const CONSTRUCT_WORDS: &[&str] = &["خارجيه", "داخليه", "دفاع", "ماليه", "طاقه", "عدل", "وزراء", "حكومه", "مجلس"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CueKind {
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

/// The clitics that may be taken off a word: C ∈ {و, ف} then P ∈ {ب, ك, ل}.
const CLITICS: &[&str] = &["وب", "وك", "ول", "فب", "فك", "فل", "و", "ف", "ب", "ك", "ل"];

/// A word of an Arabic source.
#[derive(Debug, Clone)]
struct AToken {
    /// Normalised text.
    norm: String,
    /// Character offsets in the original.
    start: usize,
    end: usize,
    /// Whether only whitespace separates it from the previous token.
    after_space: bool,
    /// Whether a quote stands right before it (an opening quote, glued to it).
    after_quote: bool,
    /// Whether it starts with the article ال (written so: not ألكسندر).
    article: bool,
}

fn arabic_tokens(text: &str) -> Vec<AToken> {
    let norm = normalize(text);
    // Byte offset of the original → char offset.
    let mut char_at = vec![0; text.len() + 1];
    for (ci, (b, _)) in text.char_indices().enumerate() {
        char_at[b] = ci;
    }
    char_at[text.len()] = text.chars().count();
    let mut out: Vec<AToken> = Vec::new();
    let mut cur: Option<(String, usize, usize)> = None;
    let mut gap_space = true;
    let mut gap_quote = false;
    for (c, origin) in norm.text.chars().zip(&norm.origins) {
        if c.is_alphanumeric() {
            match &mut cur {
                Some((s, _, end)) => {
                    s.push(c);
                    *end = char_at[origin.end];
                }
                None => cur = Some((c.to_string(), char_at[origin.start], char_at[origin.end])),
            }
            continue;
        }
        if let Some((s, start, end)) = cur.take() {
            out.push(AToken { norm: s, start, end, after_space: gap_space && !out.is_empty(), after_quote: gap_quote, article: false });
            gap_space = true;
        }
        // An opening quote is glued to the word it opens.
        gap_quote = matches!(c, '"' | '«' | '“' | '\'' | '‘');
        if !c.is_whitespace() {
            gap_space = false;
        }
    }
    if let Some((s, start, end)) = cur.take() {
        out.push(AToken { norm: s, start, end, after_space: gap_space && !out.is_empty(), after_quote: gap_quote, article: false });
    }
    let chars: Vec<char> = text.chars().collect();
    for t in &mut out {
        t.article = chars[t.start] == 'ا' && t.norm.starts_with("ال") && t.norm.chars().count() >= 4;
    }
    out
}

/// `t` without the clitic `c` (ل + الكرملين = للكرملين gives back الكرملين).
fn strip_clitic(t: &str, c: &str) -> Option<String> {
    let rest = t.strip_prefix(c)?;
    let rest = if c.ends_with('ل') && rest.starts_with('ل') { format!("ا{rest}") } else { rest.to_owned() };
    (rest.chars().count() >= 3).then_some(rest)
}

/// The readings of a token: itself, then without each clitic it may carry, with the number
/// of characters taken off.
fn readings(t: &str) -> Vec<(usize, String)> {
    let mut out = vec![(0, t.to_owned())];
    for c in CLITICS {
        if let Some(rest) = strip_clitic(t, c) {
            out.push((c.chars().count(), rest));
        }
    }
    out
}

fn is_function_word(t: &str) -> bool {
    if FUNCTION_WORDS.contains(&t) || t.chars().count() < 2 || t.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    // The same behind و or ف (وفي، فإن).
    ["و", "ف"].iter().any(|c| t.strip_prefix(c).is_some_and(|r| FUNCTION_WORDS.contains(&r)))
}

/// An adjective of nationality or its plural (الفرنسية، السوريين، سوريون): they align with
/// French, Syrians … but are not names.
fn is_demonym(t: &str) -> bool {
    t.chars().count() >= 5 && ((t.starts_with("ال") && t.ends_with("يه")) || t.ends_with("يين") || t.ends_with("يون"))
}

/// A nisba adjective with the article (الروسي، الأوكرانية): skipped after a cue.
fn is_nisba(t: &str) -> bool {
    t.starts_with("ال") && t.chars().count() >= 5 && (t.ends_with('ي') || t.ends_with("يه"))
}

/// The best reading of tokens `toks` (clitic off the first one or not) against the English:
/// the characters taken off and the aligned English phrase with its score (None: nothing
/// aligns). Rule: a clitic is taken off only when the rest aligns strictly better than the
/// whole word.
fn best_reading(toks: &[&AToken], english: &str) -> (usize, Option<(String, f32)>) {
    let mut best: (usize, Option<(String, f32)>) = (0, None);
    for (k, (cut, _)) in readings(&toks[0].norm).into_iter().enumerate() {
        let found = best_phrase(&phrase_of(toks, cut), english, true);
        let better = match (&found, &best.1) {
            (Some((_, s)), Some((_, b))) => s > b,
            (Some(_), None) => true,
            (None, _) => false,
        };
        if k == 0 || better {
            best = (cut, found);
        }
    }
    best
}

fn phrase_of(toks: &[&AToken], cut: usize) -> String {
    let first: String = toks[0].norm.chars().skip(cut).collect();
    std::iter::once(first.as_str()).chain(toks[1..].iter().map(|t| t.norm.as_str())).collect::<Vec<_>>().join(" ")
}

/// A candidate before de-duplication: segment, token range, characters cut off the first
/// token, cue, suggestion.
struct Found {
    segment: usize,
    first: usize,
    last: usize,
    cut: usize,
    norm: String,
    cue: Option<String>,
    suggestion: Option<String>,
}

/// The minimum score for an Arabic word to be paired with a capitalised English word of its
/// segment's translation (stricter than [`spell`], which only chooses among phrases).
const PAIR_MIN_SCORE: f32 = 0.75;

/// The same for a word read without its clitic (بكين read as ب + كين would pair with China).
const STRIPPED_MIN_SCORE: f32 = 0.85;

/// Name-looking spans of an article (segments of (Arabic source, English target)) that
/// `index` (the glossary) does not match, first occurrence first:
///
/// a. the 1–3 words after a cue (الرئيس، رئيس …، وزير …، المتحدث باسم …، الناطق باسم …، السفير،
///    وكالة، شبكة، صحيفة، قناة، مدينة، العاصمة), after the words of the title and nisba
///    adjectives (الرئيس الروسي، وزير الخارجية الأمريكي، وزير خارجية كوريا الشمالية). With
///    an English target: the longest prefix of those words that aligns with it, or nothing
///    if none does. Without: two words for a person, one for a place or an organisation, or
///    the words in quotes.
/// b. Arabic words (three letters or more besides an article; not a demonym such as
///    الفرنسية or السوريين) that align (score ≥ 0.75) with a phrase of one or two capitalised
///    words of their segment's translation (three letters or more, not starting a sentence,
///    no stop word), keeping for each English phrase only the Arabic word(s) that align with
///    it best. Neighbouring Arabic words aligned with neighbouring English words make one
///    candidate (ديمتري بيسكوف: Dmitry Peskov).
///
/// Function words, non-Arabic tokens and words inside a glossary match are skipped. Clitic
/// rule: a word is read without a leading و ف ب ك ل (or two of them: وب، فل …) only when the
/// rest aligns strictly better with the English than the whole word, and in (b) with a score
/// of at least 0.85 (وبلينكن → بلينكن: Blinken; واشنطن stays whole; بكين is not ب + كين);
/// never without English. Candidates are de-duplicated by normalised form, keeping the first
/// position; `occurrences` counts them in all sources with the glossary's clitic rules. The
/// suggestion comes from the segment's translation, else from the whole English draft
/// ([`spell`]), else from [`romanize`].
pub fn candidates(segments: &[(&str, &str)], index: &NameIndex) -> Vec<Candidate> {
    let draft: String = segments.iter().map(|(_, en)| *en).collect::<Vec<_>>().join("\n");
    let mut found: Vec<Found> = Vec::new();
    for (si, (source, target)) in segments.iter().enumerate() {
        let toks = arabic_tokens(source);
        let covered: Vec<(usize, usize)> = index.find(source).iter().map(|m| (m.start, m.end)).collect();
        let is_covered = |t: &AToken| covered.iter().any(|&(s, e)| t.start < e && s < t.end);
        let usable = |t: &AToken| !is_covered(t) && !is_function_word(&t.norm) && t.norm.chars().all(is_arabic_letter);
        let has_english = target.chars().any(char::is_alphabetic);

        // (a) cues.
        let mut i = 0;
        while i < toks.len() {
            let Some((cue_len, skip, kind, cut)) = cue_at(&toks, i) else {
                i += 1;
                continue;
            };
            let mut k = i + cue_len;
            let mut to_skip = skip;
            while k < toks.len() && to_skip > 0 && toks[k].after_space {
                // وزير خارجية كوريا …، رئيس وزراء بريطانيا …: the country goes with the title.
                if CONSTRUCT_WORDS.contains(&toks[k].norm.as_str()) {
                    to_skip += 1;
                }
                k += 1;
                to_skip -= 1;
            }
            // Title words and nisba adjectives (الخارجية الأمريكي، الأنباء الفرنسية).
            while k < toks.len() && toks[k].after_space && !toks[k].after_quote
                && (TITLE_WORDS.contains(&toks[k].norm.as_str()) || is_nisba(&toks[k].norm)
                    || (kind == CueKind::Person && toks[k].article && k < i + cue_len + skip + 2 && !is_covered(&toks[k])))
            {
                k += 1;
            }
            let start = k;
            // The cue with its title words: وزير الخارجية الأمريكي، المتحدث باسم الكرملين.
            let cue_end = toks[k - 1].end;
            let cue_text: String = source.chars().skip(toks[i].start + cut).take(cue_end - toks[i].start - cut).collect();
            let quoted = k < toks.len() && toks[k].after_quote;
            let mut end = start;
            while end < toks.len() && end < start + 3 && usable(&toks[end]) && (end == start || (toks[end].after_space && !toks[end].after_quote)) {
                end += 1;
            }
            // The name follows the cue after a space or an opening quote, not after punctuation.
            if end == start || is_covered(&toks[start]) || !(toks[start].after_space || toks[start].after_quote) {
                i += cue_len;
                continue;
            }
            let span: Vec<&AToken> = toks[start..end].iter().collect();
            let mut chosen: Option<(usize, usize, String)> = None;
            if has_english {
                for n in (1..=span.len()).rev() {
                    let (cut, f) = best_reading(&span[..n], target);
                    if let Some((english, _)) = f {
                        chosen = Some((n, cut, english));
                        break;
                    }
                }
            }
            let (n, cut, english) = match chosen {
                Some((n, cut, e)) => (n, cut, Some(e)),
                // A translation in which nothing aligns: probably not a name after all
                // (رئيس بوليفيا ذو الشخصية المؤثرة).
                None if has_english => {
                    i = start;
                    continue;
                }
                None => {
                    let n = if quoted {
                        span.len()
                    } else {
                        match kind {
                            CueKind::Person => span.len().min(2),
                            _ => 1,
                        }
                    };
                    (n, 0, None)
                }
            };
            found.push(Found {
                segment: si,
                first: start,
                last: start + n - 1,
                cut,
                norm: phrase_of(&span[..n], cut),
                cue: Some(cue_text),
                suggestion: english,
            });
            i = start + n;
        }

        // (b) words that align with a capitalised word of the translation.
        if !has_english {
            continue;
        }
        let words = english_words(target);
        // Phrases of one or two capitalised words (La Paz goes with لاباز, whole).
        let targets: Vec<(usize, usize, String)> = phrases(&words, false)
            .into_iter()
            .filter(|(s, e, text)| words[*s..=*e].iter().filter(|w| w.capital).count() <= 2 && text.chars().filter(|c| c.is_alphabetic()).count() >= 3)
            .collect();
        if targets.is_empty() {
            continue;
        }
        // Per Arabic token: (target index, cut, score).
        let mut pairs: Vec<Option<(usize, usize, f32)>> = vec![None; toks.len()];
        for (ti, t) in toks.iter().enumerate() {
            if !usable(t) {
                continue;
            }
            let mut best: Option<(usize, usize, f32)> = None;
            for (cut, reading) in readings(&t.norm) {
                let letters = reading.chars().count() - if reading.starts_with("ال") { 2 } else { 0 };
                if letters < 3 || is_demonym(&reading) {
                    continue;
                }
                for (k, (_, _, text)) in targets.iter().enumerate() {
                    if let Some(s) = skeleton_score(&reading, text) {
                        // A reading without a clitic must do strictly better, and well.
                        let bar = if cut > 0 { STRIPPED_MIN_SCORE } else { PAIR_MIN_SCORE };
                        if s >= bar && best.is_none_or(|(_, _, b)| s > b) {
                            best = Some((k, cut, s));
                        }
                    }
                }
            }
            pairs[ti] = best;
        }
        // An English phrase goes with the Arabic word(s) it aligns best with (Kim: كيم, not قمة).
        for ti in 0..toks.len() {
            if let Some((k, _, s)) = pairs[ti] {
                if pairs.iter().any(|p| p.is_some_and(|(k2, _, s2)| k2 == k && s2 > s)) {
                    pairs[ti] = None;
                }
            }
        }
        let mut ti = 0;
        while ti < toks.len() {
            let Some((k, cut, _)) = pairs[ti] else {
                ti += 1;
                continue;
            };
            let (first_w, mut last_w) = (targets[k].0, targets[k].1);
            // Extend while the next Arabic word aligns with the next English word of the run
            // (كيم جونج أون: Kim Jong Un, short words included).
            let mut last = ti;
            while last + 1 < toks.len() && last + 1 - ti < 3 && toks[last + 1].after_space && last_w + 1 < words.len() {
                let (t2, w2) = (&toks[last + 1], &words[last_w + 1]);
                let fits = w2.run == words[first_w].run
                    && w2.capital
                    && !is_stop_word(&w2.text)
                    && usable(t2)
                    && skeleton_score(&t2.norm, &w2.text).is_some_and(|s| s >= PAIR_MIN_SCORE);
                if !fits {
                    break;
                }
                last += 1;
                last_w += 1;
            }
            let english = words[first_w..=last_w].iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ");
            let span: Vec<&AToken> = toks[ti..=last].iter().collect();
            found.push(Found {
                segment: si,
                first: ti,
                last,
                cut,
                norm: phrase_of(&span, cut),
                cue: None,
                suggestion: Some(english),
            });
            ti = last + 1;
        }
    }

    // Drop (b) spans inside an (a) span of the same segment, then de-duplicate.
    let cue_spans: Vec<(usize, usize, usize)> =
        found.iter().filter(|f| f.cue.is_some()).map(|f| (f.segment, f.first, f.last)).collect();
    found.retain(|f| {
        f.cue.is_some() || !cue_spans.iter().any(|&(s, a, b)| s == f.segment && a <= f.first && f.last <= b && (a, b) != (f.first, f.last))
    });
    found.sort_by_key(|f| (f.segment, f.first));
    let mut out: Vec<Candidate> = Vec::new();
    let mut by_norm: HashMap<String, usize> = HashMap::new();
    let toks_of: Vec<Vec<AToken>> = segments.iter().map(|(s, _)| arabic_tokens(s)).collect();
    for f in found {
        if let Some(&k) = by_norm.get(&f.norm) {
            let c: &mut Candidate = &mut out[k];
            if c.cue.is_none() {
                c.cue = f.cue;
            }
            if !c.suggestion.verified {
                if let Some(e) = f.suggestion {
                    c.suggestion = Suggestion { english: e, verified: true };
                }
            }
            continue;
        }
        let toks = &toks_of[f.segment];
        let start = toks[f.first].start + original_chars(segments[f.segment].0, toks[f.first].start, f.cut);
        let end = toks[f.last].end;
        let arabic: String = segments[f.segment].0.chars().skip(start).take(end - start).collect();
        let suggestion = match f.suggestion {
            Some(english) => Suggestion { english, verified: true },
            None => spell(&arabic, &draft),
        };
        by_norm.insert(f.norm.clone(), out.len());
        out.push(Candidate { arabic, segment: f.segment, start, end, cue: f.cue, suggestion, occurrences: 0 });
    }
    // Occurrences, with the glossary's clitic rules.
    let specs: Vec<NameSpec> = out.iter().map(|c| NameSpec { forms: vec![c.arabic.clone()], clitics: true, not: Vec::new() }).collect();
    let counter = NameIndex::build(&specs);
    for (source, _) in segments {
        for m in counter.find(source) {
            out[m.name].occurrences += 1;
        }
    }
    for c in &mut out {
        c.occurrences = c.occurrences.max(1);
    }
    out
}

/// A cue at token `i` (possibly behind a clitic: والرئيس، للرئيس): its length in tokens, the
/// number of title words after it, its kind, and the characters of clitic in front of it.
fn cue_at(toks: &[AToken], i: usize) -> Option<(usize, usize, CueKind, usize)> {
    for (words, skip, kind) in CUES {
        for (cut, first) in readings(&toks[i].norm) {
            if first != words[0] || i + words.len() > toks.len() {
                continue;
            }
            if words[1..].iter().enumerate().all(|(k, w)| toks[i + 1 + k].norm == *w && toks[i + 1 + k].after_space) {
                return Some((words.len(), *skip, *kind, cut));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeletons_align_with_their_english_spellings() {
        for (ar, en) in [
            ("بيسكوف", "Peskov"),
            ("لافروف", "Lavrov"),
            ("بلينكن", "Blinken"),
            ("ماكرون", "Macron"),
            ("جنيف", "Geneva"),
            ("زيلينسكي", "Zelensky"),
            ("كييف", "Kyiv"),
            ("ديمتري", "Dmitry"),
            ("الكرملين", "Kremlin"),
            ("بايدن", "Biden"),
            ("محمد", "Mohammed"),
            ("الجزيرة", "Al Jazeera"),
            ("المدهون", "al-Madhoun"),
            ("عبد الناصر", "Abdel Nasser"),
            ("صلاح الدين", "Salahuddin"),
            ("ألكسندر", "Alexander"),
            ("إبراهيم", "Ibrahim"),
            ("مصطفى", "Mustafa"),
            ("ديمتري بيسكوف", "Dmitry Peskov"),
            ("كوزن", "Kösen"),
        ] {
            assert!(skeleton_score(ar, en).is_some(), "{ar} / {en}");
        }
        for (ar, en) in [("بيسكوف", "Lavrov"), ("جنيف", "Kyiv"), ("بايدن", "Putin"), ("كييف", "Kremlin"), ("محمد", "Ahmed")] {
            assert_eq!(skeleton_score(ar, en), None, "{ar} / {en}");
        }
        // A perfect fit scores higher than a loose one.
        assert_eq!(skeleton_score("لافروف", "Lavrov"), Some(1.0));
        assert!(skeleton_score("بيسكوف", "Peskov") > skeleton_score("بيسكوف", "Peskova"));
        assert!(skeleton_score("محمد", "Mohammed") > skeleton_score("محمد", "Mahmoud"));
        assert_eq!(skeleton_score("", "Peskov"), None);
        assert_eq!(skeleton_score("بيسكوف", ""), None);
    }

    #[test]
    fn romanisation_is_readable() {
        for (ar, en) in [
            ("بايدن", "Bayden"),
            ("كييف", "Kyif"),
            ("سميرنوف", "Smirnov"),
            ("أوباما", "Obama"),
            ("ميخائيل", "Mikhail"),
            ("الكرملين", "al-Karmlin"),
            ("أحمد", "Ahmed"),
            ("إبراهيم", "Ibrahim"),
            ("محمود", "Mahmoud"),
            ("فاطمة", "Fatma"),
            ("عائشة", "Aisha"),
            ("سعد", "Saad"),
            ("كامل", "Kamel"),
            ("عبد الله", "Abdullah"),
            ("عبد الرحمن", "Abdel Rahmen"),
            ("عبد الفتاح السيسي", "Abdel Fatah al-Sisi"),
            ("أبو مازن", "Abu Mazen"),
            ("محمد", "Mohammed"),
        ] {
            assert_eq!(romanize(ar), en, "{ar}");
        }
        // Written vowels and shadda are used.
        assert_eq!(romanize("حَسَّان"), "Hassan");
        assert_eq!(romanize("مُرْسِي"), "Mursi");
        assert_eq!(romanize("عُمَر"), "Umar");
        assert_eq!(romanize(""), "");
    }

    /// A translator's draft of some segments of the sample article.
    fn sample_segments() -> Vec<(String, String)> {
        let paras: Vec<&str> = crate::sample::SAMPLE_TEXT.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect();
        let english = |ar: &str| -> &str {
            if ar.starts_with("ونقلت وكالة") {
                "Kremlin spokesman Dmitry Peskov told reporters, according to Bloomberg news agency, that the aim of the talks \
                 was very clear: to continue discussing all the issues on the agenda of the talks the two presidents held on \
                 December 7, and before the security talks planned for January."
            } else if ar.starts_with("ومن المتوقع") {
                "Putin and Biden are expected to lay the groundwork for the coming talks in Geneva on January 10, where \
                 diplomats of the two countries will discuss the crisis."
            } else if ar.starts_with("وتابع") {
                "He added that Putin told Biden it was a mistake to put the full blame for the current tension on Russia, \
                 and told Biden of the \"unconstructive\" position of Kyiv on a settlement in eastern Ukraine."
            } else {
                ""
            }
        };
        paras.iter().map(|p| (p.to_string(), english(p).to_string())).collect()
    }

    #[test]
    fn spelling_from_the_english_draft() {
        let draft: String = sample_segments().iter().map(|(_, e)| e.clone()).collect::<Vec<_>>().join("\n");
        assert_eq!(spell("بيسكوف", &draft), Suggestion { english: "Peskov".into(), verified: true });
        assert_eq!(spell("كييف", &draft), Suggestion { english: "Kyiv".into(), verified: true });
        assert_eq!(spell("جنيف", &draft), Suggestion { english: "Geneva".into(), verified: true });
        assert_eq!(spell("ديمتري بيسكوف", &draft).english, "Dmitry Peskov");
        assert_eq!(spell("بلومبرج", &draft).english, "Bloomberg");
        // Not in the draft: a romanisation, unverified.
        assert_eq!(spell("عصام كامل", &draft), Suggestion { english: "Asam Kamel".into(), verified: false });
        // A name that aligns only in part: spelled word by word, unverified.
        assert_eq!(spell("فلاديمير بوتين", &draft), Suggestion { english: "Fladimir Putin".into(), verified: false });
    }

    #[test]
    fn candidates_in_the_sample_without_a_glossary() {
        let segs = sample_segments();
        let pairs: Vec<(&str, &str)> = segs.iter().map(|(a, e)| (a.as_str(), e.as_str())).collect();
        let found = candidates(&pairs, &NameIndex::default());
        let get = |ar: &str| found.iter().find(|c| c.arabic == ar).unwrap_or_else(|| panic!("{ar} in {found:#?}"));
        let peskov = get("ديمتري بيسكوف");
        assert_eq!(peskov.suggestion, Suggestion { english: "Dmitry Peskov".into(), verified: true });
        assert_eq!(peskov.cue.as_deref(), Some("المتحدث باسم الكرملين"));
        let seg = pairs[peskov.segment].0;
        assert_eq!(seg.chars().skip(peskov.start).take(peskov.end - peskov.start).collect::<String>(), "ديمتري بيسكوف");
        let geneva = get("جنيف");
        assert_eq!(geneva.suggestion.english, "Geneva");
        assert_eq!(geneva.occurrences, 3);
        assert_eq!(get("كييف").suggestion.english, "Kyiv");
        assert_eq!(get("بلومبرج").suggestion.english, "Bloomberg");
        // وبايدن: the clitic comes off because the rest aligns better.
        let biden = get("بايدن");
        assert_eq!(biden.suggestion.english, "Biden");
        // 11 in all, 2 of them inside جو بايدن (a candidate of its own).
        assert_eq!(biden.occurrences, 9);
        assert_eq!(get("جو بايدن").occurrences, 2);
        // سكاي نيوز after شبكة, no English for its segment: a romanisation.
        let sky = get("سكاي");
        assert_eq!((sky.cue.as_deref(), sky.suggestion.verified), (Some("شبكة"), false));
        // Adjectives after الرئيس are skipped.
        assert!(get("فلاديمير بوتين").cue.is_some());
        assert!(found.iter().all(|c| !c.arabic.starts_with("الروسي")));
    }

    #[test]
    fn cues_without_a_translation() {
        let segs = [
            ("قال وزير الخارجية الأمريكي أنتوني بلينكن إن المحادثات جادة.", ""),
            ("ووصل إلى العاصمة الأوكرانية كييف أمس.", ""),
            ("ونقلت وكالة \"رويترز\" عن مسؤول أن الرئيس الروسي سيزور باريس.", ""),
        ];
        let found = candidates(&segs, &NameIndex::default());
        let got: Vec<(&str, Option<&str>, &str, bool)> = found
            .iter()
            .map(|c| (c.arabic.as_str(), c.cue.as_deref(), c.suggestion.english.as_str(), c.suggestion.verified))
            .collect();
        assert_eq!(
            got,
            vec![
                ("أنتوني بلينكن", Some("وزير الخارجية الأمريكي"), "Antoni Balinken", false),
                ("كييف", Some("العاصمة الأوكرانية"), "Kyif", false),
                ("رويترز", Some("وكالة"), "Rwitrez", false),
                // Without a translation to check against, a verb after a title is taken for
                // a name (the president will visit Paris): the translator dismisses it.
                ("سيزور باريس", Some("الرئيس الروسي"), "Sizor Baris", false),
            ]
        );
        // Offsets are characters of the segment's source.
        let c = &found[0];
        assert_eq!(segs[0].0.chars().skip(c.start).take(c.end - c.start).collect::<String>(), "أنتوني بلينكن");
    }

    #[test]
    fn the_glossary_names_are_not_candidates() {
        let csv = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/names.csv")).unwrap();
        let (entries, _) = crate::glossary::read_csv(&csv).unwrap();
        let index = crate::glossary::index(&entries);
        let segs = sample_segments();
        let pairs: Vec<(&str, &str)> = segs.iter().map(|(a, e)| (a.as_str(), e.as_str())).collect();
        let found = candidates(&pairs, &index);
        for name in ["بيسكوف", "بايدن", "كييف", "جنيف", "بلومبرج", "بوتين"] {
            assert!(found.iter().all(|c| !c.arabic.contains(name)), "{name} in {found:#?}");
        }
        // What is left is not a name the translation aligns with.
        assert!(found.iter().all(|c| !c.suggestion.verified), "{found:#?}");
    }

    #[test]
    fn clitics_come_off_only_when_the_rest_aligns_better() {
        let segs = [("التقى وبلينكن في لندن", "He met Blinken in London.")];
        let found = candidates(&segs, &NameIndex::default());
        let c = found.iter().find(|c| c.suggestion.english == "Blinken").expect("Blinken");
        assert_eq!((c.arabic.as_str(), c.start), ("بلينكن", 7));
        // واشنطن starts with و but is Washington whole.
        let segs = [("وصل إلى واشنطن أمس", "He arrived in Washington yesterday.")];
        let found = candidates(&segs, &NameIndex::default());
        assert_eq!(found.iter().map(|c| c.arabic.as_str()).collect::<Vec<_>>(), vec!["واشنطن"]);
    }

    #[test]
    fn suggestions_serialise_in_camel_case() {
        let c = Candidate {
            arabic: "جنيف".into(),
            segment: 2,
            start: 3,
            end: 7,
            cue: None,
            suggestion: Suggestion { english: "Geneva".into(), verified: true },
            occurrences: 1,
        };
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(
            json,
            r#"{"arabic":"جنيف","segment":2,"start":3,"end":7,"cue":null,"suggestion":{"english":"Geneva","verified":true},"occurrences":1}"#
        );
    }
}

/// How many characters of `text`, from char offset `from`, spell the first `n` letters that
/// normalisation keeps (a clitic written with harakat, وَبلينكن, is longer than its letters),
/// plus the marks right after them.
fn original_chars(text: &str, from: usize, n: usize) -> usize {
    let mut kept = 0;
    let mut taken = 0;
    for ch in text.chars().skip(from) {
        let deleted = crate::normalize::is_deleted(ch);
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
mod clitic_offsets {
    #[test]
    fn a_clitic_with_harakat_is_cut_whole() {
        assert_eq!(super::original_chars("وَبلينكن", 0, 1), 2);
        assert_eq!(super::original_chars("قال وبلينكن", 4, 1), 1);
        assert_eq!(super::original_chars("بلينكن", 0, 0), 0);
    }
}
