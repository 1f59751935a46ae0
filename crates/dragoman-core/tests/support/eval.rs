//! Where the evaluation tests (`#[ignore]`d, run by `make eval`) find what is not part of the
//! repository. `scripts/eval.sh` sets these variables (absolute paths) and skips, saying so, a
//! corpus that is absent; run by hand, a test names the variable it lacks instead of guessing
//! a path. Shared with `#[path]`.
use std::path::PathBuf;

fn required(var: &str) -> PathBuf {
    std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| panic!("{var} is not set: this evaluation runs through `make eval`, which sets it"))
}

/// `$DRAGOMAN_CORPORA/<sub>`.
#[allow(dead_code)] // each test file uses one of the two
pub fn corpus(sub: &str) -> PathBuf {
    required("DRAGOMAN_CORPORA").join(sub)
}

/// `$DRAGOMAN_SCHEMAS`: the schemas of the exchange formats (not in the repository).
#[allow(dead_code)]
pub fn schemas() -> PathBuf {
    required("DRAGOMAN_SCHEMAS")
}

/// `$DRAGOMAN_NAMES_SPEC`: the team's name-matching spec.
#[allow(dead_code)]
pub fn names_spec() -> PathBuf {
    required("DRAGOMAN_NAMES_SPEC")
}
