//! Made-up Arabic names for the benchmarks (shared with `#[path]`).

/// The `n`th made-up five-letter Arabic word.
pub fn word(mut n: usize) -> String {
    const LETTERS: &str = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    let letters: Vec<char> = LETTERS.chars().collect();
    let mut w = String::new();
    for _ in 0..5 {
        w.push(letters[n % letters.len()]);
        n /= letters.len();
    }
    w
}

/// The `i`th made-up two-word name and its surname alone.
pub fn name(i: usize) -> (String, String) {
    (format!("{} {}", word(i * 7 + 3), word(i * 13 + 5)), word(i * 13 + 5))
}
