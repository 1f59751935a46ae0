//! The security configuration, pinned: a strict CSP and least-privilege capabilities. These
//! fail when someone loosens them without meaning to.
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

#[test]
fn the_main_window_gets_only_the_apps_commands_and_its_close_request() {
    let cap = json("capabilities/main.json");
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
    assert!(cap.get("remote").is_none(), "no remote URL may use the capability");
    let build_rs = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("build.rs")).unwrap();
    for p in cap["permissions"].as_array().unwrap() {
        let p = p.as_str().expect("plain permission identifiers");
        if let Some(cmd) = p.strip_prefix("allow-") {
            let cmd = cmd.replace('-', "_");
            assert!(build_rs.contains(&format!("\"{cmd}\"")), "{p} is not one of the app's commands");
        } else {
            assert!(
                ["core:event:allow-listen", "core:event:allow-unlisten", "core:window:allow-destroy", "dialog:allow-open", "dialog:allow-save"].contains(&p),
                "unexpected permission {p}"
            );
        }
    }
}
