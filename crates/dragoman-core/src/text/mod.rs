//! Arabic text, once: the normalisation, the tokeniser, the clitic table, the function
//! words, and the offset conversions the UI's spans need. Everything that reads Arabic (the
//! glossary matcher, the suggester, the name checks, search) uses these and no copy of them.
//! Nothing here knows of names, glossaries or articles.
pub mod clitics;
pub mod function_words;
pub mod normalize;
pub mod offsets;
pub mod terms;
pub mod tokens;
