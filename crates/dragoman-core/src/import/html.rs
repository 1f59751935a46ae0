//! HTML to blocks. The document is parsed with html5ever (through `scraper`) and only its
//! text is kept: scripts, styles, frames, forms, event handlers and `javascript:` URLs never
//! reach the store or the webview, because no markup does. Navigation, header, footer and
//! aside content is left out. Headline from `h1` (else `<title>`), subheads from `h2`–`h6`,
//! paragraphs from `p`, list items and bare text, captions from `figcaption` and `caption`.
use scraper::{ElementRef, Html, Node, Selector};

use super::structure::{Block, BlockKind};

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

pub fn parse(html: &str) -> (Vec<Block>, Meta) {
    let doc = Html::parse_document(html);
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
    (blocks, meta)
}

fn flush(blocks: &mut Vec<Block>, pending: &mut String, kind: BlockKind) {
    if let Some(b) = Block::new(kind, pending) {
        blocks.push(b);
    }
    pending.clear();
}

fn walk(el: ElementRef<'_>, blocks: &mut Vec<Block>, pending: &mut String) {
    for child in el.children() {
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
                        walk(child_el, blocks, pending);
                        flush(blocks, pending, BlockKind::Paragraph);
                    }
                    _ if name == "br" => pending.push('\n'),
                    _ => walk(child_el, blocks, pending),
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
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if SKIP.contains(&e.name()) || is_hidden(e) => {}
            Node::Element(e) if e.name() == "br" => out.push(' '),
            Node::Element(_) => {
                if let Some(c) = ElementRef::wrap(child) {
                    collect_text(c, out);
                }
            }
            _ => {}
        }
    }
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
}
