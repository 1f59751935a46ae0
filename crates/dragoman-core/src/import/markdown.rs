//! Markdown to blocks: the first level-1 heading is the headline, other headings are
//! subheads, paragraphs and list items are paragraphs. Raw HTML in the Markdown is dropped.
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use super::structure::{Block, BlockKind};

pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut current: Option<(BlockKind, String)> = None;
    let mut seen_headline = false;
    for event in Parser::new(text) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let kind =
                    if level == HeadingLevel::H1 && !seen_headline { BlockKind::Headline } else { BlockKind::Subhead };
                seen_headline |= kind == BlockKind::Headline;
                current = Some((kind, String::new()));
            }
            Event::Start(Tag::Paragraph) | Event::Start(Tag::Item) => {
                if let Some((kind, text)) = current.take() {
                    blocks.extend(Block::new(kind, &text));
                }
                current = Some((BlockKind::Paragraph, String::new()));
            }
            Event::End(TagEnd::Heading(_)) | Event::End(TagEnd::Paragraph) | Event::End(TagEnd::Item) => {
                if let Some((kind, text)) = current.take() {
                    blocks.extend(Block::new(kind, &text));
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text)) = current.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, text)) = current.as_mut() {
                    text.push(' ');
                }
            }
            _ => {}
        }
    }
    if let Some((kind, text)) = current.take() {
        blocks.extend(Block::new(kind, &text));
    }
    // A document without a level-1 heading: its first heading is the headline.
    if !blocks.iter().any(|b| b.kind == BlockKind::Headline) {
        if let Some(b) = blocks.iter_mut().find(|b| b.kind == BlockKind::Subhead) {
            b.kind = BlockKind::Headline;
        }
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_paragraphs_and_items() {
        let md = "# الكرملين: محادثات\n\nفقرة **أولى**\nتكملة.\n\n## روسيا\n\n- بند أول\n- بند ثان\n\n<script>alert(1)</script>\n";
        let got: Vec<_> = parse(md).into_iter().map(|b| (b.kind, b.text)).collect();
        assert_eq!(
            got,
            vec![
                (BlockKind::Headline, "الكرملين: محادثات".to_owned()),
                (BlockKind::Paragraph, "فقرة أولى تكملة.".to_owned()),
                (BlockKind::Subhead, "روسيا".to_owned()),
                (BlockKind::Paragraph, "بند أول".to_owned()),
                (BlockKind::Paragraph, "بند ثان".to_owned()),
            ]
        );
    }
}
