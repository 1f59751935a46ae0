// Generated from the Rust types by ts-rs (src-tauri/src/bindings.rs): do not edit.
// `make bindings` rewrites it; `cargo test -p dragoman-desktop --test bindings` fails when it is stale.
// Over 600 lines: one declaration per type that crosses IPC, generated, not read as a module.

/**
 * What kind of error happened: the stable, kebab-case id that picks the Fluent message
 * `error-<id>` in every shell. The same enum is generated for the UI
 * (`ui/src/ipc/bindings.ts`), so both sides name the same kinds.
 */
export type ErrorKind = "db-newer" | "db-not-database" | "db-unwritable" | "db-path-refused" | "db-damaged" | "db-read-only" | "not-found" | "empty-text" | "not-text" | "bad-encoding" | "too-large" | "article-too-large" | "unknown-encoding" | "unsupported-format" | "docx-encrypted" | "docx-corrupt" | "docx-too-large" | "invalid-input" | "glossary-columns" | "csv-unterminated-quote" | "csv-duplicate-column" | "xml-dtd" | "xml-malformed" | "not-tbx" | "not-tmx" | "tmx-too-large" | "not-xliff" | "xliff-version" | "xliff-no-source" | "xliff-duplicate-id" | "xliff-source-language" | "xliff-article-gone" | "xliff-other-article" | "xliff-not-exported" | "xliff-codes" | "xliff-fixed-segments" | "entry-incomplete" | "entry-duplicate" | "conflict" | "nothing-to-confirm" | "io" | "not-a-file" | "write-failed" | "storage" | "cancelled" | "spell-dictionary-missing" | "spell-dictionary-damaged" | "path-not-chosen" | "internal";

export type IpcError = { kind: ErrorKind, message: string, 
/**
 * The Fluent arguments of `error-<kind>` (a line number, a column's name).
 */
args: { [key in string]: string }, };

export type Startup = { 
/**
 * "en" or "ar": the saved choice, else the system's language.
 */
language: "en" | "ar", 
/**
 * Where the database is (or was meant to be).
 */
dbPath: string, 
/**
 * Why the database could not be opened, if it could not.
 */
dbError: IpcError | null, 
/**
 * Why the database is open read-only (it is damaged), if it is.
 */
dbDamaged: IpcError | null, 
/**
 * The encodings the import preview offers.
 */
encodings: Array<string>, };

export type Place = { articleId: number, 
/**
 * The segment the caret was in, if any.
 */
segmentId: number | null, };

export type BackupKind = "daily" | "before-upgrade" | "before-restore" | "manual";

/**
 * One backup in the backups folder.
 */
export type BackupInfo = { 
/**
 * The file's name in the backups folder (what the app asks to restore).
 */
name: string, kind: BackupKind, 
/**
 * When it was made, in milliseconds since the epoch (UTC, from its name).
 */
createdMs: number, bytes: number, };

export type Backups = { 
/**
 * The folder they are kept in.
 */
folder: string, 
/**
 * Newest first.
 */
backups: Array<BackupInfo>, };

/**
 * Light or dark colours, or those the system asks for.
 */
export type Theme = "system" | "light" | "dark";

/**
 * What the translator chose for the view.
 */
export type Preferences = { 
/**
 * The whole window's zoom, in percent: one of [`ZOOM_STEPS`].
 */
zoom: number, 
/**
 * The Arabic source's text size, in percent: one of [`TEXT_SIZE_STEPS`].
 */
sourceSize: number, 
/**
 * The English translation's text size, in percent: one of [`TEXT_SIZE_STEPS`].
 */
targetSize: number, theme: Theme, };

/**
 * Which size a step changes.
 */
export type Size = "zoom" | "source-size" | "target-size";

/**
 * A step: bigger, smaller, or back to 100%.
 */
export type SizeStep = "in" | "out" | "reset";

/**
 * What a segment is in the article's structure.
 */
export type SegmentKind = "headline" | "subhead" | "paragraph" | "sentence" | "caption" | "dateline";

