use std::path::PathBuf;

/// Everything that can go wrong in the core.
///
/// The `Display` text is for logs and developers. What a user reads comes from the Fluent
/// message `error-<kind>` in `locales/`, chosen by [`Error::kind`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the database at {path} was written by a newer Dragoman (schema {found}, this build knows up to {known})")]
    NewerSchema { path: PathBuf, found: u32, known: u32 },
    #[error("{path} is not a Dragoman database: {detail}")]
    NotADatabase { path: PathBuf, detail: String },
    #[error("cannot open or create the database at {path}: {detail}")]
    Unwritable { path: PathBuf, detail: String },
    #[error("the database is damaged: {detail}")]
    DbDamaged { detail: String },
    #[error("the database is open read-only: {detail}")]
    DbReadOnly { detail: String },
    #[error("{path:?} names no database file (an in-memory database or a URI), which would keep nothing")]
    DbPathRefused { path: PathBuf },
    #[error("article {0} does not exist")]
    ArticleNotFound(i64),
    #[error("segment {0} does not exist")]
    SegmentNotFound(i64),
    #[error("the text to import is empty")]
    EmptyText,
    #[error("the file is not text (it contains binary data)")]
    NotText,
    #[error("the file is not valid UTF-8 text")]
    BadEncoding,
    #[error("the input is {size} bytes, over the limit of {limit} bytes")]
    TooLarge { size: u64, limit: u64 },
    /// An article past [`crate::MAX_ARTICLE_SEGMENTS`] or [`crate::MAX_ARTICLE_CHARS`]: `what`
    /// is "segments" or "characters".
    #[error("the article has {count} {what} or more, over the limit of {limit}")]
    ArticleTooLarge { what: &'static str, count: usize, limit: usize },
    #[error("unknown encoding {0:?}")]
    UnknownEncoding(String),
    #[error("this kind of file cannot be imported")]
    UnsupportedFormat,
    #[error("the Word document is password-protected (encrypted)")]
    DocxEncrypted,
    #[error("the Word document is damaged or truncated")]
    DocxCorrupt,
    #[error("the Word document expands beyond the size limit (a zip bomb?)")]
    DocxTooLarge,
    #[error("invalid input: {0}")]
    Invalid(String),
    #[error("glossary entry {0} does not exist")]
    EntryNotFound(i64),
    #[error("the glossary file has no arabic and english columns")]
    GlossaryColumns,
    #[error("a quotation mark opened on line {line} is never closed")]
    CsvUnterminatedQuote { line: u64 },
    #[error("the column {name:?} is named twice (column {column})")]
    CsvDuplicateColumn { name: String, column: u64 },
    #[error("the XML declares a DTD or entities, which are refused")]
    XmlDtd,
    #[error("malformed XML: {0}")]
    XmlMalformed(String),
    #[error("the XML is not a TBX glossary (no martif or tbx root)")]
    NotTbx,
    #[error("the file is not a TMX translation memory (no tmx root)")]
    NotTmx,
    #[error("the translation memory file is {size} bytes, over the limit of {limit} bytes")]
    TmxTooLarge { size: u64, limit: u64 },
    #[error("the file is not XLIFF (no xliff root)")]
    NotXliff,
    #[error("XLIFF version {version:?} is not one Dragoman reads (1.2, 2.0, 2.1, 2.2)")]
    XliffVersion { version: String },
    #[error("the XLIFF unit {unit:?} has no source")]
    XliffNoSource { unit: String },
    #[error("two XLIFF units have the id {unit:?}")]
    XliffDuplicateId { unit: String },
    #[error("the XLIFF's source language is {lang:?}; Dragoman translates from Arabic")]
    XliffSourceLanguage { lang: String },
    #[error("the XLIFF was exported from article {article}, which has been deleted")]
    XliffArticleGone { article: i64 },
    #[error("the XLIFF was exported from article {file_article}, not from article {article}")]
    XliffOtherArticle { file_article: i64, article: i64 },
    #[error("the XLIFF was not exported by Dragoman from an article, so it cannot update one")]
    XliffNotExported,
    #[error("the inline codes of segment {position} do not nest, so it cannot be written as XLIFF")]
    XliffCodes { position: i64 },
    #[error("the segments of an article opened from XLIFF are the file's units: they cannot be split or merged")]
    XliffFixedSegments,
    #[error("an entry needs an Arabic form and an English form")]
    EntryIncomplete,
    #[error("another glossary entry already has the Arabic form {0:?}")]
    EntryDuplicate(String),
    #[error("segment {0} was changed elsewhere (another window) since it was loaded")]
    Conflict(i64),
    #[error("segment {0} has no translation to confirm")]
    NothingToConfirm(i64),
    #[error("draft {0} does not exist")]
    DraftNotFound(i64),
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path} is not a regular file (a device, a pipe or a folder)")]
    NotAFile { path: PathBuf },
    #[error("no {variant} spelling dictionary is installed (package {package})")]
    SpellDictionaryMissing { variant: String, package: String },
    #[error("the spelling dictionary {path} cannot be read: {detail}")]
    SpellDictionaryDamaged { path: PathBuf, detail: String },
    /// The store failed (a disk full, a lock held too long, a damaged file). `detail` is the
    /// backend's own message, for the log; the conversion from the backend's error lives in
    /// the store.
    #[error("database error: {detail}")]
    Storage { detail: String },
    #[error("stopped on request")]
    Cancelled,
}

