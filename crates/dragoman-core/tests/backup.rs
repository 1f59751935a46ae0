//! A database that defends itself: damage found at open (and the file left as it was, open
//! to read only so that what remains can be exported), backups before an upgrade and once a
//! day, a week of them kept, and a restore that refuses what is not a sound Dragoman
//! database and keeps the current one aside first.
use std::path::{Path, PathBuf};

use dragoman_core::store::backup::{self, BackupKind, DAY_MS};
use dragoman_core::store::{APPLICATION_ID, SCHEMA_VERSION};
use dragoman_core::{sample, Error, ErrorKind, Store};

const PAGE: u64 = 4096;

fn article(store: &mut Store, title: &str) -> i64 {
    let text = format!("{title}\n\nقال المتحدث باسم الكرملين إن الرئيسين سيبحثان الوضع في أوكرانيا.");
    let new = dragoman_core::import::preview_paste(&text, None).unwrap().into_article(Some(title));
    store.create_article(&new).unwrap().id
}

fn titles(store: &Store) -> Vec<String> {
    let mut t: Vec<String> = store.list_articles().unwrap().into_iter().map(|a| a.article.title).collect();
    t.sort();
    t
}

/// A database of a few hundred pages, closed (its WAL checkpointed into the file).
fn filled(dir: &Path) -> PathBuf {
    let path = dir.join("dragoman.db");
    let mut store = Store::open(&path).unwrap();
    store.create_article(&sample::sample_article()).unwrap();
    for i in 0..150 {
        article(&mut store, &format!("مقالة رقم {i}"));
    }
    drop(store);
    assert!(!Path::new(&format!("{}-wal", path.display())).exists(), "closing checkpoints the WAL");
    path
}

/// Garbage over the whole of page `page` (1-based).
fn damage(path: &Path, page: u64) {
    use std::io::{Seek, SeekFrom, Write};
    let mut f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    f.seek(SeekFrom::Start((page - 1) * PAGE)).unwrap();
    f.write_all(&vec![0xA5; PAGE as usize]).unwrap();
}

fn pages(path: &Path) -> u64 {
    std::fs::metadata(path).unwrap().len() / PAGE
}

#[test]
fn a_damaged_database_is_found_by_the_check_untouched_and_opens_read_only_to_export_what_remains() {
    let dir = tempfile::tempdir().unwrap();
    let path = filled(dir.path());
    damage(&path, pages(&path) - 1);
    let before = std::fs::read(&path).unwrap();

    // The app's check at start, on a connection of its own; the command line's before a write.
    let err = dragoman_core::store::check_file(&path).expect_err("the damage is found");
    assert_eq!(err.kind(), ErrorKind::DbDamaged, "{err}");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.check().expect_err("found again").kind(), ErrorKind::DbDamaged);
    drop(store);
    assert_eq!(std::fs::read(&path).unwrap(), before, "the damaged file is left as it was");
    // Not backed up (the sound backups stay), and no backup folder made.
    assert_eq!(backup::daily_if_due(&path, 1_796_225_400_000).expect_err("no backup").kind(), ErrorKind::DbDamaged);
    assert!(!backup::backups_dir(&path).exists());

    let mut store = Store::open_read_only(&path).unwrap();
    assert!(store.is_read_only());
    // The list shows what can be read (the whole list's query reads every segment, and
    // fails); the sample, imported first, lies in pages the damage did not reach.
    let listed = store.list_articles().unwrap();
    assert!(listed.len() > 100, "{} of 151 listed", listed.len());
    assert!(listed.iter().any(|a| a.article.id == 1));
    let sample = store.article(1).unwrap();
    assert_eq!(sample.title, sample::SAMPLE_TITLE);
    assert!(!store.segments(1).unwrap().is_empty());
    let write = store.create_article(&sample::sample_article()).expect_err("no write to a damaged database");
    assert_eq!(write.kind(), ErrorKind::DbReadOnly, "{write}");
    drop(store);
    assert_eq!(std::fs::read(&path).unwrap(), before, "reading it changed nothing");
}

