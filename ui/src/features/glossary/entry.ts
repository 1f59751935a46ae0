// Small helpers of the glossary forms.
import type { GlossaryEntry, NameType } from '../../ipc/types';

/** A list as the form shows it: one item per line. */
export function toLines(items: string[]): string {
  return items.join('\n');
}

/** Lines (or `|`-separated items, as in the CSV) to a list, trimmed, without empties or repeats. */
export function fromLines(text: string): string[] {
  const out: string[] = [];
  for (const item of text.split(/[\n|]/)) {
    const s = item.trim();
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

export function blankEntry(arabic = '', english = '', kind: NameType = 'person'): GlossaryEntry {
  return { arabic, variants: [], english, short: null, kind, deprecated: [], clitics: true, not: [], notes: '' };
}

/** A split of a segment's source into plain text and names, for highlighting. */
export interface Part<N> {
  text: string;
  name: N | null;
  /** Found by the find panel. */
  found: boolean;
  /** The match the find panel is on. */
  current: boolean;
}

/**
 * Cut `text` at the names' and the find hits' boundaries (UTF-16 offsets), so that each part
 * is wholly inside or outside every name and hit.
 */
export function splitParts<N extends { start: number; end: number }>(
  text: string,
  names: N[],
  hits: [number, number][],
  current: [number, number] | null = null,
): Part<N>[] {
  const cuts = new Set<number>([0, text.length]);
  if (current) {
    cuts.add(current[0]);
    cuts.add(current[1]);
  }
  for (const n of names) {
    cuts.add(n.start);
    cuts.add(n.end);
  }
  for (const [a, b] of hits) {
    cuts.add(a);
    cuts.add(b);
  }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const parts: Part<N>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const name = names.find((n) => n.start <= a && b <= n.end) ?? null;
    const found = hits.some(([x, y]) => x <= a && b <= y);
    const isCurrent = current !== null && current[0] <= a && b <= current[1];
    const last = parts[parts.length - 1];
    if (last && last.name === name && last.found === found && last.current === isCurrent) last.text += text.slice(a, b);
    else parts.push({ text: text.slice(a, b), name, found, current: isCurrent });
  }
  return parts;
}
