// The one list of the app's commands, as `domain_module::command` paths under
// `src-tauri/src/commands/`. Everything that needs the list takes it from here:
//
// - `lib.rs` registers the handlers (`tauri::generate_handler!`);
// - `build.rs` (`include!`s this file) declares one permission `allow-<command>` each;
// - `commands::NAMES` gives the names to the tests that hold `capabilities/main.json` and
//   `ui/src/ipc/api.ts` to this list (`tests/contract.rs`).
//
// Plain `macro_rules!` only: build.rs includes this file as it is. A later bindings
// exporter can take the list the same way (`with_commands_list!(its_macro)`).

/// Calls the macro `$m` with the command paths: `$m! { app::app_startup, … }`.
macro_rules! with_commands_list {
    ($m:ident) => {
        $m! {
            app::app_startup,
            app::settings_set_language,
            app::app_last_place,
            app::app_set_last_place,
            backups::backups_list,
            backups::backups_create,
            backups::backups_restore,
            preferences::preferences_get,
            preferences::preferences_step,
            preferences::preferences_set_theme,
            articles::articles_list,
            articles::articles_get,
            articles::articles_create_sample,
            articles::articles_delete,
            articles::articles_set_status,
            articles::articles_progress,
            segments::segments_list,
            segments::segments_update,
            segments::segments_set_excluded,
            segments::segments_split,
            segments::segments_merge,
            segments::segments_set_status,
            segments::segments_history,
            segments::segments_restore_version,
            segments::segments_find,
            segments::segments_replace,
            drafts::drafts_list,
            drafts::drafts_create,
            drafts::drafts_compare,
            drafts::drafts_restore,
            files::files_pick_open,
            files::files_pick_save,
            import::import_preview,
            import::import_commit,
            import::import_progress,
            import::import_cancel,
            import::import_classify,
            export::export_write,
            export::export_xliff,
            export::export_check,
            glossary::glossary_search,
            glossary::glossary_add,
            glossary::glossary_update,
            glossary::glossary_delete,
            glossary::glossary_import_preview,
            glossary::glossary_import,
            glossary::glossary_export,
            memory::memory_matches,
            memory::memory_analysis,
            memory::memory_fill,
            memory::memory_concordance,
            memory::memory_info,
            memory::memory_set_settings,
            memory::memory_import_tmx,
            memory::memory_export_tmx,
            names::names_article,
            names::names_suggest,
            names::names_spell,
            qa::qa_check,
            qa::qa_set_ignored,
            qa::qa_settings,
            qa::qa_set_settings,
            spell::spell_settings,
            spell::spell_set_settings,
            spell::spell_check,
            spell::spell_suggest,
            spell::spell_words,
            spell::spell_add_word,
            spell::spell_remove_word,
            xliff::xliff_plan,
            xliff::xliff_apply,
            xliff::xliff_codes,
            xliff::xliff_write_back,
        }
    };
}

/// The commands' names (what the UI invokes), as an array of `&str`:
/// `with_commands_list!(command_names)`.
macro_rules! command_names {
    ($($module:ident :: $command:ident),* $(,)?) => {
        [$(stringify!($command)),*]
    };
}
