//! The dates check (issue 12, its second part): every month, weekday and Hijri month of the
//! Arabic is in the English, and a weekday next to a full date is the weekday the date falls on.
//!
//! (Over 600 lines: the names of three calendars in two languages, the company each
//! ambiguous one needs, and the tests.)
//!
//! Read in the Arabic (in the shared normalisation, behind و ف ب ل and their pairs): the
//! Gregorian months (يناير, and the Maghrebi جانفي, غشت, شتنبر…), the Levantine ones (شباط,
//! كانون الثاني read as one month), the weekdays, the Hijri months. A month written in both sets
//! (أكتوبر/تشرين الأول, تشرين الأول (أكتوبر)) is one mention. Words that are also ordinary words
//! or names are read only in a date's company: مارس (a verb), آب (أب, father), نيسان (the car)
//! next to a day, a year, شهر, a word like الماضي after it or في, منذ, حتى before it; محرم, رجب,
//! شعبان, شوال next to a day, a year or شهر, صفر (zero, and 3 صفر is a score) only after شهر, 27
//! من or before a year; الاثنين (also "the two") after يوم, صباح, أمس…, among weekdays, or
//! before a date or الماضي. رمضان is always read: as a name it is "Ramadan" in English too.
//!
//! Read in the English: month names (March, May and August only capitalised, March and May only
//! next to a day, a year or a word like in, since, early), their abbreviations (Oct., Sept 5),
//! 9/11; weekdays (Mon. with its period), the Sabbath; Hijri months in their common spellings
//! (Rabi' al-Awwal, Dhul-Hijjah, Ramazan).
//!
//! Compared as sets of each kind: a month of the Arabic anywhere in the English is there. An
//! English month the Arabic lacks is not reported (the English often names a month the Arabic
//! leaves implicit). In each text, a weekday right before or after a day, month and four-digit
//! year is checked against the calendar.
//!
//! `qa::run` turns the findings into issues.
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::{Mutex, OnceLock};

use crate::text::clitics::{detach, CLITICS};
use crate::text::normalize::normalize;
use crate::text::tokens::tokenize;

/// What a date word names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    Month,
    Weekday,
    Hijri,
}

/// A month, weekday or Hijri month found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateRef {
    pub kind: DateKind,
    /// Month 1..=12, weekday 0..=6 with 0 = Sunday, Hijri month 1..=12.
    pub index: u8,
    /// Bytes of the original text.
    pub range: Range<usize>,
}

/// What the check found in one segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// A month/weekday/Hijri month of the Arabic is not in the English.
    Missing(DateRef),
    /// The English has another month (weekday, Hijri month) where the Arabic has this one.
    Changed { arabic: DateRef, english: DateRef },
    /// A weekday contradicts a full date (day, month, year) in the same text. `in_english`
    /// says which side; `actual` is the weekday the date falls on.
    WeekdayContradicts { weekday: DateRef, actual: u8, in_english: bool },
}

use DateKind::{Hijri, Month, Weekday};

// Names are separated by commas, the forms of a name by spaces; the words of an Arabic form are
// joined by `_` (كانون_الثاني). January, Sunday and Muharram come first.
const MONTHS: &str = "January, February, March, April, May, June, July, August, September, October, November, December";
const WEEKDAYS: &str = "Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday";
const HIJRI: &str = "Muharram, Safar, Rabi al-Awwal, Rabi al-Thani, Jumada al-Awwal, Jumada al-Thani, Rajab, \
    Shaaban, Ramadan, Shawwal, Dhu al-Qadah, Dhu al-Hijjah";

/// The English name to show as "expected" (e.g. "October", "Tuesday", "Ramadan").
pub fn english_name(kind: DateKind, index: u8) -> &'static str {
    let (names, first) = match kind {
        Month => (MONTHS, 1),
        Weekday => (WEEKDAYS, 0),
        Hijri => (HIJRI, 1),
    };
    let at = usize::from(index).checked_sub(first);
    at.and_then(|k| names.split(',').nth(k)).map_or("", str::trim)
}

