//! The numbers check (issue 12, its first part): every number in the Arabic is in the English
//! with the same value, and the English has none the Arabic lacks.
//!
//! (Over 600 lines: the number words of both languages in tables, and the tests that read
//! real sentences; the reading itself is one pass over each text.)
//!
//! Read in the Arabic: Arabic-Indic and Western digits (the shared normalisation folds them),
//! ٫ and ٬ as the decimal and thousands separators (and `.`, `,` as written in Western digits),
//! a number behind a clitic (و3), scale words after a number or alone in their dual (٢٫٧
//! مليار, ثلاثة ملايين, مليونان), spelled-out numbers and ordinals from three to ten (ثلاثة,
//! الثالثة); one and two, spelled, are left alone (الأول is also "former", الثاني a month's
//! name). Read in the English: digits with `,` thousands and `.` decimals, scale words and
//! their short forms (2.7 billion, £11million, $3bn, 4m), spelled-out numbers and ordinals
//! from three to ten. Percent signs and words are not compared: 5٪ and "five per cent" are the
//! same number. Ranges and years are numbers like any other.
//!
//! The English may write numbers the other way round (1 234,5: [`NumberStyle::Comma`]), as
//! the translator says in the settings.
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::dates::DateKind;
use crate::text::clitics::CLITICS;
use crate::text::normalize::{is_digit, normalize, normalize_str};
use crate::text::tokens::tokenize;

/// A number found in a text: its value in thousandths (2.7 is 2700), and where it is (bytes
/// of the original text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quantity {
    pub milli: i128,
    pub range: Range<usize>,
}

/// How the English writes its numbers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum NumberStyle {
    /// 1,234.5
    #[default]
    Point,
    /// 1 234,5 (a space, no-break space or thin space between groups)
    Comma,
}

impl NumberStyle {
    pub fn as_str(self) -> &'static str {
        match self {
            NumberStyle::Point => "point",
            NumberStyle::Comma => "comma",
        }
    }

    pub fn parse(s: &str) -> Option<NumberStyle> {
        [NumberStyle::Point, NumberStyle::Comma].into_iter().find(|n| n.as_str() == s)
    }
}

/// A value in thousandths written as the English of `style` would: 2.7 billion, 1,250, 2.75
/// (1 250 and 2,75 in the comma style).
pub fn format_value(milli: i128, style: NumberStyle) -> String {
    let (group, decimal) = match style {
        NumberStyle::Point => (",", "."),
        NumberStyle::Comma => ("\u{a0}", ","),
    };
    let abs = milli.unsigned_abs();
    for (scale, word) in [(1_000_000_000_000u128, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million")] {
        // 2.7 billion, when three decimals say it exactly; not 1.234567 million.
        if abs >= scale * 1000 && abs.is_multiple_of(scale) {
            let whole = abs / (scale * 1000);
            let frac = (abs % (scale * 1000)) / scale;
            let mut out = whole.to_string();
            if frac > 0 {
                out = format!("{out}{decimal}{}", format!("{frac:03}").trim_end_matches('0'));
            }
            return format!("{out} {word}");
        }
    }
    let whole = abs / 1000;
    let frac = abs % 1000;
    let digits = whole.to_string();
    // Years are written without a separator.
    let year = (1000..=2200).contains(&whole);
    let mut grouped = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) && !year {
            grouped.push_str(group);
        }
        grouped.push(c);
    }
    if frac > 0 {
        grouped = format!("{grouped}{decimal}{}", format!("{frac:03}").trim_end_matches('0'));
    }
    grouped
}

/// What the check found in one segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// The Arabic's number is not in the English.
    Missing(Quantity),
    /// One number of the Arabic and one of the English do not match, and nothing else is
    /// unmatched: most likely the same number, changed.
    Changed { arabic: Quantity, english: Quantity },
    /// The English has a number the Arabic does not.
    Extra(Quantity),
}

const SCALES_AR: &[(&[&str], i128)] = &[
    (&["الف", "الاف", "الفا", "الفين", "الفان", "الفي", "الوف"], 1_000),
    (&["مليون", "ملايين", "مليونا", "مليونين", "مليونان", "مليوني"], 1_000_000),
    (&["مليار", "مليارات", "مليارا", "مليارين", "ملياران", "ملياري", "بليون", "بلايين"], 1_000_000_000),
    (&["تريليون", "تريليونات", "تريليونا", "تريليونين", "تريليونان", "تريليوني"], 1_000_000_000_000),
];

/// Eleven and twelve: these words followed by عشر or عشرة (أحد عشر, الحادية عشرة, اثنا عشر,
/// الثاني عشر). Alone they are "one", "second": not numbers.
const TEEN_HEADS_AR: &[(&[&str], i128)] = &[
    (&["احد", "احدي", "الحادي", "الحاديه", "حادي", "حاديه"], 11),
    (&["اثنا", "اثني", "اثنتا", "اثنتي", "الثاني", "الثانيه"], 12),
];

/// One and two before و and a ten (الحادي والعشرين, واحد وثلاثون, الثاني والأربعين).
const UNIT_HEADS_AR: &[(&[&str], i128)] = &[
    (&["احد", "احدي", "الحادي", "الحاديه", "حادي", "حاديه", "واحد", "الواحد", "واحده", "الواحده"], 1),
    (&["اثنان", "اثنين", "اثنتان", "اثنتين", "الثاني", "الثانيه"], 2),
];

/// The first and second, read as a day of the month before من and a month (الأول من أكتوبر).
const DAY_ORDINALS_AR: &[(&[&str], i128)] = &[(&["الاول", "الاولي"], 1), (&["الثاني", "الثانيه"], 2)];

/// A fraction after a number: والنصف (11:30, as a time), ونصف (مليون ونصف: 1.5 million),
/// والربع, وربع, in thousandths of the number's unit.
const FRACTIONS_AR: &[(&[&str], i128)] =
    &[(&["والنصف", "ونصف"], 500), (&["والربع", "وربع"], 250), (&["والثلث", "وثلث"], 333)];

