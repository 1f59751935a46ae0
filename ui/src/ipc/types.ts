// Shapes of what the shell's commands return (src-tauri/src/commands.rs, dragoman-core model).

export type SegmentKind = 'headline' | 'subhead' | 'paragraph' | 'sentence' | 'caption';
export type SegmentStatus = 'new' | 'draft' | 'translated' | 'reviewed' | 'excluded';
export type WorkflowStatus = 'to-translate' | 'in-translation' | 'in-review' | 'done';

export interface Article {
  id: number;
  title: string;
  sourceLang: string;
  targetLang: string;
  origin: string | null;
  author: string | null;
  published: string | null;
  format: string | null;
  encoding: string | null;
  createdAt: number;
  updatedAt: number;
  status: WorkflowStatus;
}

export interface ArticleSummary extends Article {
  segmentCount: number;
  translatedCount: number;
  wordCount: number;
  translatedWords: number;
  confirmedCount: number;
  reviewedCount: number;
}

export interface Segment {
  id: number;
  articleId: number;
  position: number;
  kind: SegmentKind;
  paragraph: number;
  source: string;
  target: string;
  status: SegmentStatus;
  updatedAt: number;
  words: number;
  version: number;
}

export interface SegmentVersion {
  id: number;
  segmentId: number;
  target: string;
  status: SegmentStatus;
  reason: string;
  createdAt: number;
}

export interface Draft {
  id: number;
  articleId: number;
  name: string;
  autoKind: 'status-change' | 'before-restore' | null;
  autoDetail: string | null;
  createdAt: number;
  segmentCount: number;
  translatedCount: number;
}

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface Comparison {
  changed: { segmentId: number; position: number; kind: SegmentKind; source: string; pieces: { op: DiffOp; text: string }[] }[];
  unchanged: number;
}

export interface FindHit {
  segmentId: number;
  position: number;
  ranges: [number, number][];
}

export type ExportFormat = 'txt' | 'md' | 'html' | 'docx' | 'bilingual-html' | 'bilingual-docx';

/** The one error shape that crosses IPC. The window shows the Fluent message `error-<kind>`. */
export interface IpcError {
  kind: string;
  message: string;
}

export interface Startup {
  language: 'en' | 'ar';
  dbPath: string;
  dbError: IpcError | null;
  /** Encodings the import preview offers, by WHATWG name. */
  encodings: string[];
}

export type ImportFormat = 'text' | 'html' | 'docx' | 'markdown';
export type EncodingSource = 'bom' | 'declared' | 'detected' | 'override';
export type Mojibake = 'utf8-as-windows1256' | 'windows1256-as-windows1252';

export type ImportSource = { kind: 'file'; path: string } | { kind: 'paste'; text: string; html: string | null };

export interface Preview {
  format: ImportFormat;
  encoding: string | null;
  encodingSource: EncodingSource | null;
  mojibake: Mojibake | null;
  mojibakeRepaired: boolean;
  title: string;
  author: string | null;
  published: string | null;
  origin: string;
  counts: Record<'headline' | 'subhead' | 'paragraph' | 'sentence' | 'caption', number>;
  segments: { kind: SegmentKind; paragraph: number; source: string }[];
}

// ---- glossary --------------------------------------------------------------------------

export type NameType = 'person' | 'place' | 'organization' | 'other';
export const NAME_TYPES: NameType[] = ['person', 'place', 'organization', 'other'];

/** A name as the user edits it. */
export interface GlossaryEntry {
  arabic: string;
  variants: string[];
  english: string;
  short: string | null;
  kind: NameType;
  deprecated: string[];
  clitics: boolean;
  not: string[];
  notes: string;
}

export interface StoredEntry extends GlossaryEntry {
  id: number;
  createdAt: number;
  updatedAt: number;
}

export interface GlossaryPage {
  entries: StoredEntry[];
  total: number;
  count: number;
}

export type SkipReason =
  | 'unreadable'
  | 'empty-form'
  | 'no-arabic'
  | 'no-english'
  | 'unknown-type'
  | 'bad-clitics'
  | 'duplicate-in-file';

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  skipped: { line: number; reason: SkipReason; detail: string }[];
}

export type GlossaryFormat = 'csv' | 'tbx';

/** A glossary name in a segment's source (offsets in UTF-16 units). */
export interface NameSpan {
  start: number;
  end: number;
  coreStart: number;
  surface: string;
  prefix: string;
  entryId: number;
  reference: 'first' | 'second';
}

/** What the editor shows of a glossary entry (sent once per entry). */
export interface NameInfo {
  id: number;
  kind: NameType;
  arabic: string;
  english: string;
  short: string | null;
  notes: string;
}

/** A name in a segment with its entry, and the English form to insert there. */
export interface ShownName extends NameSpan {
  info: NameInfo;
  insert: string;
}

export type IssueKind = 'missing' | 'deprecated' | 'inconsistent';

export interface NameIssue {
  kind: IssueKind;
  segmentId: number;
  position: number;
  entryId: number;
  arabic: string;
  expected: string;
  found: string | null;
}

export interface ArticleNames {
  entries: NameInfo[];
  segments: { segmentId: number; names: NameSpan[] }[];
  issues: NameIssue[];
}

export interface Suggestion {
  english: string;
  verified: boolean;
}

export interface NameCandidate {
  arabic: string;
  segment: number;
  segmentId: number;
  start: number;
  end: number;
  cue: string | null;
  suggestion: Suggestion;
  occurrences: number;
}
