// Inline codes (the tags of another tool's XLIFF) in the editor, pure.
//
// In a segment's text each code is one character of the Private Use Area, its marker: code
// n (from 0) is U+E000 + n, and its chip shows n + 1 (`Code.number`). That text is what is
// saved, kept in the history and undone. A <textarea> cannot show chips, so in the
// translation box each marker is a short token instead: ⟨1⟩ opening, ⟨/1⟩ closing, ⟨1/⟩ a
// code that stands alone (the brackets are mirrored characters: they read right in either
// direction). The box's text is turned back into markers before anything else sees it.
//
// A token is one piece: typing inside it is refused, deleting into it deletes all of it, and
// text typed or pasted never makes one (its brackets and any marker characters are not
// taken as they are).
import type { Code, CodeRole, Misspelling } from '../../ipc/types';

const BASE = 0xe000;
const LAST = 0xf8ff;
export const OPEN = '\u27e8';
export const CLOSE = '\u27e9';
/** A token: ⟨n⟩, ⟨/n⟩ or ⟨n/⟩. */
const TOKEN = /\u27e8(?:\/(\d{1,5})|(\d{1,5})(\/?))\u27e9/g;

/** Whether `ch` is a marker. */
export function isMarker(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return ch.length === 1 && c >= BASE && c <= LAST;
}

/** The marker of the code numbered `number` (from 1, as its chip shows it). */
export function markerOf(number: number): string {
  return String.fromCharCode(BASE + number - 1);
}

/** The number (from 1) of the code a marker stands for. */
export function numberOf(marker: string): number {
  return marker.charCodeAt(0) - BASE + 1;
}

/** Whether a text holds markers. */
export function hasMarkers(text: string): boolean {
  return /[\ue000-\uf8ff]/.test(text);
}

/** The code a marker stands for, if the segment has it. */
export function codeOf(codes: readonly Code[], marker: string): Code | null {
  const n = numberOf(marker);
  return codes.find((c) => c.number === n) ?? null;
}

/** How a code shows: opening, closing or alone (a marker with no code stands alone). */
export function roleOf(codes: readonly Code[], marker: string): CodeRole {
  return codeOf(codes, marker)?.role ?? 'alone';
}

/** The token a code shows as in the translation box. */
export function token(number: number, role: CodeRole): string {
  if (role === 'opening') return `${OPEN}${number}${CLOSE}`;
  if (role === 'closing') return `${OPEN}/${number}${CLOSE}`;
  return `${OPEN}${number}/${CLOSE}`;
}

/** A text with its markers as tokens: what the translation box shows. */
export function toDisplay(text: string, codes: readonly Code[]): string {
  let out = '';
  for (const ch of text) out += isMarker(ch) ? token(numberOf(ch), roleOf(codes, ch)) : ch;
  return out;
}

/** A token in the box's text: where it is, the code's number and its shape. */
export interface Token {
  start: number;
  end: number;
  number: number;
  role: CodeRole;
}

/** The tokens of the box's text, in order. */
export function tokensIn(display: string): Token[] {
  const found: Token[] = [];
  for (const m of display.matchAll(TOKEN)) {
    const role: CodeRole = m[1] !== undefined ? 'closing' : m[3] ? 'alone' : 'opening';
    found.push({ start: m.index, end: m.index + m[0].length, number: Number(m[1] ?? m[2]), role });
  }
  return found;
}

/** The box's text with its tokens back as markers: what is saved. */
export function toMarkers(display: string): string {
  return display.replace(TOKEN, (_all, closing: string | undefined, n: string | undefined) =>
    markerOf(Number(closing ?? n)),
  );
}

/** An offset in a text with markers, as an offset in the box (UTF-16 units both). */
export function toDisplayOffset(text: string, codes: readonly Code[], offset: number): number {
  let shown = 0;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    shown += isMarker(text[i]) ? token(numberOf(text[i]), roleOf(codes, text[i])).length : 1;
  }
  return shown;
}

/** An offset in the box as an offset in the text with markers; inside a token, its start. */
export function toMarkerOffset(display: string, offset: number): number {
  let removed = 0;
  for (const t of tokensIn(display)) {
    if (t.start >= offset) break;
    if (offset < t.end) return t.start - removed;
    removed += t.end - t.start - 1;
  }
  return offset - removed;
}

/** What was typed or pasted, made plain: no token brackets, no marker characters. */
export function plain(inserted: string): string {
  return inserted.replaceAll(OPEN, '<').replaceAll(CLOSE, '>').replace(/[\ue000-\uf8ff]/g, '');
}

/** Where the box changed: [start, end) of the text before, replaced by `inserted`. */
interface Edit {
  start: number;
  end: number;
  inserted: string;
}

function fits(before: string, after: string, start: number, end: number): Edit | null {
  const tail = before.length - end;
  const insertedEnd = after.length - tail;
  if (start < 0 || end < start || end > before.length || insertedEnd < start) return null;
  if (after.slice(0, start) !== before.slice(0, start) || after.slice(insertedEnd) !== before.slice(end)) return null;
  return { start, end, inserted: after.slice(start, insertedEnd) };
}

/**
 * What changed `before` into `after`: told by the selection before the change and the
 * caret after it where they fit (a deleted character that repeats its neighbour is then the
 * one the translator deleted), else by the longest common start and end.
 */