/// Declares [`ErrorKind`] once: its variants, their stable ids, and the list of all of them.
macro_rules! error_kinds {
    ($($(#[$doc:meta])* $variant:ident => $id:literal,)*) => {
        /// What kind of error happened: the stable, kebab-case id that picks the Fluent message
        /// `error-<id>` in every shell. The same enum is generated for the UI
        /// (`ui/src/ipc/bindings.ts`), so both sides name the same kinds.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, ts_rs::TS)]
        pub enum ErrorKind {
            $($(#[$doc])* #[serde(rename = $id)] $variant,)*
        }

        impl ErrorKind {
            /// Every kind, for the locale completeness tests.
            pub const ALL: &'static [ErrorKind] = &[$(ErrorKind::$variant,)*];

            /// The stable id (`error-<id>` is its message).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorKind::$variant => $id,)*
                }
            }
        }
    };
}

error_kinds! {
    DbNewer => "db-newer",
    DbNotDatabase => "db-not-database",
    DbUnwritable => "db-unwritable",
    DbPathRefused => "db-path-refused",
    DbDamaged => "db-damaged",
    DbReadOnly => "db-read-only",
    NotFound => "not-found",
    EmptyText => "empty-text",
    NotText => "not-text",
    BadEncoding => "bad-encoding",
    TooLarge => "too-large",
    ArticleTooLarge => "article-too-large",
    UnknownEncoding => "unknown-encoding",
    UnsupportedFormat => "unsupported-format",
    DocxEncrypted => "docx-encrypted",
    DocxCorrupt => "docx-corrupt",
    DocxTooLarge => "docx-too-large",
    InvalidInput => "invalid-input",
    GlossaryColumns => "glossary-columns",
    CsvUnterminatedQuote => "csv-unterminated-quote",
    CsvDuplicateColumn => "csv-duplicate-column",
    XmlDtd => "xml-dtd",
    XmlMalformed => "xml-malformed",
    NotTbx => "not-tbx",
    NotTmx => "not-tmx",
    TmxTooLarge => "tmx-too-large",
    NotXliff => "not-xliff",
    XliffVersion => "xliff-version",
    XliffNoSource => "xliff-no-source",
    XliffDuplicateId => "xliff-duplicate-id",
    XliffSourceLanguage => "xliff-source-language",
    XliffArticleGone => "xliff-article-gone",
    XliffOtherArticle => "xliff-other-article",
    XliffNotExported => "xliff-not-exported",
    XliffCodes => "xliff-codes",
    XliffFixedSegments => "xliff-fixed-segments",
    EntryIncomplete => "entry-incomplete",
    EntryDuplicate => "entry-duplicate",
    Conflict => "conflict",
    NothingToConfirm => "nothing-to-confirm",
    Io => "io",
    NotAFile => "not-a-file",
    WriteFailed => "write-failed",
    Storage => "storage",
    Cancelled => "cancelled",
    SpellDictionaryMissing => "spell-dictionary-missing",
    SpellDictionaryDamaged => "spell-dictionary-damaged",
    /// Not from the core: a path the window named that no native dialog or drop gave it.
    PathNotChosen => "path-not-chosen",
    /// Not from the core: a shell's own failure it did not expect (a panic, a lost window).
    Internal => "internal",
}

impl std::fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for ErrorKind {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for ErrorKind {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl Error {
    /// What the message `error-<kind>` says beyond its kind, as Fluent arguments (the line
    /// where a CSV quote opened, the column named twice).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Error::CsvUnterminatedQuote { line } => vec![("line", line.to_string())],
            Error::CsvDuplicateColumn { name, column } => vec![("name", name.clone()), ("column", column.to_string())],
            Error::XliffVersion { version } => vec![("version", version.clone())],
            Error::XliffNoSource { unit } | Error::XliffDuplicateId { unit } => vec![("unit", unit.clone())],
            Error::XliffSourceLanguage { lang } => vec![("lang", lang.clone())],
            Error::XliffArticleGone { article } => vec![("article", article.to_string())],
            Error::XliffOtherArticle { file_article, article } => {
                vec![("fileArticle", file_article.to_string()), ("article", article.to_string())]
            }
            Error::XliffCodes { position } => vec![("position", position.to_string())],
            _ => Vec::new(),
        }
    }

    /// The kind of error, which the shells turn into the Fluent message `error-<kind>`; every
    /// kind has a message in every locale (checked by a test in dragoman-l10n).
    pub fn kind(&self) -> ErrorKind {
        use ErrorKind as K;
        match self {
            Error::NewerSchema { .. } => K::DbNewer,
            Error::NotADatabase { .. } => K::DbNotDatabase,
            Error::Unwritable { .. } => K::DbUnwritable,
            Error::DbPathRefused { .. } => K::DbPathRefused,
            Error::DbDamaged { .. } => K::DbDamaged,
            Error::DbReadOnly { .. } => K::DbReadOnly,
            Error::ArticleNotFound(_)
            | Error::SegmentNotFound(_)
            | Error::DraftNotFound(_)
            | Error::EntryNotFound(_) => K::NotFound,
            Error::Conflict(_) => K::Conflict,
            Error::NothingToConfirm(_) => K::NothingToConfirm,
            Error::EmptyText => K::EmptyText,
            Error::NotText => K::NotText,
            Error::BadEncoding => K::BadEncoding,
            Error::TooLarge { .. } => K::TooLarge,
            Error::ArticleTooLarge { .. } => K::ArticleTooLarge,
            Error::UnknownEncoding(_) => K::UnknownEncoding,
            Error::UnsupportedFormat => K::UnsupportedFormat,
            Error::DocxEncrypted => K::DocxEncrypted,
            Error::DocxCorrupt => K::DocxCorrupt,
            Error::DocxTooLarge => K::DocxTooLarge,
            Error::Invalid(_) => K::InvalidInput,
            Error::GlossaryColumns => K::GlossaryColumns,
            Error::CsvUnterminatedQuote { .. } => K::CsvUnterminatedQuote,
            Error::CsvDuplicateColumn { .. } => K::CsvDuplicateColumn,
            Error::XmlDtd => K::XmlDtd,
            Error::XmlMalformed(_) => K::XmlMalformed,
            Error::NotTbx => K::NotTbx,
            Error::NotTmx => K::NotTmx,
            Error::TmxTooLarge { .. } => K::TmxTooLarge,
            Error::NotXliff => K::NotXliff,
            Error::XliffVersion { .. } => K::XliffVersion,
            Error::XliffNoSource { .. } => K::XliffNoSource,
            Error::XliffDuplicateId { .. } => K::XliffDuplicateId,
            Error::XliffSourceLanguage { .. } => K::XliffSourceLanguage,
            Error::XliffArticleGone { .. } => K::XliffArticleGone,
            Error::XliffOtherArticle { .. } => K::XliffOtherArticle,
            Error::XliffNotExported => K::XliffNotExported,
            Error::XliffCodes { .. } => K::XliffCodes,
            Error::XliffFixedSegments => K::XliffFixedSegments,
            Error::EntryIncomplete => K::EntryIncomplete,
            Error::EntryDuplicate(_) => K::EntryDuplicate,
            Error::Io { .. } => K::Io,
            Error::NotAFile { .. } => K::NotAFile,
            Error::Write { .. } => K::WriteFailed,
            Error::Storage { .. } => K::Storage,
            Error::Cancelled => K::Cancelled,
            Error::SpellDictionaryMissing { .. } => K::SpellDictionaryMissing,
            Error::SpellDictionaryDamaged { .. } => K::SpellDictionaryDamaged,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
