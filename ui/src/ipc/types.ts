// Shapes of what the shell's commands return (src-tauri/src/commands.rs, dragoman-core model).

export type SegmentKind = 'headline' | 'subhead' | 'paragraph' | 'sentence';
export type SegmentStatus = 'new' | 'draft' | 'translated' | 'reviewed' | 'excluded';
export type WorkflowStatus = 'to-translate' | 'in-translation' | 'in-review' | 'done';

export interface Article {
  id: number;
  title: string;
  sourceLang: string;
  targetLang: string;
  origin: string | null;
  author: string | null;
  createdAt: number;
  updatedAt: number;
  status: WorkflowStatus;
}

export interface ArticleSummary extends Article {
  segmentCount: number;
  translatedCount: number;
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
}

/** The one error shape that crosses IPC. The window shows the Fluent message `error-<kind>`. */
export interface IpcError {
  kind: string;
  message: string;
}

export interface Startup {
  language: 'en' | 'ar';
  dbPath: string;
  dbError: IpcError | null;
}
