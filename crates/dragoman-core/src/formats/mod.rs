//! Everything Dragoman reads from or writes to files other than its database: the
//! glossary's exchange formats ([`csv`], [`tbx`], and [`glossary_file`], which tells them
//! apart), the translation memory's ([`tmx`]), the article exports ([`export`]), and the
//! XML rules that TBX, TMX and the DOCX import share ([`xml`]). Formats know the domain ([`crate::names`], [`crate::model`]); the domain
//! knows no format.
pub mod csv;
pub mod export;
pub mod glossary_file;
pub mod tbx;
pub mod tmx;
pub mod xliff;
pub mod xml;

/// The `clitics` field of a glossary file (CSV column, TBX note): empty, true, yes or 1 (in
/// any case) is true; false, no or 0 is false; anything else is not a value.
fn clitics_flag(value: &str) -> Option<bool> {
    match value.to_lowercase().as_str() {
        "" | "true" | "yes" | "1" => Some(true),
        "false" | "no" | "0" => Some(false),
        _ => None,
    }
}