#[test]
fn a_damaged_database_is_not_upgraded() {
    let dir = tempfile::tempdir().unwrap();
    let path = filled(dir.path());
    damage(&path, pages(&path) - 1);
    rusqlite::Connection::open(&path).unwrap().pragma_update(None, "user_version", SCHEMA_VERSION - 1).unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert_eq!(err.kind(), ErrorKind::DbDamaged, "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_truncated_database_is_damaged_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = filled(dir.path());
    let half = pages(&path) / 2 * PAGE;
    std::fs::OpenOptions::new().write(true).open(&path).unwrap().set_len(half).unwrap();
    let err = dragoman_core::store::check_file(&path).expect_err("refused");
    assert_eq!(err.kind(), ErrorKind::DbDamaged, "{err}");
}

#[test]
fn an_upgrade_is_preceded_by_a_backup_of_the_database_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../migrations/0001_articles_segments.sql")).unwrap();
        conn.execute_batch(
            "PRAGMA user_version = 1;
             INSERT INTO articles (id, title, origin, created_at, updated_at, status)
                 VALUES (7, 'الكرملين', 'paste', 1000, 2000, 'in-translation');",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let backups = backup::list(&path).unwrap();
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert_eq!(backups[0].kind, BackupKind::BeforeUpgrade);
    // The backup is the version-1 database, whole and alone (no WAL beside it).
    let old = rusqlite::Connection::open(&backups[0].path).unwrap();
    let version: i64 = old.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    let title: String = old.query_row("SELECT title FROM articles WHERE id = 7", [], |r| r.get(0)).unwrap();
    assert_eq!((version, title.as_str()), (1, "الكرملين"));
    let mode: String = old.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
    assert_eq!(mode, "delete");
    drop(store);
    // Opening the upgraded database again backs nothing up.
    drop(Store::open(&path).unwrap());
    assert_eq!(backup::list(&path).unwrap().len(), 1);
}

#[test]
fn a_backup_is_made_once_a_day_and_a_week_of_them_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dragoman.db");
    let mut store = Store::open(&path).unwrap();
    article(&mut store, "الأولى");
    let t0 = 1_796_225_400_000;
    let first = backup::daily_if_due(&path, t0).unwrap().expect("the first day's backup");
    assert_eq!(first.kind, BackupKind::Daily);
    assert!(backup::daily_if_due(&path, t0 + DAY_MS - 1).unwrap().is_none(), "one a day");
    // Ten days of use, one backup a day: a week of them is kept.
    for day in 1..=10 {
        article(&mut store, &format!("اليوم {day}"));
        assert!(backup::daily_if_due(&path, t0 + day * DAY_MS).unwrap().is_some(), "day {day}");
    }
    let kept = backup::list(&path).unwrap();
    let ages: Vec<i64> = kept.iter().map(|b| (t0 + 10 * DAY_MS - b.created_ms) / DAY_MS).collect();
    assert_eq!(ages, vec![0, 1, 2, 3, 4, 5, 6, 7]);
    // The newest holds the tenth day's article; a backup is a Dragoman database of its own.
    let newest = Store::open_read_only(&kept[0].path).unwrap();
    assert!(titles(&newest).contains(&"اليوم 10".to_string()));
    // Long unused: the old backups go, the three newest stay whatever their age.
    let removed = backup::prune(&path, t0 + 100 * DAY_MS).unwrap();
    assert_eq!(removed.len(), kept.len() - 3);
    assert_eq!(backup::list(&path).unwrap(), kept[..3].to_vec());
    // A backup dated in the future (a clock once set ahead) does not stop today's.
    let future = backup::list(&path).unwrap()[0].clone();
    let before_it = future.created_ms - 30 * DAY_MS;
    assert!(backup::daily_if_due(&path, before_it).unwrap().is_some());
    assert!(backup::daily_if_due(&path, before_it + 1000).unwrap().is_none(), "and then one a day again");
}

#[test]
fn a_database_whose_first_page_is_broken_is_replaced_whole_and_its_bytes_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = filled(dir.path());
    let saved = dir.path().join("saved.db");
    Store::open(&path).unwrap().backup_to(&saved).unwrap();
    damage(&path, 1);
    let broken = std::fs::read(&path).unwrap();
    assert!(Store::open(&path).is_err());
    let aside = backup::restore_file(&path, &saved).unwrap();
    assert_eq!(std::fs::read(&aside.path).unwrap(), broken, "kept aside byte for byte");
    let store = Store::open(&path).unwrap();
    store.check().unwrap();
    assert_eq!(titles(&store).len(), 151);
}