/**
 * Where the translation of one segment stands.
 */
export type SegmentStatus = "new" | "draft" | "translated" | "reviewed" | "excluded";

/**
 * Where an article stands in the newsroom's workflow.
 */
export type WorkflowStatus = "to-translate" | "in-translation" | "in-review" | "done";

export type Article = { id: number, title: string, sourceLang: string, targetLang: string, 
/**
 * Where the text came from: a URL, a file name, "paste" or "sample".
 */
origin: string | null, author: string | null, 
/**
 * The publication date found in the source, as it was written there.
 */
published: string | null, 
/**
 * How it came in: "text", "html", "docx", "markdown".
 */
format: string | null, 
/**
 * The encoding the source was read with (text and HTML files).
 */
encoding: string | null, 
/**
 * Milliseconds since the Unix epoch.
 */
createdAt: number, updatedAt: number, status: WorkflowStatus, };

/**
 * An article as the list shows it: with its progress.
 */
export type ArticleSummary = { 
/**
 * Segments that count (all but excluded ones).
 */
segmentCount: number, 
/**
 * Of those, segments with a translation (any status past `new`).
 */
translatedCount: number, 
/**
 * Source words of the segments that count, and of those with a translation.
 */
wordCount: number, translatedWords: number, 
/**
 * Segments confirmed (translated or reviewed), and reviewed.
 */
confirmedCount: number, reviewedCount: number, 
/**
 * The English of the headline, once it has one (the list shows it beside the Arabic).
 */
englishTitle: string | null, id: number, title: string, sourceLang: string, targetLang: string, 
/**
 * Where the text came from: a URL, a file name, "paste" or "sample".
 */
origin: string | null, author: string | null, 
/**
 * The publication date found in the source, as it was written there.
 */
published: string | null, 
/**
 * How it came in: "text", "html", "docx", "markdown".
 */
format: string | null, 
/**
 * The encoding the source was read with (text and HTML files).
 */
encoding: string | null, 
/**
 * Milliseconds since the Unix epoch.
 */
createdAt: number, updatedAt: number, status: WorkflowStatus, };

export type Segment = { id: number, articleId: number, 
/**
 * 0-based order in the article.
 */
position: number, kind: SegmentKind, 
/**
 * The 0-based block the segment belongs to: sentences of one paragraph share it.
 */
paragraph: number, source: string, target: string, status: SegmentStatus, updatedAt: number, 
/**
 * Words in the source.
 */
words: number, 
/**
 * Incremented by every write: an editor saving with an older version has missed a
 * change made elsewhere (another window) and is refused instead of overwriting it.
 */
version: number, 
/**
 * Whether it can be merged with the segment after it ([`Segment::can_merge_with`]).
 */
mergeable: boolean, 
/**
 * The memory unit it was filled from (a 100% match, when the article was imported),
 * until the translator changes or confirms it.
 */
memoryUnit: number | null, };

/**
 * One earlier state of a segment's translation.
 */
export type SegmentVersion = { id: number, segmentId: number, target: string, status: SegmentStatus, 
/**
 * Why it was recorded: "edit", "status", "restore", "replace", "draft-restore",
 * "memory", "xliff-import".
 */
reason: string, createdAt: number, };

/**
 * A named snapshot of an article's whole translation.
 */
export type Draft = { id: number, articleId: number, 
/**
 * The translator's name for it ("Translator's draft", "Edited" …); empty for automatic ones.
 */
name: string, 
/**
 * Why Dragoman made it, for automatic drafts: "status-change", "before-restore" or
 * "before-xliff-import".
 */
autoKind: 'status-change' | 'before-restore' | 'before-xliff-import' | null, 
/**
 * The new status, the name of the draft that was restored, or the XLIFF file's name.
 */
autoDetail: string | null, createdAt: number, segmentCount: number, translatedCount: number, };

export type Op = "equal" | "insert" | "delete";

/**
 * A run of text in a diff.
 */
