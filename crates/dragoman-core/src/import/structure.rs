//! Blocks (headline, subhead, paragraph, caption) and how they become segments; the
//! structure of plain text.
use crate::model::{NewSegment, SegmentKind};
use crate::segment::sentences;

/// What a block of an imported document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Headline,
    Subhead,
    Paragraph,
    Caption,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
}

impl Block {
    pub fn new(kind: BlockKind, text: &str) -> Option<Block> {
        let text = collapse_spaces(text);
        (!text.is_empty()).then_some(Block { kind, text })
    }
}

/// Collapse runs of whitespace (and strip invisible format characters that only make
/// trouble at the edges) into single spaces.
pub fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Blocks to segments: paragraphs of more than one sentence become sentence segments that
/// share the paragraph's index; everything else is one segment.
pub fn segments_from_blocks(blocks: &[Block]) -> Vec<NewSegment> {
    let mut out = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        let paragraph = i as i64;
        let kind = match block.kind {
            BlockKind::Headline => SegmentKind::Headline,
            BlockKind::Subhead => SegmentKind::Subhead,
            BlockKind::Caption => SegmentKind::Caption,
            BlockKind::Paragraph => {
                let parts = sentences(&block.text);
                if parts.len() > 1 {
                    for s in parts {
                        out.push(NewSegment { kind: SegmentKind::Sentence, paragraph, source: s.to_owned() });
                    }
                    continue;
                }
                SegmentKind::Paragraph
            }
        };
        out.push(NewSegment { kind, paragraph, source: block.text.clone() });
    }
    out
}

const FINAL_PUNCTUATION: &[char] = &['.', '!', '?', '؟', '…', ':', '؛', ';', ',', '،', '"', '»', '”', ')', '-', '—'];

fn ends_with_punctuation(line: &str) -> bool {
    line.trim_end().ends_with(FINAL_PUNCTUATION)
}

/// A short line with no final punctuation: a title-like line.
fn is_title_like(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=14).contains(&words) && !ends_with_punctuation(line)
}

/// A block of several short lines, none ending in punctuation: a masthead, a byline, a
/// repeated caption. Each line stays its own segment.
fn is_line_list(lines: &[String]) -> bool {
    lines.len() > 1 && lines.iter().all(|l| l.split_whitespace().count() <= 6 && !ends_with_punctuation(l))
}

