//! A glossary file, CSV or TBX, read, then written to CSV and TBX and read back.
#![no_main]

#[path = "../../crates/dragoman-core/tests/support/fuzz.rs"]
mod fuzz;

libfuzzer_sys::fuzz_target!(|data: &[u8]| fuzz::glossary_file(data));