/// The hundreds, indefinite (مئة, ثلاثمائة); المئة after في is "per cent", not a number.
const HUNDREDS_AR: &[(&[&str], i128)] = &[
    // Not ميه, which كميه (a quantity) is behind its ك.
    (&["مئه", "مائه"], 100),
    (&["مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مائتا", "مئتي", "مائتي"], 200),
    (&["ثلاثمئه", "ثلاثمائه"], 300),
    (&["اربعمئه", "اربعمائه"], 400),
    (&["خمسمئه", "خمسمائه"], 500),
    (&["ستمئه", "ستمائه"], 600),
    (&["سبعمئه", "سبعمائه"], 700),
    (&["ثمانمئه", "ثمانمائه", "ثمانيمئه", "ثمانيمائه"], 800),
    (&["تسعمئه", "تسعمائه"], 900),
];

/// The dual forms that are a number by themselves (مليونان: two million).
const DUALS_AR: &[&str] = &[
    "الفين",
    "الفان",
    "الفي",
    "مليونين",
    "مليونان",
    "مليوني",
    "مليارين",
    "ملياران",
    "ملياري",
    "تريليونين",
    "تريليونان",
    "تريليوني",
];

const SPELLED_AR: &[(&[&str], i128)] = &[
    // ثلث, a third, is "third" in English too.
    (&["ثلاثه", "ثلاث", "ثلاثا", "الثلاثه", "الثلاث", "الثالث", "الثالثه", "ثالث", "ثالثه", "ثلث", "الثلث"], 3),
    (&["اربعه", "اربع", "اربعا", "الاربعه", "الاربع", "الرابع", "الرابعه", "رابع", "رابعه"], 4),
    (&["خمسه", "خمس", "خمسا", "الخمسه", "الخمس", "الخامس", "الخامسه", "خامس", "خامسه"], 5),
    (&["سته", "ست", "ستا", "السته", "الست", "السادس", "السادسه", "سادس", "سادسه"], 6),
    (&["سبعه", "سبع", "سبعا", "السبعه", "السبع", "السابع", "السابعه", "سابع", "سابعه"], 7),
    (&["ثمانيه", "ثماني", "ثمان", "الثمانيه", "الثماني", "الثامن", "الثامنه", "ثامن", "ثامنه"], 8),
    (&["تسعه", "تسع", "تسعا", "التسعه", "التسع", "التاسع", "التاسعه", "تاسع", "تاسعه"], 9),
    (&["عشره", "عشر", "عشرا", "العشره", "العشر", "العاشر", "العاشره", "عاشر", "عاشره"], 10),
];

/// The tens, which follow a unit with و (الرابعة والثلاثين: the 34th).
const TENS_AR: &[(&[&str], i128)] = &[
    (&["عشرون", "عشرين", "العشرون", "العشرين"], 20),
    (&["ثلاثون", "ثلاثين", "الثلاثون", "الثلاثين"], 30),
    (&["اربعون", "اربعين", "الاربعون", "الاربعين"], 40),
    (&["خمسون", "خمسين", "الخمسون", "الخمسين"], 50),
    (&["ستون", "ستين", "الستون", "الستين"], 60),
    (&["سبعون", "سبعين", "السبعون", "السبعين"], 70),
    (&["ثمانون", "ثمانين", "الثمانون", "الثمانين"], 80),
    (&["تسعون", "تسعين", "التسعون", "التسعين"], 90),
];

const SCALES_EN: &[(&[&str], i128)] = &[
    (&["thousand", "thousands", "k"], 1_000),
    (&["million", "millions", "m", "mn", "mln"], 1_000_000),
    (&["billion", "billions", "bn", "b"], 1_000_000_000),
    (&["trillion", "trillions", "tn"], 1_000_000_000_000),
];

/// What follows a number in a word made on it (threefold, fourballs). Not "some": a foursome
/// is a kind of match, and Arabic names it so.
const MADE_ON_EN: &[&str] = &["fold", "ball", "balls", "pence", "score"];

const SPELLED_EN: &[(&[&str], i128)] = &[
    (&["triple", "tripled", "treble", "trebled", "threefold"], 3),
    (&["quadruple", "quadrupled", "fourfold"], 4),
    (&["three", "third"], 3),
    (&["four", "fourth"], 4),
    (&["five", "fifth"], 5),
    (&["six", "sixth"], 6),
    (&["seven", "seventh"], 7),
    (&["eight", "eighth"], 8),
    (&["nine", "ninth"], 9),
    (&["ten", "tenth"], 10),
    (&["eleven", "eleventh"], 11),
    (&["twelve", "twelfth"], 12),
    (&["thirteen", "thirteenth"], 13),
    (&["fourteen", "fourteenth"], 14),
    (&["fifteen", "fifteenth"], 15),
    (&["sixteen", "sixteenth"], 16),
    (&["seventeen", "seventeenth"], 17),
    (&["eighteen", "eighteenth"], 18),
    (&["nineteen", "nineteenth"], 19),
    (&["twenty", "twentieth"], 20),
    (&["thirty", "thirtieth"], 30),
    (&["forty", "fortieth"], 40),
    (&["fifty", "fiftieth"], 50),
    (&["sixty", "sixtieth"], 60),
    (&["seventy", "seventieth"], 70),
    (&["eighty", "eightieth"], 80),
    (&["ninety", "ninetieth"], 90),
];

/// The decades, as Arabic names them (الثمانينات) and English writes them (the 1980s).
const DECADES_AR: &[(&[&str], i128)] = &[
    (&["العشرينات", "العشرينيات", "عشرينات", "عشرينيات"], 1920),
    (&["الثلاثينات", "الثلاثينيات", "ثلاثينات", "ثلاثينيات"], 1930),
    (&["الاربعينات", "الاربعينيات", "اربعينات", "اربعينيات"], 1940),
    (&["الخمسينات", "الخمسينيات", "خمسينات", "خمسينيات"], 1950),
    (&["الستينات", "الستينيات", "ستينات", "ستينيات"], 1960),
    (&["السبعينات", "السبعينيات", "سبعينات", "سبعينيات"], 1970),
    (&["الثمانينات", "الثمانينيات", "ثمانينات", "ثمانينيات"], 1980),
    (&["التسعينات", "التسعينيات", "تسعينات", "تسعينيات"], 1990),
];

