//! `dragoman import FILE.xlf`: an XLIFF file that came back (the report, then the update,
//! unless `--dry-run`) or another tool's file (a new article); and the write-back of an
//! article opened from XLIFF.
use std::io::Write;
use std::path::Path;

use dragoman_core::store::Store;
use dragoman_core::usecases::xliff::{self, UnitChange, XliffOutcome, XliffPlan};
use dragoman_core::Error;
use dragoman_l10n::{Args, Localizer};

/// Whether a file is to be read as XLIFF: by its name, or by its first bytes.
pub fn is_xliff(path: &Path) -> bool {
    let by_name = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "xlf" | "xliff" | "sdlxliff" | "mqxliff"));
    by_name || {
        use std::io::Read;
        let mut head = [0u8; 4096];
        let n = std::fs::File::open(path).and_then(|mut f| f.read(&mut head)).unwrap_or(0);
        std::fs::metadata(path).is_ok_and(|m| m.is_file()) && dragoman_core::formats::xliff::reader::sniff(&head[..n])
    }
}

/// A translation or status shortened for one line.
fn short(s: &str) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(59).collect::<String>())
    } else {
        s
    }
}

fn status(l10n: &Localizer, s: dragoman_core::model::SegmentStatus) -> String {
    l10n.format_plain(&format!("segment-status-{}", s.as_str()), None)
}

fn change_line(l10n: &Localizer, c: &UnitChange) -> String {
    let mut parts = Vec::new();
    if c.here.target != c.file.target {
        let mut args = Args::new();
        args.set("before", short(&c.here.target));
        args.set("after", short(&c.file.target));
        parts.push(l10n.format_plain("cli-xliff-text", Some(&args)));
    }
    if c.here.status != c.file.status {
        let mut args = Args::new();
        args.set("before", status(l10n, c.here.status));
        args.set("after", status(l10n, c.file.status));
        parts.push(l10n.format_plain("cli-xliff-status", Some(&args)));
    }
    let mut args = Args::new();
    args.set("segment", c.position + 1);
    args.set("what", parts.join("; "));
    l10n.format_plain("cli-xliff-change", Some(&args))
}

/// Import an XLIFF file: print what it is and does; with `dry_run`, change nothing.
pub fn import(
    store: &mut Store,
    path: &Path,
    dry_run: bool,
    take_theirs: bool,
    json: bool,
    l10n: &Localizer,
    out: &mut impl Write,
) -> Result<(), Error> {
    let plan = xliff::plan(store, path, None)?;
    let take: Vec<i64> = match &plan {
        XliffPlan::Update(r) if take_theirs => r.conflicts.iter().map(|c| c.segment_id).collect(),
        _ => Vec::new(),
    };
    if json && dry_run {
        let _ = writeln!(out, "{}", serde_json::to_string_pretty(&plan).expect("serialisable"));
        return Ok(());
    }
    if !json {
        print_plan(&plan, &take, l10n, out);
    }
    if dry_run {
        let _ = writeln!(out, "{}", l10n.format_plain("cli-xliff-dry-run", None));
        return Ok(());
    }
    let outcome = xliff::apply(store, path, None, &take)?;
    if json {
        let _ = writeln!(out, "{}", serde_json::to_string_pretty(&outcome).expect("serialisable"));
        return Ok(());
    }
    match outcome {
        XliffOutcome::Updated { changed, draft, .. } => {
            let mut args = Args::new();
            args.set("count", changed as i64);
            let name = draft.map(|d| d.auto_detail.unwrap_or_default()).unwrap_or_default();
            let mut draft_args = Args::new();
            draft_args.set("name", name);
            args.set("draft", l10n.format_plain("draft-auto-before-xliff-import", Some(&draft_args)));
            let _ = writeln!(out, "{}", l10n.format_plain("cli-xliff-applied", Some(&args)));
        }
        XliffOutcome::Opened { article } => {
            let count = store.segments(article.id)?.len() as i64;
            let mut seg_args = Args::new();
            seg_args.set("count", count);
            let mut args = Args::new();
            args.set("title", article.title.clone());
            args.set("id", article.id);
            args.set("segments", l10n.format_plain("article-segments", Some(&seg_args)));
            let _ = writeln!(out, "{}", l10n.format_plain("cli-xliff-opened", Some(&args)));
        }
    }
    Ok(())
}

fn print_plan(plan: &XliffPlan, take: &[i64], l10n: &Localizer, out: &mut impl Write) {
    match plan {
        XliffPlan::Update(r) => {
            let mut args = Args::new();
            args.set("id", r.article_id);
            args.set("title", r.title.clone());
            args.set("file", r.file_name.clone());
            let _ = writeln!(out, "{}", l10n.format_plain("cli-xliff-update", Some(&args)));
            let mut args = Args::new();
            args.set("changes", r.changes.len() as i64);
            args.set("conflicts", r.conflicts.len() as i64);
            args.set("kept", r.kept_here as i64);
            args.set("unchanged", r.unchanged as i64);
            let _ = writeln!(out, "{}", l10n.format_plain("cli-xliff-counts", Some(&args)));
            if !r.base_known {
                let _ = writeln!(out, "{}", l10n.format_plain("cli-xliff-no-base", None));
            }
            for c in &r.changes {
                let _ = writeln!(out, "{}", change_line(l10n, c));
            }
            for c in &r.conflicts {
                let mut args = Args::new();
                args.set("segment", c.position + 1);
                args.set("here", short(&c.here.target));
                args.set("hereStatus", status(l10n, c.here.status));
                args.set("file", short(&c.file.target));
                args.set("fileStatus", status(l10n, c.file.status));
                args.set("taken", if take.contains(&c.segment_id) { "yes" } else { "no" });
                let _ = writeln!(out, "{}", l10n.format_plain("cli-xliff-conflict", Some(&args)));
            }
            if !r.missing.is_empty() {
                let mut args = Args::new();
                args.set("count", r.missing.len() as i64);
                args.set("units", r.missing.join(", "));
                let _ = writeln!(out, "{}", l10n.format_plain("cli-xliff-missing", Some(&args)));
            }
        }
        XliffPlan::New(r) => {
            let mut args = Args::new();
            args.set("file", r.file_name.clone());
            args.set("version", r.version.clone());
            args.set("source", r.source_lang.clone());
            args.set("target", r.target_lang.clone().unwrap_or_else(|| "-".into()));
            args.set("segments", r.segments as i64);
            args.set("translated", r.translated as i64);
            args.set("codes", r.codes as i64);
            args.set("withCodes", r.with_codes as i64);
            let _ = writeln!(out, "{}", l10n.format_plain("cli-xliff-new", Some(&args)));
        }
    }
}

/// Write an article opened from XLIFF back as its file, with the translations.
pub fn write_back(
    store: &Store,
    id: i64,
    output: Option<&Path>,
    l10n: &Localizer,
    out: &mut impl Write,
) -> Result<(), Error> {
    match output {
        Some(path) => {
            xliff::write_back(store, id, path)?;
            let mut args = Args::new();
            args.set("path", path.display().to_string());
            eprintln!("{}", l10n.format_plain("cli-xliff-written-back", Some(&args)));
        }
        None => {
            let text = xliff::write_back_text(store, id)?;
            out.write_all(text.as_bytes())
                .and_then(|()| out.flush())
                .map_err(|source| Error::Write { path: "-".into(), source })?;
        }
    }
    Ok(())
}
