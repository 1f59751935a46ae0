//! The one command list (`src/commands/list.rs`) and everything that must agree with it:
//! the UI's `invoke` calls, the `#[tauri::command]` functions, and what the real handler
//! and capability let through. (`build.rs` and `with_commands` take the list itself; the
//! capability file is checked in `security.rs`.)
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use dragoman_desktop::commands::{NAMES, PATHS};
use dragoman_desktop::{with_commands, AppState};
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::Manager;

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn listed() -> BTreeSet<String> {
    let set: BTreeSet<String> = NAMES.iter().map(|s| s.to_string()).collect();
    assert_eq!(set.len(), NAMES.len(), "a command is listed twice in list.rs");
    set
}

/// The command names of the `invoke(…)` / `invoke<T>(…)` calls in `source`; `Err` with the
/// line of a call whose command is not a string literal (it could not be checked).
fn invoked(source: &str) -> Result<Vec<String>, String> {
    let bytes = source.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$';
    let line_of = |i: usize| source[..i].lines().count().max(1);
    let skip_ws = |mut i: usize| {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        i
    };
    let mut names = Vec::new();
    let mut from = 0;
    while let Some(found) = source[from..].find("invoke") {
        let start = from + found;
        let mut i = start + "invoke".len();
        from = i;
        // The identifier `invoke` itself: not part of a longer name, not a method.
        if (start > 0 && (is_ident(bytes[start - 1]) || bytes[start - 1] == b'.'))
            || (i < bytes.len() && is_ident(bytes[i]))
        {
            continue;
        }
        i = skip_ws(i);
        if i < bytes.len() && bytes[i] == b'<' {
            // Type arguments, nested ones included (`=>` in a function type is not a bracket).
            let mut depth = 0;
            while i < bytes.len() {
                match bytes[i] {
                    b'<' => depth += 1,
                    b'>' if bytes[i - 1] != b'=' => depth -= 1,
                    _ => {}
                }
                i += 1;
                if depth == 0 {
                    break;
                }
            }
            i = skip_ws(i);
        }
        if i >= bytes.len() || bytes[i] != b'(' {
            continue; // a mention (import, comment), not a call
        }
        i = skip_ws(i + 1);
        let quote = bytes.get(i).copied();
        let Some(quote @ (b'\'' | b'"' | b'`')) = quote else {
            return Err(format!(
                "line {}: invoke is called with a command that is not a string literal",
                line_of(start)
            ));
        };
        let end = source[i + 1..].find(quote as char).map(|e| i + 1 + e).ok_or("unterminated string")?;
        let name = &source[i + 1..end];
        if name.contains("${") {
            return Err(format!("line {}: invoke is called with a template literal", line_of(start)));
        }
        names.push(name.to_owned());
        from = end;
    }
    Ok(names)
}

fn ui_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ui_files(&path, out);
        } else if path.extension().is_some_and(|e| ["ts", "js", "svelte"].contains(&e.to_str().unwrap())) {
            out.push(path);
        }
    }
}

#[test]
fn the_invoke_scanner_reads_what_api_ts_writes() {
    let src = "import { invoke } from '@tauri-apps/api/core';\n// calls `invoke`\n\
        a: () => invoke<Startup>('app_startup'),\n b: (x) => invoke<Map<string, () => void>>(\"b_c\", { x }),\n\
        c: () => invoke ( `d` ), d: () => other.invoke('no'), e: () => reinvoke('no')";
    assert_eq!(invoked(src).unwrap(), ["app_startup", "b_c", "d"]);
    assert!(invoked("f: (cmd) => invoke(cmd)").is_err());
    assert!(invoked("f: (x) => invoke(`a_${x}`)").is_err());
}

#[test]
fn the_ui_invokes_exactly_the_listed_commands() {
    let api = manifest_dir().join("../ui/src/ipc/api.ts");
    let calls = invoked(&std::fs::read_to_string(&api).unwrap()).unwrap_or_else(|e| panic!("{}: {e}", api.display()));
    let in_ui: BTreeSet<String> = calls.iter().cloned().collect();
    let listed = listed();
    let unknown: Vec<_> = in_ui.difference(&listed).collect();
    let unused: Vec<_> = listed.difference(&in_ui).collect();
    assert!(
        unknown.is_empty(),
        "api.ts invokes commands that src-tauri/src/commands/list.rs does not list: {unknown:?}"
    );
    assert!(unused.is_empty(), "listed commands that api.ts never invokes: {unused:?}");

    // api.ts is the only place that calls invoke.
    let mut files = Vec::new();
    ui_files(&manifest_dir().join("../ui/src"), &mut files);
    assert!(files.len() > 10, "the UI sources were not found");
    for file in files.iter().filter(|f| !f.ends_with("ipc/api.ts")) {
        let calls = invoked(&std::fs::read_to_string(file).unwrap());
        assert_eq!(calls, Ok(vec![]), "{} calls invoke: only ui/src/ipc/api.ts may", file.display());
    }
}

