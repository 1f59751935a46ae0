//! What the mock-runtime tests share: the app with the real handler registration and
//! capabilities on a temporary database, and a command call from its main window.
use dragoman_desktop::{with_commands, AppState};
use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{Manager, WebviewWindow};

pub fn app_with(db: std::path::PathBuf) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let app = with_commands(mock_builder()).build(tauri::generate_context!()).expect("app builds");
    app.manage(AppState::open(db));
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    (app, webview)
}

pub fn call(webview: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    get_ipc_response(
        webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            // The webview's own (local) URL: the capability grants the commands to it only.
            url: webview.url().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

/// Drop `paths` onto the window, as the translator does: what the app records before the
/// page hears of the drop (`dragoman_desktop::on_drop`), so that the files may be read.
#[allow(dead_code)] // not every test file drops files
pub fn drop_files(webview: &WebviewWindow<MockRuntime>, paths: &[&std::path::Path]) {
    let event = tauri::DragDropEvent::Drop {
        paths: paths.iter().map(|p| p.to_path_buf()).collect(),
        position: tauri::PhysicalPosition::new(10.0, 10.0),
    };
    dragoman_desktop::on_drop(webview.app_handle(), &event);
}

/// `path` as a save dialog gives it: it may then be written (the dialog itself cannot be
/// shown under the mock runtime).
#[allow(dead_code)]
pub fn save_as(webview: &WebviewWindow<MockRuntime>, path: &std::path::Path) {
    webview.state::<AppState>().chosen.allow_write(path);
}
