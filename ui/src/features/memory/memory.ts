// The translation memory in the editor: the pure parts (which match a key asks for, text cut
// at the found words, numbers in the interface's language), apart from the components.
import { intlTag, type Locale } from '../../l10n/l10n';

/** How many matches the panel numbers (Ctrl+1 … Ctrl+5), as the core sends at most. */
export const MATCH_KEYS = 5;

/** Ctrl+1 … Ctrl+5 by physical key (so the Arabic layout works): which match, 1-based. */
export function matchNumber(e: Pick<KeyboardEvent, 'code'>): number | null {
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(e.code);
  const n = m ? Number(m[1]) : 0;
  return n >= 1 && n <= MATCH_KEYS ? n : null;
}

export interface Part {
  text: string;
  mark: boolean;
}

/** `text` cut into plain and marked parts at `marks` (UTF-16 ranges, in any order, maybe
 * overlapping or out of bounds: they are sorted, merged and clamped). */
export function markedParts(text: string, marks: readonly (readonly [number, number])[]): Part[] {
  const ranges = marks
    .map(([s, e]) => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const parts: Part[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    const start = Math.max(s, at);
    if (e <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(start, e), mark: true });
    at = e;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/** A count as the interface's language writes it (Western digits in Arabic too, grouped). */
export function formatCount(locale: Locale, n: number): string {
  return new Intl.NumberFormat(intlTag(locale)).format(n);
}

/** Runs `fetch` at once when nothing was asked for `delay` ms, else `delay` after the last
 * call, and hands on only the newest call's answer: one step to the next segment is answered
 * without waiting, moving fast through segments asks once more when the caret settles, and a
 * slow answer for a segment left behind is dropped. */
export function latest<A extends unknown[], T>(
  fetch: (...args: A) => Promise<T>,
  deliver: (value: T, ...args: A) => void,
  fail: (e: unknown) => void,
  delay = 150,
): { call: (...args: A) => void; cancel: () => void } {
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastCall = -Infinity;
  const run = async (mine: number, args: A) => {
    try {
      const value = await fetch(...args);
      if (mine === generation) deliver(value, ...args);
    } catch (e) {
      if (mine === generation) fail(e);
    }
  };
  return {
    call: (...args: A) => {
      const mine = ++generation;
      const now = Date.now();
      const quiet = now - lastCall >= delay && timer === undefined;
      lastCall = now;
      clearTimeout(timer);
      timer = undefined;
      if (quiet) {
        void run(mine, args);
        return;
      }
      timer = setTimeout(() => {
        timer = undefined;
        void run(mine, args);
      }, delay);
    },
    cancel: () => {
      generation++;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