export type Piece = { op: Op, text: string, };

/**
 * One segment that differs between the two sides.
 */
export type SegmentDiff = { segmentId: number, 
/**
 * Position on the newer side (or the older side, for a segment that is gone).
 */
position: number, kind: SegmentKind, source: string, pieces: Array<Piece>, };

export type Comparison = { changed: Array<SegmentDiff>, unchanged: number, };

/**
 * A segment that matched a search, with the matches in UTF-16 code units.
 */
export type FindHit = { segmentId: number, position: number, ranges: Array<[number, number]>, };

export type ExportFormat = "txt" | "md" | "html" | "docx" | "bilingual-html" | "bilingual-docx";

/**
 * The XLIFF an article goes out as, for another translation tool.
 */
export type XliffExport = "xliff12" | "xliff21";

/**
 * What is not finished in an article, said before it is exported: the segments, in reading
 * order, that an export leaves out or sends as they are.
 */
export type Unfinished = { 
/**
 * Segments with no translation: left out of the export.
 */
untranslated: Array<number>, 
/**
 * Segments whose translation is an unconfirmed draft: exported as they are.
 */
drafts: Array<number>, 
/**
 * The checks' issues still open (not set aside), in article order.
 */
issues: Array<Issue>, };

/**
 * Where an import comes from: a file the user chose or dropped, or pasted text (with the
 * clipboard's HTML when a web page was copied).
 */
export type ImportSource = { "kind": "file", path: string, } | { "kind": "paste", text: string, html: string | null, };

export type Format = "text" | "html" | "docx" | "markdown";

/**
 * How the encoding was decided.
 */
export type EncodingSource = "bom" | "declared" | "detected" | "override";

/**
 * Text that was once decoded with the wrong encoding and saved again.
 */
export type Mojibake = "utf8-as-windows1256" | "windows1256-as-windows1252";

/**
 * What may be wrong with a file's reading, said in the preview and on the command line.
 */
export type EncodingWarningKind = "replaced" | "declared-wrong" | "mixed" | "implausible";

export type EncodingWarning = { kind: EncodingWarningKind, 
/**
 * Characters replaced, lines in the other encoding, or garbled words (0 when the kind
 * counts nothing).
 */
count: number, 
/**
 * The other encoding in question, by WHATWG name: the declared one, or the other lines'.
 */
other: string | null, };

export type Counts = { headline: number, subhead: number, paragraph: number, sentence: number, caption: number, dateline: number, };

export type PreviewSegment = { kind: SegmentKind, paragraph: number, source: string, 
/**
 * Proposed as "not for translation": site furniture (a masthead, tags, the site's name),
 * for the translator to accept or not (`import/furniture.rs`).
 */
furniture: boolean, };

/**
 * What an import would produce, shown before it is committed.
 */
export type Preview = { format: Format, 
/**
 * The encoding used (text and HTML files), by WHATWG name.
 */
encoding: string | null, encodingSource: EncodingSource | null, 
/**
 * What looks wrong with the file's reading (bytes replaced, a declared charset that
 * lied, lines in two encodings, text that does not look like Arabic or English).
 */
encodingWarnings: Array<EncodingWarning>, 
/**
 * Mojibake recognised in the text.
 */
mojibake: Mojibake | null, mojibakeRepaired: boolean, title: string, author: string | null, published: string | null, 
/**
 * A URL from the document, else the file name, else "paste".
 */
origin: string, counts: Counts, segments: Array<PreviewSegment>, 
/**
 * An article already stored with the same text (under the shared normalisation): this
 * one was imported before. Filled by the use case, which has the store.
 */
existing: Article | null, };

/**
 * What the importer is doing.
 */
export type Phase = "reading" | "parsing" | "structure";

/**
 * How far a preview is.
 */
export type Progress = { phase: Phase, done: number, total: number, };

/**
 * What a file dropped onto the window is: a glossary goes into the glossary, anything else
 * is offered as an article.
 */
