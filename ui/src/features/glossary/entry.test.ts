import { describe, expect, it } from 'vitest';
import { fromLines, splitParts } from './entry';

describe('glossary form lists', () => {
  it('reads one item per line or pipe-separated, trimmed, without repeats', () => {
    expect(fromLines(' Kiev \n\nKieff|Kiev ')).toEqual(['Kiev', 'Kieff']);
  });
});

describe('highlighting a source', () => {
  const text = 'قال وبايدن إن كييف';
  const biden = { start: 4, end: 10, id: 1 };
  const kyiv = { start: 14, end: 18, id: 2 };

  it('cuts the text into plain parts and names, keeping every character once', () => {
    const parts = splitParts(text, [biden, kyiv], []);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.name).map((p) => p.text)).toEqual(['وبايدن', 'كييف']);
    expect(parts.find((p) => p.text === 'وبايدن')?.name).toBe(biden);
  });

  it('marks find hits inside and across names', () => {
    const parts = splitParts(text, [biden], [[6, 12]]);
    expect(parts.map((p) => [p.text, !!p.name, p.found])).toEqual([
      ['قال ', false, false],
      ['وب', true, false],
      ['ايدن', true, true],
      [' إ', false, true],
      ['ن كييف', false, false],
    ]);
  });

  it('marks the match the find panel is on apart from the other hits', () => {
    const parts = splitParts(text, [], [[0, 3], [14, 18]], [14, 18]);
    expect(parts.map((p) => [p.text, p.found, p.current])).toEqual([
      ['قال', true, false],
      [' وبايدن إن ', false, false],
      ['كييف', true, true],
    ]);
  });
});