fn lookup(table: &[(&[&str], i128)], w: &str) -> Option<i128> {
    table.iter().find(|(forms, _)| forms.contains(&w)).map(|(_, v)| *v)
}

/// `w` without a clitic in front (و, ف, ب, ك, ل and their pairs), when what is left is in
/// `table`.
fn behind_clitic(table: &[(&[&str], i128)], w: &str) -> Option<i128> {
    lookup(table, w)
        .or_else(|| CLITICS[1..].iter().find_map(|c| w.strip_prefix(c).and_then(|r| lookup(table, r))))
        // ل before ال contracts to لل (للأربع: for the four).
        .or_else(|| {
            ["لل", "ولل", "فلل"].iter().find_map(|c| w.strip_prefix(c).and_then(|r| lookup(table, &format!("ال{r}"))))
        })
}

/// Every word the Arabic tables hold, behind every clitic (and ل before ال as لل): a word not
/// here is no number word, whatever the tables would say.
fn maybe_number_word(w: &str) -> bool {
    static WORDS: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            let tables = [
                SCALES_AR,
                TEEN_HEADS_AR,
                UNIT_HEADS_AR,
                DAY_ORDINALS_AR,
                HUNDREDS_AR,
                SPELLED_AR,
                TENS_AR,
                DECADES_AR,
            ];
            let forms = tables.iter().flat_map(|t| t.iter().flat_map(|(forms, _)| forms.iter())).chain(DUALS_AR);
            let mut words = std::collections::HashSet::new();
            for f in forms {
                for c in CLITICS {
                    words.insert(format!("{c}{f}"));
                }
                if let Some(rest) = f.strip_prefix("ال") {
                    for c in ["لل", "ولل", "فلل"] {
                        words.insert(format!("{c}{rest}"));
                    }
                }
            }
            words
        })
        .contains(w)
}

/// Digits as written, with `decimal` and `group` separators, in thousandths; `None` when they
/// do not read as a number (two decimal points).
fn digits_value(s: &str, decimal: char, group: char) -> Option<i128> {
    let mut int: i128 = 0;
    let mut frac: i128 = 0;
    let mut frac_digits = 0;
    let mut in_frac = false;
    for c in s.chars() {
        match c {
            '0'..='9' => {
                let d = i128::from(c as u8 - b'0');
                if in_frac {
                    if frac_digits < 3 {
                        frac = frac * 10 + d;
                        frac_digits += 1;
                    }
                } else {
                    int = int.checked_mul(10)?.checked_add(d)?;
                }
            }
            c if c == decimal && !in_frac => in_frac = true,
            c if c == group && !in_frac => {}
            _ => return None,
        }
    }
    while frac_digits < 3 {
        frac *= 10;
        frac_digits += 1;
    }
    int.checked_mul(1000)?.checked_add(frac)
}

/// A run of a number's characters in the original text starting at byte `at`: digits (any
/// script) and the separators between them.
fn number_run(text: &str, at: usize) -> Range<usize> {
    let mut end = at;
    let mut chars = text[at..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let digit = is_digit(c);
        // The Arabic comma separates thousands only before exactly three digits (30،000).
        let three_after = || {
            let after: Vec<char> = text[at + i + c.len_utf8()..].chars().take(4).collect();
            after.len() >= 3 && after[..3].iter().all(|d| is_digit(*d)) && !after.get(3).is_some_and(|d| is_digit(*d))
        };
        let sep = matches!(c, '.' | ',' | '٫' | '٬') || (c == '،' && three_after());
        let next_is_digit = chars.peek().is_some_and(|(_, n)| is_digit(*n));
        if digit || (sep && next_is_digit && end > at) {
            end = at + i + c.len_utf8();
        } else {
            break;
        }
    }
    at..end
}

/// Words after a time of day (صباحا, مساء).
const DAYTIME_AR: &[&str] = &["صباحا", "صباح", "مساء", "مساءا", "ظهرا", "فجرا", "ليلا", "عصرا"];

/// A time written with a dot before صباحا or مساء (7.55 صباحا), in thousandths of hours.
fn arabic_dotted_time(raw: &str, next: &str) -> Option<i128> {
    let folded = normalize_str(raw);
    let (h, m) = folded.split_once(['.', '٫', ','])?;
    let two = m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit());
    let (h, m): (i128, i128) = (h.parse().ok()?, m.parse().ok()?);
    (DAYTIME_AR.contains(&next) && two && h <= 24 && m < 60).then(|| h * 1000 + m * 1000 / 60)
}

/// The minutes of a clock time whose hours end at byte `end` (`:30` after 11), when two
/// digits (of either script) follow a colon and nothing more; with the bytes the colon and the
/// minutes take.
fn clock_minutes(text: &str, end: usize) -> Option<(i128, usize)> {
    let rest = text.get(end..)?;
    let mut chars = rest.chars();
    if chars.next()? != ':' {
        return None;
    }
    let digits: String = chars.by_ref().take(2).collect();
    let folded = normalize_str(&digits);
    let m: i128 = folded.parse().ok().filter(|_| folded.len() == 2 && folded.bytes().all(|b| b.is_ascii_digit()))?;
    let taken = 1 + digits.len();
    let after = rest[taken..].chars().next();
    (m < 60 && !after.is_some_and(is_digit)).then_some((m, taken))
}