export type DroppedFile = "glossary" | "article";

/**
 * What an open dialog is for; the files it offers by extension.
 */
export type OpenKind = "article" | "glossary" | "tmx" | "xliff";

/**
 * The type of file a save dialog proposes, which is its extension.
 */
export type SaveType = "txt" | "md" | "html" | "docx" | "csv" | "tbx" | "tmx" | "xliff";

/**
 * What a name is.
 */
export type NameType = "person" | "place" | "organization" | "other";

/**
 * A name in the glossary.
 */
export type GlossaryEntry = { 
/**
 * The main Arabic form (فلاديمير بوتين).
 */
arabic: string, 
/**
 * Other Arabic forms (بوتين).
 */
variants: Array<string>, 
/**
 * The English first-reference form (Vladimir Putin).
 */
english: string, 
/**
 * The second-reference form (Putin), if any.
 */
short: string | null, kind: NameType, 
/**
 * English spellings to flag (Kiev).
 */
deprecated: Array<string>, 
/**
 * Whether و ف ب ك ل may attach.
 */
clitics: boolean, 
/**
 * Surface forms that must never match.
 */
not: Array<string>, notes: string, };

/**
 * An entry as the store keeps it.
 */
export type StoredEntry = { id: number, createdAt: number, updatedAt: number, 
/**
 * The main Arabic form (فلاديمير بوتين).
 */
arabic: string, 
/**
 * Other Arabic forms (بوتين).
 */
variants: Array<string>, 
/**
 * The English first-reference form (Vladimir Putin).
 */
english: string, 
/**
 * The second-reference form (Putin), if any.
 */
short: string | null, kind: NameType, 
/**
 * English spellings to flag (Kiev).
 */
deprecated: Array<string>, 
/**
 * Whether و ف ب ك ل may attach.
 */
clitics: boolean, 
/**
 * Surface forms that must never match.
 */
not: Array<string>, notes: string, };

/**
 * A page of the glossary's search results.
 */
export type GlossaryPage = { entries: Array<StoredEntry>, 
/**
 * How many entries match, of which `entries` are the first.
 */
total: number, 
/**
 * How many entries the glossary has.
 */
count: number, };

/**
 * Why a row of a glossary file was not imported. The shells show the Fluent message
 * `glossary-skip-<reason>` with `$detail`.
 */
export type SkipReason = "unreadable" | "empty-form" | "no-arabic" | "no-english" | "unknown-type" | "bad-clitics" | "duplicate-in-file";

/**
 * A row or entry that could not be imported: its line in the file, why, and the offending
 * value (or the parser's words) as `detail`.
 */
export type Skipped = { line: number, reason: SkipReason, detail: string, };

/**
 * One entry an import adds (`before` is `None`) or changes.
 */
export type EntryChange = { before: GlossaryEntry | null, after: GlossaryEntry, };

/**
 * What an import did, or would do (a preview).
 */
export type ImportReport = { added: number, updated: number, unchanged: number, skipped: Array<Skipped>, 
/**
 * The entries added or changed, each with what it was, in the file's order: the first
 * [`MAX_CHANGES_LISTED`] of them (`added` and `updated` count them all).
 */
changes: Array<EntryChange>, };

/**
 * The formats a glossary is exchanged in.
 */
export type GlossaryFormat = "csv" | "tbx";

/**
 * Which English form a name takes where it stands in the article.
 */
export type Reference = "first" | "second";

/**
 * A glossary name found in a segment's source.
 */
export type NameSpan = { 
/**
 * In UTF-16 code units of the source (what the UI indexes by): the whole match, clitic
 * included, and where the name itself starts.
 */
start: number, end: number, coreStart: number, surface: string, prefix: string, entryId: number, reference: Reference, 
/**
 * The English form a click (or Alt+digit) inserts here: the full form at the first
 * reference, the short one after (the full form when the entry has no short one).
 */
insert: string, };

/**
 * What the editor shows of a glossary entry (once per entry, not per occurrence).
 */
