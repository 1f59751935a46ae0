//! HTML to blocks (over 600 lines: the parse, the pre-scan against hostile nesting, and their tests). The document is parsed with html5ever (through `scraper`) and only its
//! text is kept: scripts, styles, frames, forms, event handlers and `javascript:` URLs never
//! reach the store or the webview, because no markup does. Navigation, header, footer and
//! aside content is left out. Headline from `h1` (else `<title>`), subheads from `h2`–`h6`,
//! paragraphs from `p`, list items and bare text, captions from `figcaption` and `caption`.
//!
//! Hostile nesting: elements nested deeper than [`MAX_HTML_DEPTH`] levels are flattened before
//! parsing (html5ever's parse grows with the square of the depth, and deep trees overflow the
//! stack). A cheap linear pre-scan counts open minus close tags; an opening tag past the limit
//! is dropped together with its matching closing tag, and its text is kept, joined to the
//! text around it (with a space where the dropped tag was a block such as `div` or `p`). Past
//! the limit, an element that is never text (`nav`, `svg`, `form`…) or looks hidden (an
//! attribute mentioning `hidden` or `display:none`) is dropped with everything inside it.
//! Every walk over the parsed tree uses an explicit stack, so no input can overflow it.
use std::borrow::Cow;
use std::collections::HashMap;

use html5ever::tendril::TendrilSink;
use scraper::{ElementRef, Html, HtmlTreeSink, Node, Selector, StrTendril};

use super::structure::{Block, BlockKind};
use super::work::{Phase, Work};
use crate::error::Result;

/// Metadata found in the usual meta tags.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
}

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "svg", "math",
    "canvas", "video", "audio", "nav", "header", "footer", "aside", "form", "button", "select", "textarea", "input",
    "head", "menu", "dialog",
];

const BLOCKS: &[&str] = &[
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figcaption",
    "caption",
    "blockquote",
    "div",
    "section",
    "article",
    "main",
    "body",
    "td",
    "th",
    "dd",
    "dt",
    "pre",
    "address",
    "figure",
    "ul",
    "ol",
    "table",
    "tr",
    "tbody",
    "thead",
];

/// How deep elements may nest before the deeper tags are flattened away (their text is kept).
pub const MAX_HTML_DEPTH: usize = 512;

/// Elements that never have content or a closing tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "keygen", "basefont", "bgsound", "frame", "image",
];

/// Elements whose content is read as text up to their closing tag, never as markup.
const RAW_TEXT: &[&str] =
    &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"];

/// Opening tags that close an open `p`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "dialog",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
    "li",
    "dd",
    "dt",
];

pub fn parse(html: &str) -> (Vec<Block>, Meta) {
    parse_with(html, &Work::new()).expect("not cancelled")
}

/// How much of a page html5ever is given at a time: between two, a stop is heard and the
/// progress moves.
const CHUNK: usize = 256 * 1024;

/// [`parse`], following `work`: the page is fed to html5ever a chunk at a time (its progress
/// in bytes, a stop between chunks).
pub fn parse_with(html: &str, work: &Work) -> Result<(Vec<Block>, Meta)> {
    let html = flatten_deep(html);
    work.begin(Phase::Parsing, html.len());
    let mut parser = html5ever::driver::parse_document(HtmlTreeSink::new(Html::new_document()), Default::default());
    let mut rest: &str = &html;
    while !rest.is_empty() {
        work.check()?;
        let mut cut = rest.len().min(CHUNK);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (chunk, tail) = rest.split_at(cut);
        parser.process(StrTendril::from_slice(chunk));
        work.advance(chunk.len());
        rest = tail;
    }
    let doc = parser.finish();
    let meta = read_meta(&doc);
    let mut blocks = Vec::new();
    let root = doc.root_element();
    // Prefer the article itself when the page marks it.
    let article = Selector::parse("article, main, [role=main]").ok().and_then(|s| doc.select(&s).next());
    let mut pending = String::new();
    walk(article.unwrap_or(root), &mut blocks, &mut pending);
    flush(&mut blocks, &mut pending, BlockKind::Paragraph);
    if article.is_some() && !blocks.iter().any(|b| b.kind == BlockKind::Headline) {
        // The h1 may sit outside <article>.
        if let Some(h1) = Selector::parse("h1").ok().and_then(|s| doc.select(&s).next()) {
            if let Some(b) = Block::new(BlockKind::Headline, &text_of(h1)) {
                blocks.insert(0, b);
            }
        }
    }
    if !blocks.iter().any(|b| b.kind == BlockKind::Headline) {
        if let Some(b) = meta.title.as_deref().and_then(|t| Block::new(BlockKind::Headline, t)) {
            blocks.insert(0, b);
        }
    }
    // Only the first h1 is the headline; later ones are subheads.
    let mut seen = false;
    for b in &mut blocks {
        if b.kind == BlockKind::Headline {
            if seen {
                b.kind = BlockKind::Subhead;
            }
            seen = true;
        }
    }
    Ok((blocks, meta))
}

