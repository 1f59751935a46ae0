//! A TMX file read unit by unit, then written and read back.
#![no_main]

#[path = "../../crates/dragoman-core/tests/support/fuzz.rs"]
mod fuzz;

libfuzzer_sys::fuzz_target!(|data: &[u8]| fuzz::tmx_file(data));
