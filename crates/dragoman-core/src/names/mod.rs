//! Names: the glossary and everything done with it in the Arabic. The glossary's domain
//! ([`glossary`]: entries, what an import did, the glossary compiled for matching), the
//! matcher that finds names in a text ([`index`]), the editor's highlights ([`annotate`]),
//! and the suggester of names the glossary lacks ([`suggest`]). The files a glossary comes in
//! are [`crate::formats`]', the checks on a translation [`crate::qa`]'s; neither is imported
//! from here.
pub mod annotate;
pub mod glossary;
pub mod index;
mod keys;
pub mod suggest;

pub use index::{NameIndex, NameMatch, NameSpec};
