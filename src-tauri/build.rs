// The app's own commands are declared here so that each one gets a permission
// (`allow-<command>`), and capabilities/main.json grants exactly these to the main window.
const COMMANDS: &[&str] = &[
    "app_startup",
    "settings_set_language",
    "articles_list",
    "articles_get",
    "articles_create_sample",
    "articles_delete",
    "segments_list",
    "segments_update",
    "segments_set_excluded",
    "segments_split",
    "segments_merge",
    "import_preview",
    "import_commit",
    "segments_set_status",
    "segments_history",
    "segments_restore_version",
    "segments_find",
    "segments_replace",
    "articles_set_status",
    "drafts_list",
    "drafts_create",
    "drafts_compare",
    "drafts_restore",
    "export_write",
    "glossary_search",
    "glossary_add",
    "glossary_update",
    "glossary_delete",
    "glossary_import",
    "glossary_export",
    "names_article",
    "names_check",
    "names_suggest",
    "names_spell",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