/// The Arabic names, in the shared normalisation.
const AR_MONTHS: &str = "يناير جانفي كانون_الثاني كانون_ثاني كانون_ثان, فبراير فيفري فبرير شباط, مارس اذار, \
    ابريل افريل نيسان, مايو ايار, يونيو يونيه حزيران, يوليو يوليه يوليوز جويليه تموز, اغسطس غشت اوت اب, \
    سبتمبر شتنبر ايلول, اكتوبر تشرين_الاول تشرين_اول, نوفمبر نونبر تشرين_الثاني تشرين_ثاني تشرين_ثان, \
    ديسمبر دجنبر كانون_الاول كانون_اول";
const AR_WEEKDAYS: &str = "الاحد, الاثنين, الثلاثاء, الاربعاء, الخميس, الجمعه, السبت";
const AR_HIJRI: &str = "محرم, صفر, ربيع_الاول ربيع_اول, ربيع_الاخر ربيع_الثاني ربيع_ثاني ربيع_ثان ربيع_اخر, \
    جمادي_الاولي جمادي_الاول جمادي_اولي جمادي_اول, \
    جمادي_الاخره جمادي_الثانيه جمادي_الاخر جمادي_الثاني جمادي_اخره جمادي_ثانيه, رجب, شعبان, رمضان, شوال, \
    ذو_القعده ذي_القعده ذا_القعده, ذو_الحجه ذي_الحجه ذا_الحجه";

/// Which name of `names` `w` is a form of (0 for the first), in any case. Each list is indexed
/// once (a map from form to name), so a lookup costs a hash, not a walk over the list.
fn position(names: &'static str, w: &str) -> Option<u8> {
    type Index = HashMap<String, u8>;
    static INDEXES: OnceLock<Mutex<HashMap<usize, &'static Index>>> = OnceLock::new();
    let index: &'static Index = {
        let mut indexes = INDEXES.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
        indexes.entry(names.as_ptr() as usize).or_insert_with(|| {
            let mut index = Index::new();
            for (k, name) in names.split(',').enumerate() {
                for form in name.split_whitespace() {
                    index.entry(form.to_ascii_lowercase()).or_insert(k as u8);
                }
            }
            Box::leak(Box::new(index))
        })
    };
    if w.bytes().any(|b| b.is_ascii_uppercase()) {
        index.get(&w.to_ascii_lowercase()).copied()
    } else {
        index.get(w).copied()
    }
}

/// Whether `w` is one of the words of `set` (separated by spaces).
fn is_in(set: &str, w: &str) -> bool {
    set.split(' ').any(|x| x == w)
}

/// How much company an Arabic form needs to be read as a date (see the module's documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Need {
    Nothing,
    /// A day, a year, شهر, a word like الماضي after it, or a preposition of time before it.
    Time,
    /// آب: as `Time` when written with its madda, else as `Date` (أب is "father").
    Madda,
    /// A day, a year, شهر or a word like الماضي after it.
    Date,
    /// صفر: a year, شهر, or a day with من.
    Year,
    /// الاثنين: a word of time before it, a weekday beside it, a date or الماضي after it.
    Monday,
}

fn need(form: &str) -> Need {
    match form {
        "مارس" | "نيسان" | "اوت" => Need::Time,
        "اب" => Need::Madda,
        "محرم" | "رجب" | "شعبان" | "شوال" => Need::Date,
        "صفر" => Need::Year,
        "الاثنين" => Need::Monday,
        _ => Need::Nothing,
    }
}

/// Every Arabic form (two-word ones joined by `_`) with its name, and the first words of the
/// two-word forms: built once, so that reading a text is a lookup per word.
type Forms = (HashMap<&'static str, (DateKind, u8)>, HashSet<&'static str>);

fn ar_forms() -> &'static Forms {
    static FORMS: OnceLock<Forms> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut forms = HashMap::new();
        let mut heads = HashSet::new();
        // Months first: a form in two lists is the month.
        for (names, kind, first) in [(AR_MONTHS, Month, 1), (AR_WEEKDAYS, Weekday, 0), (AR_HIJRI, Hijri, 1)] {
            for (k, name) in names.split(',').enumerate() {
                for form in name.split_whitespace() {
                    forms.entry(form).or_insert((kind, k as u8 + first));
                    if let Some((head, _)) = form.split_once('_') {
                        heads.insert(head);
                    }
                }
            }
        }
        (forms, heads)
    })
}

fn ar_name(form: &str) -> Option<(DateKind, u8)> {
    ar_forms().0.get(form).copied()
}

