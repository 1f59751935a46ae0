// Typed wrappers over the shell's commands. Nothing else in the UI calls `invoke`. The names
// are those of src-tauri/src/commands/list.rs (src-tauri/tests/contract.rs checks both ways).
import { invoke } from '@tauri-apps/api/core';
import type {
  Article,
  ArticleSummary,
  BackupInfo,
  Backups,
  DroppedFile,
  Comparison,
  Draft,
  ExportFormat,
  XliffExport,
  FindHit,
  ImportSource,
  IpcError,
  Place,
  Preview,
  Progress,
  Segment,
  SegmentStatus,
  SegmentVersion,
  Startup,
  Preferences,
  Size,
  SizeStep,
  Theme,
  WorkflowStatus,
  ArticleNames,
  GlossaryEntry,
  GlossaryFormat,
  GlossaryPage,
  ImportReport,
  NameCandidate,
  QaReport,
  QaSettings,
  NameType,
  StoredEntry,
  Suggestion,
  Misspelling,
  SpellSettings,
  Unfinished,
  TmMatch,
  Analysis,
  Concordance,
  MemoryInfo,
  MemorySettings,
  SettingsChange,
  TmxReport,
  OpenKind,
  SaveType,
  Code,
  XliffOutcome,
  XliffPlan,
} from './types';

export function isIpcError(e: unknown): e is IpcError {
  return typeof e === 'object' && e !== null && typeof (e as IpcError).kind === 'string';
}

/** Whatever was thrown, as an IpcError (unknown failures are `internal`). */
export function asIpcError(e: unknown): IpcError {
  return isIpcError(e) ? { ...e, args: e.args ?? {} } : { kind: 'internal', message: String(e), args: {} };
}

