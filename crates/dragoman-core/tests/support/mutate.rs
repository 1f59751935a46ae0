//! Mutations for the fuzz-style tests (`tests/fuzz_*.rs`), as proptest strategies: a seed
//! from `support/fuzz.rs`, then a few edits of the kinds a coverage-guided fuzzer makes (a
//! byte changed, a token of the format inserted, a range deleted or repeated, the end cut
//! off). The run is reproducible: a fixed seed unless `PROPTEST_RNG_SEED` says otherwise, and
//! `PROPTEST_CASES` for more cases (`make fuzz` without nightly). Shared with `#[path]`.
#![allow(dead_code)]

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

/// `cases` cases (or `$PROPTEST_CASES`), from a fixed seed (or `$PROPTEST_RNG_SEED`).
pub fn config(cases: u32) -> Config {
    let mut config = Config::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        config.rng_seed = RngSeed::Fixed(0x0D2A_60A1);
    }
    // A failure prints its input; with a fixed seed it comes back on the next run.
    config.failure_persistence = None;
    config
}

/// Tokens that matter to the formats read: markup, quotes, separators, references, BOMs,
/// the clitics and the article.
const TOKENS: &[&[u8]] = &[
    b"<",
    b">",
    b"</",
    b"/>",
    b"<div>",
    b"</div>",
    b"<span>",
    b"<p>",
    b"<br>",
    b"<script>",
    b"<!--",
    b"-->",
    b"<![CDATA[",
    b"]]>",
    b"<!DOCTYPE x [<!ENTITY a \"b\">]>",
    b"&amp;",
    b"&#1;",
    b"&#x10FFFF;",
    b"&#0;",
    b"&lt;",
    b"&nbsp;",
    b"\"",
    b"\"\"",
    b",",
    b"|",
    b"'=",
    b"\n",
    b"\r\n",
    b"\r",
    b"\t",
    b"\0",
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    b"\xFE\xFF",
    b"\xC3\x98",
    b"\x80",
    b"# ",
    b"## ",
    b"**",
    b"> ",
    b"- ",
    b"1. ",
    b"```",
    b"`",
    b"[x](y)",
    b"<w:p>",
    b"</w:p>",
    b"<w:t>",
    b"</w:t>",
    b"<w:tab/>",
    b"<tu>",
    b"</tu>",
    b"<tuv xml:lang=\"ar\">",
    b"<seg>",
    b"</seg>",
    b"<termEntry>",
    b"<langSet xml:lang=\"ar\">",
    b"<term>",
    b"</term>",
    b"\xD9\x88",
    b"\xD9\x84\xD9\x84",
    b"\xD8\xA7\xD9\x84",
    b"\xD8\xB9\xD8\xA8\xD8\xAF",
    b"\xD9\x8E",
    b"\xE2\x80\x8F",
    b".",
    b"\xD8\x9F",
    b" ",
];

/// One edit: (kind, where, what).
pub type Edit = (u8, u32, u32);

/// Apply `edits` to `bytes`.
pub fn mutate(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for &(kind, at, what) in edits {
        let len = bytes.len();
        let at = if len == 0 { 0 } else { at as usize % (len + 1) };
        match kind % 6 {
            0 if at < len => bytes[at] = what as u8,
            0 | 1 => {
                let token = TOKENS[what as usize % TOKENS.len()];
                bytes.splice(at..at, token.iter().copied());
            }
            2 => {
                let end = (at + 1 + what as usize % 16).min(len);
                bytes.drain(at.min(end)..end);
            }
            3 => {
                // A range repeated: nesting, long lines, many rows.
                let end = (at + 1 + what as usize % 64).min(len);
                let piece = bytes[at.min(end)..end].to_vec();
                for _ in 0..(what >> 16) % 8 + 1 {
                    bytes.splice(at..at, piece.iter().copied());
                }
            }
            4 => bytes.truncate(at),
            _ if at < len => bytes[at] ^= 1 << (what % 8),
            _ => {}
        }
    }
    bytes
}

/// A seed of `seeds`, mutated by up to `max_edits` edits.
pub fn mutated(seeds: Vec<(String, Vec<u8>)>, max_edits: usize) -> impl Strategy<Value = Vec<u8>> {
    let seeds: Vec<Vec<u8>> = seeds.into_iter().map(|(_, b)| b).collect();
    (0..seeds.len(), proptest::collection::vec((any::<u8>(), any::<u32>(), any::<u32>()), 0..=max_edits))
        .prop_map(move |(i, edits)| mutate(seeds[i].clone(), &edits))
}
