//! An article file of any type (the first byte picks a file name and an encoding), through `import::preview_bytes`.
#![no_main]

#[path = "../../crates/dragoman-core/tests/support/fuzz.rs"]
mod fuzz;

libfuzzer_sys::fuzz_target!(|data: &[u8]| fuzz::article_file(data));
