//! A plain, readable romanisation of an Arabic name, for when the translation offers no
//! spelling ([`romanize`]).
use super::letters::{letters, Letter, DAMMA, FATHA, KASRA, SHADDA, SUKUN};

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
            'ا' | 'ع' if k == 0 && written_vowel(l).is_some_and(|v| !v.is_empty()) => {
                (written_vowel(l).unwrap_or_default().into(), true)
            }
            'ا' if k == 0 => {
                // The hamza seat: its vowel, or the long vowel written after it.
                match (l.orig, next.map(|x| x.c)) {
                    ('إ', Some('ي')) => {
                        k += 1;
                        ("i".into(), true)
                    }
                    ('أ', Some('ي')) => ("a".into(), true),
                    (_, Some('و'))
                        if next
                            .is_some_and(|x| x.last || !word.get(k + 2).is_some_and(|y| is_long_vowel_letter(y.c))) =>
                    {
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
                } else if next.is_some_and(|x| is_long_vowel_letter(x.c)) || prev.is_some_and(|p| p.c == 'ا') || l.last
                {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
