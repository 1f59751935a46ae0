//! The files the window may read and write: only those the translator chose in this
//! session, in a native dialog that Rust opened (`commands::files`) or by dropping them onto
//! the window (`lib.rs` hears the drop before the page does). A path the page names that
//! came from neither is refused with `path-not-chosen`, so a compromised page cannot read
//! `~/.ssh` through the import preview or write `~/.bashrc` through an export.
//!
//! Paths are compared resolved: a file to read by its canonical path, a file to write by
//! its folder's canonical path and its own name (it may not exist yet). So `chosen/../x`, a
//! folder or file swapped for a link since it was chosen, or a relative path do not pass,
//! and the command goes on with the resolved path, not the one the page sent.
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use dragoman_core::ErrorKind;

use crate::error::IpcError;

/// What the translator chose this session: files to read (an open dialog, a drop) and
/// files to write (a save dialog), each kept resolved and as the dialog gave it.
#[derive(Default)]
pub struct Chosen {
    sets: Mutex<Sets>,
}

#[derive(Default)]
struct Sets {
    read: HashSet<PathBuf>,
    write: HashSet<PathBuf>,
    /// The paths as given, to tell "chosen, but gone since" (an ordinary read or write
    /// error) from "never chosen".
    given_read: HashSet<PathBuf>,
    given_write: HashSet<PathBuf>,
}

fn not_chosen(path: &Path, what: &str) -> IpcError {
    tracing::warn!(path = %path.display(), what, "refused a path no dialog or drop gave");
    IpcError {
        kind: ErrorKind::PathNotChosen,
        message: format!("{} was not chosen {what} in this session", path.display()),
        args: Default::default(),
    }
}

/// `path` with its folder resolved (links, `..`), and its own name kept as it is: where a
/// file would be written. `None` for a relative path, a path without a file name (`/`,
/// `x/..`) or a folder that cannot be resolved.
fn resolve_target(path: &Path) -> Option<PathBuf> {
    if !path.is_absolute() {
        return None;
    }
    let name = path.file_name()?;
    let folder = path.parent()?.canonicalize().ok()?;
    Some(folder.join(name))
}

impl Chosen {
    fn sets(&self) -> std::sync::MutexGuard<'_, Sets> {
        // The sets are never left half-changed: a poisoned lock still holds good sets.
        self.sets.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A file the translator chose to read (an open dialog, a drop). Only that path: a
    /// folder dropped gives nothing inside it (and reading the folder itself is refused as
    /// not a file, with its own message). A path that does not resolve is not recorded.
    pub fn allow_read(&self, path: &Path) {
        let Ok(resolved) = path.canonicalize() else { return };
        let mut sets = self.sets();
        sets.given_read.insert(path.to_path_buf());
        sets.read.insert(resolved);
    }

    /// A file the translator chose to write (a save dialog).
    pub fn allow_write(&self, path: &Path) {
        let Some(target) = resolve_target(path) else { return };
        let mut sets = self.sets();
        sets.given_write.insert(path.to_path_buf());
        sets.write.insert(target);
    }

    /// The file to read for `path`, resolved, if the translator chose it to read; else
    /// `path-not-chosen`. A chosen file gone since is the read's own error (`io`).
    pub fn readable(&self, path: &str) -> Result<PathBuf, IpcError> {
        let path = Path::new(path);
        let sets = self.sets();
        match path.canonicalize() {
            Ok(resolved) if path.is_absolute() && sets.read.contains(&resolved) => Ok(resolved),
            Err(source) if sets.given_read.contains(path) => {
                Err(dragoman_core::Error::Io { path: path.to_path_buf(), source }.into())
            }
            _ => Err(not_chosen(path, "to read (an open dialog or a drop)")),
        }
    }

