import { describe, expect, it } from 'vitest';
import { missAt, spellParts, stillValid } from './spell';

const miss = (text: string, word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, word };
};

describe('spell', () => {
  const text = 'The Kremlin recieved teh letter';
  const misses = [miss(text, 'recieved'), miss(text, 'teh')];

  it('cuts the text into plain runs and flagged words', () => {
    const parts = spellParts(text, misses);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.miss).map((p) => p.text)).toEqual(['recieved', 'teh']);
  });

  it('keeps only the results that still fit an edited text', () => {
    expect(stillValid('The Kremlin received teh letter', misses)).toEqual([misses[1]]);
    expect(stillValid('A Kremlin recieved teh letter', misses)).toEqual([]);
    expect(stillValid(text + ' today', misses)).toEqual(misses);
  });

  it('finds the word at the caret, else the next one, else the last', () => {
    expect(missAt(misses, text.indexOf('recieved') + 3)?.word).toBe('recieved');
    expect(missAt(misses, text.indexOf('teh') + 3)?.word).toBe('teh');
    expect(missAt(misses, 0)?.word).toBe('recieved');
    expect(missAt(misses, text.length)?.word).toBe('teh');
    expect(missAt([], 3)).toBeNull();
  });
});