/// Words of time a weekday follows (يوم الاثنين, صباح الاثنين, أمس الاثنين).
const AR_DAY_WORDS: &str = "يوم يومي اليوم صباح مساء ليله ظهر ظهيره فجر عصر امس غد غدا نهار صبيحه";
/// Prepositions of time a month follows (في مارس, منذ نيسان).
const AR_TIME_PREPS: &str = "في منذ حتي خلال بحلول قبل بعد اوائل اواخر اواسط منتصف مطلع نهايه بدايه";
/// Words after a month or weekday that make it one (مارس الماضي, الاثنين المقبل).
const AR_RELATIVE: &str =
    "الماضي المقبل القادم الماضيين المقبلين القادمين الحالي الجاري المنصرم الفائت الموافق المصادف";
/// The ordinal days read before من and a month (الأول من أكتوبر).
const AR_ORDINAL_DAYS: &str = "الاول, الثاني, الثالث, الرابع, الخامس, السادس, السابع, الثامن, التاسع, العاشر";

/// The forms of an Arabic word to look up: itself, then behind a clitic (not ك: no date takes
/// it, and كاب is a name).
fn stems(w: &str) -> impl Iterator<Item = String> + '_ {
    let clitics = CLITICS[1..].iter().filter(|c| !c.contains('ك'));
    std::iter::once(w.to_owned()).chain(clitics.filter_map(move |c| detach(w, c)))
}

fn stem_in(w: &str, set: &str) -> bool {
    stems(w).any(|s| is_in(set, &s))
}

/// A day of the month in digits (1 to 31, 5th), in either text.
fn day_number(w: &str) -> Option<u8> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix_ok = matches!(&w[digits.len()..], "" | "st" | "nd" | "rd" | "th");
    let n: u8 = digits.parse().ok().filter(|_| suffix_ok && digits.len() <= 2)?;
    (1..=31).contains(&n).then_some(n)
}

/// A year: four digits, in the Arabic maybe followed by م or هـ (2025م).
fn year_number(w: &str) -> Option<i32> {
    let digits = w.strip_suffix('م').or_else(|| w.strip_suffix('ه')).unwrap_or(w);
    let n: i32 = digits.parse().ok().filter(|_| digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()))?;
    (1000..=2999).contains(&n).then_some(n)
}

/// A date word found in a text: its tokens and, for a month, its day and year and the tokens
/// of the whole date (5 أكتوبر 2025, October 5, 2025).
#[derive(Debug, Clone)]
struct Mention {
    date: DateRef,
    first: usize,
    last: usize,
    day: Option<u8>,
    year: Option<i32>,
    outer: (usize, usize),
}

impl Mention {
    fn new(kind: DateKind, index: u8, first: usize, last: usize, range: Range<usize>) -> Mention {
        Mention { date: DateRef { kind, index, range }, first, last, day: None, year: None, outer: (first, last) }
    }
}

/// The day before an Arabic month (5 أكتوبر, 5 من أكتوبر, الأول من أكتوبر) and its token.
fn ar_day_before(words: &[&str], first: usize) -> Option<(u8, usize)> {
    let de = first > 1 && words[first - 1] == "من";
    let at = first.checked_sub(if de { 2 } else { 1 })?;
    if let Some(day) = day_number(words[at]) {
        return Some((day, at));
    }
    let ordinal = position(AR_ORDINAL_DAYS, words[at]).filter(|_| de)?;
    // الأسبوع الأول من أكتوبر is a week, not a day.
    let part = at > 0 && is_in("الاسبوع النصف الربع الثلث العقد الجزء", words[at - 1]);
    (!part).then_some((ordinal + 1, at))
}

/// The year after an Arabic month (أكتوبر 2025, أكتوبر من عام 2025, صفر سنة 636 هـ) and its
/// token.
fn ar_year_after(words: &[&str], last: usize) -> Option<(i32, usize)> {
    let mut at = last + 1;
    while at <= last + 2 && words.get(at).is_some_and(|w| is_in("من عام العام سنه لعام", w)) {
        at += 1;
    }
    let w = *words.get(at)?;
    if let Some(year) = year_number(w) {
        return Some((year, at));
    }
    // A Hijri year of fewer digits says so: 636 هـ, 636هـ, 40 للهجرة.
    let hijri = words.get(at + 1).is_some_and(|n| is_in("ه للهجره هجريه", n));
    let digits = if hijri { w } else { w.strip_suffix('ه')? };
    let n: i32 = digits.parse().ok().filter(|_| digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit()))?;
    Some((n, at))
}

