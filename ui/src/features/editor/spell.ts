// The spell check's text work in the editor, pure: what the layer behind a translation box
// shows, which flagged word the caret is on, and which results still fit a changed text.
import type { Misspelling } from '../../ipc/types';

export interface SpellPart {
  text: string;
  miss: Misspelling | null;
}

/** Misspellings found in an earlier text that still stand, at the same place, in `text`. */
export function stillValid(text: string, misses: Misspelling[]): Misspelling[] {
  return misses.filter((m) => text.slice(m.start, m.end) === m.word);
}

/** `text` cut into plain runs and flagged words (ranges in order, not overlapping). */
export function spellParts(text: string, misses: Misspelling[]): SpellPart[] {
  const parts: SpellPart[] = [];
  let at = 0;
  for (const m of misses) {
    if (m.start < at || m.end > text.length) continue;
    if (m.start > at) parts.push({ text: text.slice(at, m.start), miss: null });
    parts.push({ text: text.slice(m.start, m.end), miss: m });
    at = m.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), miss: null });
  return parts;
}

/**
 * The flagged word for the suggestions shortcut: the one the caret is in or touches, else
 * the next one after the caret, else the last one before it.
 */
export function missAt(misses: Misspelling[], caret: number): Misspelling | null {
  return (
    misses.find((m) => m.start <= caret && caret <= m.end) ??
    misses.find((m) => m.start > caret) ??
    misses.at(-1) ??
    null
  );
}
