//! Glossaries as TBX: export as TBX v3 (ISO 30042:2019), TBX-Basic dialect, DCA style, valid
//! against `TBXcoreStructV03.rng`; import TBX v3 (`<tbx>`, conceptEntry/langSec/termSec) and
//! TBX v2 (`<martif>`, termEntry/langSet/tig or ntig/termGrp).
//!
//! # Mapping
//!
//! One `conceptEntry` per name, with the ids `c1`, `c2`, … Every term has
//! `partOfSpeech` `noun` (TBX-Basic has no value for proper names).
//!
//! | Dragoman     | TBX-Basic                                                                                   |
//! |--------------|---------------------------------------------------------------------------------------------|
//! | `arabic`     | first `termSec` of the `ar` `langSec`, `administrativeStatus` `preferredTerm-admn-sts`       |
//! | `variants`   | further `ar` termSecs, `admittedTerm-admn-sts`, `termType` `variant`                         |
//! | `english`    | first `termSec` of the `en` `langSec`, `preferredTerm-admn-sts` (`termType` `fullForm` when there is a short form) |
//! | `short`      | an `en` termSec with `termType` `shortForm`, `admittedTerm-admn-sts`                         |
//! | `deprecated` | `en` termSecs with `administrativeStatus` `deprecatedTerm-admn-sts`                          |
//! | `kind`       | `<note>dragoman:type=person</note>` on the conceptEntry (also place, organization, other)   |
//! | `clitics`    | only when false: `<note>dragoman:clitics=false</note>` on the `ar` langSec                   |
//! | `not`        | one `<note>dragoman:not=…</note>` per form on the `ar` langSec                               |
//! | `notes`      | one `<note>` on the conceptEntry, as is                                                      |
//!
//! TBX-Basic has no data category for the kind of a name (`subjectField` is a domain of
//! knowledge, and the dialect forbids custom `termNote`s), none for clitics, and the forms in
//! `not` are not terms of the concept at all (another tool would take an `ar` term, even a
//! deprecated one, as a synonym). So these travel in `note`s, the one free-text category
//! allowed everywhere, as `dragoman:<key>=<value>`, readable by a person in any TBX tool. A
//! user's note that itself starts with `dragoman:` is written as `dragoman:note=<text>`, so
//! it cannot be mistaken for a field. Some cannot round-trip: XML 1.0 forbids most control
//! characters, which are dropped; `short: Some("")` is written as no short form.
//!
//! # Reading
//!
//! - Language codes: `ar`, `ar-EG`, `ar_AR`, `ara` … are Arabic; `en`, `en-US`, `eng` … English;
//!   other languages are ignored.
//! - Arabic: the first preferred term is `arabic` (else the first term); every other Arabic term,
//!   whatever its status, is a variant (a deprecated spelling still occurs in the text).
//! - English: terms with `administrativeStatus` deprecated or superseded (v3 `…Term-admn-sts`,
//!   or the bare words, and `obsolete`) go to `deprecated`. Of the others, a `termType`
//!   `shortForm`, `abbreviation` or `acronym` is `short`; `english` is the first preferred term
//!   that is not a short form, else the first that is not a short form, else the short form
//!   itself (and then `short` is None). Further English synonyms have no place and are dropped.
//! - `notes`: every `note` and `definition` of the entry at any level (conceptEntry, langSec,
//!   termSec), other than the `dragoman:` fields, trimmed, duplicates dropped, joined by
//!   newlines. DCT-style elements (`<min:administrativeStatus>`, `<basic:definition>`) are read
//!   like their DCA `termNote`/`descrip` forms.
//! - White space: terms and notes are trimmed, and in literal text a run of white space that
//!   holds a line break is the file's indentation and becomes one space. Line breaks and tabs
//!   that belong to Dragoman's text are written as the references `&#10;` and `&#9;` (and CR
//!   as `&#13;`), which are kept.
//! - An entry without an Arabic term is skipped as [`SkipReason::NoArabic`], one without a usable
//!   (non-deprecated) English term as [`SkipReason::NoEnglish`], a `dragoman:type` or
//!   `dragoman:clitics` with a bad value as `UnknownType` / `BadClitics`; `line` is where the
//!   entry starts, `detail` the entry's id (or its first term when it has none).
//! - Safety: no entity or DTD is ever resolved. A `<!DOCTYPE` with an internal subset, or any
//!   `<!ENTITY`, is refused ([`Error::XmlDtd`]) before anything is read. A plain external
//!   `<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">` (common in v2 files) is accepted and
//!   ignored: nothing is fetched or read from it. References to entities other than the five
//!   predefined ones and character references are malformed XML.
//! - Encoding: UTF-8 (with or without BOM), or UTF-16 with a BOM; anything else is
//!   [`Error::BadEncoding`]. The XML rules are [`crate::formats::xml`]'s, shared with the DOCX
//!   import.
//!
//! [`SkipReason::NoArabic`]: crate::names::glossary::SkipReason::NoArabic
//! [`SkipReason::NoEnglish`]: crate::names::glossary::SkipReason::NoEnglish
//! [`Error::XmlDtd`]: crate::Error::XmlDtd
//! [`Error::BadEncoding`]: crate::Error::BadEncoding
mod reader;
mod writer;

pub use reader::read;
pub use writer::write;

/// The namespace of TBX v3 (ISO 30042:2019).
pub const TBX_NS: &str = "urn:iso:std:iso:30042:ed-2";
/// The prefix of the notes that carry Dragoman's own fields.
const FIELD: &str = "dragoman:";

const PREFERRED: &str = "preferredTerm-admn-sts";
const ADMITTED: &str = "admittedTerm-admn-sts";
const DEPRECATED: &str = "deprecatedTerm-admn-sts";