/// The months, weekdays and Hijri months of an Arabic text.
pub fn arabic_dates(text: &str) -> Vec<DateRef> {
    read_arabic(text).0.into_iter().map(|m| m.date).collect()
}

fn read_arabic(text: &str) -> (Vec<Mention>, Vec<String>) {
    let norm = normalize(text);
    let tokens = tokenize(&norm);
    let words: Vec<&str> = tokens.iter().map(|t| t.text(&norm)).collect();
    let mut found: Vec<(Mention, Need)> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let next = words.get(i + 1).copied().unwrap_or("");
        let pair = || {
            stems(words[i])
                .filter(|s| ar_forms().1.contains(s.as_str()))
                .find_map(|s| ar_name(&format!("{s}_{next}")).map(|d| (d, 2, Need::Nothing)))
        };
        let single = || stems(words[i]).find_map(|s| ar_name(&s).map(|d| (d, 1, need(&s))));
        let Some(((kind, index), len, mut need)) = pair().or_else(single) else {
            i += 1;
            continue;
        };
        let range = tokens[i].original(&norm).start..tokens[i + len - 1].original(&norm).end;
        if need == Need::Madda {
            need = if text[range.clone()].contains('آ') { Need::Time } else { Need::Date };
        }
        // The same month in both sets, side by side, is one mention.
        match found.last_mut() {
            Some((prev, prev_need)) if prev.last + 1 == i && (prev.date.kind, prev.date.index) == (kind, index) => {
                (prev.last, prev.date.range.end, *prev_need) = (i + len - 1, range.end, need.min(*prev_need));
            }
            _ => found.push((Mention::new(kind, index, i, i + len - 1, range), need)),
        }
        i += len;
    }
    let before = |m: &Mention, set: &str| m.first > 0 && stem_in(words[m.first - 1], set);
    let after = |m: &Mention, set: &str| words.get(m.last + 1).is_some_and(|w| is_in(set, w));
    let day = |m: &Mention| ar_day_before(&words, m.first).is_some();
    let year = |m: &Mention| ar_year_after(&words, m.last).is_some();
    let dated = |m: &Mention| day(m) || year(m) || before(m, "شهر") || after(m, AR_RELATIVE);
    // Among weekdays (السبت والأحد والاثنين, الاثنين والثلاثاء), after أمس الأول, before a day.
    let weekday = |w: &str| stems(w).any(|s| position(AR_WEEKDAYS, &s).is_some());
    let monday = |m: &Mention| {
        let next = words.get(m.last + 1).copied().unwrap_or("");
        let among = next.starts_with('و') && weekday(next) || m.first > 0 && weekday(words[m.first - 1]);
        let day_before_yesterday = m.first > 1 && words[m.first - 2..m.first] == ["امس", "الاول"];
        among || day_before_yesterday || day_number(next).is_some() || before(m, AR_DAY_WORDS) || after(m, AR_RELATIVE)
    };
    // السيدة مايو is Mrs May; الأحد عشر is eleven.
    let name = |m: &Mention| m.date.kind == Month && m.first == m.last && before(m, "السيد السيده تيريزا تريزا");
    let keep = |m: &Mention, need: Need| match need {
        _ if name(m) || after(m, "عشر عشره") => false,
        Need::Nothing => true,
        Need::Time | Need::Madda => dated(m) || before(m, AR_TIME_PREPS),
        Need::Date => dated(m),
        // 27 من صفر, not 3 صفر.
        Need::Year => year(m) || before(m, "شهر") || (day(m) && before(m, "من")),
        Need::Monday => monday(m),
    };
    let mut out: Vec<Mention> = found.iter().filter(|(m, n)| keep(m, *n)).map(|(m, _)| m.clone()).collect();
    for m in out.iter_mut().filter(|m| m.date.kind == Month) {
        if let Some((d, at)) = ar_day_before(&words, m.first) {
            (m.day, m.outer.0) = (Some(d), at);
        }
        if let Some((y, at)) = ar_year_after(&words, m.last) {
            (m.year, m.outer.1) = (Some(y), at);
        }
    }
    (out, words.iter().map(|w| (*w).to_owned()).collect())
}