export type NameInfo = { id: number, kind: NameType, arabic: string, english: string, short: string | null, notes: string, };

/**
 * The names of one segment.
 */
export type SegmentNames = { segmentId: number, names: Array<NameSpan>, };

/**
 * How serious an issue is.
 */
export type Severity = "info" | "warning" | "error";

/**
 * A check, as the translator switches it on and off.
 */
export type Check = "names" | "numbers" | "dates" | "punctuation" | "spelling" | "consistency";

/**
 * What a check found. The order is the order of issues within a segment. Every kind has the
 * arguments `found` and `expected` (either may be empty: nothing found, nothing to expect);
 * those listed are the others.
 */
export type IssueKind = "name-missing" | "name-deprecated" | "name-inconsistent" | "number-missing" | "number-changed" | "number-extra" | "date-missing" | "date-changed" | "weekday-contradicts" | "arabic-punctuation" | "question-missing" | "unbalanced" | "spaces" | "arabic-letters" | "same-as-source" | "empty-confirmed" | "length-ratio" | "misspelling" | "translated-two-ways" | "memory-differs" | "same-english-two-sources" | "code-missing" | "code-extra" | "code-order";

/**
 * A span of a segment's source or target, in UTF-16 code units.
 */
export type Span = { start: number, end: number, };

/**
 * One problem found in a translation.
 */
export type Issue = { kind: IssueKind, 
/**
 * The check of the kind (serialised for the shells' filters).
 */
check: Check, severity: Severity, segmentId: number, 
/**
 * The segment's position in the article.
 */
position: number, 
/**
 * Where in the source, if the issue points at something there (the name).
 */
source: Array<Span>, 
/**
 * Where in the target, if the issue points at something there (a spelling).
 */
target: Array<Span>, 
/**
 * The message's arguments, by name (see [`IssueKind`]).
 */
args: Record<string, string | number>, 
/**
 * Set aside by the translator ("ignore this one"), remembered by [`Issue::key`].
 */
ignored: boolean, };

/**
 * How the English writes its numbers.
 */
export type NumberStyle = "point" | "comma";

/**
 * The translator's choices for the checks.
 */
export type QaSettings = { 
/**
 * The checks switched off.
 */
off: Array<Check>, 
/**
 * How the English writes numbers.
 */
numberStyle: NumberStyle, };

/**
 * The checks of an article.
 */
export type QaReport = { 
/**
 * In article order; those set aside are included, marked `ignored`.
 */
issues: Array<Issue>, 
/**
 * The spelling check is on but no dictionary is installed: it did not run.
 */
noDictionary: boolean, };

/**
 * An article's glossary names.
 */
export type ArticleNames = { entries: Array<NameInfo>, segments: Array<SegmentNames>, };

/**
 * A proposed English spelling.
 */
export type Suggestion = { english: string, 
/**
 * True when the spelling was found in the English draft and aligns with the Arabic, or
 * is the established spelling of a well-known name; false for a plain romanisation.
 */
verified: boolean, };

/**
 * A name-looking span of an article that the glossary does not match.
 */
export type Candidate = { 
/**
 * The span as written in the source (without a clitic that was taken off).
 */
arabic: string, 
/**
 * Index of the segment of its first occurrence.
 */
segment: number, 
/**
 * Character offsets of the span in that segment's source.
 */
start: number, end: number, 
/**
 * The word(s) that announced it (الرئيس, وزير الخارجية …), if any.
 */
cue: string | null, suggestion: Suggestion, 
/**
 * How many times it occurs in all the sources, with or without a clitic.
 */
occurrences: number, };

/**
 * A likely name the glossary does not have, with the segment it was found in.
 */
export type NameCandidate = { segmentId: number, 
/**
 * The span as written in the source (without a clitic that was taken off).
 */
arabic: string, 
/**
 * Index of the segment of its first occurrence.
 */
segment: number, 
/**
 * Character offsets of the span in that segment's source.
 */
start: number, end: number, 
/**
 * The word(s) that announced it (الرئيس, وزير الخارجية …), if any.
 */
cue: string | null, suggestion: Suggestion, 
/**
 * How many times it occurs in all the sources, with or without a clitic.
 */
occurrences: number, };

