//! `dragoman`: the command line over Dragoman's core.
//!
//! (Over 600 lines: one subcommand per use case, each only parsing, calling and printing.)
//!
//! Output meant for people is localised (from `locales/*/cli.ftl`, in the language of the
//! system locale); `--json` output is for programs and never localised. Errors go to stderr
//! with exit code 1 (2 for bad usage, from clap), except for `qa`, whose exit code says
//! whether the translation is clean: 0 clean, 1 issues, 2 an error.
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod xliff;
use dragoman_core::formats::tmx::TmxSkipped;
use dragoman_core::import::{self, ImportOptions};
use dragoman_core::names::glossary::Skipped;
use dragoman_core::usecases::{self, glossary};
use dragoman_core::{store, Error, Store};
use dragoman_l10n::{Args, Lang, Localizer};

#[derive(Parser)]
#[command(name = "dragoman", version, about = "Dragoman: Arabic–English news translation desk")]
struct Cli {
    /// Database file (default: $DRAGOMAN_DB, else the per-user data directory).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Import a file (.txt in any Arabic encoding, .html, .docx, .md) as a new article (when
    /// the same text is already stored, a warning says which article it is; the import goes
    /// on), or an XLIFF file: one Dragoman exported comes back as an update of its article
    /// (the changes are listed first; a translation changed both here and in the file is a
    /// conflict, kept unless --take-theirs); another tool's XLIFF becomes a new article.
    Import {
        file: PathBuf,
        /// XLIFF: list what the file would change, and change nothing.
        #[arg(long)]
        dry_run: bool,
        /// XLIFF: take the file's translation where both sides changed it (a conflict).
        #[arg(long)]
        take_theirs: bool,
        /// XLIFF: print the report (or, with --dry-run, the plan) as JSON.
        #[arg(long)]
        json: bool,
        /// Title of the article (default: the headline).
        #[arg(long)]
        title: Option<String>,
        /// Import the lines proposed as site furniture (a masthead, tag lines, the site's name)
        /// as not for translation.
        #[arg(long)]
        exclude_furniture: bool,
        #[command(flatten)]
        decoding: Decoding,
    },
    /// Print how a file would be split: its segments with their kinds.
    Segment {
        file: PathBuf,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        decoding: Decoding,
    },
    /// Run the QA checks (names, numbers, dates, punctuation, spelling, consistency, as set
    /// in the app) on a stored article or a bilingual file (TMX, XLIFF: also its inline
    /// codes). Exit code 0 when there is
    /// nothing to fix, 1 when there are issues, 2 on an error.
    Qa {
        /// An article's id, or the path of a TMX or XLIFF file.
        target: String,
        #[arg(long)]
        json: bool,
    },
    /// List the articles.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Show an article's segments with their source and target.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Delete an article and its translation. Its memory units stay unless --forget-units.
    Delete {
        id: i64,
        /// Also remove the units its confirmed segments added to the memory.
        #[arg(long)]
        forget_units: bool,
    },
    /// Every memory unit and article segment holding the words of QUERY (Arabic found behind
    /// clitics and through the normalisation, English in any case).
    Search {
        query: String,
        #[arg(long)]
        json: bool,
    },
    /// The glossary of names: import and export CSV or TBX.
    Glossary {
        #[command(subcommand)]
        command: GlossaryCommand,
    },
    /// The translation memory: import and export TMX files.
    Tm {
        #[command(subcommand)]
        command: TmCommand,
    },
    /// Names from a glossary.
    Names {
        #[command(subcommand)]
        command: NamesCommand,
    },
    /// Back up the database (SQLite's online backup, safe while Dragoman runs): into FILE, or
    /// into the backups folder beside the database. `--list` lists that folder.
    Backup {
        file: Option<PathBuf>,
        #[arg(long, conflicts_with = "file")]
        list: bool,
        #[arg(long)]
        json: bool,
    },
    /// Replace the database with a backup. The backup must be a sound Dragoman database; the
    /// current one is kept in the backups folder first. Works on a damaged database too.
    Restore { file: PathBuf },
    /// Export an article: the English (txt, md, html, docx), both languages side by side
    /// (bilingual-html, bilingual-docx), or XLIFF 1.2 or 2.1 for another tool (xliff12,
    /// xliff21: a unit per segment, with its state and its glossary names as notes).
    Export {
        id: i64,
        #[arg(long, value_name = "FORMAT")]
        format: String,
        /// Where to write it (default: standard output).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum GlossaryCommand {
    /// Add a CSV or TBX file's names to the glossary; names already there (by their Arabic
    /// form) are updated, in the columns the file has. Bad rows are reported by line and
    /// skipped. `--dry-run` lists what would change and changes nothing.
    Import {
        file: PathBuf,
        #[arg(long)]
        json: bool,
        #[arg(long)]
        dry_run: bool,
    },
    /// Write the glossary to a file: CSV, or TBX when the name ends in .tbx (or --format).
    Export {
        file: PathBuf,
        #[arg(long, value_name = "csv|tbx")]
        format: Option<String>,
    },
}

#[derive(Subcommand)]
enum TmCommand {
    /// Add a TMX file's Arabic–English units to the memory (all in one transaction: a file
    /// that cannot be read changes nothing). Units without Arabic or English are reported by
    /// line and skipped; the same file imported again changes nothing.
    Import {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Write the memory (or one article's units) as TMX 1.4b.
    Export {
        file: PathBuf,
        /// Only the units of this article.
        #[arg(long, value_name = "ID")]
        article: Option<i64>,
    },
    /// The memory's best matches for an Arabic text (an argument, or - or nothing for
    /// standard input), best first, with their English adapted where only numbers or
    /// glossary names differ.
    Match {
        text: Option<String>,
        /// The lowest score shown (50–100; default: the translator's setting).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(50..=100))]
        min: Option<u8>,
        /// How many matches at most.
        #[arg(long, value_name = "N", default_value_t = 5)]
        max: usize,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum NamesCommand {
    /// Find the glossary's names in Arabic text (a file, or - for standard input), clitics
    /// and all.
    Match {
        /// The glossary, as CSV (arabic,english,type,variants,short,deprecated,clitics,not,notes)
        /// or TBX.
        #[arg(long, value_name = "FILE")]
        glossary: PathBuf,
        /// The text (default: standard input).
        text: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(clap::Args)]
struct Decoding {
    /// Read the file in this encoding (UTF-8, UTF-16LE, windows-1256, ISO-8859-6 …)
    /// instead of the detected one.
    #[arg(long, value_name = "ENCODING")]
    encoding: Option<String>,
    /// Keep text that looks like mojibake as it is instead of repairing it.
    #[arg(long)]
    keep_mojibake: bool,
}

impl Decoding {
    fn options(&self) -> ImportOptions {
        usecases::import::options(self.encoding.clone(), Some(!self.keep_mojibake))
    }
}

fn preview(file: &Path, decoding: &Decoding) -> Result<import::Preview, Error> {
    usecases::import::preview_file(file, &decoding.options())
}

/// Say on stderr what looks wrong with a file's reading, as the app's preview does.
fn warn_encoding(l10n: &Localizer, preview: &import::Preview) {
    for w in &preview.encoding_warnings {
        let mut args = Args::new();
        args.set("count", w.count);
        args.set("encoding", preview.encoding.clone().unwrap_or_default());
        args.set("other", w.other.clone().unwrap_or_default());
        let message = l10n.format_plain(&format!("import-encoding-warning-{}", w.kind.as_str()), Some(&args));
        let mut args = Args::new();
        args.set("message", message);
        eprintln!("{}", l10n.format_plain("cli-encoding-warning", Some(&args)));
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let l10n = Localizer::new(Lang::system());
    if let Command::Qa { target, json } = &cli.command {
        return match qa(cli.db.clone(), target, *json, &l10n) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::from(1),
            Err(e) => {
                report_error(&l10n, &e);
                ExitCode::from(2)
            }
        };
    }
    match run(cli, &l10n) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            report_error(&l10n, &e);
            ExitCode::FAILURE
        }
    }
}

fn report_error(l10n: &Localizer, e: &Error) {
    let mut args = Args::new();
    args.set("message", l10n.error_with(e.kind().as_str(), e.args()));
    eprintln!("{}", l10n.format_plain("cli-error", Some(&args)));
    eprintln!("  ({e})");
}

/// An issue's message in the user's language, from its arguments.
fn issue_message(l10n: &Localizer, issue: &dragoman_core::qa::Issue) -> String {
    let mut args = Args::new();
    for (name, value) in &issue.args {
        match value {
            dragoman_core::qa::Arg::Text(t) => args.set(*name, t.clone()),
            dragoman_core::qa::Arg::Number(n) => args.set(*name, *n),
        }
    }
    l10n.format_plain(&format!("qa-{}", issue.kind()), Some(&args))
}

/// `dragoman qa`: true when nothing is open.
fn qa(db: Option<PathBuf>, target: &str, json: bool, l10n: &Localizer) -> Result<bool, Error> {
    use dragoman_core::names::glossary::Compiled;
    use dragoman_core::spell::{search_path, Speller};
    use usecases::qa::{self, Inputs};
    let store = open(db)?;
    let glossary = Compiled::new(store.glossary_entries()?);
    let spell = usecases::spell::settings(&store)?;
    let speller = Speller::load(spell.variant, &search_path()).ok();
    let (glossary_words, personal) =
        (usecases::spell::glossary_words(&store)?, usecases::spell::personal_words(&store)?);
    let inputs = Inputs { glossary: &glossary, speller: speller.as_ref(), known: vec![&glossary_words, &personal] };
    let (segments, report) = match target.parse::<i64>() {
        Ok(id) if !Path::new(target).exists() => (store.segments(id)?, qa::check_article(&store, id, &inputs, None)?),
        _ if xliff::is_xliff(Path::new(target)) => qa::check_xliff(&store, Path::new(target), &inputs)?,
        _ => qa::check_tmx(&store, Path::new(target), &inputs)?,
    };
    let lines = qa::report_lines(&report, &segments);
    let mut out = std::io::stdout().lock();
    if json {
        let _ = writeln!(out, "{}", serde_json::to_string_pretty(&lines).expect("serialisable"));
    } else {
        for issue in report.open() {
            let mut args = Args::new();
            args.set("segment", issue.position + 1);
            args.set("kind", issue.kind());
            args.set("message", issue_message(l10n, issue));
            let _ = writeln!(out, "{}", l10n.format_plain("cli-qa-line", Some(&args)));
        }
        let mut args = Args::new();
        args.set("count", lines.len());
        let _ = writeln!(out, "{}", l10n.format_plain("cli-qa-count", Some(&args)));
        let ignored = report.issues.len() - lines.len();
        if ignored > 0 {
            let mut args = Args::new();
            args.set("count", ignored);
            let _ = writeln!(out, "{}", l10n.format_plain("cli-qa-ignored", Some(&args)));
        }
    }
    if report.no_dictionary {
        let mut args = Args::new();
        args.set("variant", spell.variant.as_str());
        args.set("package", spell.variant.package());
        eprintln!("{}", l10n.format_plain("cli-qa-no-dictionary", Some(&args)));
    }
    Ok(lines.is_empty())
}

/// "line 4: the type … is not …" in the user's language.
fn skip_line(l10n: &Localizer, s: &Skipped) -> String {
    let mut reason_args = Args::new();
    reason_args.set("detail", s.detail.clone());
    let mut args = Args::new();
    args.set("line", s.line as i64);
    args.set("reason", l10n.format_plain(&format!("glossary-skip-{}", s.reason.as_str()), Some(&reason_args)));
    l10n.format_plain("glossary-skipped-line", Some(&args))
}

/// "+ كييف → Kyiv" for an entry added; "~ بوتين: type: person → place; notes: … → …" for one
/// changed, field by field.
fn change_line(l10n: &Localizer, change: &dragoman_core::names::glossary::EntryChange) -> String {
    use dragoman_core::names::glossary::GlossaryEntry;
    let after = &change.after;
    let Some(before) = &change.before else {
        return format!("+ {} → {}", after.arabic, after.english);
    };
    type Field = (&'static str, fn(&GlossaryEntry) -> String);
    let fields: [Field; 8] = [
        ("english", |e| e.english.clone()),
        ("short", |e| e.short.clone().unwrap_or_default()),
        ("type", |e| e.kind.as_str().to_owned()),
        ("variants", |e| e.variants.join(" | ")),
        ("deprecated", |e| e.deprecated.join(" | ")),
        ("clitics", |e| e.clitics.to_string()),
        ("not", |e| e.not.join(" | ")),
        ("notes", |e| e.notes.clone()),
    ];
    let changed: Vec<String> = fields
        .iter()
        .filter(|(_, get)| get(before) != get(after))
        .map(|(name, get)| {
            let mut args = Args::new();
            args.set("field", l10n.format_plain(&format!("cli-glossary-field-{name}"), None));
            args.set("before", get(before));
            args.set("after", get(after));
            l10n.format_plain("cli-glossary-field-change", Some(&args))
        })
        .collect();
    format!("~ {}: {}", after.arabic, changed.join("; "))
}

fn tm_skip_line(l10n: &Localizer, s: &TmxSkipped) -> String {
    let mut args = Args::new();
    args.set("line", s.line as i64);
    args.set("tuid", s.tuid.clone().unwrap_or_else(|| "none".into()));
    args.set("reason", l10n.format_plain(&format!("cli-tm-skip-{}", s.reason.as_str()), None));
    l10n.format_plain("cli-tm-skipped-line", Some(&args))
}

fn db_path(db: Option<PathBuf>) -> Result<PathBuf, Error> {
    db.or_else(store::path_from_env).ok_or_else(|| Error::Unwritable {
        path: PathBuf::from("?"),
        detail: "no data directory and no --db or DRAGOMAN_DB".into(),
    })
}

fn open(db: Option<PathBuf>) -> Result<Store, Error> {
    Store::open(&db_path(db)?)
}

/// For the commands that write much at once (an import, a delete): the database checked
/// first (SQLite's `quick_check`), so that a damaged one is not written to.
fn open_to_write(db: Option<PathBuf>) -> Result<Store, Error> {
    let store = open(db)?;
    store.check()?;
    Ok(store)
}

/// For the commands that only read: not checked as a whole (a second per 70 MB), since
/// reading a damaged page fails on its own ([`Error::DbDamaged`]) and the rest can be read.
/// A damaged database that cannot be opened to write (it needed an upgrade) is opened
/// read-only, with a warning.
fn open_to_read(db: Option<PathBuf>, l10n: &Localizer) -> Result<Store, Error> {
    let path = db_path(db)?;
    let damaged = match Store::open(&path) {
        Err(e @ Error::DbDamaged { .. }) => e,
        other => return other,
    };
    let store = Store::open_read_only(&path).map_err(|_| damaged)?;
    eprintln!("{}", l10n.format_plain("cli-read-only-damaged", None));
    Ok(store)
}

/// "12.3 MB" in the user's language.
fn size_text(l10n: &Localizer, bytes: u64) -> String {
    let mut args = Args::new();
    args.set("mb", format!("{:.1}", bytes as f64 / 1_000_000.0));
    l10n.format_plain("cli-size-mb", Some(&args))
}

fn run(cli: Cli, l10n: &Localizer) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    match cli.command {
        Command::Import { file, dry_run, take_theirs, json, title, exclude_furniture, decoding } => {
            if xliff::is_xliff(&file) {
                let mut store = if dry_run { open(cli.db)? } else { open_to_write(cli.db)? };
                return xliff::import(&mut store, &file, dry_run, take_theirs, json, l10n, &mut out);
            }
            if dry_run || take_theirs || json {
                return Err(Error::Invalid("--dry-run, --take-theirs and --json are for XLIFF files".into()));
            }
            let preview = preview(&file, &decoding)?;
            warn_encoding(l10n, &preview);
            let count = preview.segments.len() as i64;
            let mut store = open_to_write(cli.db)?;
            let preview = usecases::import::with_existing(&store, preview)?;
            if let Some(existing) = &preview.existing {
                let mut args = Args::new();
                args.set("id", existing.id);
                args.set("title", existing.title.clone());
                eprintln!("{}", l10n.format_plain("cli-already-imported", Some(&args)));
            }
            let excluded = if exclude_furniture { usecases::import::furniture(&preview) } else { Vec::new() };
            let article = usecases::import::commit(&mut store, preview, title.as_deref(), &excluded)?;
            let mut seg_args = Args::new();
            seg_args.set("count", count);
            let mut args = Args::new();
            args.set("title", article.title.clone());
            args.set("id", article.id);
            args.set("segments", l10n.format_plain("article-segments", Some(&seg_args)));
            let _ = writeln!(out, "{}", l10n.format_plain("cli-imported", Some(&args)));
        }
        Command::Segment { file, json, decoding } => {
            let p = preview(&file, &decoding)?;
            warn_encoding(l10n, &p);
            if json {
                let _ = writeln!(out, "{}", serde_json::to_string_pretty(&p).expect("serialisable"));
            } else {
                for s in &p.segments {
                    let _ = writeln!(out, "{}\t{}\t{}", s.paragraph, s.kind.as_str(), s.source);
                }
            }
        }
        Command::List { json } => {
            let store = open_to_read(cli.db, l10n)?;
            let articles = usecases::articles::list(&store, "")?;
            if json {
                let _ = writeln!(out, "{}", serde_json::to_string_pretty(&articles).expect("serialisable"));
            } else if articles.is_empty() {
                let _ = writeln!(out, "{}", l10n.format_plain("cli-no-articles", None));
            } else {
                for a in articles {
                    let _ = writeln!(
                        out,
                        "{}\t{}/{}\t{}\t{}",
                        a.article.id,
                        a.translated_count,
                        a.segment_count,
                        a.article.status.as_str(),
                        a.article.title
                    );
                }
            }
        }
        Command::Show { id, json } => {
            let store = open_to_read(cli.db, l10n)?;
            let article = store.article(id)?;
            let segments = store.segments(id)?;
            if json {
                let value = serde_json::json!({ "article": article, "segments": segments });
                let _ = writeln!(out, "{}", serde_json::to_string_pretty(&value).expect("serialisable"));
            } else {
                let _ = writeln!(out, "# {}", article.title);
                for s in segments {
                    let _ = writeln!(out, "[{}] {} {}", s.position + 1, s.kind.as_str(), s.status.as_str());
                    let _ = writeln!(out, "  ar: {}", s.source);
                    let _ = writeln!(out, "  en: {}", s.target);
                }
            }
        }
        Command::Export { id, format, output } => {
            // A document (ExportFormat) or XLIFF for another tool: one of the two.
            let version = dragoman_core::formats::xliff::XliffVersion::parse(&format);
            let document = dragoman_core::formats::export::ExportFormat::parse(&format);
            if version.is_none() && document.is_none() {
                return Err(Error::Invalid(format!(
                    "unknown format {format:?}: txt, md, html, docx, bilingual-html, bilingual-docx, xliff12, xliff21"
                )));
            }
            let mut store = open_to_read(cli.db, l10n)?;
            if version.is_some() && usecases::xliff::is_foreign(&store, id)? {
                // Opened from another tool's XLIFF: written back as that file.
                return xliff::write_back(&store, id, output.as_deref(), l10n, &mut out);
            }
            let (article, segments) = usecases::export::load(&store, id)?;
            let glossary = dragoman_core::names::glossary::Compiled::new(store.glossary_entries()?);
            let speller = dragoman_core::spell::Speller::load(
                usecases::spell::settings(&store)?.variant,
                &dragoman_core::spell::search_path(),
            )
            .ok();
            let (words, personal) =
                (usecases::spell::glossary_words(&store)?, usecases::spell::personal_words(&store)?);
            let inputs =
                usecases::qa::Inputs { glossary: &glossary, speller: speller.as_ref(), known: vec![&words, &personal] };
            let report = usecases::qa::check_article(&store, id, &inputs, None)?;
            let mut unfinished = usecases::export::unfinished(&segments, &report);
            if version.is_some() {
                // XLIFF carries every segment, with its state: none is left out.
                unfinished.untranslated.clear();
            }
            warn_unfinished(l10n, &segments, &unfinished);
            let Some(format) = document else {
                // Bilingual, for another tool: what is unfinished goes as it is, with its state.
                let version = version.expect("checked above");
                let notes = usecases::export::name_notes(&segments, &glossary);
                let export = if store.is_read_only() { None } else { usecases::export::record_export(&mut store, id) };
                usecases::export::xliff(&article, &segments, version, export, &notes, output.as_deref(), &mut out)?;
                return Ok(());
            };
            match output {
                Some(path) => usecases::export::to_file(&article, &segments, format, &path)?,
                None => usecases::export::to_writer(&article, &segments, format, &mut out)?,
            }
        }
        Command::Names { command: NamesCommand::Match { glossary, text, json } } => {
            let (entries, skipped) = glossary::read_file(&glossary)?;
            for s in &skipped {
                eprintln!("{}:{}", glossary.display(), skip_line(l10n, s));
            }
            let text = match text.as_deref() {
                Some(p) if p != Path::new("-") => import::read_file(p)?,
                _ => import::read_bounded(std::io::stdin(), dragoman_core::MAX_IMPORT_BYTES)?,
            };
            let text = String::from_utf8(text).map_err(|_| Error::BadEncoding)?;
            let found = usecases::names::match_text(&entries, &text);
            if json {
                let _ = writeln!(out, "{}", serde_json::to_string_pretty(&found).expect("serialisable"));
            } else {
                for m in &found {
                    let _ = writeln!(out, "{}\t{}\t{}\t{}", m.start, m.end, m.surface, m.english);
                }
            }
        }
        Command::Glossary { command: GlossaryCommand::Import { file, json, dry_run } } => {
            let read = glossary::read_for_import(&file)?;
            let mut store = if dry_run { open(cli.db)? } else { open_to_write(cli.db)? };
            let report = if dry_run {
                glossary::preview_entries(&mut store, read)?
            } else {
                glossary::import_entries(&mut store, read)?.0
            };
            if json {
                let _ = writeln!(out, "{}", serde_json::to_string_pretty(&report).expect("serialisable"));
            } else {
                let mut args = Args::new();
                args.set("added", report.added as i64);
                args.set("updated", report.updated as i64);
                args.set("unchanged", report.unchanged as i64);
                args.set("skipped", report.skipped.len() as i64);
                let head = if dry_run { "cli-glossary-dry-run" } else { "cli-glossary-imported" };
                let _ = writeln!(out, "{}", l10n.format_plain(head, Some(&args)));
                for s in &report.skipped {
                    let _ = writeln!(out, "  {}", skip_line(l10n, s));
                }
                if dry_run {
                    for change in &report.changes {
                        let _ = writeln!(out, "  {}", change_line(l10n, change));
                    }
                    let more = report.added + report.updated - report.changes.len();
                    if more > 0 {
                        let mut args = Args::new();
                        args.set("count", more as i64);
                        let _ = writeln!(out, "  {}", l10n.format_plain("cli-tm-skipped-more", Some(&args)));
                    }
                }
            }
        }
        Command::Glossary { command: GlossaryCommand::Export { file, format } } => {
            let format = glossary::format_for(&file, format.as_deref())?;
            let store = open(cli.db)?;
            let count = glossary::write_file(&glossary::entries(&store)?, &file, format)?;
            let mut args = Args::new();
            args.set("count", count as i64);
            args.set("path", file.display().to_string());
            let _ = writeln!(out, "{}", l10n.format_plain("cli-glossary-exported", Some(&args)));
        }
        Command::Tm { command: TmCommand::Import { file, json } } => {
            let mut store = open_to_write(cli.db)?;
            let report = usecases::tmx::import(&mut store, &file)?;
            if json {
                let _ = writeln!(out, "{}", serde_json::to_string_pretty(&report).expect("serialisable"));
            } else {
                let mut args = Args::new();
                args.set("added", report.added as i64);
                args.set("updated", report.updated as i64);
                args.set("unchanged", report.unchanged as i64);
                args.set("skipped", report.skipped_total() as i64);
                let _ = writeln!(out, "{}", l10n.format_plain("cli-tm-imported", Some(&args)));
                for s in &report.skipped {
                    let _ = writeln!(out, "  {}", tm_skip_line(l10n, s));
                }
                if report.skipped_more > 0 {
                    let mut args = Args::new();
                    args.set("count", report.skipped_more as i64);
                    let _ = writeln!(out, "  {}", l10n.format_plain("cli-tm-skipped-more", Some(&args)));
                }
            }
        }
        Command::Tm { command: TmCommand::Export { file, article } } => {
            let store = open(cli.db)?;
            let count = usecases::tmx::export(&store, &file, article)?;
            let mut args = Args::new();
            args.set("count", count as i64);
            args.set("path", file.display().to_string());
            let _ = writeln!(out, "{}", l10n.format_plain("cli-tm-exported", Some(&args)));
        }
        Command::Tm { command: TmCommand::Match { text, min, max, json } } => {
            let text = match text.as_deref() {
                None | Some("-") => {
                    // A segment, not a book: at most 1 MiB is read.
                    let mut buf = Vec::new();
                    std::io::Read::read_to_end(&mut std::io::Read::take(std::io::stdin(), 1 << 20), &mut buf)
                        .map_err(|source| Error::Io { path: PathBuf::from("-"), source })?;
                    String::from_utf8(buf).map_err(|_| Error::BadEncoding)?
                }
                Some(t) => t.to_owned(),
            };
            let store = open(cli.db)?;
            let glossary = dragoman_core::names::glossary::Compiled::new(store.glossary_entries()?);
            let min = match min {
                Some(m) => m,
                None => usecases::memory::settings(&store)?.threshold,
            };
            let query = dragoman_core::tm::Query::new(text.trim(), Some(&glossary));
            let opts = usecases::memory::MatchOptions { min, max, exclude_segment: None };
            let found = usecases::memory::matches_for(&store, &query, opts)?;
            if json {
                let rows: Vec<serde_json::Value> = found
                    .iter()
                    .map(|m| {
                        serde_json::json!({
                            "score": m.score,
                            "context": m.context,
                            "source": m.unit.source,
                            "target": m.suggestion,
                            "adapted": m.adapted,
                            "origin": m.unit.origin,
                            "unit": m.unit.id,
                        })
                    })
                    .collect();
                let _ = writeln!(out, "{}", serde_json::to_string_pretty(&rows).expect("serialisable"));
            } else if found.is_empty() {
                let _ = writeln!(out, "{}", l10n.format_plain("cli-tm-no-matches", None));
            } else {
                for m in &found {
                    let mut args = Args::new();
                    args.set("score", i64::from(m.score));
                    let mark = if m.adapted { l10n.format_plain("cli-tm-adapted", None) } else { String::new() };
                    let _ = writeln!(
                        out,
                        "{}\t{}\t{}\t{}",
                        l10n.format_plain("cli-tm-score", Some(&args)),
                        mark,
                        m.suggestion,
                        m.unit.origin
                    );
                }
            }
        }
        Command::Backup { file, list, json } => {
            use store::backup;
            if list {
                let path = db_path(cli.db)?;
                let backups = backup::list(&path)?;
                if json {
                    let _ = writeln!(out, "{}", serde_json::to_string_pretty(&backups).expect("serialisable"));
                } else if backups.is_empty() {
                    let mut args = Args::new();
                    args.set("folder", backup::backups_dir(&path).display().to_string());
                    let _ = writeln!(out, "{}", l10n.format_plain("cli-no-backups", Some(&args)));
                }
                for b in backups.iter().filter(|_| !json) {
                    let kind = l10n.format_plain(&format!("backup-kind-{}", b.kind.as_str()), None);
                    let _ = writeln!(out, "{}\t{}\t{}", b.path.display(), kind, size_text(l10n, b.bytes));
                }
                return Ok(());
            }
            let store = open_to_read(cli.db, l10n)?;
            let (path, bytes) = match file {
                Some(file) => {
                    store.backup_to(&file)?;
                    let bytes = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
                    (file, bytes)
                }
                None => {
                    let made = store.backup_now(backup::BackupKind::Manual)?;
                    (made.path, made.bytes)
                }
            };
            let mut args = Args::new();
            args.set("path", path.display().to_string());
            args.set("size", size_text(l10n, bytes));
            let _ = writeln!(out, "{}", l10n.format_plain("cli-backed-up", Some(&args)));
        }
        Command::Restore { file } => {
            let path = db_path(cli.db)?;
            let aside = store::backup::restore_file(&path, &file)?;
            let mut args = Args::new();
            args.set("file", file.display().to_string());
            args.set("aside", aside.path.display().to_string());
            let _ = writeln!(out, "{}", l10n.format_plain("cli-restored", Some(&args)));
        }
        Command::Search { query, json } => {
            let store = open(cli.db)?;
            let found = usecases::memory::concordance(&store, &query)?;
            if json {
                let _ = writeln!(out, "{}", serde_json::to_string_pretty(&found).expect("serialisable"));
            } else if found.hits.is_empty() {
                let _ = writeln!(out, "{}", l10n.format_plain("cli-search-none", None));
            } else {
                for h in &found.hits {
                    let place = match (h.kind, h.article_id) {
                        (usecases::memory::HitKind::Segment, Some(id)) => format!("#{id}"),
                        _ => l10n.format_plain("cli-search-memory", None),
                    };
                    let _ = writeln!(out, "{place}\t{}\t{}\t{}", h.origin, h.source, h.target);
                }
                if found.more {
                    let _ = writeln!(out, "{}", l10n.format_plain("cli-search-more", None));
                }
            }
        }
        // Handled in main (its exit code is its own).
        Command::Qa { .. } => unreachable!("qa runs before run()"),
        Command::Delete { id, forget_units } => {
            let mut store = open_to_write(cli.db)?;
            if forget_units {
                store.delete_article_and_units(id)?;
            } else {
                store.delete_article(id)?;
            }
            let mut args = Args::new();
            args.set("id", id);
            let _ = writeln!(out, "{}", l10n.format_plain("cli-deleted", Some(&args)));
        }
    }
    Ok(())
}

/// Say on stderr what an export leaves out or sends unconfirmed, as the app does before it
/// writes: one line per kind, with the segments' numbers (the first ten).
fn warn_unfinished(l10n: &Localizer, segments: &[dragoman_core::Segment], unfinished: &usecases::export::Unfinished) {
    let number: std::collections::HashMap<i64, i64> = segments.iter().map(|s| (s.id, s.position + 1)).collect();
    let mut with_issues: Vec<i64> = unfinished.issues.iter().map(|i| i.segment_id).collect();
    with_issues.dedup();
    for (ids, message) in [
        (&unfinished.untranslated, "export-unfinished-untranslated"),
        (&unfinished.drafts, "export-unfinished-drafts"),
        (&with_issues, "export-unfinished-issues"),
    ] {
        if ids.is_empty() {
            continue;
        }
        let mut count = Args::new();
        count.set("count", ids.len());
        let mut list: Vec<String> = ids.iter().take(10).filter_map(|id| number.get(id)).map(i64::to_string).collect();
        if ids.len() > 10 {
            list.push("…".into());
        }
        let mut args = Args::new();
        args.set("message", l10n.format_plain(message, Some(&count)));
        args.set("list", list.join(", "));
        eprintln!("{}", l10n.format_plain("cli-warning", Some(&args)));
    }
}