/// The structure of plain text. Blocks are separated by blank lines.
/// - The headline is the first block that is a single line (blocks of short lines before it
///   are site furniture such as a masthead: each line is a paragraph the translator can
///   mark "not for translation"); failing that, the first line.
/// - After it, a title-like line alone in its block and followed by more text is a subhead.
/// - A block of short unpunctuated lines keeps its lines apart; other blocks are paragraphs
///   (hard-wrapped lines are joined).
pub fn plain_text_blocks(text: &str) -> Vec<Block> {
    let mut raw_blocks: Vec<Vec<String>> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for line in text.lines() {
        let line = collapse_spaces(line);
        if line.is_empty() {
            if !current.is_empty() {
                raw_blocks.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        raw_blocks.push(current);
    }
    if raw_blocks.is_empty() {
        return Vec::new();
    }

    let headline_at = raw_blocks.iter().position(|b| !is_line_list(b)).filter(|&i| raw_blocks[i].len() == 1 || i == 0);
    let mut blocks = Vec::new();
    let push_lines = |blocks: &mut Vec<Block>, lines: &[String]| {
        if is_line_list(lines) {
            blocks.extend(lines.iter().filter_map(|l| Block::new(BlockKind::Paragraph, l)));
        } else {
            blocks.extend(Block::new(BlockKind::Paragraph, &lines.join(" ")));
        }
    };
    let start = match headline_at {
        Some(h) => {
            for furniture in &raw_blocks[..h] {
                push_lines(&mut blocks, furniture);
            }
            let head = &raw_blocks[h];
            blocks.extend(Block::new(BlockKind::Headline, &head[0]));
            if head.len() > 1 {
                push_lines(&mut blocks, &head[1..]);
            }
            h + 1
        }
        None => {
            // Only lists of short lines: the very first line is the headline.
            let first = &raw_blocks[0];
            blocks.extend(Block::new(BlockKind::Headline, &first[0]));
            if first.len() > 1 {
                push_lines(&mut blocks, &first[1..]);
            }
            1
        }
    };
    for i in start..raw_blocks.len() {
        let lines = &raw_blocks[i];
        let followed_by_text =
            raw_blocks[i + 1..].iter().any(|b| !is_line_list(b) && (b.len() != 1 || !is_title_like(&b[0])));
        if lines.len() == 1 && is_title_like(&lines[0]) && followed_by_text {
            blocks.extend(Block::new(BlockKind::Subhead, &lines[0]));
        } else {
            push_lines(&mut blocks, lines);
        }
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(blocks: &[Block]) -> Vec<(BlockKind, &str)> {
        blocks.iter().map(|b| (b.kind, b.text.as_str())).collect()
    }

    #[test]
    fn headline_subheads_and_paragraphs() {
        let text = "عنوان الخبر\n\nالفقرة الأولى طويلة بما يكفي.\n\nعنوان فرعي\n\nالفقرة الثانية.\nسطر ملفوف.\n";
        assert_eq!(
            kinds(&plain_text_blocks(text)),
            vec![
                (BlockKind::Headline, "عنوان الخبر"),
                (BlockKind::Paragraph, "الفقرة الأولى طويلة بما يكفي."),
                (BlockKind::Subhead, "عنوان فرعي"),
                (BlockKind::Paragraph, "الفقرة الثانية. سطر ملفوف."),
            ]
        );
    }

    #[test]
    fn a_masthead_before_the_headline_stays_line_by_line() {
        let text = "رئيس التحرير\nعصام كامل\n\nالعنوان الرئيسي\n\nنص الخبر.";
        assert_eq!(
            kinds(&plain_text_blocks(text)),
            vec![
                (BlockKind::Paragraph, "رئيس التحرير"),
                (BlockKind::Paragraph, "عصام كامل"),
                (BlockKind::Headline, "العنوان الرئيسي"),
                (BlockKind::Paragraph, "نص الخبر."),
            ]
        );
    }

    #[test]
    fn a_short_line_at_the_end_is_not_a_subhead() {
        let blocks = plain_text_blocks("العنوان\n\nنص الخبر.\n\nالجريدة الرسمية");
        assert_eq!(blocks.last().unwrap().kind, BlockKind::Paragraph);
    }

    #[test]
    fn text_without_blank_lines_has_its_first_line_as_headline() {
        let blocks = plain_text_blocks("The headline\nFirst paragraph line.\nSecond line.");
        assert_eq!(
            kinds(&blocks),
            vec![(BlockKind::Headline, "The headline"), (BlockKind::Paragraph, "First paragraph line. Second line.")]
        );
    }

    #[test]
    fn paragraphs_of_several_sentences_become_sentence_segments() {
        let blocks = vec![
            Block::new(BlockKind::Headline, "عنوان").unwrap(),
            Block::new(BlockKind::Paragraph, "الجملة الأولى. الجملة الثانية؟").unwrap(),
            Block::new(BlockKind::Paragraph, "جملة وحيدة.").unwrap(),
        ];
        let segs = segments_from_blocks(&blocks);
        let got: Vec<_> = segs.iter().map(|s| (s.kind, s.paragraph, s.source.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (SegmentKind::Headline, 0, "عنوان"),
                (SegmentKind::Sentence, 1, "الجملة الأولى."),
                (SegmentKind::Sentence, 1, "الجملة الثانية؟"),
                (SegmentKind::Paragraph, 2, "جملة وحيدة."),
            ]
        );
    }
}
