//! The domain types. Serialised in kebab-case for the UI and `--json` output.
use serde::{Deserialize, Serialize};

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The identifier stored in the database and sent to the UI.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $s),+ }
            }
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

string_enum! {
    /// What a segment is in the article's structure.
    SegmentKind {
        Headline => "headline",
        Subhead => "subhead",
        Paragraph => "paragraph",
        Sentence => "sentence",
        Caption => "caption",
        // Where the story was filed and by whom («القاهرة - رويترز»), on a line of its own.
        Dateline => "dateline",
    }
}

string_enum! {
    /// Where the translation of one segment stands.
    SegmentStatus {
        New => "new",
        Draft => "draft",
        Translated => "translated",
        Reviewed => "reviewed",
        Excluded => "excluded",
    }
}

string_enum! {
    /// Where an article stands in the newsroom's workflow.
    WorkflowStatus {
        ToTranslate => "to-translate",
        InTranslation => "in-translation",
        InReview => "in-review",
        Done => "done",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    pub id: i64,
    pub title: String,
    pub source_lang: String,
    pub target_lang: String,
    /// Where the text came from: a URL, a file name, "paste" or "sample".
    pub origin: Option<String>,
    pub author: Option<String>,
    /// The publication date found in the source, as it was written there.
    pub published: Option<String>,
    /// How it came in: "text", "html", "docx", "markdown".
    pub format: Option<String>,
    /// The encoding the source was read with (text and HTML files).
    pub encoding: Option<String>,
    /// Milliseconds since the Unix epoch.
    pub created_at: i64,
    pub updated_at: i64,
    pub status: WorkflowStatus,
}

/// An article as the list shows it: with its progress.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ArticleSummary {
    #[serde(flatten)]
    pub article: Article,
    /// Segments that count (all but excluded ones).
    pub segment_count: i64,
    /// Of those, segments with a translation (any status past `new`).
    pub translated_count: i64,
    /// Source words of the segments that count, and of those with a translation.
    pub word_count: i64,
    pub translated_words: i64,
    /// Segments confirmed (translated or reviewed), and reviewed.
    pub confirmed_count: i64,
    pub reviewed_count: i64,
    /// The English of the headline, once it has one (the list shows it beside the Arabic).
    pub english_title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Segment {
    pub id: i64,
    pub article_id: i64,
    /// 0-based order in the article.
    pub position: i64,
    pub kind: SegmentKind,
    /// The 0-based block the segment belongs to: sentences of one paragraph share it.
    pub paragraph: i64,
    pub source: String,
    pub target: String,
    pub status: SegmentStatus,
    pub updated_at: i64,
    /// Words in the source.
    pub words: i64,
    /// Incremented by every write: an editor saving with an older version has missed a
    /// change made elsewhere (another window) and is refused instead of overwriting it.
    pub version: i64,
    /// Whether it can be merged with the segment after it ([`Segment::can_merge_with`]).
    pub mergeable: bool,
    /// The memory unit it was filled from (a 100% match, when the article was imported),
    /// until the translator changes or confirms it.
    pub memory_unit: Option<i64>,
}

impl Segment {
    /// The merge rule: two consecutive segments merge when they are body text (paragraphs,
    /// sentences) of the same paragraph. Headlines, subheads and captions stand alone.
    pub fn can_merge_with(&self, next: &Segment) -> bool {
        let body = |k: SegmentKind| matches!(k, SegmentKind::Paragraph | SegmentKind::Sentence);
        next.position == self.position + 1 && next.paragraph == self.paragraph && body(self.kind) && body(next.kind)
    }
}

/// One earlier state of a segment's translation.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SegmentVersion {
    pub id: i64,
    pub segment_id: i64,
    pub target: String,
    pub status: SegmentStatus,
    /// Why it was recorded: "edit", "status", "restore", "replace", "draft-restore",
    /// "memory", "xliff-import".
    pub reason: String,
    pub created_at: i64,
}

/// A named snapshot of an article's whole translation.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    pub id: i64,
    pub article_id: i64,
    /// The translator's name for it ("Translator's draft", "Edited" …); empty for automatic ones.
    pub name: String,
    /// Why Dragoman made it, for automatic drafts: "status-change", "before-restore" or
    /// "before-xliff-import".
    #[ts(type = "'status-change' | 'before-restore' | 'before-xliff-import' | null")]
    pub auto_kind: Option<String>,
    /// The new status, the name of the draft that was restored, or the XLIFF file's name.
    pub auto_detail: Option<String>,
    pub created_at: i64,
    pub segment_count: i64,
    pub translated_count: i64,
}

/// A segment as a draft keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftSegment {
    pub segment_id: i64,
    pub position: i64,
    pub kind: SegmentKind,
    pub paragraph: i64,
    pub source: String,
    pub target: String,
    pub status: SegmentStatus,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSegment {
    pub kind: SegmentKind,
    pub paragraph: i64,
    pub source: String,
    /// Stored "not for translation" (`excluded`) from the start: site furniture the
    /// translator accepted in the import's preview.
    pub excluded: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewArticle {
    pub title: String,
    pub source_lang: String,
    pub target_lang: String,
    pub origin: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub format: Option<String>,
    pub encoding: Option<String>,
    pub segments: Vec<NewSegment>,
}

/// Where a memory unit came from: a confirmed segment of an article, or a TMX file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum UnitOrigin {
    Article,
    File,
}

/// A translation-memory unit: an Arabic source and its English.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Unit {
    pub id: i64,
    pub source: String,
    pub target: String,
    pub source_lang: String,
    pub target_lang: String,
    pub origin_kind: UnitOrigin,
    /// The article's title (as it was when the unit was made) or the TMX file's name.
    pub origin: String,
    /// The article and segment it came from, while they exist.
    pub article_id: Option<i64>,
    pub segment_id: Option<i64>,
    pub words: i64,
    pub created_by: Option<String>,
    pub changed_by: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    /// The fingerprints of the sources before and after it (context matches).
    #[serde(skip)]
    #[ts(skip)]
    pub prev_key: Option<String>,
    #[serde(skip)]
    #[ts(skip)]
    pub next_key: Option<String>,
}

/// A unit from a file, to be added to the memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUnit {
    pub source: String,
    pub target: String,
    pub source_lang: String,
    pub target_lang: String,
    /// The file's name.
    pub origin: String,
    /// The unit's id in its file (TMX `tuid`), if it has one.
    pub tuid: Option<String>,
    pub created_by: Option<String>,
    pub changed_by: Option<String>,
    /// Milliseconds since the Unix epoch (the file's dates; now when it has none).
    pub created_at: i64,
    pub updated_at: i64,
}

/// What adding a unit from a file did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitOutcome {
    /// A new unit.
    Added,
    /// The same unit (same `tuid`, same source) of the same file had another translation:
    /// replaced.
    Updated,
    /// The memory already holds this source with this translation.
    Unchanged,
}
