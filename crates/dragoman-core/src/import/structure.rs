//! Blocks (headline, subhead, dateline, paragraph, caption) and how they become segments;
//! the structure of plain text: where its paragraphs are, its headline and subheads.
use super::work::{Phase, Work};
use super::PreviewSegment;
use crate::error::Result;
use crate::model::SegmentKind;
use crate::segment::sentences;

/// What a block of an imported document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Headline,
    Subhead,
    Dateline,
    Paragraph,
    Caption,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    /// Proposed as "not for translation": site furniture ([`super::furniture`]).
    pub furniture: bool,
}

impl Block {
    pub fn new(kind: BlockKind, text: &str) -> Option<Block> {
        let text = collapse_spaces(text);
        (!text.is_empty()).then_some(Block { kind, text, furniture: false })
    }
}

/// Collapse runs of whitespace (and strip invisible format characters that only make
/// trouble at the edges) into single spaces; control characters XML cannot carry (U+0001,
/// ESC, VT from a text file, `&#1;` in a Word document) are dropped, as every export drops
/// them (`formats::xml::xml_chars`).
pub fn collapse_spaces(s: &str) -> String {
    let words = s.split_whitespace().map(crate::formats::xml::xml_chars).filter(|w| !w.is_empty());
    words.collect::<Vec<_>>().join(" ")
}

/// Blocks to segments: paragraphs of more than one sentence become sentence segments that
/// share the paragraph's index; everything else (a line proposed as furniture too: «...المزيد»
/// is one line to leave out) is one segment.
pub fn segments_from_blocks(blocks: &[Block]) -> Vec<PreviewSegment> {
    segments_with(blocks, &Work::new()).expect("not cancelled")
}

/// [`segments_from_blocks`], following `work` (its progress in blocks; a stop between blocks).
pub fn segments_with(blocks: &[Block], work: &Work) -> Result<Vec<PreviewSegment>> {
    work.begin(Phase::Structure, blocks.len());
    let mut out = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        if i % 64 == 0 {
            work.check()?;
            work.advance(if i == 0 { 0 } else { 64 });
        }
        let paragraph = i as i64;
        let furniture = block.furniture;
        let kind = match block.kind {
            BlockKind::Headline => SegmentKind::Headline,
            BlockKind::Subhead => SegmentKind::Subhead,
            BlockKind::Dateline => SegmentKind::Dateline,
            BlockKind::Caption => SegmentKind::Caption,
            BlockKind::Paragraph if furniture => SegmentKind::Paragraph,
            BlockKind::Paragraph => {
                let parts = sentences(&block.text);
                if parts.len() > 1 {
                    for s in parts {
                        let source = s.to_owned();
                        out.push(PreviewSegment { kind: SegmentKind::Sentence, paragraph, source, furniture });
                    }
                    continue;
                }
                SegmentKind::Paragraph
            }
        };
        out.push(PreviewSegment { kind, paragraph, source: block.text.clone(), furniture });
    }
    work.begin(Phase::Structure, blocks.len());
    work.advance(blocks.len());
    Ok(out)
}

const FINAL_PUNCTUATION: &[char] = &['.', '!', '?', '؟', '…', ':', '؛', ';', ',', '،', '"', '»', '”', ')', '-', '—'];

/// What ends a sentence (or announces what follows, as a colon does).
const SENTENCE_END: &[char] = &['.', '!', '?', '؟', '…', ':', '؛', ';'];

/// What may close a sentence after its final mark: quotes and brackets.
const CLOSERS: &[char] = &['"', '»', '”', '’', '\'', ')', ']', '}'];

pub(super) fn ends_with_punctuation(line: &str) -> bool {
    line.trim_end().ends_with(FINAL_PUNCTUATION)
}

/// Whether a line ends a sentence: a final mark, perhaps inside closing quotes or brackets.
pub(super) fn ends_sentence(line: &str) -> bool {
    line.trim_end().trim_end_matches(CLOSERS).ends_with(SENTENCE_END)
}

/// A short line with no final punctuation: a title-like line.
pub(super) fn is_title_like(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=14).contains(&words) && !ends_with_punctuation(line)
}