    /// The file to write for `path`, its folder resolved, if the translator chose it in a
    /// save dialog; else `path-not-chosen`. A chosen file whose folder has gone since is the
    /// write's own error (`write-failed`).
    pub fn writable(&self, path: &str) -> Result<PathBuf, IpcError> {
        let path = Path::new(path);
        let sets = self.sets();
        match resolve_target(path) {
            Some(target) if sets.write.contains(&target) => Ok(target),
            None if sets.given_write.contains(path) => Err(dragoman_core::Error::Write {
                path: path.to_path_buf(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "its folder is gone"),
            }
            .into()),
            _ => Err(not_chosen(path, "to write (a save dialog)")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(p: &Path) -> &str {
        p.to_str().unwrap()
    }

    fn refused(r: Result<PathBuf, IpcError>) -> bool {
        matches!(r, Err(IpcError { kind: ErrorKind::PathNotChosen, .. }))
    }

    #[test]
    fn a_path_never_chosen_is_refused_for_reading_and_writing() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("article.txt");
        std::fs::write(&file, "نص").unwrap();
        let chosen = Chosen::default();
        assert!(refused(chosen.readable(s(&file))));
        assert!(refused(chosen.writable(s(&file))));
        assert!(refused(chosen.readable("/etc/passwd")));
        assert!(refused(chosen.writable("/tmp/x.txt")));
        // Refused whether or not the file exists: no way to probe the disk.
        assert!(refused(chosen.readable(s(&dir.path().join("missing.txt")))));
        assert!(refused(chosen.readable("")));
        assert!(refused(chosen.writable("")));
    }

    #[test]
    fn a_chosen_file_is_readable_and_only_what_was_chosen_for() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("article.txt");
        std::fs::write(&file, "نص").unwrap();
        let other = dir.path().join("other.txt");
        std::fs::write(&other, "نص").unwrap();
        let chosen = Chosen::default();
        chosen.allow_read(&file);
        assert_eq!(chosen.readable(s(&file)).unwrap(), file.canonicalize().unwrap());
        // Read, not write; and not its neighbour.
        assert!(refused(chosen.writable(s(&file))));
        assert!(refused(chosen.readable(s(&other))));

        // Saved to: writable, not readable (a save dialog does not open a file for reading).
        let out = dir.path().join("out.docx");
        chosen.allow_write(&out);
        assert_eq!(chosen.writable(s(&out)).unwrap(), dir.path().canonicalize().unwrap().join("out.docx"));
        assert!(refused(chosen.readable(s(&out))));
        std::fs::write(&out, "x").unwrap();
        assert!(refused(chosen.readable(s(&out))));
        assert!(refused(chosen.writable(s(&dir.path().join("out2.docx")))));
    }

    #[test]
    fn dot_dot_and_relative_paths_do_not_pass() {
        let home = tempfile::tempdir().unwrap();
        let ssh = home.path().join(".ssh");
        std::fs::create_dir(&ssh).unwrap();
        std::fs::write(ssh.join("id_rsa"), "secret").unwrap();
        let chosen_dir = home.path().join("news/today");
        std::fs::create_dir_all(&chosen_dir).unwrap();
        let file = chosen_dir.join("a.txt");
        std::fs::write(&file, "نص").unwrap();
        let chosen = Chosen::default();
        chosen.allow_read(&file);
        chosen.allow_write(&chosen_dir.join("out.txt"));

        // Resolved: the same file by another spelling passes, as the file itself.
        let roundabout = chosen_dir.join("../today/./a.txt");
        assert_eq!(chosen.readable(s(&roundabout)).unwrap(), file.canonicalize().unwrap());
        // A path that starts at a chosen file and climbs out does not.
        assert!(refused(chosen.readable(s(&chosen_dir.join("a.txt/../../../.ssh/id_rsa")))));
        assert!(refused(chosen.readable(s(&chosen_dir.join("../../.ssh/id_rsa")))));
        assert!(refused(chosen.writable(s(&chosen_dir.join("../../.bashrc")))));
        assert!(refused(chosen.writable(s(&chosen_dir.join("out.txt/..")))));
        // Relative paths are refused even when they name a chosen file from here.
        let cwd = std::env::current_dir().unwrap();
        let relative = pathdiff(&file, &cwd);
        assert!(refused(chosen.readable(s(&relative))), "{}", relative.display());
        assert!(refused(chosen.writable("out.txt")));
    }

    /// `to` relative to `from`, with as many `..` as needed.
    fn pathdiff(to: &Path, from: &Path) -> PathBuf {
        let to = to.canonicalize().unwrap();
        let from = from.canonicalize().unwrap();
        let common = to.components().zip(from.components()).take_while(|(a, b)| a == b).count();
        let mut out = PathBuf::new();
        for _ in from.components().skip(common) {
            out.push("..");
        }
        for c in to.components().skip(common) {
            out.push(c);
        }
        out
    }

    #[cfg(unix)]
    #[test]
    fn a_file_or_folder_swapped_for_a_link_since_it_was_chosen_does_not_pass() {
        use std::os::unix::fs::symlink;
        let home = tempfile::tempdir().unwrap();
        let secret = home.path().join("id_rsa");
        std::fs::write(&secret, "secret").unwrap();
        let bashrc = home.path().join(".bashrc");
        std::fs::write(&bashrc, "# mine").unwrap();
        let news = home.path().join("news");
        std::fs::create_dir(&news).unwrap();
        let file = news.join("a.txt");
        std::fs::write(&file, "نص").unwrap();
        let chosen = Chosen::default();
        chosen.allow_read(&file);
        chosen.allow_write(&news.join(".bashrc"));
        assert!(chosen.readable(s(&file)).is_ok());
        assert!(chosen.writable(s(&news.join(".bashrc"))).is_ok());

        // The chosen file replaced by a link to a secret: the link resolves elsewhere.
        std::fs::remove_file(&file).unwrap();
        symlink(&secret, &file).unwrap();
        assert!(refused(chosen.readable(s(&file))));

        // The chosen folder replaced by a link to home: the target resolves elsewhere.
        std::fs::rename(&news, home.path().join("news-was")).unwrap();
        symlink(home.path(), &news).unwrap();
        assert!(refused(chosen.writable(s(&news.join(".bashrc")))));
        assert_eq!(std::fs::read_to_string(&bashrc).unwrap(), "# mine");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_chosen_is_the_file_it_names_when_chosen() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.txt");
        std::fs::write(&real, "نص").unwrap();
        let link = dir.path().join("link.txt");
        symlink(&real, &link).unwrap();
        let chosen = Chosen::default();
        chosen.allow_read(&link);
        assert_eq!(chosen.readable(s(&link)).unwrap(), real.canonicalize().unwrap());
        assert_eq!(chosen.readable(s(&real)).unwrap(), real.canonicalize().unwrap());
    }

    #[test]
    fn a_folder_gives_nothing_inside_and_a_chosen_file_gone_since_is_an_ordinary_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("inside.txt"), "نص").unwrap();
        let chosen = Chosen::default();
        chosen.allow_read(dir.path());
        assert!(refused(chosen.readable(s(&dir.path().join("inside.txt")))));
        assert!(refused(chosen.writable(s(&dir.path().join("inside.txt")))));

        let file = dir.path().join("a.txt");
        std::fs::write(&file, "نص").unwrap();
        chosen.allow_read(&file);
        std::fs::remove_file(&file).unwrap();
        let err = chosen.readable(s(&file)).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Io);

        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        let out = sub.join("out.txt");
        chosen.allow_write(&out);
        std::fs::remove_dir(&sub).unwrap();
        assert_eq!(chosen.writable(s(&out)).unwrap_err().kind, ErrorKind::WriteFailed);
        assert!(refused(chosen.writable(s(&dir.path().join("sub/other.txt")))));
    }
}
