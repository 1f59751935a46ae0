//! A glossary and a text (`fuzz::names_case`) through the name matcher.
#![no_main]

#[path = "../../crates/dragoman-core/tests/support/fuzz.rs"]
mod fuzz;

libfuzzer_sys::fuzz_target!(|data: &[u8]| fuzz::names(data));
