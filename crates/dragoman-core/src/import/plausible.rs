//! Whether decoded text looks like what Dragoman reads, Arabic or English, or like what a
//! wrong encoding makes of it: words of letters and symbols that no writer wrote.
//!
//! A word (a run between spaces; web addresses and e-mail addresses left aside) looks garbled
//! when it holds any of:
//! - a control character (C1, U+0080–U+009F, is what ISO-8859 makes of windows bytes);
//! - Arabic letters and Latin letters interleaved (Arabic, Latin and Arabic again; a clitic
//!   or «الـ» before a Latin name, «الـCIA», switches once and passes);
//! - two or more Latin-1 letters (À–ÿ) making at least half its letters: windows-1256 read as
//!   windows-1252 («ÞÇá ÇáÑÆíÓ»), while «Genève» or «año» pass;
//! - between two letters, one of the symbols windows-1256 has at 0x80–0xBF (§ „ ƒ … ‡ ‰ …):
//!   UTF-8 read as windows-1256 («ط§ظ„ظƒط±ظ…ظ„ظٹظ†»);
//! - letters of a script an Arabic or English news text does not have (Cyrillic, Greek,
//!   Hebrew, Latin Extended-A, Thai, kana, CJK, Hangul): another single- or multi-byte
//!   encoding's reading.

/// The symbols windows-1256 maps its bytes 0x80–0xBF to (its letters there excepted).
const WINDOWS_1256_SYMBOLS: &str = "€‚ƒ„…†‡ˆ‰‹Œ‘’“”•–—™›œ¢£¤¥¦§¨©¬®¯°±²³´µ¶·¸¹¼½¾";

/// Of those, the ones no writer puts right after a word.
const NEVER_AFTER_A_WORD: &str = "‚ƒ„†‡ˆ‰Œœ¤¦§¨¬¯±²³´µ¶·¸¹¼½¾";

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{00FF}') && c != '×' && c != '÷'
}

fn is_latin1_letter(c: char) -> bool {
    matches!(c, '\u{00C0}'..='\u{00FF}') && c != '×' && c != '÷'
}

fn is_foreign(c: char) -> bool {
    matches!(c,
        '\u{0100}'..='\u{017F}' // Latin Extended-A: windows-1250, 1257
        | '\u{0370}'..='\u{03FF}' // Greek
        | '\u{0400}'..='\u{04FF}' // Cyrillic
        | '\u{0590}'..='\u{05FF}' // Hebrew
        | '\u{0E00}'..='\u{0E7F}' // Thai
        | '\u{3040}'..='\u{30FF}' // kana
        | '\u{4E00}'..='\u{9FFF}' // CJK
        | '\u{AC00}'..='\u{D7AF}' // Hangul
    )
}

fn looks_garbled(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    if chars.iter().any(|&c| c.is_control()) {
        return true;
    }
    let letters = chars.iter().filter(|c| c.is_alphabetic()).count();
    // Arabic and Latin letters interleaved: a clitic or «الـ» before a Latin name (وCNN,
    // الـCIA) switches once, a wrong reading back and forth.
    let mut scripts = chars.iter().filter_map(|&c| {
        if is_latin(c) {
            Some(false)
        } else if is_arabic(c) && c.is_alphabetic() {
            Some(true)
        } else {
            None
        }
    });
    let mut switches = 0;
    let mut last = scripts.next();
    for script in scripts {
        if Some(script) != last {
            switches += 1;
            last = Some(script);
        }
    }
    let latin1 = chars.iter().filter(|&&c| is_latin1_letter(c)).count();
    // A symbol between two letters, or after an Arabic letter one that never ends a word.
    let symbol_inside =
        chars.windows(3).any(|w| w[0].is_alphabetic() && WINDOWS_1256_SYMBOLS.contains(w[1]) && w[2].is_alphabetic())
            || chars.windows(2).any(|w| is_arabic(w[0]) && w[0].is_alphabetic() && NEVER_AFTER_A_WORD.contains(w[1]));
    switches >= 2 || (latin1 >= 2 && latin1 * 2 >= letters) || symbol_inside || chars.iter().any(|&c| is_foreign(c))
}

fn is_address(word: &str) -> bool {
    word.contains("://") || word.starts_with("www.") || word.contains('@')
}

