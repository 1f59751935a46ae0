// The app's own commands, from the one list in src/commands/list.rs: each gets a permission
// (`allow-<command>`), and capabilities/main.json grants exactly these to the main window
// (tests/contract.rs checks it).
include!("src/commands/list.rs");

const COMMANDS: &[&str] = &with_commands_list!(command_names);

fn main() {
    println!("cargo:rerun-if-changed=src/commands/list.rs");
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