/// A word of an English text: lower case, without apostrophes, a possessive 's or the
/// diacritics of transliteration (Shaʿbān is shaban).
struct EnToken {
    range: Range<usize>,
    key: String,
    capital: bool,
    /// A period right after it (Oct.).
    period: bool,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | 'ʿ' | 'ʾ' | '`')
}

fn en_tokens(text: &str) -> Vec<EnToken> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let alnum = |k: usize| chars.get(k).is_some_and(|(_, c)| c.is_alphanumeric());
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        if !alnum(k) {
            k += 1;
            continue;
        }
        let start = k;
        while alnum(k) || (chars.get(k).is_some_and(|(_, c)| is_apostrophe(*c)) && alnum(k + 1)) {
            k += 1;
        }
        let range = chars[start].0..chars.get(k).map_or(text.len(), |(b, _)| *b);
        let raw = &text[range.clone()];
        let raw = raw.strip_suffix("'s").or_else(|| raw.strip_suffix("’s")).unwrap_or(raw);
        let folds = ["aāáàâä", "iīíî", "uūúûü", "hḥ", "dḍḏ", "sṣ", "tṭṯ", "zẓ"];
        let fold = |c: char| {
            if c.is_ascii() {
                return c;
            }
            folds.iter().find(|f| f.contains(c)).and_then(|f| f.chars().next()).unwrap_or(c)
        };
        let key = raw.to_lowercase().chars().filter(|c| !is_apostrophe(*c)).map(fold).collect();
        let capital = raw.starts_with(char::is_uppercase);
        out.push(EnToken { range, key, capital, period: chars.get(k).is_some_and(|(_, c)| *c == '.') });
    }
    out
}

/// Abbreviations (only capitalised, and a month's with a period or before a number), and the
/// one-word Hijri names.
const EN_MONTHS_SHORT: &str = "jan, feb, mar, apr, , jun, jul, aug, sep sept, oct, nov, dec";
const EN_WEEKDAYS_SHORT: &str = "sun, mon, tue tues, wed, thu thur thurs, fri, sat";
const EN_HIJRI: &str =
    "muharram moharram, safar, , , , , rajab, shaaban shaban, ramadan ramadhan ramazan ramzan, shawwal shawal";
/// Hijri names of two words (an al between them may be a word of its own): the first of the
/// two months, then the first words, the second words of that month, and of the next.
const EN_HIJRI_PAIRS: [(u8, &str); 3] = [
    (3, "rabi rabia rabiul rabee, awwal awal i first, thani sani akhir akhar akhira akhirah ii second"),
    (5, "jumada jumadi jamadi, awwal awal ula oola i first, thani thaniyah akhirah akhira ukhra ii second"),
    (11, "dhu dhul dhi zul zil thul du zu, qadah qada qidah qaadah qadeh qida qaada, hijjah hijja hijah hijjeh"),
];
/// Words before March and May that make them months (in May, mid-May).
const EN_TIME_PREPS: &str =
    "in last next early late mid since until till through during this from between before after by around throughout within";

/// The months, weekdays and Hijri months of an English text.
pub fn english_dates(text: &str) -> Vec<DateRef> {
    read_english(text).0.into_iter().map(|m| m.date).collect()
}