/// A number of an Arabic text, its digits folded to ASCII, its separators read: ٫ decimal, ٬
/// thousands; in Western digits, as Arabic news writes them, a `.` or `,` before exactly
/// three digits (and then no other separator) is the thousands separator (20.000, 300,000),
/// else the decimal one (2.7, 25,2).
fn read_digits(raw: &str) -> Option<i128> {
    let folded = normalize_str(raw).replace('،', "٬");
    // The Arabic marks say which is which: ٫ decimal, ٬ thousands.
    if folded.contains(['٫', '٬']) {
        return digits_value(&folded.replace('٬', "").replace('٫', "."), '.', '\u{0}');
    }
    let has_point = folded.contains('.');
    let has_comma = folded.contains(',');
    if has_point && has_comma {
        // Both: the last is the decimal separator (1,250.5 and 1.250,5).
        let last = folded.rfind(['.', ',']).map(|i| folded.as_bytes()[i] as char)?;
        let group = if last == '.' { ',' } else { '.' };
        return digits_value(&folded.replace(group, "").replace(last, "."), '.', '\u{0}');
    }
    let groups: Vec<&str> = folded.split(['.', ',']).collect();
    let thousands = groups.len() > 1 && groups[1..].iter().all(|g| g.len() == 3);
    if thousands {
        return digits_value(&folded.replace(['.', ','], ""), '.', ',');
    }
    digits_value(&folded.replace(',', "."), '.', '\u{0}')
}

/// The numbers of an Arabic text.
pub fn arabic_numbers(text: &str) -> Vec<Quantity> {
    let norm = normalize(text);
    let tokens = tokenize(&norm);
    // The months, read only when a "first" or "second" may be a day of one (الأول من أكتوبر).
    let months_cell = std::cell::OnceCell::new();
    let months = || -> &Vec<super::dates::DateRef> {
        months_cell.get_or_init(|| {
            super::dates::arabic_dates(text).into_iter().filter(|d| d.kind == DateKind::Month).collect()
        })
    };
    let mut out: Vec<Quantity> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let word = t.text(&norm);
        let orig = t.original(&norm);
        // Digits, maybe behind a clitic (و3): read from the original text, separators and all.
        let digit_at = word.find(|c: char| c.is_ascii_digit());
        // Behind a clitic, or glued to a word where a space was lost (عام2020).
        let clitic_ok = digit_at.is_some_and(|d| word[..d].chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c)));
        if clitic_ok {
            let start = text[orig.clone()].find(is_digit);
            if let Some(start) = start.map(|s| orig.start + s) {
                let run = number_run(text, start);
                if let Some(mut milli) = read_digits(&text[run.clone()]) {
                    let mut range = run.clone();
                    // The tokens the run covered (2٫7 is two tokens of the normalised text).
                    while tokens.get(i + 1).is_some_and(|n| n.original(&norm).end <= run.end) {
                        i += 1;
                    }
                    let mut unit = 1;
                    if let Some((minutes, taken)) = clock_minutes(text, run.end) {
                        // 11:30 is a time: hours and a fraction of an hour.
                        milli += minutes * 1000 / 60;
                        range.end = run.end + taken;
                        while tokens.get(i + 1).is_some_and(|n| n.original(&norm).end <= range.end) {
                            i += 1;
                        }
                    } else if let Some(time) =
                        tokens.get(i + 1).and_then(|n| arabic_dotted_time(&text[run.clone()], n.text(&norm)))
                    {
                        // 7.55 صباحا: a time, as 7:55.
                        milli = time;
                    } else if let Some(next) = tokens.get(i + 1) {
                        if let Some(scale) = lookup(SCALES_AR, next.text(&norm)) {
                            milli = milli.saturating_mul(scale);
                            unit = scale;
                            range.end = next.original(&norm).end;
                            i += 1;
                        }
                    }
                    if let Some(f) = tokens.get(i + 1).and_then(|n| lookup(FRACTIONS_AR, n.text(&norm))) {
                        milli = milli.saturating_add(f * unit);
                        range.end = tokens[i + 1].original(&norm).end;
                        i += 1;
                    }
                    out.push(Quantity { milli, range });
                    i += 1;
                    continue;
                }
            }
        }
        if !maybe_number_word(word) {
            // Most words are not numbers: one lookup says so, before the tables are walked.
            i += 1;
            continue;
        }
        if let Some(year) = behind_clitic(DECADES_AR, word) {
            let mut range = orig;
            // ثمانينيات القرن العشرين: the 1980s (the century is the decade's).
            if tokens.get(i + 1).is_some_and(|t| t.text(&norm) == "القرن") {
                if let Some(century) = tokens.get(i + 2).filter(|t| matches!(t.text(&norm), "العشرين" | "الماضي"))
                {
                    range.end = century.original(&norm).end;
                    i += 2;
                }
            }
            out.push(Quantity { milli: year * 1000, range });
        } else if DUALS_AR.contains(&word)
            || CLITICS[1..].iter().any(|c| word.strip_prefix(c).is_some_and(|r| DUALS_AR.contains(&r)))
        {
            let scale = behind_clitic(SCALES_AR, word).unwrap_or(1);
            out.push(Quantity { milli: 2 * scale * 1000, range: orig });
        } else if let Some(n) = behind_clitic(HUNDREDS_AR, word) {
            // مئة شخص, ثلاثمائة ألف: 100, 300,000.
            let mut q = Quantity { milli: n * 1000, range: orig };
            if let Some(scale) = tokens.get(i + 1).and_then(|next| lookup(SCALES_AR, next.text(&norm))) {
                q.milli = q.milli.saturating_mul(scale);
                q.range.end = tokens[i + 1].original(&norm).end;
                i += 1;
            }
            out.push(q);
        } else if let Some((n, r)) = behind_clitic(UNIT_HEADS_AR, word).and_then(|n| {
            let next = tokens.get(i + 1)?;
            let ten = next.text(&norm).strip_prefix('و').and_then(|t| lookup(TENS_AR, t))?;
            Some((n + ten, next.original(&norm)))
        }) {
            // الحادي والعشرين: the 21st.
            out.push(Quantity { milli: n * 1000, range: orig.start..r.end });
            i += 1;
        } else if let Some((n, r)) = behind_clitic(DAY_ORDINALS_AR, word).and_then(|n| {
            let of = tokens.get(i + 1)?;
            let month = tokens.get(i + 2)?;
            let starts_month =
                of.text(&norm) == "من" && months().iter().any(|m| m.range.start == month.original(&norm).start);
            // Not a half, a week or a quarter of the month (النصف الأول من أكتوبر).
            let part = i > 0 && matches!(tokens[i - 1].text(&norm), "النصف" | "الاسبوع" | "الربع" | "الثلث" | "العشر");
            (of.text(&norm) == "من" && starts_month && !part).then(|| (n, orig.clone()))
        }) {
            // الأول من أكتوبر: 1 October.
            out.push(Quantity { milli: n * 1000, range: r });
        } else if let Some(n) = behind_clitic(TENS_AR, word) {
            // الذكرى الخمسين, بعشرين عاما: 50, 20.
            out.push(Quantity { milli: n * 1000, range: orig });
        } else if let Some((n, r)) = behind_clitic(TEEN_HEADS_AR, word).and_then(|n| {
            let next = tokens.get(i + 1)?;
            matches!(next.text(&norm), "عشر" | "عشره").then(|| (n, next.original(&norm)))
        }) {
            // الحادية عشرة (والنصف): 11 (11:30).
            let mut q = Quantity { milli: n * 1000, range: orig.start..r.end };
            i += 1;
            if let Some(f) = tokens.get(i + 1).and_then(|n| lookup(FRACTIONS_AR, n.text(&norm))) {
                q.milli += f;
                q.range.end = tokens[i + 1].original(&norm).end;
                i += 1;
            }
            out.push(q);
        } else if let Some(mut n) = behind_clitic(SPELLED_AR, word).filter(|_| !matches!(word, "لست" | "لستم" | "لسن"))
        {
            let mut range = orig;
            let next = |k: usize| tokens.get(k).map(|t| (t.text(&norm), t.original(&norm)));
            match next(i + 1) {
                // ثلاثة عشر, التاسع عشر: 13, the 19th.
                Some((w, r)) if n < 10 && matches!(w, "عشر" | "عشره") => {
                    n += 10;
                    range.end = r.end;
                    i += 1;
                }
                // الرابعة والثلاثين: the 34th.
                Some((w, r)) if n < 10 && w.strip_prefix('و').and_then(|t| lookup(TENS_AR, t)).is_some() => {
                    n += w.strip_prefix('و').and_then(|t| lookup(TENS_AR, t)).unwrap_or(0);
                    range.end = r.end;
                    i += 1;
                }
                _ => {}
            }
            // ثلاث مئة: 300.
            if n < 10 && tokens.get(i + 1).is_some_and(|t| matches!(t.text(&norm), "مئه" | "مائه")) {
                n *= 100;
                range.end = tokens[i + 1].original(&norm).end;
                i += 1;
            }
            let mut q = Quantity { milli: n * 1000, range };
            let mut unit = 1;
            // ثلاثة ملايين: three million.
            if let Some(scale) = tokens.get(i + 1).and_then(|next| lookup(SCALES_AR, next.text(&norm))) {
                q.milli = q.milli.saturating_mul(scale);
                unit = scale;
                q.range.end = tokens[i + 1].original(&norm).end;
                i += 1;
            }
            if let Some(f) = tokens.get(i + 1).and_then(|n| lookup(FRACTIONS_AR, n.text(&norm))) {
                q.milli = q.milli.saturating_add(f * unit);
                q.range.end = tokens[i + 1].original(&norm).end;
                i += 1;
            }
            out.push(q);
        }
        i += 1;
    }
    out
}

