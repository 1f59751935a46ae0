//! The security configuration, pinned: a strict CSP and least-privilege capabilities. These
//! fail when someone loosens them without meaning to.
use std::collections::BTreeSet;

use serde_json::Value;

fn json(path: &str) -> Value {
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn the_csp_allows_only_the_app_itself() {
    let conf = json("tauri.conf.json");
    let csp = conf["app"]["security"]["csp"].as_object().expect("a CSP is set");
    let all: Vec<String> = csp.values().map(|v| v.as_str().unwrap().to_owned()).collect();
    for v in &all {
        assert!(!v.contains("unsafe-eval"), "eval allowed: {v}");
        assert!(!v.contains("unsafe-inline"), "inline code allowed: {v}");
        assert!(!v.contains("https:") && !v.contains("http://*") && !v.contains('*'), "remote content allowed: {v}");
    }
    assert_eq!(csp["default-src"], "'self'");
    assert_eq!(csp["script-src"], "'self'");
    assert_eq!(csp["object-src"], "'none'");
    assert_eq!(csp["connect-src"], "ipc: http://ipc.localhost");
    assert_ne!(conf["app"]["security"]["dangerousDisableAssetCspModification"], Value::Bool(true));
}

/// Exactly `allow-<command>` for each command of `src/commands/list.rs` (the permissions
/// build.rs declares), plus the close-request and drop permissions named here; nothing else.
/// Not the dialog plugin's own commands: the app opens its dialogs itself (`files_pick_open`,
/// `files_pick_save`), so that what they give is recorded as chosen.
#[test]
fn the_main_window_gets_only_the_apps_commands_and_its_close_request() {
    let cap = json("capabilities/main.json");
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
    assert!(cap.get("remote").is_none(), "no remote URL may use the capability");
    let granted: Vec<&str> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().expect("plain permission identifiers"))
        .collect();
    let granted_set: BTreeSet<&str> = granted.iter().copied().collect();
    assert_eq!(granted_set.len(), granted.len(), "a permission is granted twice");
    let commands: Vec<String> =
        dragoman_desktop::commands::NAMES.iter().map(|c| format!("allow-{}", c.replace('_', "-"))).collect();
    let others = ["core:event:allow-listen", "core:event:allow-unlisten", "core:window:allow-destroy"];
    let expected: BTreeSet<&str> = commands.iter().map(String::as_str).chain(others).collect();
    let unexpected: Vec<_> = granted_set.difference(&expected).collect();
    let missing: Vec<_> = expected.difference(&granted_set).collect();
    assert!(unexpected.is_empty(), "capabilities/main.json grants what is not a listed command: {unexpected:?}");
    assert!(missing.is_empty(), "capabilities/main.json does not grant: {missing:?}");
}