fn flush(blocks: &mut Vec<Block>, pending: &mut String, kind: BlockKind) {
    if let Some(b) = Block::new(kind, pending) {
        blocks.push(b);
    }
    pending.clear();
}

fn walk(el: ElementRef<'_>, blocks: &mut Vec<Block>, pending: &mut String) {
    // Nodes still to visit, last first; `None` marks the end of a block element, where what was
    // gathered inside it is flushed.
    let mut stack: Vec<Option<_>> = el.children().rev().map(Some).collect();
    while let Some(next) = stack.pop() {
        let Some(child) = next else {
            flush(blocks, pending, BlockKind::Paragraph);
            continue;
        };
        match child.value() {
            Node::Text(t) => pending.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                if SKIP.contains(&name) || is_hidden(e) {
                    continue;
                }
                let Some(child_el) = ElementRef::wrap(child) else { continue };
                let kind = match name {
                    "h1" => Some(BlockKind::Headline),
                    "h2" | "h3" | "h4" | "h5" | "h6" => Some(BlockKind::Subhead),
                    "figcaption" | "caption" => Some(BlockKind::Caption),
                    "p" | "li" | "dd" | "dt" | "td" | "th" | "pre" | "address" => Some(BlockKind::Paragraph),
                    _ => None,
                };
                match kind {
                    Some(kind) if !contains_blocks(child_el) => {
                        flush(blocks, pending, BlockKind::Paragraph);
                        let text = text_of(child_el);
                        if let Some(b) = Block::new(kind, &text) {
                            blocks.push(b);
                        }
                    }
                    _ if BLOCKS.contains(&name) => {
                        flush(blocks, pending, BlockKind::Paragraph);
                        stack.push(None);
                        stack.extend(child.children().rev().map(Some));
                    }
                    _ if name == "br" => pending.push('\n'),
                    _ => stack.extend(child.children().rev().map(Some)),
                }
            }
            _ => {}
        }
    }
}

fn is_hidden(e: &scraper::node::Element) -> bool {
    e.attr("hidden").is_some()
        || e.attr("aria-hidden") == Some("true")
        || e.attr("style").is_some_and(|s| s.replace(' ', "").contains("display:none"))
}

fn contains_blocks(el: ElementRef<'_>) -> bool {
    el.descendants().skip(1).any(|n| {
        n.value().as_element().is_some_and(|e| {
            matches!(
                e.name(),
                "p" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "div" | "ul" | "ol" | "table" | "figcaption"
            )
        })
    })
}

/// The visible text of an element, skipping what is never text.
fn text_of(el: ElementRef<'_>) -> String {
    let mut out = String::new();
    collect_text(el, &mut out);
    out
}

fn collect_text(el: ElementRef<'_>, out: &mut String) {
    let mut stack: Vec<_> = el.children().rev().collect();
    while let Some(child) = stack.pop() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if SKIP.contains(&e.name()) || is_hidden(e) => {}
            Node::Element(e) if e.name() == "br" => out.push(' '),
            Node::Element(_) => stack.extend(child.children().rev()),
            _ => {}
        }
    }
}