/**
 * Where a memory unit came from: a confirmed segment of an article, or a TMX file.
 */
export type UnitOrigin = "article" | "file";

/**
 * A translation-memory unit: an Arabic source and its English.
 */
export type Unit = { id: number, source: string, target: string, sourceLang: string, targetLang: string, originKind: UnitOrigin, 
/**
 * The article's title (as it was when the unit was made) or the TMX file's name.
 */
origin: string, 
/**
 * The article and segment it came from, while they exist.
 */
articleId: number | null, segmentId: number | null, words: number, createdBy: string | null, changedBy: string | null, createdAt: number, updatedAt: number, };

/**
 * A unit that matches a segment.
 */
export type TmMatch = { unit: Unit, 
/**
 * 0–100; 100 only when the Arabic is the same as the normalisation reads it.
 */
score: number, 
/**
 * A 100% match whose neighbours match the segment's neighbours too.
 */
context: boolean, 
/**
 * The English to insert: the unit's, adapted when `adapted`.
 */
suggestion: string, 
/**
 * Numbers or names in the suggestion were changed to the segment's.
 */
adapted: boolean, 
/**
 * The unit's Arabic, with what the segment lacks (`delete`) and what only the segment
 * has (`insert`) marked word by word.
 */
diff: Array<Piece>, };

/**
 * The bands an analysis counts segments in, as translators quote a job.
 */
export type Band = "context" | "exact" | "repetition" | "high" | "good" | "fair" | "low" | "no-match";

/**
 * One band of an analysis.
 */
export type BandCount = { band: Band, segments: number, words: number, };

/**
 * An article by match band: what is already in the memory before translating.
 */
export type Analysis = { articleId: number, 
/**
 * Every band, in [`Band::ALL`]'s order, empty ones too.
 */
bands: Array<BandCount>, segments: number, words: number, 
/**
 * The units the memory held.
 */
units: number, };

/**
 * Where a concordance hit was found.
 */
export type HitKind = "unit" | "segment";

/**
 * A unit or segment holding the words looked for.
 */
export type ConcordanceHit = { kind: HitKind, 
/**
 * The unit's or the segment's id.
 */
id: number, 
/**
 * The article to open at `segment_id` (`None` for a unit from a file or a deleted article).
 */
articleId: number | null, segmentId: number | null, 
/**
 * The article's title or the file's name.
 */
origin: string, source: string, target: string, 
/**
 * The words found, as UTF-16 ranges of `source` or `target`.
 */
sourceMarks: Array<[number, number]>, targetMarks: Array<[number, number]>, updatedAt: number, };

/**
 * What a concordance found.
 */
export type Concordance = { 
/**
 * The words were looked for in the Arabic (else in the English).
 */
arabic: boolean, hits: Array<ConcordanceHit>, 
/**
 * More were found than shown.
 */
more: boolean, };

/**
 * What the translator chose for the memory.
 */
export type MemorySettings = { 
/**
 * The lowest score shown, 50–100 (default 60).
 */
threshold: number, 
/**
 * Fill the segments that have a 100% match when an article is imported.
 */
fillOnImport: boolean, };

/**
 * A change to the settings: only what is given is written (each setting is its own key, so
 * two changes made at once, or in two windows, never undo each other).
 */
export type SettingsChange = { threshold?: number, fillOnImport?: boolean, };

/**
 * The memory's settings and size.
 */
export type MemoryInfo = { settings: MemorySettings, units: number, };

/**
 * Why a `<tu>` was not imported. The shells show the Fluent message `tm-skip-<reason>`.
 */
export type TmxSkipReason = "no-language" | "no-arabic" | "no-english" | "empty-text" | "too-long";

