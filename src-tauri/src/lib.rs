//! Dragoman's desktop shell. The only crate that knows Tauri: it opens the store, exposes
//! the core through commands, and hosts the web UI.
#[macro_use]
pub mod commands;
pub mod bindings;
pub mod chosen;
pub mod error;
pub mod spell;
pub mod state;

use tauri::{Manager, Runtime};
use tracing_subscriber::{fmt, layer::SubscriberExt, util::SubscriberInitExt, EnvFilter};

pub use error::IpcError;
pub use state::AppState;

/// Register the commands, all of `commands/list.rs`. Used by the real app and by the tests'
/// mock builder alike.
pub fn with_commands<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    macro_rules! handler {
        ($($module:ident :: $command:ident),* $(,)?) => {
            tauri::generate_handler![$(commands::$module::$command),*]
        };
    }
    builder.invoke_handler(with_commands_list!(handler))
}

/// Log to stderr and to `dragoman.log` in the platform's log directory.
fn init_tracing(log_dir: Option<std::path::PathBuf>) -> Option<tracing_appender::non_blocking::WorkerGuard> {
    let filter = EnvFilter::try_from_env("DRAGOMAN_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let stderr = fmt::layer().with_writer(std::io::stderr);
    let (file, guard) = match log_dir.and_then(|d| std::fs::create_dir_all(&d).ok().map(|_| d)) {
        Some(dir) => {
            let (writer, guard) = tracing_appender::non_blocking(tracing_appender::rolling::never(dir, "dragoman.log"));
            (Some(fmt::layer().with_ansi(false).with_writer(writer)), Some(guard))
        }
        None => (None, None),
    };
    let _ = tracing_subscriber::registry().with(filter).with(stderr).with(file).try_init();
    guard
}

/// Files dropped onto the window may be read: recorded here, when the drop reaches the app.
/// Tauri calls this in the same turn of the event loop in which it sends the page the drop,
/// so the page's request for the file, handled on that loop too, always comes after it.
pub fn on_drop<R: Runtime>(app: &tauri::AppHandle<R>, event: &tauri::DragDropEvent) {
    if let tauri::DragDropEvent::Drop { paths, .. } = event {
        if let Some(state) = app.try_state::<AppState>() {
            for path in paths {
                state.chosen.allow_read(path);
            }
        }
    }
}

pub fn run() {
    with_commands(tauri::Builder::default())
        .plugin(tauri_plugin_dialog::init())
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::DragDrop(drop) = event {
                on_drop(window.app_handle(), drop);
            }
        })
        .on_webview_event(|webview, event| {
            if let tauri::WebviewEvent::DragDrop(drop) = event {
                on_drop(webview.app_handle(), drop);
            }
        })
        .setup(|app| {
            let guard = init_tracing(app.path().app_log_dir().ok());
            if let Some(guard) = guard {
                app.manage(LogGuard(guard));
            }
            let db_path = db_from_args(std::env::args())
                .or_else(dragoman_core::store::path_from_env)
                .or_else(|| app.path().app_data_dir().ok().map(|d| d.join("dragoman.db")))
                .unwrap_or_else(|| "dragoman.db".into());
            let state = AppState::open(db_path);
            // The saved zoom, before the UI shows (the webview keeps it across loads).
            let prefs = state.with_store(|s| dragoman_core::usecases::preferences::load(s)).unwrap_or_default();
            if let Some(window) = app.get_webview_window("main") {
                commands::preferences::apply_zoom(window.as_ref(), &prefs);
            }
            app.manage(state);
            // The whole database checked in the background; imports and deletes wait for it.
            // A damaged one goes read-only, and the window is told.
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                if let Some(damage) = handle.state::<AppState>().check_integrity() {
                    let _ = tauri::Emitter::emit(&handle, "db-damaged", damage);
                }
            });
            // Compile the glossary in the background, so that opening the first article does
            // not wait for it (0.7 s for 100,000 names).
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                let _ = handle.state::<AppState>().with_compiled(|_| ());
            });
            // A backup once a day while the app runs (the first check a little after start,
            // not to compete with opening the last article).
            let handle = app.handle().clone();
            std::thread::spawn(move || daily_backups(&handle.state::<AppState>()));
            // And the spell check's dictionary (a second or so).
            let handle = app.handle().clone();
            std::thread::spawn(move || spell::preload(&handle.state::<AppState>()));
            #[cfg(unix)]
            close_on_signals(app.handle());
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("error while running Dragoman");
}

/// SIGTERM (a logout, a shutdown, `kill`) and SIGHUP close the window the way its close
/// button does: the UI saves what is pending first (`ui/src/ipc/window.ts`), then the window
/// goes and the app exits. If the window cannot answer, the app exits after a grace period.
#[cfg(unix)]
fn close_on_signals<R: Runtime>(app: &tauri::AppHandle<R>) {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = match signal_hook::iterator::Signals::new([SIGTERM, SIGHUP]) {
        Ok(signals) => signals,
        Err(e) => {
            tracing::warn!(error = %e, "cannot listen for SIGTERM and SIGHUP: they will stop the app at once");
            return;
        }
    };
    let app = app.clone();
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            tracing::info!(signal, "asked to stop: saving pending edits first, as on closing the window");
            match app.get_webview_window("main") {
                Some(window) => {
                    if let Err(e) = window.close() {
                        tracing::warn!(error = %e, "cannot close the window");
                        app.exit(0);
                    }
                }
                None => app.exit(0),
            }
            std::thread::sleep(std::time::Duration::from_secs(5));
            tracing::warn!("the window did not close in time: stopping");
            app.exit(0);
        }
    });
}

/// Every hour, a backup if the newest is a day old; a week of them kept
/// (`dragoman_core::store::backup`). Not for a database that is damaged or not open.
fn daily_backups(state: &AppState) {
    use dragoman_core::store::{backup, now_ms};
    std::thread::sleep(std::time::Duration::from_secs(30));
    loop {
        if state.open_error().is_none() && state.damaged().is_none() {
            match backup::daily_if_due(&state.db_path, now_ms()) {
                Ok(Some(made)) => tracing::info!(name = %made.name, bytes = made.bytes, "daily backup made"),
                Ok(None) => {}
                Err(e) => tracing::warn!(error = %e, "the daily backup failed"),
            }
        }
        std::thread::sleep(std::time::Duration::from_secs(60 * 60));
    }
}

/// `--db PATH` or `--db=PATH` on the command line: overrides DRAGOMAN_DB.
pub fn db_from_args(args: impl IntoIterator<Item = String>) -> Option<std::path::PathBuf> {
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "--db" {
            return args.next().map(Into::into);
        }
        if let Some(path) = arg.strip_prefix("--db=") {
            return Some(path.into());
        }
    }
    None
}

/// Keeps the log writer flushing until the app exits.
struct LogGuard(#[allow(dead_code)] tracing_appender::non_blocking::WorkerGuard);

#[cfg(test)]
mod tests {
    #[test]
    fn db_path_from_the_command_line() {
        let args = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(super::db_from_args(args(&["app", "--db", "/tmp/a.db"])), Some("/tmp/a.db".into()));
        assert_eq!(super::db_from_args(args(&["app", "--db=/tmp/b.db"])), Some("/tmp/b.db".into()));
        assert_eq!(super::db_from_args(args(&["app"])), None);
    }
}
