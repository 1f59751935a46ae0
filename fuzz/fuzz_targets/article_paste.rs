//! A paste: text, and after a NUL the clipboard's HTML, through `import::preview_paste`.
#![no_main]

#[path = "../../crates/dragoman-core/tests/support/fuzz.rs"]
mod fuzz;

libfuzzer_sys::fuzz_target!(|data: &[u8]| fuzz::article_paste(data));
