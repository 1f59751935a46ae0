//! The TypeScript shapes of everything that crosses IPC, generated from the Rust types by
//! ts-rs into `ui/src/ipc/bindings.ts`. `tests/bindings.rs` fails when the checked-in file
//! differs from what the types say; `make bindings` rewrites it.

/// Every type a command takes or returns (and the types they contain), in a stable order.
macro_rules! ipc_types {
    ($m:ident) => {
        $m! {
            // errors
            dragoman_core::ErrorKind,
            crate::error::IpcError,
            crate::commands::app::Startup,
            dragoman_core::usecases::place::Place,
            // backups
            dragoman_core::store::backup::BackupKind,
            dragoman_core::store::backup::BackupInfo,
            crate::commands::backups::Backups,
            // view preferences
            dragoman_core::usecases::preferences::Theme,
            dragoman_core::usecases::preferences::Preferences,
            dragoman_core::usecases::preferences::Size,
            dragoman_core::usecases::preferences::SizeStep,
            // articles and segments
            dragoman_core::SegmentKind,
            dragoman_core::SegmentStatus,
            dragoman_core::WorkflowStatus,
            dragoman_core::Article,
            dragoman_core::ArticleSummary,
            dragoman_core::Segment,
            dragoman_core::SegmentVersion,
            dragoman_core::Draft,
            dragoman_core::diff::Op,
            dragoman_core::diff::Piece,
            dragoman_core::diff::SegmentDiff,
            dragoman_core::diff::Comparison,
            dragoman_core::store::FindHit,
            dragoman_core::formats::export::ExportFormat,
            crate::commands::export::XliffExport,
            dragoman_core::usecases::export::Unfinished,
            // import
            dragoman_core::usecases::import::ImportSource,
            dragoman_core::import::Format,
            dragoman_core::import::decode::EncodingSource,
            dragoman_core::import::decode::Mojibake,
            dragoman_core::import::decode::EncodingWarningKind,
            dragoman_core::import::decode::EncodingWarning,
            dragoman_core::import::Counts,
            dragoman_core::import::PreviewSegment,
            dragoman_core::import::Preview,
            dragoman_core::import::work::Phase,
            dragoman_core::import::work::Progress,
            dragoman_core::usecases::glossary::DroppedFile,
            // the files the translator chooses
            crate::commands::files::OpenKind,
            crate::commands::files::SaveType,
            // glossary
            dragoman_core::names::glossary::NameType,
            dragoman_core::names::glossary::GlossaryEntry,
            dragoman_core::names::glossary::StoredEntry,
            dragoman_core::usecases::glossary::GlossaryPage,
            dragoman_core::names::glossary::SkipReason,
            dragoman_core::names::glossary::Skipped,
            dragoman_core::names::glossary::EntryChange,
            dragoman_core::names::glossary::ImportReport,
            dragoman_core::formats::glossary_file::GlossaryFormat,
            // names
            dragoman_core::names::annotate::Reference,
            dragoman_core::names::annotate::NameSpan,
            dragoman_core::names::annotate::NameInfo,
            dragoman_core::names::annotate::SegmentNames,
            // QA checks
            dragoman_core::qa::Severity,
            dragoman_core::qa::Check,
            dragoman_core::qa::IssueKind,
            dragoman_core::qa::Span,
            dragoman_core::qa::Issue,
            dragoman_core::qa::numbers::NumberStyle,
            dragoman_core::qa::run::QaSettings,
            dragoman_core::usecases::qa::QaReport,
            dragoman_core::usecases::names::ArticleNames,
            dragoman_core::names::suggest::Suggestion,
            dragoman_core::names::suggest::Candidate,
            dragoman_core::usecases::names::NameCandidate,
            // translation memory
            dragoman_core::model::UnitOrigin,
            dragoman_core::model::Unit,
            dragoman_core::tm::TmMatch,
            dragoman_core::tm::Band,
            dragoman_core::usecases::memory::BandCount,
            dragoman_core::usecases::memory::Analysis,
            dragoman_core::usecases::memory::HitKind,
            dragoman_core::usecases::memory::ConcordanceHit,
            dragoman_core::usecases::memory::Concordance,
            dragoman_core::usecases::memory::MemorySettings,
            dragoman_core::usecases::memory::SettingsChange,
            crate::commands::memory::MemoryInfo,
            dragoman_core::formats::tmx::TmxSkipReason,
            dragoman_core::formats::tmx::TmxSkipped,
            dragoman_core::usecases::tmx::TmxReport,
            // spell check
            dragoman_core::spell::Variant,
            dragoman_core::spell::Misspelling,
            dragoman_core::usecases::spell::SpellSettings,
            // XLIFF in
            dragoman_core::usecases::xliff::Side,
            dragoman_core::usecases::xliff::UnitChange,
            dragoman_core::usecases::xliff::UpdateReport,
            dragoman_core::usecases::xliff::NewReport,
            dragoman_core::usecases::xliff::XliffPlan,
            dragoman_core::usecases::xliff::XliffOutcome,
            dragoman_core::formats::xliff::codes::CodeKind,
            dragoman_core::formats::xliff::codes::CodeRole,
            dragoman_core::formats::xliff::codes::Code,
        }
    };
}

/// The contents of `ui/src/ipc/bindings.ts`.
pub fn typescript() -> String {
    let cfg = ts_rs::Config::new().with_large_int("number");
    let mut out = String::from(
        "// Generated from the Rust types by ts-rs (src-tauri/src/bindings.rs): do not edit.\n\
         // `make bindings` rewrites it; `cargo test -p dragoman-desktop --test bindings` fails when it is stale.\n\
         // Over 600 lines: one declaration per type that crosses IPC, generated, not read as a module.\n\n",
    );
    macro_rules! declare {
        ($($t:ty),* $(,)?) => {
            $(
                let docs = <$t as ts_rs::TS>::docs().unwrap_or_default();
                out.push_str(&docs);
                out.push_str("export ");
                out.push_str(&<$t as ts_rs::TS>::decl(&cfg));
                out.push_str("\n\n");
            )*
        };
    }
    ipc_types!(declare);
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