/// The HTML with every tag nested deeper than [`MAX_HTML_DEPTH`] taken out (see the module
/// doc). A linear byte scan, not a parser: it only has to keep the depth html5ever sees bounded.
fn flatten_deep(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut open: Vec<String> = Vec::new();
    // Elements open inside `svg` or `math`, where `<x/>` closes itself.
    let mut foreign = 0usize;
    let mut dropped: HashMap<String, usize> = HashMap::new();
    // Byte ranges to take out, in order, and whether a space stands in for each.
    let mut cuts: Vec<(usize, usize, bool)> = Vec::new();
    // An element dropped whole: its name, how many of it are open inside, where it began.
    let mut suppress: Option<(String, usize, usize)> = None;
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        let lt = i + off;
        let rest = &b[lt..];
        if rest.starts_with(b"<!--") {
            i = find(b, lt + 2, b"-->").map_or(b.len(), |e| e + 3);
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i = find(b, lt + 1, b">").map_or(b.len(), |e| e + 1);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_at = lt + 1 + usize::from(closing);
        if !b.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
            i = lt + 1;
            continue;
        }
        let (name, end, self_closing) = scan_tag(b, name_at);
        i = end;
        if closing {
            if let Some((s_name, nested, start)) = &mut suppress {
                if *s_name == name {
                    *nested -= 1;
                    if *nested == 0 {
                        cuts.push((*start, end, false));
                        suppress = None;
                    }
                }
            } else if let Some(n) = dropped.get_mut(&name).filter(|n| **n > 0) {
                *n -= 1;
                cuts.push((lt, end, BLOCKS.contains(&name.as_str())));
            } else if let Some(at) = open.iter().rposition(|o| *o == name) {
                foreign -= open.drain(at..).filter(|o| is_foreign(o)).count();
            }
            continue;
        }
        if RAW_TEXT.contains(&name.as_str()) {
            // Kept as it is (or within a dropped element, dropped): its content is not markup.
            i = if name == "plaintext" { b.len() } else { find_closing(b, end, name.as_bytes()) };
            continue;
        }
        let leaf = VOID.contains(&name.as_str()) || (self_closing && foreign > 0);
        if let Some((s_name, nested, _)) = &mut suppress {
            if *s_name == name && !leaf {
                *nested += 1;
            }
            continue;
        }
        if leaf {
            continue;
        }
        while open.last().is_some_and(|top| implied_end(top, &name)) {
            open.pop();
        }
        if open.len() < MAX_HTML_DEPTH {
            foreign += usize::from(is_foreign(&name));
            open.push(name);
        } else if SKIP.contains(&name.as_str()) || looks_hidden(&b[lt..end]) {
            suppress = Some((name, 1, lt));
        } else {
            cuts.push((lt, end, BLOCKS.contains(&name.as_str())));
            *dropped.entry(name).or_default() += 1;
        }
    }
    if let Some((_, _, start)) = suppress {
        cuts.push((start, b.len(), false));
    }
    if cuts.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    for (start, end, space) in cuts {
        // Cuts begin at `<` and end after `>` (or at the end): always on character boundaries.
        out.push_str(&html[at..start]);
        if space {
            out.push(' ');
        }
        at = end;
    }
    out.push_str(&html[at..]);
    Cow::Owned(out)
}

fn is_foreign(name: &str) -> bool {
    name == "svg" || name == "math"
}

/// Whether opening `opening` ends the open element `top` (whose closing tag may be left out).
fn implied_end(top: &str, opening: &str) -> bool {
    match top {
        "p" => CLOSES_P.contains(&opening),
        "li" => opening == "li",
        "dt" | "dd" => matches!(opening, "dt" | "dd"),
        "td" | "th" => matches!(opening, "td" | "th" | "tr"),
        "tr" => opening == "tr",
        "option" => matches!(opening, "option" | "optgroup"),
        _ => false,
    }
}

/// An opening tag that mentions `hidden` or `display:none` anywhere (roughly what `is_hidden` reads).
fn looks_hidden(tag: &[u8]) -> bool {
    let tag: Vec<u8> = tag.iter().filter(|c| !c.is_ascii_whitespace()).map(u8::to_ascii_lowercase).collect();
    find(&tag, 0, b"hidden").is_some() || find(&tag, 0, b"display:none").is_some()
}

/// A tag's lower-cased name, where it ends (after its `>`) and whether it ends with `/>`.
fn scan_tag(b: &[u8], name_at: usize) -> (String, usize, bool) {
    let mut j = name_at;
    while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'/' && b[j] != b'>' {
        j += 1;
    }
    let name = String::from_utf8_lossy(&b[name_at..j]).to_ascii_lowercase();
    while j < b.len() {
        match b[j] {
            b'>' => return (name, j + 1, b[j - 1] == b'/'),
            b'=' => {
                j += 1;
                while j < b.len() && b[j].is_ascii_whitespace() {
                    j += 1;
                }
                if let Some(&q) = b.get(j).filter(|&&q| q == b'"' || q == b'\'') {
                    j = find(b, j + 1, &[q]).map_or(b.len(), |e| e + 1);
                }
            }
            _ => j += 1,
        }
    }
    (name, b.len(), false)
}