fn read_english(text: &str) -> (Vec<Mention>, Vec<String>) {
    let tokens = en_tokens(text);
    let key = |k: usize| tokens.get(k).map_or("", |t| t.key.as_str());
    let day_at = |k: usize| day_number(key(k));
    let year_at = |k: usize| year_number(key(k)).filter(|_| key(k).bytes().all(|b| b.is_ascii_digit()));
    let mut out: Vec<Mention> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let (w, cap) = (t.key.as_str(), t.capital);
        let next_dated = day_at(i + 1).is_some() || year_at(i + 1).is_some();
        let prev_month = i >= 2 && out.last().is_some_and(|m| m.date.kind == Month && m.last + 2 == i);
        let of_what = "end beginning start middle month half rest";
        let month_context = next_dated
            || (i > 0 && (day_at(i - 1).is_some() || is_in(EN_TIME_PREPS, key(i - 1))))
            || (i > 1 && key(i - 1) == "of" && (day_at(i - 2).is_some() || is_in(of_what, key(i - 2))))
            || (prev_month && is_in("and or to through", key(i - 1)));
        let mut found = match position(MONTHS, w).map(|m| m + 1) {
            Some(m @ (3 | 5)) => (cap && month_context).then_some((Month, m, 1)),
            Some(8) => cap.then_some((Month, 8, 1)),
            Some(m) => Some((Month, m, 1)),
            None => position(EN_MONTHS_SHORT, w).filter(|_| cap && (t.period || next_dated)).map(|m| (Month, m + 1, 1)),
        };
        // Mondays; the Sabbath (شموع السبت: Sabbath candles) is Saturday.
        let weekday = position(WEEKDAYS, w).or_else(|| position(WEEKDAYS, w.strip_suffix('s')?));
        if let Some(d) = weekday.or(["sabbath", "shabbat"].contains(&w).then_some(6)) {
            found = Some((Weekday, d, 1));
        } else if let Some(d) = position(EN_WEEKDAYS_SHORT, w).filter(|_| cap && t.period) {
            // Sun. and Sat. end sentences about a newspaper and a satellite: only before a date.
            let dated = next_dated || position(MONTHS, key(i + 1)).or(position(EN_MONTHS_SHORT, key(i + 1))).is_some();
            found = (d != 0 && d != 6 || dated).then_some((Weekday, d, 1));
        }
        if let Some(h) = position(EN_HIJRI, w).filter(|h| cap || ![1, 6].contains(h)) {
            found = Some((Hijri, h + 1, 1));
        }
        for (base, forms) in EN_HIJRI_PAIRS.iter().filter(|(_, f)| position(f, w) == Some(0)) {
            let at = if is_in("al ul el l as ath", key(i + 1)) { i + 2 } else { i + 1 };
            if let Some(p @ (1 | 2)) = position(forms, key(at)) {
                found = Some((Hijri, base + p - 1, at + 1 - i));
            }
        }
        // 9/11 is in September.
        if w == "9" && key(i + 1) == "11" && text[t.range.end..tokens[i + 1].range.start] == *"/" {
            found = Some((Month, 9, 1));
        }
        let Some((kind, index, len)) = found else {
            i += 1;
            continue;
        };
        let last = i + len - 1;
        let mut m = Mention::new(kind, index, i, last, t.range.start..tokens[last].range.end);
        if kind == Month {
            // 5 October, 5th of October, October 5; then a year.
            let de = i > 1 && key(i - 1) == "of";
            let day_before = i.checked_sub(if de { 2 } else { 1 }).and_then(|k| Some((day_at(k)?, k)));
            let day_after = || Some((day_at(last + 1)?, last + 1));
            if let Some((d, at)) = day_before.or_else(day_after) {
                (m.day, m.outer) = (Some(d), (at.min(i), at.max(last)));
            }
            if let Some(y) = year_at(m.outer.1 + 1) {
                (m.year, m.outer.1) = (Some(y), m.outer.1 + 1);
            }
        }
        out.push(m);
        i += len;
    }
    (out, tokens.into_iter().map(|t| t.key).collect())
}

/// The weekday (0 = Sunday) of a day of the proleptic Gregorian calendar (Sakamoto's method),
/// `None` when the month has no such day.
fn weekday_of(year: i32, month: u8, day: u8) -> Option<u8> {
    const OFFSETS: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if !(1..=12).contains(&month) || day == 0 || day > days[usize::from(month - 1)] {
        return None;
    }
    let y = if month < 3 { year - 1 } else { year };
    let w =
        y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + OFFSETS[usize::from(month - 1)] + i32::from(day);
    Some(w.rem_euclid(7) as u8)
}

/// Weekdays right before or after a full date of the same text that it does not fall on.
/// `gap` lists the words that may stand between them (الموافق, on); "the" only before a day
/// (Sunday the 5th of October, not "said Sunday the October 5 attack").
fn contradictions(mentions: &[Mention], words: &[String], gap: &str, in_english: bool) -> Vec<Finding> {
    let mut out = Vec::new();
    for w in mentions.iter().filter(|m| m.date.kind == Weekday) {
        let next_to = |d: &&Mention| {
            let fits = |k: usize| is_in(gap, &words[k]) || (words[k] == "the" && d.outer.0 < d.first);
            let between = |a: usize, b: usize| b > a && b - a <= 2 && (a + 1..b).all(fits);
            between(w.last, d.outer.0) || between(d.outer.1, w.first)
        };
        let dates = mentions.iter().filter(|d| d.date.kind == Month && d.day.is_some() && d.year.is_some());
        let Some(d) = dates.into_iter().find(next_to) else { continue };
        let actual = weekday_of(d.year.unwrap_or(0), d.date.index, d.day.unwrap_or(0));
        if let Some(actual) = actual.filter(|a| *a != w.date.index) {
            out.push(Finding::WeekdayContradicts { weekday: w.date.clone(), actual, in_english });
        }
    }
    out
}

