//! Harakat on small interface labels make words misread («حُفظت» looks like «خفظت»), so the
//! Arabic interface strings carry none, except on the words below, which would be ambiguous
//! without them (a passive or an imperative that reads as another word: «غير» for «غُيّر»,
//! «حدث» for «حُدِّث», «عدل» for «عدّل», «مراجع» for «مُراجَع»).
use std::path::Path;

const AMBIGUOUS_WITHOUT: &[&str] = &[
    "مُراجَع",
    "مُراجَعًا",
    "علّمه",
    "ضيّق",
    "عدّل",
    "وعُدّل",
    "حدّث",
    "حُدِّث",
    "وحُدِّث",
    "حُدِّثت",
    "يُحدَّث",
    "شغّل",
    "ترجِم",
    "تُرجم",
    "أبقِ",
    "أبقِها",
    "جارٍ",
    "غُيّر",
    "صدّر",
];

fn is_haraka(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}')
}

#[test]
fn arabic_interface_strings_carry_harakat_only_where_a_word_is_ambiguous_without_them() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales/ar");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let words = line.split(|c: char| !(('\u{0600}'..='\u{06FF}').contains(&c)));
            for word in words.filter(|w| w.chars().any(is_haraka)) {
                if !AMBIGUOUS_WITHOUT.contains(&word) {
                    found.push(format!("{}:{}: {word}", path.file_name().unwrap().to_string_lossy(), n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "harakat in Arabic interface strings:\n{}", found.join("\n"));
}
