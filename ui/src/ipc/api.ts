// Typed wrappers over the shell's commands. Nothing else in the UI calls `invoke`.
import { invoke } from '@tauri-apps/api/core';
import type { Article, ArticleSummary, ImportSource, IpcError, Preview, Segment, Startup } from './types';

export function isIpcError(e: unknown): e is IpcError {
  return typeof e === 'object' && e !== null && typeof (e as IpcError).kind === 'string';
}

/** Whatever was thrown, as an IpcError (unknown failures are `internal`). */
export function asIpcError(e: unknown): IpcError {
  return isIpcError(e) ? e : { kind: 'internal', message: String(e) };
}

export const api = {
  startup: () => invoke<Startup>('app_startup'),
  setLanguage: (language: string) => invoke<void>('settings_set_language', { language }),
  listArticles: () => invoke<ArticleSummary[]>('articles_list'),
  getArticle: (id: number) => invoke<Article>('articles_get', { id }),
  createSample: () => invoke<Article>('articles_create_sample'),
  deleteArticle: (id: number) => invoke<void>('articles_delete', { id }),
  listSegments: (articleId: number) => invoke<Segment[]>('segments_list', { articleId }),
  updateSegment: (id: number, target: string) => invoke<Segment>('segments_update', { id, target }),
  setExcluded: (id: number, excluded: boolean) => invoke<Segment>('segments_set_excluded', { id, excluded }),
  splitSegment: (id: number, at: number) => invoke<Segment[]>('segments_split', { id, at }),
  mergeSegment: (id: number) => invoke<Segment[]>('segments_merge', { id }),
  previewImport: (source: ImportSource, encoding: string | null, repairMojibake: boolean) =>
    invoke<Preview>('import_preview', { source, encoding, repairMojibake }),
  commitImport: (source: ImportSource, encoding: string | null, repairMojibake: boolean, title: string | null) =>
    invoke<Article>('import_commit', { source, encoding, repairMojibake, title }),
};
