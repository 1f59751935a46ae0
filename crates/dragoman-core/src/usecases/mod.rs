//! The use cases: what the app's commands and the `dragoman` command line both do, written
//! once. A shell parses its input, calls one of these, and presents the result; the policy
//! (which languages, how many entries a page holds, how long a name can be, which segments a
//! check skips, what kind of file was dropped) lives here, not in the shells.
//!
//! The flow is one way: UI → command (src-tauri) or CLI → use case → store / formats / names.
pub mod articles;
pub mod export;
pub mod glossary;
pub mod import;
pub mod memory;
pub mod names;
pub mod place;
pub mod preferences;
pub mod qa;
pub mod settings;
pub mod spell;
pub mod tmx;
pub mod xliff;