/// One to nine, and their ordinals, as the second half of a compound (fifty-eight, twenty-first).
const UNITS_EN: &[(&[&str], i128)] = &[
    (&["one", "first"], 1),
    (&["two", "second"], 2),
    (&["three", "third"], 3),
    (&["four", "fourth"], 4),
    (&["five", "fifth"], 5),
    (&["six", "sixth"], 6),
    (&["seven", "seventh"], 7),
    (&["eight", "eighth"], 8),
    (&["nine", "ninth"], 9),
];

/// A time written with a dot (5.30pm): the hours and a fraction of an hour, in thousandths.
fn dotted_time(raw: &str, after: &str) -> Option<i128> {
    let (h, m) = raw.split_once('.')?;
    let meridiem = after.trim_start().to_lowercase();
    let is_time = ["am", "pm", "a.m.", "p.m."]
        .iter()
        .any(|s| meridiem.strip_prefix(s).is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_alphanumeric())));
    let (h, m): (i128, i128) = (h.parse().ok()?, m.parse().ok()?);
    (is_time && raw.len() - raw.find('.')? == 3 && h <= 24 && m < 60).then(|| h * 1000 + m * 1000 / 60)
}

/// The second year of a range written short (1950-53, 2019–20): the full year, when the number
/// before the dash is a year of the same century and the short one comes after it.
fn short_year(text: &str, start: usize, raw: &str, before: &[Quantity]) -> Option<i128> {
    if raw.len() != 2 {
        return None;
    }
    let dash = text[..start].chars().next_back().filter(|c| matches!(c, '-' | '\u{2013}'))?;
    let first = before.last().filter(|q| q.range.end == start - dash.len_utf8())?;
    let year = first.milli / 1000;
    let short: i128 = raw.parse().ok()?;
    let full = year / 100 * 100 + short;
    ((1000..=2200).contains(&year) && first.milli % 1000 == 0 && full > year).then_some(full)
}

/// The numbers of an English text that writes them in `style`.
pub fn english_numbers_in(text: &str, style: NumberStyle) -> Vec<Quantity> {
    if style == NumberStyle::Point {
        return english_numbers(text);
    }
    // Rewritten in the point style (1 234,5 → 1,234.5), with where each byte came from.
    let mut point = String::with_capacity(text.len());
    let mut from: Vec<usize> = Vec::with_capacity(text.len() + 1);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        let digit_before = k > 0 && chars[k - 1].1.is_ascii_digit();
        let digits_after = chars[k + 1..].iter().take_while(|(_, c)| c.is_ascii_digit()).count();
        let group_space = matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
            && digit_before
            && digits_after == 3
            && !chars.get(k + 4).is_some_and(|(_, c)| c.is_ascii_digit());
        let swapped = match c {
            ',' if digit_before && digits_after > 0 => '.',
            '.' if digit_before && digits_after == 3 => ',',
            _ if group_space => ',',
            c => c,
        };
        for _ in 0..swapped.len_utf8() {
            from.push(at);
        }
        point.push(swapped);
    }
    from.push(text.len());
    english_numbers(&point)
        .into_iter()
        .map(|q| {
            // The end maps to the end of the original character it closes.
            let end = from[q.range.end];
            Quantity { milli: q.milli, range: from[q.range.start]..end }
        })
        .collect()
}

