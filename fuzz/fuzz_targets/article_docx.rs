//! A Word document whose `document.xml` (and, after a NUL, `styles.xml`) is the input.
#![no_main]

#[path = "../../crates/dragoman-core/tests/support/fuzz.rs"]
mod fuzz;

libfuzzer_sys::fuzz_target!(|data: &[u8]| fuzz::article_docx(data));
