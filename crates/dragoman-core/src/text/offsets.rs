//! The one offset converter. Rust slices text by byte, the matcher and the suggester count
//! characters, and the UI (JavaScript strings) indexes by UTF-16 code units; [`Offsets`]
//! converts between them for one text.

/// The length of `s` in UTF-16 code units.
pub fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// A cursor over one text that turns byte offsets into char and UTF-16 offsets, and char
/// offsets into UTF-16 ones. Each conversion walks from the previous one (forwards or back),
/// so offsets that come roughly in order cost one pass over the text, with nothing allocated.
#[derive(Debug, Clone)]
pub struct Offsets<'a> {
    text: &'a str,
    byte: usize,
    char: usize,
    utf16: usize,
}

impl<'a> Offsets<'a> {
    pub fn new(text: &'a str) -> Offsets<'a> {
        Offsets { text, byte: 0, char: 0, utf16: 0 }
    }

    /// Move to byte offset `byte`, which must be a char boundary of the text.
    fn seek_byte(&mut self, byte: usize) {
        if byte >= self.byte {
            for c in self.text[self.byte..byte].chars() {
                self.char += 1;
                self.utf16 += c.len_utf16();
            }
        } else {
            for c in self.text[byte..self.byte].chars() {
                self.char -= 1;
                self.utf16 -= c.len_utf16();
            }
        }
        self.byte = byte;
    }

    /// Move to char offset `char`, or to the end of the text if it has fewer chars.
    fn seek_char(&mut self, char: usize) {
        if char >= self.char {
            for c in self.text[self.byte..].chars() {
                if self.char == char {
                    break;
                }
                self.char += 1;
                self.byte += c.len_utf8();
                self.utf16 += c.len_utf16();
            }
        } else {
            for c in self.text[..self.byte].chars().rev() {
                if self.char == char {
                    break;
                }
                self.char -= 1;
                self.byte -= c.len_utf8();
                self.utf16 -= c.len_utf16();
            }
        }
    }

    /// The char offset of byte offset `byte` (a char boundary).
    pub fn char_at_byte(&mut self, byte: usize) -> usize {
        self.seek_byte(byte);
        self.char
    }

    /// The UTF-16 offset of byte offset `byte` (a char boundary).
    pub fn utf16_at_byte(&mut self, byte: usize) -> usize {
        self.seek_byte(byte);
        self.utf16
    }

    /// The UTF-16 offset of char offset `char`; past the end, the end.
    pub fn utf16_at_char(&mut self, char: usize) -> usize {
        self.seek_char(char);
        self.utf16
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_chars_and_utf16_agree_in_any_order() {
        // Arabic (2 bytes, 1 unit), an emoji (4 bytes, 2 units), ASCII, a harakah.
        let text = "بو😀a تَين";
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut offsets = Offsets::new(text);
        let order: Vec<usize> = (0..chars.len()).rev().chain(0..chars.len()).chain([3, 1, 5, 2]).collect();
        for i in order {
            let (byte, _) = chars[i];
            assert_eq!(offsets.char_at_byte(byte), i);
            assert_eq!(offsets.utf16_at_byte(byte), utf16_len(&text[..byte]));
            assert_eq!(offsets.utf16_at_char(i), utf16_len(&text[..byte]));
        }
        assert_eq!(offsets.char_at_byte(text.len()), chars.len());
        assert_eq!(offsets.utf16_at_char(1000), utf16_len(text));
        assert_eq!(offsets.utf16_at_char(0), 0);
        assert_eq!(utf16_len("😀"), 2);
    }
}