#[test]
fn a_backup_is_never_written_over_the_database_itself_nor_made_of_a_damaged_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dragoman.db");
    let mut store = Store::open(&path).unwrap();
    article(&mut store, "واحدة");
    for target in [path.clone(), dir.path().join("dragoman.db-wal"), dir.path().join(".").join("dragoman.db")] {
        let err = store.backup_to(&target).expect_err("the database itself");
        assert_eq!(err.kind(), ErrorKind::InvalidInput, "{}", target.display());
    }
    assert_eq!(titles(&store), vec!["واحدة".to_string()]);
    drop(store);
    let good = dir.path().join("good.db");
    Store::open(&path).unwrap().backup_to(&good).unwrap();
    let filled_path = filled(&dir.path().join("f"));
    damage(&filled_path, pages(&filled_path) - 1);
    let damaged = Store::open(&filled_path).unwrap();
    let before = std::fs::read(&good).unwrap();
    assert_eq!(damaged.backup_to(&good).expect_err("damaged").kind(), ErrorKind::DbDamaged);
    assert_eq!(std::fs::read(&good).unwrap(), before, "the good backup stays");
    assert_eq!(damaged.backup_now(BackupKind::Manual).expect_err("damaged").kind(), ErrorKind::DbDamaged);
}

#[test]
fn a_restore_whose_upgrade_fails_leaves_the_database_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dragoman.db");
    let mut store = Store::open(&path).unwrap();
    article(&mut store, "الحالية");
    // A version-1 backup whose segment points at an article it does not have: the upgrade's
    // reference check refuses it.
    let old = dir.path().join("v1.db");
    {
        let conn = rusqlite::Connection::open(&old).unwrap();
        conn.execute_batch(include_str!("../migrations/0001_articles_segments.sql")).unwrap();
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF; PRAGMA user_version = 1;
             INSERT INTO articles (id, title, origin, created_at, updated_at, status)
                 VALUES (3, 'قديمة', 'paste', 1000, 2000, 'in-translation');
             INSERT INTO segments (article_id, position, kind, paragraph, source, target, status, updated_at)
                 VALUES (99, 0, 'headline', 0, 'يتيمة', '', 'new', 2000);",
        )
        .unwrap();
    }
    assert!(store.restore_from(&old).is_err());
    assert_eq!(titles(&store), vec!["الحالية".to_string()]);
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    article(&mut store, "بعدها");
}

#[test]
fn a_restore_brings_back_the_backup_and_keeps_the_current_database_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dragoman.db");
    let mut store = Store::open(&path).unwrap();
    article(&mut store, "قبل النسخة");
    let saved = dir.path().join("saved.db");
    store.backup_to(&saved).unwrap();
    article(&mut store, "بعد النسخة");

    let aside = store.restore_from(&saved).unwrap();
    assert_eq!(aside.kind, BackupKind::BeforeRestore);
    assert_eq!(titles(&store), vec!["قبل النسخة".to_string()]);
    // The same store goes on working on the restored content.
    article(&mut store, "بعد الاسترجاع");
    assert_eq!(titles(&store).len(), 2);
    // What was replaced is kept, and can be restored in turn.
    let kept = Store::open_read_only(&aside.path).unwrap();
    assert_eq!(titles(&kept), vec!["بعد النسخة".to_string(), "قبل النسخة".to_string()]);
    drop(kept);
    store.restore_from(&aside.path).unwrap();
    assert_eq!(titles(&store), vec!["بعد النسخة".to_string(), "قبل النسخة".to_string()]);
    drop(store);
    // And another process sees it.
    assert_eq!(titles(&Store::open(&path).unwrap()).len(), 2);
}