export const api = {
  startup: () => invoke<Startup>('app_startup'),
  setLanguage: (language: string) => invoke<void>('settings_set_language', { language }),
  lastPlace: () => invoke<Place | null>('app_last_place'),
  listBackups: () => invoke<Backups>('backups_list'),
  createBackup: () => invoke<Backups>('backups_create'),
  restoreBackup: (name: string) => invoke<BackupInfo>('backups_restore', { name }),
  setLastPlace: (place: Place | null) => invoke<void>('app_set_last_place', { place }),
  preferences: () => invoke<Preferences>('preferences_get'),
  stepPreference: (size: Size, step: SizeStep) => invoke<Preferences>('preferences_step', { size, step }),
  setTheme: (theme: Theme) => invoke<Preferences>('preferences_set_theme', { theme }),
  listArticles: (query: string | null = null) => invoke<ArticleSummary[]>('articles_list', { query }),
  articleProgress: (id: number) => invoke<ArticleSummary>('articles_progress', { id }),
  getArticle: (id: number) => invoke<Article>('articles_get', { id }),
  createSample: () => invoke<Article>('articles_create_sample'),
  deleteArticle: (id: number, forgetUnits = false) => invoke<void>('articles_delete', { id, forgetUnits }),
  listSegments: (articleId: number) => invoke<Segment[]>('segments_list', { articleId }),
  updateSegment: (id: number, target: string, expectedVersion: number | null) =>
    invoke<Segment>('segments_update', { id, target, expectedVersion }),
  setStatus: (id: number, status: SegmentStatus) => invoke<Segment>('segments_set_status', { id, status }),
  history: (id: number) => invoke<SegmentVersion[]>('segments_history', { id }),
  restoreVersion: (versionId: number) => invoke<Segment>('segments_restore_version', { versionId }),
  find: (articleId: number, query: string, inTarget: boolean) =>
    invoke<FindHit[]>('segments_find', { articleId, query, inTarget }),
  replace: (articleId: number, query: string, replacement: string) =>
    invoke<number>('segments_replace', { articleId, query, replacement }),
  setArticleStatus: (id: number, status: WorkflowStatus) => invoke<Article>('articles_set_status', { id, status }),
  listDrafts: (articleId: number) => invoke<Draft[]>('drafts_list', { articleId }),
  createDraft: (articleId: number, name: string) => invoke<Draft>('drafts_create', { articleId, name }),
  compare: (articleId: number, from: number | null, to: number | null) =>
    invoke<Comparison>('drafts_compare', { articleId, from, to }),
  restoreDraft: (draftId: number) => invoke<Draft>('drafts_restore', { draftId }),
  exportCheck: (articleId: number) => invoke<Unfinished>('export_check', { articleId }),
  exportWrite: (articleId: number, format: ExportFormat, path: string) =>
    invoke<string>('export_write', { articleId, format, path }),
  exportXliff: (articleId: number, version: XliffExport, path: string) =>
    invoke<string>('export_xliff', { articleId, version, path }),
  setExcluded: (id: number, excluded: boolean) => invoke<Segment>('segments_set_excluded', { id, excluded }),
  splitSegment: (id: number, at: number) => invoke<Segment[]>('segments_split', { id, at }),
  mergeSegment: (id: number) => invoke<Segment[]>('segments_merge', { id }),
  previewImport: (source: ImportSource, encoding: string | null, repairMojibake: boolean) =>
    invoke<Preview>('import_preview', { source, encoding, repairMojibake }),
  importProgress: () => invoke<Progress | null>('import_progress'),
  cancelImport: () => invoke<void>('import_cancel'),
  classifyFile: (path: string) => invoke<DroppedFile>('import_classify', { path }),
  // The native dialogs, opened by the shell, which records the file picked: the commands
  // that read or write files take only such paths (and dropped files).
  pickOpen: (kind: OpenKind, filterName: string) => invoke<string | null>('files_pick_open', { kind, filterName }),
  pickSave: (defaultName: string, fileType: SaveType, filterName: string) =>
    invoke<string | null>('files_pick_save', { defaultName, fileType, filterName }),
  commitImport: (
    source: ImportSource,
    encoding: string | null,
    repairMojibake: boolean,
    title: string | null,
    excluded: number[],
  ) => invoke<Article>('import_commit', { source, encoding, repairMojibake, title, excluded }),
  searchGlossary: (query: string, kind: NameType | null, limit: number) =>
    invoke<GlossaryPage>('glossary_search', { query, kind, limit }),
  addEntry: (entry: GlossaryEntry) => invoke<StoredEntry>('glossary_add', { entry }),
  updateEntry: (id: number, entry: GlossaryEntry) => invoke<StoredEntry>('glossary_update', { id, entry }),
  deleteEntry: (id: number) => invoke<void>('glossary_delete', { id }),
  previewGlossaryImport: (path: string) => invoke<ImportReport>('glossary_import_preview', { path }),
  importGlossary: (path: string) => invoke<ImportReport>('glossary_import', { path }),
  exportGlossary: (path: string, format: GlossaryFormat) => invoke<number>('glossary_export', { path, format }),
  articleNames: (articleId: number) => invoke<ArticleNames>('names_article', { articleId }),
  suggestNames: (articleId: number) => invoke<NameCandidate[]>('names_suggest', { articleId }),
  spellName: (articleId: number, arabic: string) => invoke<Suggestion>('names_spell', { articleId, arabic }),
  memoryMatches: (segmentId: number) => invoke<TmMatch[]>('memory_matches', { segmentId }),
  memoryAnalysis: (articleId: number) => invoke<Analysis>('memory_analysis', { articleId }),
  memoryFill: (articleId: number) => invoke<number>('memory_fill', { articleId }),
  concordance: (text: string) => invoke<Concordance>('memory_concordance', { text }),
  memoryInfo: () => invoke<MemoryInfo>('memory_info'),
  setMemorySettings: (change: SettingsChange) => invoke<MemorySettings>('memory_set_settings', { change }),
  importTmx: (path: string) => invoke<TmxReport>('memory_import_tmx', { path }),
  exportTmx: (path: string, articleId: number | null) => invoke<number>('memory_export_tmx', { path, articleId }),
  qaCheck: (articleId: number) => invoke<QaReport>('qa_check', { articleId }),
  qaSetIgnored: (segmentId: number, key: string, ignored: boolean) =>
    invoke<void>('qa_set_ignored', { segmentId, key, ignored }),
  qaSettings: () => invoke<QaSettings>('qa_settings'),
  qaSetSettings: (settings: QaSettings) => invoke<void>('qa_set_settings', { settings }),
  spellSettings: () => invoke<SpellSettings>('spell_settings'),
  setSpellSettings: (settings: SpellSettings) => invoke<void>('spell_set_settings', { settings }),
  spellCheck: (text: string) => invoke<Misspelling[]>('spell_check', { text }),
  spellSuggest: (word: string) => invoke<string[]>('spell_suggest', { word }),
  spellWords: () => invoke<string[]>('spell_words'),
  spellAddWord: (word: string) => invoke<void>('spell_add_word', { word }),
  spellRemoveWord: (word: string) => invoke<void>('spell_remove_word', { word }),
  // XLIFF: a file chosen or dropped (`path`), planned then applied; `into`: the article the
  // translator is updating (the file must come from it), null from the import.
  xliffPlan: (path: string, into: number | null) => invoke<XliffPlan>('xliff_plan', { path, into }),
  xliffApply: (path: string, into: number | null, take: number[]) =>
    invoke<XliffOutcome>('xliff_apply', { path, into, take }),
  /** Each segment's inline codes, by segment id (none for an article not from XLIFF). */
  xliffCodes: (articleId: number) => invoke<Partial<Record<number, Code[]>>>('xliff_codes', { articleId }),
  /** The save dialog (the original file's name proposed), then the file written back: its
   * path, or null when the translator cancelled. */
  xliffWriteBack: (articleId: number, filterName: string) =>
    invoke<string | null>('xliff_write_back', { articleId, filterName }),
};