/// The numbers of an English text (in the point style: 1,234.5).
pub fn english_numbers(text: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        let c = bytes[i];
        let word_start = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        if c.is_ascii_digit() && !word_start && bytes[i - 1].is_ascii_alphabetic() {
            // Digits inside a word (COVID19, G7) are part of a name.
            i += text[i..].find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(text.len() - i);
            continue;
        }
        if c.is_ascii_digit() {
            let run = number_run(text, i);
            let raw = &text[run.clone()];
            // A comma is a thousands separator only before three digits (1,000 but "3, 4").
            let value = if raw.split(',').skip(1).all(|g| g.len() >= 3) { digits_value(raw, '.', ',') } else { None };
            let mut end = run.end;
            if let (Some(hours), Some((minutes, taken))) = (value, clock_minutes(text, run.end)) {
                // 11:30: hours and a fraction of an hour, as the Arabic's الحادية عشرة والنصف.
                out.push(Quantity { milli: hours + minutes * 1000 / 60, range: run.start..run.end + taken });
                i = run.end + taken;
                continue;
            }
            if let Some(time) = dotted_time(raw, &text[run.end..]) {
                // 5.30pm, as British English writes a time.
                out.push(Quantity { milli: time, range: run.clone() });
                i = run.end;
                continue;
            }
            if let Some(year) = short_year(text, run.start, raw, &out) {
                // 1950-53: the second year of a range, in full.
                out.push(Quantity { milli: year * 1000, range: run.clone() });
                i = run.end;
                continue;
            }
            if let Some(mut milli) = value {
                // A scale: glued (11million, 3bn, 4m) or after a space (2.7 billion).
                let rest = &text[end..];
                let glued = rest.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
                let spaced =
                    rest.strip_prefix(' ').map(|r| r.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or(""));
                // One letter (m, k, b) is a scale only after a currency sign: $100m, but a 100m
                // race.
                let money = text[..run.start].trim_end().ends_with(['$', '£', '€', '¥']);
                let letter_ok = |w: &str| w.len() > 1 || money;
                if let Some(scale) = lookup(SCALES_EN, &glued.to_lowercase()).filter(|_| letter_ok(glued)) {
                    milli = milli.saturating_mul(scale);
                    end += glued.len();
                } else if let Some(w) = spaced.filter(|w| !w.is_empty()) {
                    if let Some(scale) = lookup(SCALES_EN, &w.to_lowercase()).filter(|_| w.len() > 1) {
                        milli = milli.saturating_mul(scale);
                        end += 1 + w.len();
                    }
                }
                out.push(Quantity { milli, range: run.start..end });
            }
            i = end.max(run.end).max(i + 1);
            continue;
        }
        if word_start && c.is_ascii_alphabetic() {
            let w_end = text[i..].find(|c: char| !c.is_ascii_alphabetic()).map_or(text.len(), |e| i + e);
            let w = text[i..w_end].to_lowercase();
            // A word made on a number (fourballs, threefold, foursome) names the number; a word
            // that merely begins like one (tension, often) does not.
            let made_on = || {
                SPELLED_EN.iter().find_map(|(forms, v)| {
                    forms.iter().any(|f| w.strip_prefix(f).is_some_and(|rest| MADE_ON_EN.contains(&rest))).then_some(*v)
                })
            };
            if let Some(mut n) = lookup(SPELLED_EN, &w).or_else(made_on) {
                let mut w_end = w_end;
                // Fifty-eight, twenty-first.
                if n % 10 == 0 && (20..=90).contains(&n) && text[w_end..].starts_with('-') {
                    let u_end = text[w_end + 1..]
                        .find(|c: char| !c.is_ascii_alphabetic())
                        .map_or(text.len(), |e| w_end + 1 + e);
                    let unit = text[w_end + 1..u_end].to_lowercase();
                    if let Some(u) = lookup(UNITS_EN, &unit) {
                        n += u;
                        w_end = u_end;
                    }
                }
                let mut q = Quantity { milli: n * 1000, range: i..w_end };
                let after = &text[w_end..];
                if let Some(next) =
                    after.strip_prefix(' ').map(|r| r.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or(""))
                {
                    if let Some(scale) = lookup(SCALES_EN, &next.to_lowercase()).filter(|_| next.len() > 1) {
                        q.milli = q.milli.saturating_mul(scale);
                        q.range.end = w_end + 1 + next.len();
                    }
                }
                i = q.range.end;
                out.push(q);
                continue;
            }
            i = w_end;
            continue;
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// One and two, spelled or as ordinals, in thousandths: numbers only when the English has them.
const WEAK_AR: &[(&[&str], i128)] = &[
    (&["الاول", "الاولي", "اول", "اولي", "واحد", "واحده", "واحدا", "الواحد", "الواحده"], 1),
    (&["الثاني", "الثانيه", "الثان", "ثاني", "ثانيه", "اثنان", "اثنين", "اثنتان", "اثنتين"], 2),
    // A scale word alone: مليون لاجئ, a million (1 million) refugees.
    (&["الف", "الفا"], 1_000),
    (&["مليون", "مليونا"], 1_000_000),
    (&["مليار", "مليارا"], 1_000_000_000),
    (&["تريليون", "تريليونا"], 1_000_000_000_000),
];

/// The numbers inside English words (G7, G20, COVID19), in thousandths: not numbers of the
/// English, but they may stand for one of the Arabic.
fn inner_numbers(english: &str) -> Vec<i128> {
    english
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|w| {
            let digits = &w[w.find(|c: char| c.is_ascii_digit())?..];
            digits.parse::<i128>().ok().filter(|_| digits.len() <= 6).map(|n| n * 1000)
        })
        .collect()
}

fn weak_numbers(arabic: &str) -> Vec<i128> {
    let norm = normalize(arabic);
    tokenize(&norm).iter().filter_map(|t| behind_clitic(WEAK_AR, t.text(&norm))).map(|n| n * 1000).collect()
}

/// What differs between the numbers of an Arabic text and of its English: each number of the
/// Arabic is matched with one of the same value in the English, as many times as it occurs.
pub fn check_pair(arabic: &str, english: &str) -> Vec<Finding> {
    check_pair_in(arabic, english, NumberStyle::Point)
}

/// [`check_pair`] for an English in `style`.
pub fn check_pair_in(arabic: &str, english: &str, style: NumberStyle) -> Vec<Finding> {
    let mut missing = arabic_numbers(arabic);
    // Words of English left in the Arabic (a book's title): their spelled numbers count.
    missing.extend(
        english_numbers(arabic)
            .into_iter()
            .filter(|q| arabic[q.range.clone()].starts_with(|c: char| c.is_ascii_alphabetic())),
    );
    let mut extra = english_numbers_in(english, style);
    missing.retain(|a| match extra.iter().position(|e| e.milli == a.milli) {
        Some(k) => {
            extra.remove(k);
            false
        }
        None => true,
    });
    // Groups of digits with a space between them (116 123, a telephone number) may be the
    // Arabic's one number: matched when their digits, joined, are its digits.
    missing.retain(|a| {
        let joined = extra.windows(2).position(|w| {
            let between = english.get(w[0].range.end..w[1].range.start);
            let (x, y) = (w[0].milli / 1000, w[1].milli / 1000);
            between == Some(" ")
                && w[0].milli % 1000 == 0
                && w[1].milli % 1000 == 0
                && english[w[1].range.clone()].len() == 3
                && x.checked_mul(1000).and_then(|v| v.checked_add(y)) == Some(a.milli / 1000)
                && a.milli % 1000 == 0
        });
        match joined {
            Some(k) => {
                extra.drain(k..k + 2);
                false
            }
            None => true,
        }
    });
    // One and two, spelled, and first and second are not read as numbers of the Arabic (they
    // are as often "former", "both", a month's name), but an English 1 or 2 left over finds
    // them: No.1 for «الأولى», Nord Stream 2 for «نورد ستريم الثاني», 1-of-4 for «واحدًا من».
    // A number inside an English name (G7, G20) stands for the Arabic's (مجموعة السبع).
    if !missing.is_empty() {
        let inner = inner_numbers(english);
        missing.retain(|a| !inner.contains(&a.milli));
    }
    let mut weak = if extra.is_empty() { Vec::new() } else { weak_numbers(arabic) };
    extra.retain(|e| match weak.iter().position(|w| *w == e.milli) {
        Some(k) => {
            weak.remove(k);
            false
        }
        None => true,
    });
    if missing.len() == 1 && extra.len() == 1 {
        return vec![Finding::Changed { arabic: missing.remove(0), english: extra.remove(0) }];
    }
    missing.into_iter().map(Finding::Missing).chain(extra.into_iter().map(Finding::Extra)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(q: &[Quantity]) -> Vec<f64> {
        q.iter().map(|q| q.milli as f64 / 1000.0).collect()
    }

    #[test]
    fn arabic_numbers_in_any_digits_with_separators_scales_and_words() {
        assert_eq!(values(&arabic_numbers("ارتفع ٢٫٧٪ إلى ١٬٢٥٠ دولارا")), [2.7, 1250.0]);
        assert_eq!(values(&arabic_numbers("بلغت الخسائر 2.7 مليار دولار و3 ملايين")), [2.7e9, 3e6]);
        assert_eq!(values(&arabic_numbers("قتل ثلاثة أشخاص في اليوم الثالث، ومليونان نزحوا")), [3.0, 3.0, 2e6]);
        assert_eq!(values(&arabic_numbers("ثلاثة ملايين دولار")), [3e6]);
        assert_eq!(
            values(&arabic_numbers("في القرن التاسع عشر، للمرة الرابعة والثلاثين، الأيام الأربع")),
            [19.0, 34.0, 4.0]
        );
        assert_eq!(values(&arabic_numbers("نحو 20.000 شخص و25,2 مليار في الثمانينات")), [20_000.0, 25.2e9, 1980.0]);
        assert_eq!(
            values(&arabic_numbers("في الحادية عشر والنصف مساء، والساعة 9:15، الثاني عشر، 3 ملايين ونصف")),
            [11.5, 9.25, 12.0, 3.5e6]
        );
        assert_eq!(
            values(&arabic_numbers(
                "في الأول من أكتوبر، عيد مولده الحادي والعشرين، الذكرى الخمسين، مليوني دولار، أكثر من 30،000 وعام2020"
            )),
            [1.0, 21.0, 50.0, 2e6, 30_000.0, 2020.0]
        );
        assert_eq!(values(&arabic_numbers("محاولة خامسة، ثلاثًا، الفصل الأول")), [5.0, 3.0]);
        assert_eq!(
            values(&arabic_numbers("في ثمانينيات القرن العشرين، الساعة 7.55 صباحًا، النصف الأول من أكتوبر، للأربع كرات")),
            [1980.0, 7.916, 4.0]
        );
        // One and two, spelled, and the months' ordinals are not read as numbers.
        assert!(arabic_numbers("قال الرئيس الأول في كانون الثاني إن الجانبين").is_empty());
        let text = "في عام ٢٠٢١";
        let q = &arabic_numbers(text)[0];
        assert_eq!((q.milli, &text[q.range.clone()]), (2_021_000, "٢٠٢١"));
    }

    #[test]
    fn english_numbers_with_scales_glued_or_spaced_and_words() {
        assert_eq!(values(&english_numbers("rose 2.7% to 1,250 dollars in 2021")), [2.7, 1250.0, 2021.0]);
        assert_eq!(values(&english_numbers("a £11million deal, $3bn and 2.7 billion")), [11e6, 3e9, 2.7e9]);
        assert_eq!(values(&english_numbers("three people on the third day, five million fled")), [3.0, 3.0, 5e6]);
        assert_eq!(values(&english_numbers("the fourballs of the 1980s, the fourteenth")), [4.0, 1980.0, 14.0]);
        assert_eq!(values(&english_numbers("at 11:30 p.m., a threefold rise")), [11.5, 3.0]);
        assert_eq!(
            values(&english_numbers("Fifty-eight percent at 5.30pm in the 1950-53 war")),
            [58.0, 5.5, 1950.0, 1953.0]
        );
        assert!(english_numbers("the foursomes").is_empty());
        assert_eq!(values(&english_numbers("in 2019 100 times, nearly tripled")), [2019.0, 100.0, 3.0]);
        assert!(english_numbers("the tension often eases").is_empty());
        // Not a thousands separator: a list.
        assert_eq!(values(&english_numbers("items 3, 4 and 5")), [3.0, 4.0, 5.0]);
        assert!(english_numbers("The Kremlin said someone often attends").is_empty());
        assert!(english_numbers("COVID19 and G7").is_empty());
    }

    #[test]
    fn the_comma_style_reads_spaces_as_groups_and_the_comma_as_decimal() {
        let ar = "ارتفع إلى ٢٫٧٪ أي ١٬٢٥٠٫٥ دولار";
        assert!(check_pair_in(ar, "en hausse de 2,7 %, soit 1\u{a0}250,5 dollars", NumberStyle::Comma).is_empty());
        assert!(check_pair_in(ar, "up 2.7%, or 1,250.5 dollars", NumberStyle::Point).is_empty());
        // Read in the wrong style, the same English is wrong.
        assert!(!check_pair_in(ar, "up 2.7%, or 1,250.5 dollars", NumberStyle::Comma).is_empty());
        let text = "soit 1\u{202f}250,5 dollars";
        let q = &english_numbers_in(text, NumberStyle::Comma)[0];
        assert_eq!((q.milli, &text[q.range.clone()]), (1_250_500, "1\u{202f}250,5"));
    }

    #[test]
    fn values_are_written_as_the_english_would() {
        assert_eq!(format_value(2_700_000_000_000, NumberStyle::Point), "2.7 billion");
        assert_eq!(format_value(3_000_000_000, NumberStyle::Point), "3 million");
        assert_eq!(format_value(12_500_000, NumberStyle::Point), "12,500");
        assert_eq!(format_value(12_500_000, NumberStyle::Comma), "12\u{a0}500");
        assert_eq!(format_value(1_250_000, NumberStyle::Point), "1250", "it may be a year");
        assert_eq!(format_value(2_021_000, NumberStyle::Point), "2021");
        assert_eq!(format_value(2_750, NumberStyle::Point), "2.75");
        assert_eq!(format_value(2_750, NumberStyle::Comma), "2,75");
        assert_eq!(format_value(1_234_567_000, NumberStyle::Point), "1,234,567");
    }

    #[test]
    fn a_good_translation_is_quiet_and_a_wrong_figure_is_caught() {
        let ar = "ارتفع التضخم إلى ٢٫٧٪ في عام ٢٠٢١ وخسر ثلاثة ملايين شخص وظائفهم";
        assert!(check_pair(ar, "Inflation rose to 2.7% in 2021 and three million people lost their jobs").is_empty());
        assert!(check_pair(ar, "Inflation rose to 2.7 per cent in 2021 and 3 million lost their jobs").is_empty());
        // Digits swapped: one changed.
        let found = check_pair(ar, "Inflation rose to 7.2% in 2021 and three million people lost their jobs");
        match &found[..] {
            [Finding::Changed { arabic, english }] => assert_eq!((arabic.milli, english.milli), (2_700, 7_200)),
            other => panic!("{other:?}"),
        }
        // Hundreds; a scale word alone; G7; metres; «لست» (I am not).
        assert!(check_pair("قتل مئة شخص وثلاثمائة ألف نزحوا", "100 people were killed and 300,000 fled").is_empty());
        assert!(arabic_numbers("كمية الأمطار").is_empty());
        assert!(check_pair("نسبة 5 في المئة", "5 per cent").is_empty());
        assert!(check_pair("أكثر من مليون لاجئ", "more than 1 million refugees").is_empty());
        assert!(check_pair("قمة مجموعة السبع", "the G7 summit").is_empty());
        assert!(check_pair("سباق 100 متر", "the 100m race").is_empty());
        assert!(check_pair("صفقة بقيمة 100 مليون دولار", "a $100m deal").is_empty());
        assert!(check_pair("قال لست خائفا", "he said he was not afraid").is_empty());
        // A clock time in Arabic-Indic digits is one number; a mixed one does not panic.
        assert!(check_pair("الساعة ١١:٣٠", "at 11:30").is_empty());
        let _ = check_pair("الساعة 11:0٥ و", "at 11:0٥ x");
        let _ = check_pair("1000000000000000000000000000000 بليون", "100000000000000000000000000000 billion");
        // One and two in words or ordinals match an English 1 or 2, and are never missing.
        assert!(check_pair("خط أنابيب نورد ستريم الثاني", "the Nord Stream 2 pipeline").is_empty());
        assert!(check_pair("قال الرئيس الأول", "the first president said").is_empty());
        // A telephone number grouped in the English, whole in the Arabic (and the other way).
        assert!(check_pair("اتصل على الرقم 116123", "call 116 123").is_empty());
        assert!(check_pair("على الرقم 111 555 0800", "on 0800 555 111").is_empty());
        // A scale word dropped, a number left out, one added.
        let found = check_pair(ar, "Inflation rose to 2.7% and three people lost their jobs, 40 of them");
        assert!(found.iter().any(|f| matches!(f, Finding::Missing(q) if q.milli == 2_021_000)), "{found:?}");
        assert!(found.iter().any(|f| matches!(f, Finding::Missing(q) if q.milli == 3_000_000_000)), "{found:?}");
        assert!(found.iter().any(|f| matches!(f, Finding::Extra(q) if q.milli == 40_000)), "{found:?}");
    }
}