#[test]
fn an_older_backup_is_upgraded_when_restored() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dragoman.db");
    let old = dir.path().join("v1.db");
    {
        let conn = rusqlite::Connection::open(&old).unwrap();
        conn.execute_batch(include_str!("../migrations/0001_articles_segments.sql")).unwrap();
        conn.execute_batch(
            "PRAGMA user_version = 1;
             INSERT INTO articles (id, title, origin, created_at, updated_at, status)
                 VALUES (3, 'قديمة', 'paste', 1000, 2000, 'in-translation');",
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    store.restore_from(&old).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(titles(&store), vec!["قديمة".to_string()]);
    article(&mut store, "جديدة");
}

#[test]
fn a_restore_refuses_what_is_not_a_sound_dragoman_database_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dragoman.db");
    let mut store = Store::open(&path).unwrap();
    article(&mut store, "الحالية");

    let text = dir.path().join("notes.db");
    std::fs::write(&text, "هذا نص وليس قاعدة بيانات\n".repeat(200)).unwrap();
    let other = dir.path().join("other.db");
    rusqlite::Connection::open(&other).unwrap().execute_batch("CREATE TABLE contacts (name TEXT);").unwrap();
    let newer = dir.path().join("newer.db");
    {
        let conn = rusqlite::Connection::open(&newer).unwrap();
        conn.execute_batch(&format!(
            "CREATE TABLE articles (id INTEGER); PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {};",
            SCHEMA_VERSION + 1
        ))
        .unwrap();
    }
    let damaged = filled(&dir.path().join("d"));
    damage(&damaged, pages(&damaged) - 1);
    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, b"").unwrap();

    let cases: [(&Path, ErrorKind); 6] = [
        (&text, ErrorKind::DbNotDatabase),
        (&other, ErrorKind::DbNotDatabase),
        (&newer, ErrorKind::DbNewer),
        (&damaged, ErrorKind::DbDamaged),
        (&empty, ErrorKind::DbNotDatabase),
        (dir.path(), ErrorKind::NotAFile),
    ];
    for (file, kind) in cases {
        let before = std::fs::read(file).ok();
        let err: Error = store.restore_from(file).err().unwrap_or_else(|| panic!("{} restored", file.display()));
        assert_eq!(err.kind(), kind, "{}: {err}", file.display());
        assert_eq!(std::fs::read(file).ok(), before, "{} unchanged", file.display());
        assert_eq!(titles(&store), vec!["الحالية".to_string()], "after {}", file.display());
    }
    assert!(backup::list(&path).unwrap().is_empty(), "a refused restore keeps nothing aside");
}

#[test]
fn a_backup_to_a_file_replaces_it_whole_and_refuses_what_is_not_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dragoman.db");
    let mut store = Store::open(&path).unwrap();
    article(&mut store, "واحدة");
    let out = dir.path().join("out.db");
    std::fs::write(&out, b"old content").unwrap();
    store.backup_to(&out).unwrap();
    assert_eq!(titles(&Store::open_read_only(&out).unwrap()), vec!["واحدة".to_string()]);
    let err = store.backup_to(dir.path()).expect_err("a folder is not a backup file");
    assert_eq!(err.kind(), ErrorKind::NotAFile);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file left: {leftovers:?}");
}

#[test]
fn a_damaged_database_can_be_restored_from_a_backup_and_its_pages_are_kept_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = filled(dir.path());
    let saved = dir.path().join("saved.db");
    Store::open(&path).unwrap().backup_to(&saved).unwrap();
    damage(&path, pages(&path) - 1);
    let damaged = std::fs::read(&path).unwrap();
    assert_eq!(dragoman_core::store::check_file(&path).unwrap_err().kind(), ErrorKind::DbDamaged);

    let aside = backup::restore_file(&path, &saved).unwrap();
    assert_eq!(std::fs::read(&aside.path).unwrap().len(), damaged.len(), "the damaged pages are kept aside");
    let mut store = Store::open(&path).expect("sound again");
    store.check().unwrap();
    assert_eq!(titles(&store).len(), 151);
    article(&mut store, "بعد الإصلاح");
    // Only a Dragoman database is restored over.
    let other = dir.path().join("other.db");
    rusqlite::Connection::open(&other).unwrap().execute_batch("CREATE TABLE contacts (name TEXT);").unwrap();
    let err = backup::restore_file(&other, &saved).expect_err("not ours");
    assert_eq!(err.kind(), ErrorKind::DbNotDatabase);
}
