//! The UI's TypeScript types (`ui/src/ipc/bindings.ts`) are the Rust types': this test fails
//! when the checked-in file is stale. `DRAGOMAN_UPDATE_BINDINGS=1` (what `make bindings`
//! sets) rewrites it instead.
use std::path::Path;

#[test]
fn the_ui_bindings_match_the_rust_types() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/ipc/bindings.ts");
    let fresh = dragoman_desktop::bindings::typescript();
    if std::env::var_os("DRAGOMAN_UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == fresh,
        "ui/src/ipc/bindings.ts is stale: run `make bindings` (DRAGOMAN_UPDATE_BINDINGS=1 cargo test -p dragoman-desktop --test bindings) and commit it"
    );
}

#[test]
fn every_error_kind_is_in_the_bindings() {
    let ts = dragoman_desktop::bindings::typescript();
    for kind in dragoman_core::ErrorKind::ALL {
        assert!(ts.contains(&format!("\"{}\"", kind.as_str())), "ErrorKind {kind} missing from the bindings");
    }
}