/// Where `needle` next occurs in `b` from `from`.
fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| from + p)
}

/// The end of the closing tag `</name` (any case) after `from`, or the end of the input.
fn find_closing(b: &[u8], from: usize, name: &[u8]) -> usize {
    let mut j = from;
    while let Some(p) = find(b, j, b"</") {
        let after = p + 2 + name.len();
        let named = b.get(p + 2..after).is_some_and(|n| n.eq_ignore_ascii_case(name));
        if named && b.get(after).is_none_or(|c| c.is_ascii_whitespace() || *c == b'/' || *c == b'>') {
            return find(b, after, b">").map_or(b.len(), |e| e + 1);
        }
        j = p + 2;
    }
    b.len()
}

fn read_meta(doc: &Html) -> Meta {
    let content = |selector: &str| -> Option<String> {
        let sel = Selector::parse(selector).ok()?;
        doc.select(&sel)
            .filter_map(|e| e.value().attr("content").or_else(|| e.value().attr("href")))
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
            .find(|s| !s.is_empty())
    };
    let title = Selector::parse("title")
        .ok()
        .and_then(|s| doc.select(&s).next())
        .map(text_of)
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
        .or_else(|| content("meta[property='og:title']"));
    let url = content("meta[property='og:url']")
        .or_else(|| content("link[rel='canonical']"))
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    Meta {
        title,
        author: content("meta[name='author']")
            .or_else(|| content("meta[property='article:author']"))
            .or_else(|| content("meta[name='byl']")),
        published: content("meta[property='article:published_time']")
            .or_else(|| content("meta[name='date']"))
            .or_else(|| content("meta[name='pubdate']"))
            .or_else(|| content("meta[itemprop='datePublished']"))
            .or_else(|| {
                let sel = Selector::parse("time[datetime]").ok()?;
                doc.select(&sel).find_map(|e| e.value().attr("datetime").map(str::to_owned))
            }),
        url,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
      <meta charset="utf-8"><title>الكرملين | موقع</title>
      <meta name="author" content="عصام كامل">
      <meta property="article:published_time" content="2021-12-30T10:00:00Z">
      <meta property="og:url" content="https://example.com/news/1">
      <script>alert('x')</script><style>p{color:red}</style>
    </head><body onload="steal()">
      <header><nav><a href="/">الرئيسية</a><a href="/world">العالم</a></nav></header>
      <h1>الكرملين: محادثات بوتين وبايدن</h1>
      <p>أفاد الكرملين بأن الرئيس الروسي يسعى إلى محادثات. وقال إن الموعد <b>الخميس</b>.</p>
      <figure><img src="x.jpg" onerror="evil()"><figcaption>بوتين وبايدن في جنيف</figcaption></figure>
      <h2>روسيا والولايات المتحدة</h2>
      <ul><li>البند الأول</li><li>البند الثاني</li></ul>
      <p><a href="javascript:evil()">رابط</a> نص بعد الرابط</p>
      <iframe src="https://ads.example"></iframe>
      <aside>اقرأ أيضًا</aside>
      <footer>جميع الحقوق محفوظة</footer>
    </body></html>"#;

    #[test]
    fn structure_and_metadata_come_from_the_markup() {
        let (blocks, meta) = parse(PAGE);
        let got: Vec<_> = blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (BlockKind::Headline, "الكرملين: محادثات بوتين وبايدن"),
                (BlockKind::Paragraph, "أفاد الكرملين بأن الرئيس الروسي يسعى إلى محادثات. وقال إن الموعد الخميس."),
                (BlockKind::Caption, "بوتين وبايدن في جنيف"),
                (BlockKind::Subhead, "روسيا والولايات المتحدة"),
                (BlockKind::Paragraph, "البند الأول"),
                (BlockKind::Paragraph, "البند الثاني"),
                (BlockKind::Paragraph, "رابط نص بعد الرابط"),
            ]
        );
        assert_eq!(meta.author.as_deref(), Some("عصام كامل"));
        assert_eq!(meta.published.as_deref(), Some("2021-12-30T10:00:00Z"));
        assert_eq!(meta.url.as_deref(), Some("https://example.com/news/1"));
    }

    #[test]
    fn nothing_executable_survives() {
        let (blocks, _) = parse(PAGE);
        let all: String = blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n");
        for bad in
            ["alert", "steal", "evil", "javascript", "color:red", "ads.example", "الرئيسية", "اقرأ أيضًا", "محفوظة"]
        {
            assert!(!all.contains(bad), "{bad} survived");
        }
    }

    #[test]
    fn the_title_is_the_headline_when_there_is_no_h1() {
        let (blocks, _) = parse("<html><head><title>عنوان الصفحة</title></head><body><p>نص.</p></body></html>");
        assert_eq!(blocks[0].kind, BlockKind::Headline);
        assert_eq!(blocks[0].text, "عنوان الصفحة");
    }

    /// Runs `f` on a thread with an async worker's 2 MiB stack.
    fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
        std::thread::Builder::new().stack_size(2 << 20).spawn(f).unwrap().join().expect("no stack overflow")
    }

    fn texts(blocks: &[Block]) -> Vec<&str> {
        blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn forty_thousand_nested_spans_import_as_their_sentence() {
        let html =
            format!("<p>{}قال الرئيس إن المحادثات مثمرة.{}</p>", "<span>".repeat(40_000), "</span>".repeat(40_000));
        let (blocks, _) = on_small_stack(move || parse(&html));
        assert_eq!(texts(&blocks), ["قال الرئيس إن المحادثات مثمرة."]);
    }

    #[test]
    fn a_hundred_thousand_nested_divs_are_parsed_and_their_text_kept() {
        let n = 100_000;
        let html = format!("{}<p>أول</p>ثانٍ<div>ثالث</div>{}<p>بعد</p>", "<div>".repeat(n), "</div>".repeat(n));
        let (blocks, _) = on_small_stack(move || parse(&html));
        let all = texts(&blocks).join(" ");
        for word in ["أول", "ثانٍ", "ثالث", "بعد"] {
            assert!(all.contains(word), "{word} lost: {all}");
        }
        // Past the limit the words stay apart, and what follows the deep part is its own paragraph.
        assert!(!all.contains("أولثانٍ") && !all.contains("ثانٍثالث"), "{all}");
        assert_eq!(blocks.last().map(|b| b.text.as_str()), Some("بعد"));
    }

    #[test]
    fn past_the_limit_scripts_navigation_and_hidden_text_stay_out() {
        let n = MAX_HTML_DEPTH + 100;
        let html = format!(
            "{}نص<script>alert('<div>')</script><nav><span>القائمة</span></nav><span hidden>مخفي</span>\
             <div style=\"display: none\">مخفي أيضا</div><style>p{{color:red}}</style>ظاهر{}",
            "<section>".repeat(n),
            "</section>".repeat(n)
        );
        let (blocks, _) = on_small_stack(move || parse(&html));
        let all = texts(&blocks).join(" ");
        assert!(all.contains("نص") && all.contains("ظاهر"), "{all}");
        for bad in ["alert", "القائمة", "مخفي", "color"] {
            assert!(!all.contains(bad), "{bad} survived: {all}");
        }
    }

    #[test]
    fn a_tree_parsed_deep_anyway_is_walked_without_overflow() {
        // Parsed without the pre-scan, as a misnesting html5ever still builds deep might be.
        let html = format!("<p>{}كلمة<br>أخرى{}</p>", "<i><span>".repeat(6_500), "</span></i>".repeat(6_500));
        let text = on_small_stack(move || {
            let doc = Html::parse_document(&html);
            let word = doc.root_element().descendants().find(|n| n.value().is_text());
            let depth = word.map_or(0, |n| n.ancestors().count());
            assert!(depth > 12_000, "the tree is deep: {depth}");
            let mut blocks = Vec::new();
            let mut pending = String::new();
            walk(doc.root_element(), &mut blocks, &mut pending);
            (texts(&blocks).join(" "), text_of(doc.root_element()))
        });
        assert_eq!(text, ("كلمة أخرى".to_owned(), "كلمة أخرى".to_owned()));
    }

    #[test]
    fn ordinary_pages_are_parsed_as_written() {
        assert!(matches!(flatten_deep(PAGE), Cow::Borrowed(_)));
        let deep_but_allowed = format!("{}نص{}", "<div>".repeat(MAX_HTML_DEPTH), "</div>".repeat(MAX_HTML_DEPTH));
        assert!(matches!(flatten_deep(&deep_but_allowed), Cow::Borrowed(_)));
        // Paragraphs and list items left unclosed do not count as nesting.
        let unclosed = format!("<ul>{}</ul>{}", "<li>بند".repeat(2_000), "<p>فقرة".repeat(2_000));
        assert!(matches!(flatten_deep(&unclosed), Cow::Borrowed(_)));
    }
}
