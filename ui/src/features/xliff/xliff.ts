// XLIFF in the window, pure: what Apply would write, and the words for what was done.
import type { Draft, NewReport, UpdateReport } from '../../ipc/types';
import { toDisplay } from '../editor/codes';

type T = (id: string, args?: Record<string, string | number>) => string;

/** An update applied: how many segments changed, and the draft that keeps the text as it was. */
export interface Applied {
  articleId: number;
  changed: number;
  draft: Draft | null;
}

/** How many segments Apply changes: every change, and the conflicts whose file side is taken. */
export function applyCount(report: UpdateReport, take: readonly number[]): number {
  return report.changes.length + report.conflicts.filter((c) => take.includes(c.segmentId)).length;
}

/** A text for reading in a report: inline codes as their tokens (⟨1/⟩), never as the
 * invisible characters that stand for them. */
export function plainText(text: string): string {
  return toDisplay(text, []);
}

/** The name the drafts list gives the draft made before an XLIFF import. */
export function draftName(t: T, draft: Draft): string {
  return t('draft-auto-before-xliff-import', { name: draft.autoDetail ?? '' });
}

/** What an update did, said once it is applied. */
export function appliedText(t: T, applied: Applied): string {
  return t('xliff-update-applied', { count: applied.changed, draft: applied.draft ? draftName(t, applied.draft) : '' });
}

/** What another tool's file would make, before it is opened. */
export function newSummary(t: T, r: NewReport): string {
  return t('xliff-new-summary', {
    version: r.version,
    source: r.sourceLang,
    target: r.targetLang ?? '—',
    segments: r.segments,
    translated: r.translated,
    codes: r.codes,
  });
}