/**
 * A `<tu>` not imported: where it starts, why, and its `tuid` if it has one.
 */
export type TmxSkipped = { line: number, reason: TmxSkipReason, tuid: string | null, };

/**
 * What a TMX import did.
 */
export type TmxReport = { 
/**
 * New units.
 */
added: number, 
/**
 * Units from this same file whose translation changed.
 */
updated: number, 
/**
 * Units the memory already held with the same translation.
 */
unchanged: number, 
/**
 * The units not imported, by line (the first [`MAX_SKIPPED_LISTED`]).
 */
skipped: Array<TmxSkipped>, 
/**
 * Further units not imported, beyond those listed.
 */
skippedMore: number, };

/**
 * US or UK spelling.
 */
export type Variant = "en-US" | "en-GB";

/**
 * A word the dictionary does not know, at `start..end` in UTF-16 code units.
 */
export type Misspelling = { start: number, end: number, word: string, };

export type SpellSettings = { enabled: boolean, variant: Variant, };

/**
 * A unit's translation and status, on one side.
 */
export type Side = { target: string, status: SegmentStatus, };

/**
 * A segment the file changes (or would, for a conflict).
 */
export type UnitChange = { segmentId: number, 
/**
 * Its place in the article, from 0.
 */
position: number, source: string, 
/**
 * What the segment says here now.
 */
here: Side, 
/**
 * What the file says.
 */
file: Side, 
/**
 * What it said when exported, when that is on record.
 */
base: Side | null, };

/**
 * What an XLIFF file that came back would change in its article.
 */
export type UpdateReport = { articleId: number, title: string, fileName: string, 
/**
 * Whether the export is on record (otherwise no conflict can be told apart).
 */
baseKnown: boolean, 
/**
 * Changed in the file only: applied.
 */
changes: Array<UnitChange>, 
/**
 * Changed in the file and here, differently: applied only when taken.
 */
conflicts: Array<UnitChange>, 
/**
 * Changed here only since the export: kept.
 */
keptHere: number, unchanged: number, 
/**
 * Units of the file whose segment is no longer in the article (merged, split).
 */
missing: Array<string>, };

/**
 * What opening another tool's XLIFF would make.
 */
export type NewReport = { title: string, fileName: string, 
/**
 * "1.2", "2.0", "2.1".
 */
version: string, sourceLang: string, targetLang: string | null, segments: number, translated: number, 
/**
 * Segments with inline codes, and how many codes in all.
 */
withCodes: number, codes: number, 
/**
 * Units with no source text, kept in the file but not made segments.
 */
empty: number, };

/**
 * What an XLIFF file is and would do.
 */
export type XliffPlan = { "kind": "update" } & UpdateReport | { "kind": "new" } & NewReport;

/**
 * What was done with a file.
 */
export type XliffOutcome = { "kind": "updated", article_id: number, changed: number, draft: Draft | null, } | { "kind": "opened", article: Article, };

/**
 * How a code sits in the XML: the start tag of an element whose content is text (`<g>`,
 * `<pc>`, `<mrk>`), its end tag, or a code that stands alone (an empty element, or a 1.2
 * `<ph>`/`<bpt>`/`<ept>`/`<it>` whose content is native code).
 */
export type CodeKind = "open" | "close" | "standalone";

/**
 * How the editor shows a code: opening, closing or alone.
 */
export type CodeRole = "opening" | "closing" | "alone";

export type Code = { kind: CodeKind, 
/**
 * The element's local name (`g`, `bpt`, `pc`; `#` for a comment).
 */
name: string, 
/**
 * What pairs it with the same code in the target (`id`, or `startRef` for `<ec/>`).
 */
id: string | null, 
/**
 * The code exactly as it is in the file.
 */
xml: string, 
/**
 * The number shown on its chip: its place among the segment's codes, from 1 (the
 * marker's number plus one), so that the chip, the QA's messages and the command line
 * name a code alike; an opening and a closing code differ in shape.
 */
number: number, role: CodeRole, };
