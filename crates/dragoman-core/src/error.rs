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
    #[error("the XML declares a DTD or entities, which are refused")]
    XmlDtd,
    #[error("malformed XML: {0}")]
    XmlMalformed(String),
    #[error("the XML is not a TBX glossary (no martif or tbx root)")]
    NotTbx,
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
    /// The store failed (a disk full, a lock held too long, a damaged file). `detail` is the
    /// backend's own message, for the log; the conversion from the backend's error lives in
    /// the store.
    #[error("database error: {detail}")]
    Storage { detail: String },
}

impl Error {
    /// A stable, kebab-case identifier of the kind of error. The shells show the Fluent
    /// message `error-<kind>`; every kind returned here has a message in every locale
    /// (checked by a test in dragoman-l10n).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::NewerSchema { .. } => "db-newer",
            Error::NotADatabase { .. } => "db-not-database",
            Error::Unwritable { .. } => "db-unwritable",
            Error::ArticleNotFound(_) | Error::SegmentNotFound(_) | Error::DraftNotFound(_) => "not-found",
            Error::Conflict(_) => "conflict",
            Error::NothingToConfirm(_) => "nothing-to-confirm",
            Error::EmptyText => "empty-text",
            Error::NotText => "not-text",
            Error::BadEncoding => "bad-encoding",
            Error::TooLarge { .. } => "too-large",
            Error::UnknownEncoding(_) => "unknown-encoding",
            Error::UnsupportedFormat => "unsupported-format",
            Error::DocxEncrypted => "docx-encrypted",
            Error::DocxCorrupt => "docx-corrupt",
            Error::DocxTooLarge => "docx-too-large",
            Error::Invalid(_) => "invalid-input",
            Error::EntryNotFound(_) => "not-found",
            Error::GlossaryColumns => "glossary-columns",
            Error::XmlDtd => "xml-dtd",
            Error::XmlMalformed(_) => "xml-malformed",
            Error::NotTbx => "not-tbx",
            Error::EntryIncomplete => "entry-incomplete",
            Error::EntryDuplicate(_) => "entry-duplicate",
            Error::Io { .. } => "io",
            Error::Write { .. } => "write-failed",
            Error::Storage { .. } => "storage",
        }
    }

    /// All kinds [`Error::kind`] can return, for the locale completeness test.
    pub const KINDS: &'static [&'static str] = &[
        "db-newer",
        "db-not-database",
        "db-unwritable",
        "not-found",
        "empty-text",
        "not-text",
        "bad-encoding",
        "too-large",
        "unknown-encoding",
        "unsupported-format",
        "docx-encrypted",
        "docx-corrupt",
        "docx-too-large",
        "invalid-input",
        "glossary-columns",
        "xml-dtd",
        "xml-malformed",
        "not-tbx",
        "entry-incomplete",
        "entry-duplicate",
        "conflict",
        "nothing-to-confirm",
        "io",
        "write-failed",
        "storage",
    ];
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
