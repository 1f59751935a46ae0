//! What surrounds the story in a copied article: datelines, which are translated as lines of
//! their own («القاهرة - رويترز» → "CAIRO (Reuters) -"), and site furniture, which is not (a
//! masthead, tag lines, the site's name at the end, "read more"), proposed in the preview as
//! "not for translation" for the translator to accept or undo line by line.
use super::structure::{ends_sentence, is_title_like, Block, BlockKind};
use crate::text::normalize::normalize_str;

/// News agencies as datelines name them, normalised with spaces and dots left out
/// (رويترز، أ ف ب، أ.ف.ب، د ب أ، واس …).
const AGENCIES: &[&str] = &[
    "رويترز",
    "افب",
    "فرانسبرس",
    "اب",
    "اسوشيتدبرس",
    "دبا",
    "اشا",
    "الاناضول",
    "واس",
    "وام",
    "قنا",
    "كونا",
    "بنا",
    "سانا",
    "سبا",
    "بترا",
    "واج",
    "ومع",
    "شينخوا",
    "سبوتنيك",
    "ارنا",
    "تاس",
    "يونا",
    "وكالات",
];

/// The most words a dateline has («عين اليوم – الخرطوم» has four with its dash).
const DATELINE_WORDS: usize = 7;

/// The most words of a line proposed as furniture after the headline: a tag, a site's name.
const FURNITURE_WORDS: usize = 3;

fn is_agency(part: &str) -> bool {
    let key: String = normalize_str(part).chars().filter(|c| !c.is_whitespace() && *c != '.').collect();
    AGENCIES.contains(&key.as_str())
}

/// A line that says where the story was filed and by whom: a place and an agency or a
/// site, between dashes («القاهرة - رويترز», «عين اليوم – الخرطوم», «الرياض - واس:») or with
/// the agency in brackets («القاهرة (رويترز)»).
pub fn is_dateline(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['-', '–', '—', ':', ' ']);
    let words = t.split_whitespace().count();
    if words == 0 || words > DATELINE_WORDS || t.chars().count() > 60 || ends_sentence(t) {
        return false;
    }
    let parts: Vec<&str> = t.split(['-', '–', '—']).map(str::trim).collect();
    let dashed = (2..=3).contains(&parts.len())
        && parts.iter().all(|p| (1..=4).contains(&p.split_whitespace().count()))
        && t.contains([' ', '\u{a0}']);
    let bracketed = t
        .split_once('(')
        .and_then(|(place, rest)| Some((place, rest.strip_suffix(')')?)))
        .is_some_and(|(place, agency)| !place.trim().is_empty() && is_agency(agency));
    dashed || bracketed
}

/// Body text: a paragraph longer than a dateline, or one that ends a sentence.
fn is_body(b: &Block) -> bool {
    b.kind == BlockKind::Paragraph && (b.text.split_whitespace().count() > DATELINE_WORDS || ends_sentence(&b.text))
}

/// Where the story's own text starts: the blocks between the headline and the first body
/// paragraph are its header (datelines, tags, a byline).
fn header(blocks: &[Block]) -> std::ops::Range<usize> {
    let start = blocks.iter().position(|b| b.kind == BlockKind::Headline).map_or(0, |h| h + 1);
    let end = blocks[start..].iter().position(is_body).map_or(blocks.len(), |i| start + i);
    start..end
}

/// Datelines in the article's header (any format): a paragraph or a would-be subhead that
/// reads as one becomes a dateline.
pub fn mark_datelines(blocks: &mut [Block]) {
    let head = header(blocks);
    for b in &mut blocks[head] {
        if matches!(b.kind, BlockKind::Paragraph | BlockKind::Subhead) && is_dateline(&b.text) {
            b.kind = BlockKind::Dateline;
        }
    }
}

/// Site furniture in plain text, proposed as "not for translation": the short lines before
/// the headline (a masthead), and after it any short line without a final mark that is not a
/// subhead of the body: tags under the headline, the site's name or "read more" at the end.
pub fn propose_furniture(blocks: &mut [Block]) {
    let head = header(blocks);
    let short = |b: &Block| is_title_like(&b.text) && b.text.split_whitespace().count() <= FURNITURE_WORDS;
    for (i, b) in blocks.iter_mut().enumerate() {
        b.furniture = if i + 1 < head.start {
            b.kind == BlockKind::Paragraph && is_title_like(&b.text)
        } else if head.contains(&i) {
            matches!(b.kind, BlockKind::Paragraph | BlockKind::Subhead) && short(b)
        } else {
            i >= head.start && b.kind == BlockKind::Paragraph && short(b)
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_name_a_place_and_an_agency_or_a_site() {
        for line in [
            "القاهرة - رويترز",
            "عين اليوم – الخرطوم",
            "الرياض - واس:",
            "بيروت — أ ف ب -",
            "القاهرة (رويترز)",
            "دمشق (د.ب.أ)",
            "موسكو - وكالات",
        ] {
            assert!(is_dateline(line), "{line}");
        }
        for line in [
            "الكرملين",
            "روسيا والولايات المتحدة",
            "الكرملين: محادثات بوتين وبايدن",
            "قال المتحدث - في بيان صدر اليوم عن الوزارة - إن الوفد وصل.",
            "رئيس التحرير",
            "سان-فرانسيسكو",
        ] {
            assert!(!is_dateline(line), "{line}");
        }
    }
}
