import { describe, expect, it } from 'vitest';
import type { Code, CodeRole } from '../../ipc/types';
import {
  editOf,
  insideToken,
  layerParts,
  markerOf,
  nextMissing,
  pieces,
  placeCode,
  plain,
  protect,
  toDisplay,
  toDisplayOffset,
  toMarkerOffset,
  toMarkers,
  tokensIn,
} from './codes';

const code = (number: number, role: CodeRole, xml: string): Code => ({
  kind: role === 'opening' ? 'open' : role === 'closing' ? 'close' : 'standalone',
  name: 'g',
  id: String(number),
  xml,
  number,
  role,
});

// As memoQ's second unit: <bpt>…</bpt>ديمتري بيسكوف<ept>…</ept> … <x/>يوم الثلاثاء.
const CODES = [code(1, 'opening', '<bpt id="2">&lt;a&gt;</bpt>'), code(2, 'closing', '<ept id="2">&lt;/a&gt;</ept>'), code(3, 'alone', '<x id="3"/>')];
const [A, B, C] = [markerOf(1), markerOf(2), markerOf(3)];
const SOURCE = `قال ${A}ديمتري بيسكوف${B} إن المحادثات ستجري ${C}يوم الثلاثاء.`;

describe('tokens and markers', () => {
  it('shows each marker as a token of its shape, and reads it back', () => {
    const text = `${A}Dmitry Peskov${B} said the talks would be held ${C}on Tuesday.`;
    const shown = toDisplay(text, CODES);
    expect(shown).toBe('⟨1⟩Dmitry Peskov⟨/2⟩ said the talks would be held ⟨3/⟩on Tuesday.');
    expect(toMarkers(shown)).toBe(text);
    expect(tokensIn(shown).map((t) => [t.number, t.role])).toEqual([
      [1, 'opening'],
      [2, 'closing'],
      [3, 'alone'],
    ]);
  });

  it('leaves a text without markers as it is, and a marker without its code alone', () => {
    expect(toDisplay('Kyiv rejects the proposal.', CODES)).toBe('Kyiv rejects the proposal.');
    expect(toDisplay(`x${markerOf(9)}`, CODES)).toBe('x⟨9/⟩');
    expect(toMarkers('a ⟨/⟩ b ⟨x⟩ ⟨/1/⟩')).toBe('a ⟨/⟩ b ⟨x⟩ ⟨/1/⟩');
  });

  it('maps offsets both ways, a caret inside a token to its start', () => {
    const text = `ab${A}cd${B}`;
    const shown = toDisplay(text, CODES); // ab⟨1⟩cd⟨/2⟩
    expect([0, 2, 3, 5, 6].map((o) => toDisplayOffset(text, CODES, o))).toEqual([0, 2, 5, 7, 11]);
    expect([0, 2, 3, 4, 5, 6, 7, 8, 11].map((o) => toMarkerOffset(shown, o))).toEqual([0, 2, 2, 2, 3, 4, 5, 5, 6]);
    expect(insideToken(shown, 3)).toBe(true);
    expect(insideToken(shown, 2)).toBe(false);
    expect(insideToken(shown, 5)).toBe(false);
  });

  it('cuts a source into text and chips', () => {
    const p = pieces(SOURCE, CODES);
    expect(p.filter((x) => x.marker !== undefined).map((x) => x.marker !== undefined && [x.number, x.role])).toEqual([
      [1, 'opening'],
      [2, 'closing'],
      [3, 'alone'],
    ]);
    expect(p.map((x) => (x.marker === undefined ? x.text : '#')).join('')).toBe('قال #ديمتري بيسكوف# إن المحادثات ستجري #يوم الثلاثاء.');
  });
});