export function editOf(
  before: string,
  after: string,
  selection?: { start: number; end: number },
  caret?: number,
): Edit {
  const grew = after.length - before.length;
  const tries: [number, number][] = [];
  if (selection && selection.end > selection.start) tries.push([selection.start, selection.end]);
  if (caret !== undefined && grew > 0) tries.push([caret - grew, caret - grew]);
  if (caret !== undefined && grew < 0) tries.push([caret, caret - grew]);
  for (const [s, e] of tries) {
    const edit = fits(before, after, s, e);
    if (edit) return edit;
  }
  let start = 0;
  const most = Math.min(before.length, after.length);
  while (start < most && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < most - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, end: before.length - tail, inserted: after.slice(start, after.length - tail) };
}

/**
 * The box's text after the translator changed `before` (with tokens) into `after`, with
 * the tokens kept whole: text typed inside a token is refused, a deletion that reaches into
 * a token takes all of it, and what was typed or pasted is made plain (`plain`). `null`
 * when the change stands as it is; otherwise the text and where the caret goes.
 */
export function protect(
  before: string,
  after: string,
  selection?: { start: number; end: number },
  caret?: number,
): { value: string; caret: number } | null {
  if (before === after) return null;
  const edit = editOf(before, after, selection, caret);
  let { start, end } = edit;
  const tokens = tokensIn(before);
  if (start === end && tokens.some((t) => t.start < start && start < t.end)) {
    return { value: before, caret: start };
  }
  // A deletion or a replacement that reaches into a token (or lies inside one) takes it whole.
  for (const t of tokens) {
    if (t.start < end && t.end > start) {
      start = Math.min(start, t.start);
      end = Math.max(end, t.end);
    }
  }
  const inserted = plain(edit.inserted);
  const value = before.slice(0, start) + inserted + before.slice(end);
  if (value === after) return null;
  return { value, caret: start + inserted.length };
}

/** Whether a caret at `offset` of the box is inside a token (not at its edges). */
export function insideToken(display: string, offset: number): boolean {
  return tokensIn(display).some((t) => t.start < offset && offset < t.end);
}

/** The markers of a text, in order. */
export function markersOf(text: string): string[] {
  return [...text].filter(isMarker);
}

/**
 * The source's next code the translation lacks: the first, in the source's order, of those
 * it has more of than the translation does. `null` when none is missing.
 */
export function nextMissing(source: string, target: string): string | null {
  const have = new Map<string, number>();
  for (const m of markersOf(target)) have.set(m, (have.get(m) ?? 0) + 1);
  for (const m of markersOf(source)) {
    const n = have.get(m) ?? 0;
    if (n === 0) return m;
    have.set(m, n - 1);
  }
  return null;
}

/**
 * `text` with the code `marker` put in at the selection [start, end) (offsets in the text
 * with markers), the selected text kept: an opening code before it, any other after it, so
 * that inserting a pair one after the other wraps the selection. The selection after it
 * (still the same text; a caret after the code when nothing was selected).
 */
export function placeCode(
  text: string,
  start: number,
  end: number,
  marker: string,
  role: CodeRole,
): { value: string; start: number; end: number } {
  const at = role === 'opening' ? start : end;
  const value = text.slice(0, at) + marker + text.slice(at);
  if (start === end) return { value, start: at + 1, end: at + 1 };
  return role === 'opening' ? { value, start: start + 1, end: end + 1 } : { value, start, end };
}

/** A piece of a source as the editor shows it: text, or a code's chip. */
export type Piece = { text: string; marker?: undefined } | { marker: string; number: number; code: Code | null; role: CodeRole };

/** A text cut into plain runs and codes. */
export function pieces(text: string, codes: readonly Code[]): Piece[] {
  const out: Piece[] = [];
  let run = '';
  for (const ch of text) {
    if (!isMarker(ch)) {
      run += ch;
      continue;
    }
    if (run) out.push({ text: run });
    run = '';
    const code = codeOf(codes, ch);
    out.push({ marker: ch, number: numberOf(ch), code, role: code?.role ?? 'alone' });
  }
  if (run) out.push({ text: run });
  return out;
}

/** A part of the layer over a translation box: plain, a misspelt word, or a code's token. */
export interface LayerPart {
  text: string;
  miss: Misspelling | null;
  token: Token | null;
}

/** The box's text cut into plain runs, misspelt words and tokens (a misspelling that
 * overlaps a token is dropped: the token is drawn). */
export function layerParts(text: string, misses: readonly Misspelling[], tokens: readonly Token[]): LayerPart[] {
  const ranges = [
    ...misses
      .filter((m) => !tokens.some((t) => t.start < m.end && m.start < t.end))
      .map((m) => ({ start: m.start, end: m.end, miss: m, token: null })),
    ...tokens.map((t) => ({ start: t.start, end: t.end, miss: null, token: t })),
  ].sort((a, b) => a.start - b.start);
  const parts: LayerPart[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at || r.end > text.length) continue;
    if (r.start > at) parts.push({ text: text.slice(at, r.start), miss: null, token: null });
    parts.push({ text: text.slice(r.start, r.end), miss: r.miss, token: r.token });
    at = r.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), miss: null, token: null });
  return parts;
}