#[test]
fn every_command_function_is_listed_under_its_file() {
    let mut defined = BTreeSet::new();
    for entry in std::fs::read_dir(manifest_dir().join("src/commands")).unwrap() {
        let path = entry.unwrap().path();
        let module = path.file_stem().unwrap().to_str().unwrap().to_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let mut lines = text.lines().map(str::trim);
        while let Some(line) = lines.next() {
            if line.starts_with("#[tauri::command") {
                let f = lines.find(|l| l.starts_with("pub fn ") || l.starts_with("pub async fn ")).expect("a command");
                let f = f.trim_start_matches("pub ").trim_start_matches("async ").trim_start_matches("fn ");
                let name: String = f.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                defined.insert(format!("{module}::{name}"));
            }
        }
    }
    let listed: BTreeSet<String> = PATHS.iter().map(|s| s.to_string()).collect();
    assert_eq!(listed.len(), PATHS.len());
    let unlisted: Vec<_> = defined.difference(&listed).collect();
    assert!(unlisted.is_empty(), "#[tauri::command] functions missing from list.rs: {unlisted:?}");
    assert_eq!(defined, listed);
}

/// Each listed command reaches its handler from the main window: it has a permission
/// (build.rs), the capability grants it, and `with_commands` registers it. Called without
/// arguments, so most stop at a missing argument, which is after all three.
#[test]
fn every_listed_command_is_allowed_and_handled() {
    let dir = tempfile::tempdir().unwrap();
    let app = with_commands(mock_builder()).build(tauri::generate_context!()).expect("app builds");
    app.manage(AppState::open(dir.path().join("d.db")));
    let w = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    let call = |cmd: &str| -> String {
        let res = get_ipc_response(
            &w,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: w.url().unwrap(),
                body: InvokeBody::Json(json!({})),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        );
        match res {
            Ok(_) => String::new(),
            Err(Value::String(s)) => s,
            Err(e) => e.to_string(),
        }
    };
    let refused = |err: &str| err.contains("not allowed") || err.contains("not found");
    assert!(refused(&call("articles_bogus")), "the check below would notice nothing");
    for name in NAMES {
        let err = call(name);
        assert!(!refused(&err), "{name}: {err}");
    }
}

/// `snake_case` → `camelCase`, as Tauri names a command's arguments on the JavaScript side.
fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Each command's arguments as the UI must name them: the parameters of its
/// `#[tauri::command]` function, camelCased, without what Tauri supplies (the state, the
/// calling webview).
fn command_arguments() -> std::collections::BTreeMap<String, BTreeSet<String>> {
    let mut out = std::collections::BTreeMap::new();
    for entry in std::fs::read_dir(manifest_dir().join("src/commands")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for (at, _) in text.match_indices("#[tauri::command") {
            let rest = &text[at..];
            let name_at = rest.find("fn ").unwrap() + "fn ".len();
            let open = name_at + rest[name_at..].find('(').unwrap();
            // Without its generic parameters (`<R: Runtime>`).
            let name = rest[name_at..open].split('<').next().unwrap().trim().to_owned();
            let mut depth = 0;
            let mut close = open;
            for (i, c) in rest[open..].char_indices() {
                match c {
                    '(' | '<' => depth += 1,
                    ')' | '>' if !rest[..open + i].ends_with('-') => depth -= 1,
                    _ => {}
                }
                if depth == 0 {
                    close = open + i;
                    break;
                }
            }
            // Split the parameters at top-level commas.
            let (mut params, mut current, mut depth) = (Vec::new(), String::new(), 0);
            for c in rest[open + 1..close].chars() {
                match c {
                    '<' | '(' => depth += 1,
                    '>' | ')' => depth -= 1,
                    ',' if depth == 0 => {
                        params.push(std::mem::take(&mut current));
                        continue;
                    }
                    _ => {}
                }
                current.push(c);
            }
            params.push(current);
            let args = params
                .iter()
                .filter_map(|p| p.split_once(':'))
                .filter(|(_, ty)| !ty.contains("State<") && !ty.contains("Webview<"))
                .map(|(n, _)| camel(n.trim()))
                .collect();
            out.insert(name, args);
        }
    }
    out
}

/// The keys of the arguments object of each `invoke('command', { … })` in api.ts.
fn invoked_arguments(source: &str) -> std::collections::BTreeMap<String, BTreeSet<String>> {
    let mut out = std::collections::BTreeMap::new();
    for name in invoked(source).unwrap() {
        let call = source.find(&format!("'{name}'")).unwrap() + name.len() + 2;
        let line_end = call + source[call..].find("),").unwrap_or(source.len() - call);
        let args = &source[call..line_end];
        let keys = match (args.find('{'), args.rfind('}')) {
            (Some(a), Some(b)) => args[a + 1..b]
                .split(',')
                .map(|k| k.split(':').next().unwrap().trim().to_owned())
                .filter(|k| !k.is_empty())
                .collect(),
            _ => BTreeSet::new(),
        };
        out.insert(name, keys);
    }
    out
}

#[test]
fn the_ui_passes_each_command_exactly_its_arguments() {
    let rust = command_arguments();
    assert_eq!(rust.len(), NAMES.len(), "every listed command's function was read");
    assert_eq!(rust["import_preview"], ["encoding", "repairMojibake", "source"].map(String::from).into());
    assert_eq!(
        rust["import_commit"],
        ["encoding", "excluded", "repairMojibake", "source", "title"].map(String::from).into()
    );
    let api = std::fs::read_to_string(manifest_dir().join("../ui/src/ipc/api.ts")).unwrap();
    let ui = invoked_arguments(&api);
    let mut wrong = Vec::new();
    for (name, args) in &ui {
        if rust.get(name) != Some(args) {
            wrong.push(format!("{name}: api.ts passes {args:?}, the command takes {:?}", rust.get(name)));
        }
    }
    assert!(wrong.is_empty(), "argument names disagree:\n{}", wrong.join("\n"));
}