/// A block of several short lines, none ending in punctuation: a masthead, a byline, a
/// repeated caption. Each line stays its own segment.
fn is_line_list(lines: &[String]) -> bool {
    lines.len() > 1 && lines.iter().all(|l| l.split_whitespace().count() <= 6 && !ends_with_punctuation(l))
}

/// The longest line of text hard-wrapped at a column (e-mail, wire copy, a text editor):
/// such text is broken at 60 to 80 characters, seldom more.
const WRAP_MAX: usize = 100;

/// The column a block's lines were hard-wrapped at, if they were: no line longer than
/// [`WRAP_MAX`], and at least as many lines (the last aside) broken in the middle of a
/// sentence near that column as lines that end a sentence. Text copied from a web page has
/// one line per paragraph instead, long or ending a sentence. (Short lines without an
/// ending, such as a dateline, tell neither way.)
fn wrap_width(lines: &[String]) -> Option<usize> {
    let (_, inner) = lines.split_last()?;
    let width = lines.iter().map(|l| l.chars().count()).max()?;
    let closed = inner.iter().filter(|l| ends_sentence(l)).count();
    let open = inner.iter().filter(|l| !ends_sentence(l) && 10 * l.chars().count() >= 6 * width).count();
    (width <= WRAP_MAX && open > 0 && open >= closed).then_some(width)
}

/// Whether a line starts a list item: a bullet, or a number with its dot or bracket.
fn starts_item(line: &str) -> bool {
    if line.starts_with(['•', '*', '▪', '◦', '-', '–', '—']) {
        return true;
    }
    let rest = line.trim_start_matches(|c: char| c.is_numeric());
    rest.len() < line.len() && rest.starts_with(['.', ')', '-', '–'])
}

/// Whether `next` continues the paragraph of `line` (the break between them was a wrap), or
/// starts a paragraph (or a line) of its own. `width`: the block's wrap column, if wrapped.
fn continues(line: &str, next: &str, width: Option<usize>) -> bool {
    // The next line cannot start a paragraph: a lower-case word, or punctuation that follows
    // a word. Or the line stops at a comma, in the middle of its sentence.
    if next.starts_with(|c: char| c.is_lowercase() || "،,؛;:)]}»”".contains(c)) || line.ends_with([',', '،']) {
        return true;
    }
    if starts_item(next) {
        return false;
    }
    let Some(width) = width else {
        // Not wrapped: each line is a paragraph, or a line of its own (a dateline, a subhead).
        return false;
    };
    let len = line.chars().count();
    if ends_sentence(line) {
        // A sentence that ended where the line was full: the paragraph may well go on.
        10 * len >= 9 * width
    } else {
        // Broken mid-sentence at the column; a short line without an ending stands alone.
        10 * len >= 6 * width
    }
}

/// A paragraph (or a line standing alone) of plain text.
struct Unit {
    text: String,
    /// One line of the source, not joined with others.
    single: bool,
    /// A line of a list of short lines (a masthead, tags).
    listed: bool,
}

impl Unit {
    /// Body text, as opposed to a title-like line or a line of a list.
    fn is_text(&self) -> bool {
        !(self.listed || self.single && is_title_like(&self.text))
    }
}

/// The paragraphs of a block of lines. Lines of a list stay apart; other lines are joined
/// where they were wrapped ([`continues`]).
fn units(lines: &[String]) -> Vec<Unit> {
    if is_line_list(lines) {
        return lines.iter().map(|l| Unit { text: l.clone(), single: true, listed: true }).collect();
    }
    let width = wrap_width(lines);
    let mut out: Vec<Unit> = Vec::new();
    let mut prev: Option<&str> = None;
    for line in lines {
        match (prev, out.last_mut()) {
            (Some(p), Some(last)) if continues(p, line, width) => {
                last.text.push(' ');
                last.text.push_str(line);
                last.single = false;
            }
            _ => out.push(Unit { text: line.clone(), single: true, listed: false }),
        }
        prev = Some(line);
    }
    out
}

