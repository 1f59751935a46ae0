//! The commands the UI may call, one file per domain. Every command that touches the
//! database is `async` so that it runs off the main thread and never freezes the window.
//!
//! The list of commands is written once, in `list.rs` (`with_commands_list!`).
#[macro_use]
mod list;

pub mod app;
pub mod articles;
pub mod backups;
pub mod drafts;
pub mod export;
pub mod files;
pub mod glossary;
pub mod import;
pub mod memory;
pub mod names;
pub mod preferences;
pub mod qa;
pub mod segments;
pub mod spell;
pub mod xliff;

pub use app::Startup;

/// The name of every command, as the UI invokes it, in the order of `list.rs`.
pub const NAMES: &[&str] = &with_commands_list!(command_names);

macro_rules! command_paths {
    ($($module:ident :: $command:ident),* $(,)?) => {
        [$(concat!(stringify!($module), "::", stringify!($command))),*]
    };
}

/// Every command as `module::command`, its file under `src/commands/` and its name.
pub const PATHS: &[&str] = &with_commands_list!(command_paths);