/// The words of `text` that look garbled, and the words it has (runs with a letter).
pub fn garbled_words(text: &str) -> (usize, usize) {
    let (mut garbled, mut words) = (0, 0);
    for word in text.split_whitespace().filter(|w| !is_address(w)) {
        if !word.chars().any(|c| c.is_alphabetic() || c.is_control()) {
            continue;
        }
        words += 1;
        if looks_garbled(word) {
            garbled += 1;
        }
    }
    (garbled, words)
}

/// Whether `garbled` words of `words` make a text look like a wrong encoding's reading: at
/// least two, and at least one word in fifty.
pub fn is_implausible(garbled: usize, words: usize) -> bool {
    garbled >= 2 && garbled * 50 >= words
}

/// The garbled words of a text that looks like a wrong encoding's reading ([`is_implausible`]).
pub fn implausible(text: &str) -> Option<usize> {
    let (garbled, words) = garbled_words(text);
    is_implausible(garbled, words).then_some(garbled)
}

/// How damaged a text is as UTF-8: its malformed sequences, and its well-formed characters
/// beyond ASCII. Read by the standard library's validator, a stretch at a time.
pub fn utf8_damage(bytes: &[u8]) -> (usize, usize) {
    let non_ascii = |valid: &[u8]| valid.iter().filter(|&&b| b >= 0xC0).count();
    let (mut errors, mut chars) = (0, 0);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(_) => return (errors, chars + non_ascii(rest)),
            Err(e) => {
                let (valid, bad) = rest.split_at(e.valid_up_to());
                chars += non_ascii(valid);
                errors += 1;
                rest = &bad[e.error_len().unwrap_or(bad.len())..];
            }
        }
    }
}

/// UTF-8 with a few damaged bytes (at most one malformed sequence for ten good characters
/// beyond ASCII): better read as UTF-8, the damage replaced by U+FFFD and said, than as
/// another encoding that turns every letter into two.
pub fn mostly_utf8(bytes: &[u8]) -> bool {
    let (errors, chars) = utf8_damage(bytes);
    errors > 0 && errors * 10 <= chars
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{WINDOWS_1252, WINDOWS_1256};

    const ARABIC: &str = "أفاد الكرملين بأن الرئيس الروسي فلاديمير بوتين يسعى إلى محادثات مع نظيره الأمريكي.";

    #[test]
    fn arabic_and_english_look_right() {
        for text in [
            ARABIC,
            "The Kremlin said on Monday that Putin sought talks, “soon” — at 10:30 (GMT) in Genève.",
            "قال بيسكوف لوكالة «رويترز» إن اللقاء… سيعقد في 2024، وإن Biden وافق؛ انظر https://example.com/ar/خبر",
            "Ñoño and año, Ørsted, Zürich, São Paulo; ×2 ÷3.",
            "قالت الـCIA لشبكة وCNN إن تويتر(Twitter) و«فيسبوك»،«إنستغرام» english,عربي.",
        ] {
            assert_eq!(implausible(text), None, "{text}");
        }
    }

    #[test]
    fn wrong_readings_look_garbled() {
        let utf8_as_1256 = WINDOWS_1256.decode(ARABIC.as_bytes()).0.into_owned();
        let utf8_as_1252 = WINDOWS_1252.decode(ARABIC.as_bytes()).0.into_owned();
        let cp1256_as_1252 = WINDOWS_1252.decode(&WINDOWS_1256.encode(ARABIC).0).0.into_owned();
        let cp1256_as_1251 = encoding_rs::WINDOWS_1251.decode(&WINDOWS_1256.encode(ARABIC).0).0.into_owned();
        for text in [utf8_as_1256, utf8_as_1252, cp1256_as_1252, cp1256_as_1251] {
            let (garbled, words) = garbled_words(&text);
            assert!(garbled * 2 > words, "{garbled} of {words}: {text}");
            assert!(implausible(&text).is_some(), "{text}");
        }
    }

    #[test]
    fn damage_is_counted_by_malformed_sequence() {
        assert_eq!(utf8_damage(ARABIC.as_bytes()), (0, ARABIC.chars().filter(|c| !c.is_ascii()).count()));
        let mut bytes = ARABIC.as_bytes().to_vec();
        bytes.insert(0, 0xFF);
        bytes.push(0xD8); // a sequence cut off at the end
        assert_eq!(utf8_damage(&bytes).0, 2);
        assert!(mostly_utf8(&bytes));
        assert!(!mostly_utf8(&WINDOWS_1256.encode(ARABIC).0));
        assert!(!mostly_utf8(ARABIC.as_bytes()), "undamaged");
    }
}