/// The structure of plain text. Blocks are separated by blank lines; within a block, each
/// line is a paragraph of its own unless the text was hard-wrapped ([`continues`]).
/// - The headline is the first block that is a single line (blocks of short lines before it
///   are site furniture such as a masthead: each line is a paragraph the translator can
///   mark "not for translation"); failing that, the first line.
/// - After it, a title-like line standing alone and followed by more text is a subhead.
/// - A block of short unpunctuated lines keeps its lines apart.
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

    // The first block of one line that is not a list; failing that, the first line.
    let h =
        raw_blocks.iter().position(|b| !is_line_list(b)).filter(|&i| raw_blocks[i].len() == 1 || i == 0).unwrap_or(0);
    let mut blocks: Vec<Block> = raw_blocks[..h]
        .iter()
        .flat_map(|b| units(b))
        .filter_map(|u| Block::new(BlockKind::Paragraph, &u.text))
        .collect();
    let head = &raw_blocks[h];
    blocks.extend(Block::new(BlockKind::Headline, &head[0]));
    let rest: Vec<Unit> =
        std::iter::once(&head[1..]).chain(raw_blocks[h + 1..].iter().map(Vec::as_slice)).flat_map(units).collect();
    // Whether body text comes after each unit, from the end.
    let mut text_after = vec![false; rest.len()];
    for i in (0..rest.len().saturating_sub(1)).rev() {
        text_after[i] = text_after[i + 1] || rest[i + 1].is_text();
    }
    for (u, followed_by_text) in rest.iter().zip(text_after) {
        let subhead = u.single && !u.listed && is_title_like(&u.text) && followed_by_text;
        blocks.extend(Block::new(if subhead { BlockKind::Subhead } else { BlockKind::Paragraph }, &u.text));
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_xml_forbids_are_dropped_from_every_block() {
        // Found by fuzzing (issue 13): a Word document's `&#1;` or a text file's ESC reached
        // the segments; vertical tab and form feed still separate words.
        let b = Block::new(BlockKind::Paragraph, "قال\u{1} الكرملين\u{1b}\u{b}إن \u{1}  \u{c}المحادثات").unwrap();
        assert_eq!(b.text, "قال الكرملين إن المحادثات");
        assert!(Block::new(BlockKind::Paragraph, "\u{1} \u{2}").is_none());
    }

    fn kinds(blocks: &[Block]) -> Vec<(BlockKind, &str)> {
        blocks.iter().map(|b| (b.kind, b.text.as_str())).collect()
    }

    #[test]
    fn headline_subheads_and_paragraphs() {
        let text = "عنوان الخبر\n\nالفقرة الأولى طويلة بما يكفي.\n\nعنوان فرعي\n\nالفقرة الثانية.\n";
        assert_eq!(
            kinds(&plain_text_blocks(text)),
            vec![
                (BlockKind::Headline, "عنوان الخبر"),
                (BlockKind::Paragraph, "الفقرة الأولى طويلة بما يكفي."),
                (BlockKind::Subhead, "عنوان فرعي"),
                (BlockKind::Paragraph, "الفقرة الثانية."),
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
        let blocks = plain_text_blocks("The headline\nFirst paragraph, one line.\nSecond paragraph.");
        assert_eq!(
            kinds(&blocks),
            vec![
                (BlockKind::Headline, "The headline"),
                (BlockKind::Paragraph, "First paragraph, one line."),
                (BlockKind::Paragraph, "Second paragraph.")
            ]
        );
    }

    /// Copied from a news site: one line per paragraph, no blank lines, a dateline alone.
    const ONE_LINE_PER_PARAGRAPH: &str = "وزير الخارجية يزور بغداد لبحث التعاون في مجال الطاقة
القاهرة - رويترز
وصل وزير الخارجية إلى بغداد اليوم في زيارة تستمر يومين، يلتقي خلالها كبار المسؤولين لبحث ملفات الطاقة والأمن والحدود.
وقال مصدر في الوزارة إن الزيارة تأتي بعد أشهر من الاتصالات بين البلدين. وأضاف أنها ستتناول أيضا عودة الرحلات المباشرة.
ملف الحدود
وأشار المصدر إلى أن لجنة مشتركة ستجتمع الشهر المقبل لترسيم ما تبقى من الحدود بين البلدين.
";

    #[test]
    fn a_paragraph_per_line_when_lines_end_their_sentences() {
        assert_eq!(
            kinds(&plain_text_blocks(ONE_LINE_PER_PARAGRAPH)),
            vec![
                (BlockKind::Headline, "وزير الخارجية يزور بغداد لبحث التعاون في مجال الطاقة"),
                (BlockKind::Subhead, "القاهرة - رويترز"),
                (BlockKind::Paragraph, "وصل وزير الخارجية إلى بغداد اليوم في زيارة تستمر يومين، يلتقي خلالها كبار المسؤولين لبحث ملفات الطاقة والأمن والحدود."),
                (BlockKind::Paragraph, "وقال مصدر في الوزارة إن الزيارة تأتي بعد أشهر من الاتصالات بين البلدين. وأضاف أنها ستتناول أيضا عودة الرحلات المباشرة."),
                (BlockKind::Subhead, "ملف الحدود"),
                (BlockKind::Paragraph, "وأشار المصدر إلى أن لجنة مشتركة ستجتمع الشهر المقبل لترسيم ما تبقى من الحدود بين البلدين."),
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_joined_into_their_paragraphs() {
        // Broken near column 70 in mid-sentence, as e-mail and wire copy are; a paragraph ends
        // at a short line that ends its sentence, even without a blank line after it.
        let text = "العنوان

نص الفقرة الأولى مكسور عند العمود السبعين تقريبا كما تكسره برامج
البريد القديمة، ويجب أن يعود فقرة واحدة عند الاستيراد لأن الجملة لم
تنته في آخر السطر.
وهذه فقرة ثانية تبدأ بعد سطر قصير انتهت فيه الجملة السابقة، وتكسر هي
أيضا عند العمود نفسه حتى تنتهي.
";
        assert_eq!(
            kinds(&plain_text_blocks(text)),
            vec![
                (BlockKind::Headline, "العنوان"),
                (BlockKind::Paragraph, "نص الفقرة الأولى مكسور عند العمود السبعين تقريبا كما تكسره برامج البريد القديمة، ويجب أن يعود فقرة واحدة عند الاستيراد لأن الجملة لم تنته في آخر السطر."),
                (BlockKind::Paragraph, "وهذه فقرة ثانية تبدأ بعد سطر قصير انتهت فيه الجملة السابقة، وتكسر هي أيضا عند العمود نفسه حتى تنتهي."),
            ]
        );
    }

    #[test]
    fn a_full_wrapped_line_that_ends_a_sentence_goes_on_in_the_next() {
        let text = "Headline\n\nThe talks began on Monday in Geneva and went on late into the night.\n\
                    Diplomats said a second round was likely before the end of the month\n\
                    but gave no date.\n";
        assert_eq!(
            kinds(&plain_text_blocks(text))[1],
            (
                BlockKind::Paragraph,
                "The talks began on Monday in Geneva and went on late into the night. Diplomats said a \
                 second round was likely before the end of the month but gave no date."
            )
        );
    }

    #[test]
    fn a_line_that_cannot_start_a_paragraph_continues_the_one_before() {
        let text = "Headline\n\nThe minister said the talks would resume,\nbut gave no date.\n\
                    A spokesman confirmed the plan\nand said more would follow.\n";
        assert_eq!(
            kinds(&plain_text_blocks(text))[1..],
            [
                (BlockKind::Paragraph, "The minister said the talks would resume, but gave no date."),
                (BlockKind::Paragraph, "A spokesman confirmed the plan and said more would follow."),
            ]
        );
    }

    #[test]
    fn list_items_start_lines_of_their_own() {
        let text = "العنوان\n\nقررت الحكومة ما يلي، بعد اجتماع استمر ساعات طويلة في مقرها بالعاصمة\n\
                    - رفع الدعم عن الوقود تدريجيا خلال ثلاث سنوات بدءا من العام المقبل\n\
                    - زيادة الأجور\n";
        let blocks = plain_text_blocks(text);
        assert_eq!(blocks.len(), 4, "{blocks:?}");
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
