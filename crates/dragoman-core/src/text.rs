//! Turning pasted or plain text into segments.
//!
//! For now the structure is simple: the first non-empty line is the headline, and the rest
//! is split at blank lines into paragraphs (lines inside a block are joined with a space).
//! The import issue replaces this with real structure detection and sentence splitting.
use crate::{
    error::{Error, Result},
    model::{NewArticle, NewSegment, SegmentKind},
    MAX_IMPORT_BYTES,
};

/// Split text into a headline and paragraphs.
pub fn split_plain(text: &str) -> Vec<NewSegment> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut segments: Vec<NewSegment> = Vec::new();
    let mut block: Vec<String> = Vec::new();
    let push = |segments: &mut Vec<NewSegment>, source: String| {
        let kind = if segments.is_empty() { SegmentKind::Headline } else { SegmentKind::Paragraph };
        let paragraph = segments.len() as i64;
        segments.push(NewSegment { kind, paragraph, source });
    };
    for line in text.lines() {
        let line = collapse_spaces(line);
        if line.is_empty() {
            if !block.is_empty() {
                push(&mut segments, block.join(" "));
                block.clear();
            }
        } else if segments.is_empty() {
            // The first non-empty line alone is the headline.
            push(&mut segments, line);
        } else {
            block.push(line);
        }
    }
    if !block.is_empty() {
        push(&mut segments, block.join(" "));
    }
    segments
}

fn collapse_spaces(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Validate raw bytes as importable UTF-8 text.
pub fn decode_text(bytes: &[u8]) -> Result<&str> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(Error::TooLarge { size: bytes.len() as u64, limit: MAX_IMPORT_BYTES as u64 });
    }
    if bytes.contains(&0) {
        return Err(Error::NotText);
    }
    std::str::from_utf8(bytes).map_err(|_| Error::BadEncoding)
}

/// Build an article from a title and pasted text. An empty (or blank) text is refused; an
/// empty title falls back to the headline.
pub fn article_from_text(title: &str, text: &str) -> Result<NewArticle> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(Error::TooLarge { size: text.len() as u64, limit: MAX_IMPORT_BYTES as u64 });
    }
    if text.contains('\0') {
        return Err(Error::NotText);
    }
    let segments = split_plain(text);
    if segments.is_empty() {
        return Err(Error::EmptyText);
    }
    let title = collapse_spaces(title);
    let title = if title.is_empty() { segments[0].source.clone() } else { title };
    Ok(NewArticle {
        title,
        source_lang: "ar".to_owned(),
        target_lang: "en".to_owned(),
        origin: None,
        author: None,
        segments,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_line_is_the_headline_and_blank_lines_separate_paragraphs() {
        let segs = split_plain("\u{feff}  العنوان  \nسطر ثان\n\n\nفقرة   أولى\n  \nفقرة ثانية\n");
        let got: Vec<_> = segs.iter().map(|s| (s.kind, s.paragraph, s.source.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (SegmentKind::Headline, 0, "العنوان"),
                (SegmentKind::Paragraph, 1, "سطر ثان"),
                (SegmentKind::Paragraph, 2, "فقرة أولى"),
                (SegmentKind::Paragraph, 3, "فقرة ثانية"),
            ]
        );
    }

    #[test]
    fn windows_line_ends_are_handled() {
        let segs = split_plain("A\r\n\r\nB\r\nC\r\n");
        assert_eq!(segs.len(), 2);
        assert_eq!(segs[1].source, "B C");
    }

    #[test]
    fn the_title_falls_back_to_the_headline() {
        let a = article_from_text("   ", "الكرملين يتحدث\n\nنص").unwrap();
        assert_eq!(a.title, "الكرملين يتحدث");
    }

    #[test]
    fn binary_and_bad_encodings_are_refused() {
        assert!(matches!(decode_text(b"ab\0cd"), Err(Error::NotText)));
        assert!(matches!(decode_text(&[0xC7, 0xE1, 0xDE]), Err(Error::BadEncoding))); // windows-1256
        assert_eq!(decode_text("نص".as_bytes()).unwrap(), "نص");
        let big = vec![b'a'; MAX_IMPORT_BYTES + 1];
        assert!(matches!(decode_text(&big), Err(Error::TooLarge { .. })));
    }
}