describe('protecting the tokens', () => {
  const before = 'Peskov ⟨1⟩said⟨/2⟩ it';

  it('lets typing outside the tokens stand', () => {
    expect(protect(before, 'Peskov ⟨1⟩said⟨/2⟩ it.', { start: 21, end: 21 }, 22)).toBeNull();
    expect(protect(before, 'Peskov ⟨1⟩xsaid⟨/2⟩ it', { start: 10, end: 10 }, 11)).toBeNull();
    expect(protect(before, 'Peskov x⟨1⟩said⟨/2⟩ it', { start: 7, end: 7 }, 8)).toBeNull();
  });

  it('refuses typing inside a token', () => {
    // Between ⟨ and 1, and between 1 and ⟩.
    expect(protect(before, 'Peskov ⟨x1⟩said⟨/2⟩ it', { start: 8, end: 8 }, 9)).toEqual({ value: before, caret: 8 });
    expect(protect(before, 'Peskov ⟨1x⟩said⟨/2⟩ it', { start: 9, end: 9 }, 10)).toEqual({ value: before, caret: 9 });
  });

  it('deletes a whole token when a deletion reaches into it', () => {
    // Backspace just after ⟨/2⟩ deletes its ⟩, so all of it.
    expect(protect(before, 'Peskov ⟨1⟩said⟨/2 it', undefined, 17)).toEqual({ value: 'Peskov ⟨1⟩said it', caret: 14 });
    // Delete just before ⟨1⟩.
    expect(protect(before, 'Peskov 1⟩said⟨/2⟩ it', undefined, 7)).toEqual({ value: 'Peskov said⟨/2⟩ it', caret: 7 });
    // A selection from inside a word to inside a token.
    expect(protect(before, 'Pes1⟩said⟨/2⟩ it', { start: 3, end: 8 }, 3)).toEqual({ value: 'Pessaid⟨/2⟩ it', caret: 3 });
    // Typing over a selection that ends inside a token replaces the token too.
    expect(protect(before, 'Peskov X2⟩ it', { start: 7, end: 16 }, 8)).toEqual({ value: 'Peskov X it', caret: 8 });
  });

  it('makes pasted token-like text and marker characters plain', () => {
    const pasted = `Peskov ⟨1⟩said⟨/2⟩ it ⟨3/⟩${C}`;
    expect(protect(before, pasted, { start: 21, end: 21 }, pasted.length)).toEqual({
      value: 'Peskov ⟨1⟩said⟨/2⟩ it <3/>',
      caret: 26,
    });
    expect(plain(`⟨1⟩x${A}`)).toBe('<1>x');
    expect(toMarkers(protect(before, pasted, { start: 21, end: 21 }, pasted.length)!.value)).toBe(`Peskov ${A}said${B} it <3/>`);
  });

  it('tells which of two equal characters was deleted by the caret', () => {
    // "aa": backspace after the second a; the caret says which one went.
    expect(editOf('xaay', 'xay', undefined, 2)).toEqual({ start: 2, end: 3, inserted: '' });
    expect(editOf('xaay', 'xay')).toEqual({ start: 2, end: 3, inserted: '' });
    expect(editOf('⟨1/⟩⟨1/⟩', '⟨1/⟩⟨1/', undefined, 7)).toEqual({ start: 7, end: 8, inserted: '' });
    expect(protect('⟨1/⟩⟨1/⟩', '⟨1/⟩⟨1/', undefined, 7)).toEqual({ value: '⟨1/⟩', caret: 4 });
  });
});

describe('inserting codes', () => {
  it('finds the next code of the source the translation lacks', () => {
    expect(nextMissing(SOURCE, '')).toBe(A);
    expect(nextMissing(SOURCE, `${A}Dmitry Peskov`)).toBe(B);
    expect(nextMissing(SOURCE, `${A}Dmitry Peskov${B} said ${C}`)).toBeNull();
    expect(nextMissing(SOURCE, `${C}${A}`)).toBe(B);
    expect(nextMissing('no codes', 'none')).toBeNull();
    // Twice in the source, once in the translation: one more is missing.
    expect(nextMissing(`${C}x${C}`, `${C}`)).toBe(C);
  });

  it('puts a code at the caret, and a pair around a selection', () => {
    expect(placeCode('Dmitry Peskov said', 6, 6, C, 'alone')).toEqual({ value: `Dmitry${C} Peskov said`, start: 7, end: 7 });
    const open = placeCode('Dmitry Peskov said', 0, 13, A, 'opening');
    expect(open).toEqual({ value: `${A}Dmitry Peskov said`, start: 1, end: 14 });
    const close = placeCode(open.value, open.start, open.end, B, 'closing');
    expect(close).toEqual({ value: `${A}Dmitry Peskov${B} said`, start: 1, end: 14 });
  });
});

describe('the layer over the box', () => {
  it('draws tokens and misspellings, a misspelling over a token left out', () => {
    const text = 'Pesko ⟨1⟩said⟨/2⟩ it';
    const miss = (word: string, start: number) => ({ word, start, end: start + word.length });
    const parts = layerParts(text, [miss('Pesko', 0), miss('1⟩said', 7)], tokensIn(text));
    expect(parts.map((p) => [p.text, p.miss ? 'miss' : p.token ? p.token.role : ''])).toEqual([
      ['Pesko', 'miss'],
      [' ', ''],
      ['⟨1⟩', 'opening'],
      ['said', ''],
      ['⟨/2⟩', 'closing'],
      [' it', ''],
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });
});