/// What differs between the dates of an Arabic text and of its English: each month, weekday and
/// Hijri month of the Arabic is looked for among the English ones of its kind (once, however
/// often it occurs); when one of the Arabic and one of the English are left over, the English
/// changed it. Then weekdays that contradict their date, in the Arabic and in the English.
pub fn check_pair(arabic: &str, english: &str) -> Vec<Finding> {
    let (ar, ar_words) = read_arabic(arabic);
    let (en, en_words) = read_english(english);
    let mut out = Vec::new();
    for kind in [Month, Weekday, Hijri] {
        let left = |from: &[Mention], other: &[Mention]| {
            let mut left: Vec<DateRef> = Vec::new();
            for m in from.iter().filter(|m| m.date.kind == kind) {
                let there = other.iter().any(|o| (o.date.kind, o.date.index) == (kind, m.date.index));
                if !there && !left.iter().any(|l| l.index == m.date.index) {
                    left.push(m.date.clone());
                }
            }
            left
        };
        let (mut missing, mut extra) = (left(&ar, &en), left(&en, &ar));
        if missing.len() == 1 && extra.len() == 1 {
            out.push(Finding::Changed { arabic: missing.remove(0), english: extra.remove(0) });
        } else {
            out.extend(missing.into_iter().map(Finding::Missing));
        }
    }
    out.extend(contradictions(&ar, &ar_words, "الموافق المصادف في يوم", false));
    out.extend(contradictions(&en, &en_words, "on", true));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dates read, by their English names.
    fn read(dates: &[DateRef]) -> String {
        dates.iter().map(|d| english_name(d.kind, d.index)).collect::<Vec<_>>().join(", ")
    }

    #[test]
    fn months_of_both_sets_and_hijri_months_are_read_behind_clitics() {
        let text = "ويناير وفي فبراير، بمارس 2024، لأبريل، وحزيران، شباط، آب 2023، وفي رمضان و10 شوال 1446هـ";
        let want = "January, February, March, April, June, February, August, Ramadan, Shawwal";
        assert_eq!(read(&arabic_dates(text)), want);
        let text = "في 12 ربيع الأول وشهر صفر و27 من صفر سنة 636 هـ ومنتصف ذي الحجة";
        assert_eq!(read(&arabic_dates(text)), "Rabi al-Awwal, Safar, Safar, Dhu al-Hijjah");
        assert_eq!(read(&arabic_dates("والخميس وصباح الاثنين ويوم الأحد")), "Thursday, Monday, Sunday");
        // Where the word is, in the original text, harakat and all.
        let text = "في أكتُوبَر";
        assert_eq!(&text[arabic_dates(text)[0].range.clone()], "أكتُوبَر");
    }

    #[test]
    fn a_two_word_month_and_a_month_in_both_sets_are_read_once() {
        assert_eq!(read(&arabic_dates("في كانون الثاني الماضي وفي تشرين الثاني")), "January, November");
        let text = "في 5 أكتوبر/تشرين الأول 2025";
        let dates = arabic_dates(text);
        assert_eq!(read(&dates), "October");
        assert_eq!(&text[dates[0].range.clone()], "أكتوبر/تشرين الأول");
        assert_eq!(read(&arabic_dates("في تشرين الأول (أكتوبر) وفي آب/أغسطس")), "October, August");
    }

    #[test]
    fn english_names_abbreviations_and_hijri_spellings_are_read() {
        let text = "On Oct. 5 and Sept 9, in mid-May, Mon. and Thursdays, the 9/11 attacks";
        assert_eq!(read(&english_dates(text)), "October, September, May, Monday, Thursday, September");
        let text = "Rabi' al-Awwal, Jumada II, Dhul-Hijjah, Sha'ban and Ramazan";
        assert_eq!(read(&english_dates(text)), "Rabi al-Awwal, Jumada al-Thani, Dhu al-Hijjah, Shaaban, Ramadan");
    }

    #[test]
    fn words_that_only_look_like_dates_are_not_read() {
        for ar in [
            "اتفق الاثنان على أن الطرفين الاثنين سيلتقيان",
            "بلغ التضخم صفر في المئة وفاز الفريق 3 صفر",
            "مارس الضغط على الحكومة ومارس مهنة الطب",
            "قال الأب جونسون إن سيارة نيسان بيك أب جديدة",
            "ناشد محرم الراغب رئيس الوزراء رجب طيب أردوغان",
            "وحث السيدة مايو على التخلي عن الحصص",
        ] {
            assert_eq!(read(&arabic_dates(ar)), "", "{ar}");
        }
        for en in ["He may go, and Theresa May may not", "The Women's March drew an august crowd", "told the Sun."] {
            assert_eq!(read(&english_dates(en)), "", "{en}");
        }
    }

    #[test]
    fn a_good_translation_is_quiet() {
        assert_eq!(check_pair("يوم الثلاثاء 5 أكتوبر", "on Tuesday, October 5"), []);
        assert_eq!(check_pair("في أيلول/سبتمبر وفي سبتمبر الماضي، وصلاة الجمعة", "in September, Friday prayers"), []);
        assert_eq!(check_pair("الثلاثاء 7 أكتوبر 2025", "Tuesday, 7 October 2025"), []);
        assert_eq!(check_pair("خلال شهر رمضان المبارك", "during the holy month of Ramadan"), []);
        // The English may name a month the Arabic leaves implicit.
        assert_eq!(check_pair("قال يوم الأحد", "said on Sunday, October 5"), []);
    }

    #[test]
    fn a_changed_month_and_a_missing_weekday_are_caught() {
        match &check_pair("في 5 أكتوبر", "on November 5")[..] {
            [Finding::Changed { arabic, english }] => assert_eq!((arabic.index, english.index), (10, 11)),
            other => panic!("{other:?}"),
        }
        let ar = "أعلن الوزير يوم الخميس في تشرين الأول أن";
        match &check_pair(ar, "The minister announced in October that")[..] {
            [Finding::Missing(d)] => assert_eq!((d.kind, d.index, &ar[d.range.clone()]), (Weekday, 4, "الخميس")),
            other => panic!("{other:?}"),
        }
        assert!(matches!(&check_pair("في رمضان", "in Shawwal")[..], [Finding::Changed { .. }]));
    }

    #[test]
    fn a_weekday_that_contradicts_its_date_is_caught_on_either_side() {
        let days = [(2025, 10, 5), (2000, 2, 29), (2018, 9, 29), (2025, 2, 29)].map(|(y, m, d)| weekday_of(y, m, d));
        assert_eq!(days, [Some(0), Some(2), Some(6), None]);
        let ar = "الأحد 5 أكتوبر 2025";
        assert_eq!(check_pair(ar, "Sunday, October 5, 2025"), []);
        match &check_pair(ar, "Monday, October 5, 2025")[..] {
            [Finding::Changed { .. }, Finding::WeekdayContradicts { weekday, actual: 0, in_english: true }] => {
                assert_eq!(weekday.index, 1)
            }
            other => panic!("{other:?}"),
        }
        let ar = "يوم الاثنين الموافق 5 تشرين الأول 2025";
        match &check_pair(ar, "on Monday, 5 October 2025")[..] {
            [Finding::WeekdayContradicts { weekday: w, actual: 0, in_english: false }, Finding::WeekdayContradicts { .. }] =>
            {
                assert_eq!(&ar[w.range.clone()], "الاثنين")
            }
            other => panic!("{other:?}"),
        }
        let found = check_pair("الاثنين 5 أكتوبر 2025", "Monday the 5th of October 2025");
        assert!(matches!(&found[..], [_, Finding::WeekdayContradicts { in_english: true, .. }]), "{found:?}");
        // Without a year, or apart from the date, a weekday is not checked.
        assert_eq!(check_pair("الاثنين 5 أكتوبر", "Monday, October 5"), []);
        assert_eq!(check_pair("قال يوم الاثنين إن هجوم 5 أكتوبر 2025", "said Monday the October 5, 2025 attack"), []);
    }
}
