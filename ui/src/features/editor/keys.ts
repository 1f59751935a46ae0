// The editor's keyboard shortcuts, as translators know them from CAT tools.
import { matchNumber } from '../memory/memory';

export type Action =
  | 'confirm'
  | 'review'
  | 'next'
  | 'previous'
  | 'copy-source'
  | 'jump'
  | 'find'
  | 'replace'
  | 'find-next'
  | 'find-previous'
  | 'help'
  | 'insert-name'
  | 'add-name'
  | 'qa'
  | 'insert-match'
  | 'concordance'
  | 'spell'
  | 'insert-code'
  | 'xliff-update'
  | 'close'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset';

export interface Shortcut {
  action: Action;
  /** How the sheet shows it. */
  keys: string[];
}

export const SHORTCUTS: Shortcut[] = [
  { action: 'confirm', keys: ['Ctrl+Enter'] },
  { action: 'review', keys: ['Ctrl+Shift+Enter'] },
  { action: 'next', keys: ['Alt+↓'] },
  { action: 'previous', keys: ['Alt+↑'] },
  { action: 'copy-source', keys: ['Ctrl+Shift+S', 'Ctrl+Insert'] },
  { action: 'jump', keys: ['Ctrl+G'] },
  { action: 'find', keys: ['Ctrl+F'] },
  { action: 'replace', keys: ['Ctrl+H'] },
  { action: 'find-next', keys: ['F3'] },
  { action: 'find-previous', keys: ['Shift+F3'] },
  { action: 'insert-name', keys: ['Alt+1', '…', 'Alt+9'] },
  { action: 'add-name', keys: ['Ctrl+Shift+G'] },
  { action: 'qa', keys: ['Ctrl+Shift+N'] },
  { action: 'insert-match', keys: ['Ctrl+1', '…', 'Ctrl+5'] },
  { action: 'concordance', keys: ['Ctrl+K'] },
  { action: 'spell', keys: ['Ctrl+.'] },
  // Inline codes of another tool's XLIFF; a file of this article that came back.
  { action: 'insert-code', keys: ['Ctrl+Shift+T'] },
  { action: 'xliff-update', keys: ['Ctrl+Shift+X'] },
  { action: 'help', keys: ['F1'] },
  { action: 'close', keys: ['Esc'] },
  // Heard by the whole window (features/settings/zoom.ts), listed here for the sheet.
  { action: 'zoom-in', keys: ['Ctrl+=', 'Ctrl++'] },
  { action: 'zoom-out', keys: ['Ctrl+−'] },
  { action: 'zoom-reset', keys: ['Ctrl+0'] },
];

type Key = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** The action a key press asks for, if any. Works whatever the keyboard layout (Arabic too). */
export function actionFor(e: Key): Action | null {
  const ctrl = e.ctrlKey || e.metaKey;
  if (e.key === 'F1') return 'help';
  if (e.key === 'Escape') return 'close';
  if (e.key === 'F3' && !ctrl && !e.altKey) return e.shiftKey ? 'find-previous' : 'find-next';
  if (ctrl && e.key === 'Enter') return e.shiftKey ? 'review' : 'confirm';
  if (e.altKey && !ctrl && e.key === 'ArrowDown') return 'next';
  if (e.altKey && !ctrl && e.key === 'ArrowUp') return 'previous';
  if (ctrl && ((e.shiftKey && e.code === 'KeyS') || e.key === 'Insert')) return 'copy-source';
  if (ctrl && !e.shiftKey && !e.altKey && e.code === 'KeyG') return 'jump';
  if (ctrl && e.shiftKey && !e.altKey && e.code === 'KeyG') return 'add-name';
  if (ctrl && e.shiftKey && !e.altKey && e.code === 'KeyN') return 'qa';
  if (ctrl && e.shiftKey && !e.altKey && e.code === 'KeyT') return 'insert-code';
  if (ctrl && e.shiftKey && !e.altKey && e.code === 'KeyX') return 'xliff-update';
  if (e.altKey && !ctrl && nameNumber(e) !== null) return 'insert-name';
  if (ctrl && !e.shiftKey && !e.altKey && e.code === 'Period') return 'spell';
  if (ctrl && !e.shiftKey && !e.altKey && matchNumber(e) !== null) return 'insert-match';
  if (ctrl && !e.shiftKey && !e.altKey && e.code === 'KeyK') return 'concordance';
  if (ctrl && !e.shiftKey && !e.altKey && e.code === 'KeyF') return 'find';
  if (ctrl && !e.shiftKey && !e.altKey && e.code === 'KeyH') return 'replace';
  return null;
}

/** The next segment after `from` that still needs translating (new or draft), if any. */
export function nextUntranslated(statuses: string[], from: number): number | null {
  for (let i = from + 1; i < statuses.length; i++) {
    if (statuses[i] === 'new' || statuses[i] === 'draft') return i;
  }
  return null;
}

/** Alt+1 … Alt+9: which name of the segment to insert (1-based), by physical key. */
export function nameNumber(e: Pick<KeyboardEvent, 'code'>): number | null {
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(e.code);
  return m ? Number(m[1]) : null;
}
