import { describe, expect, it } from 'vitest';
import { insertAt, startsSentence } from './insert';

describe('inserting a name at the caret', () => {
  it('puts the form at the caret and the caret after it', () => {
    expect(insertAt('', 0, 0, 'Vladimir Putin')).toEqual({ value: 'Vladimir Putin', caret: 14 });
    expect(insertAt('Talks with  today', 11, 11, 'Biden')).toEqual({ value: 'Talks with Biden today', caret: 16 });
  });

  it('adds a space where the form would run into a word, not before punctuation', () => {
    expect(insertAt('said', 4, 4, 'Peskov')).toEqual({ value: 'said Peskov', caret: 11 });
    expect(insertAt('said.', 4, 4, 'Peskov').value).toBe('said Peskov.');
    expect(insertAt('(said)', 1, 1, 'Peskov').value).toBe('(Peskov said)');
  });

  it('replaces the selected text', () => {
    expect(insertAt('in Kiev today', 3, 7, 'Kyiv')).toEqual({ value: 'in Kyiv today', caret: 7 });
  });

  it('capitalises the form at the start of a sentence, and only there', () => {
    expect(insertAt('', 0, 0, 'the Kremlin')).toEqual({ value: 'The Kremlin', caret: 11 });
    expect(insertAt(' said.', 0, 0, 'the Kremlin').value).toBe('The Kremlin said.');
    expect(insertAt('Talks ended. ', 13, 13, 'the Kremlin').value).toBe('Talks ended. The Kremlin');
    expect(insertAt('Really? ', 8, 8, 'the Kremlin').value).toBe('Really? The Kremlin');
    expect(insertAt('“No!” ', 6, 6, 'the Kremlin').value).toBe('“No!” The Kremlin');
    expect(insertAt('he told ', 8, 8, 'the Kremlin').value).toBe('he told the Kremlin');
    expect(insertAt('he told', 7, 7, 'the Kremlin').value).toBe('he told the Kremlin');
    expect(insertAt('', 0, 0, 'al-Assad').value).toBe('Al-Assad');
  });

  it('knows where a sentence starts', () => {
    expect(['', '  ', 'Yes. ', 'Why?\n', 'Stop!  ', '(It ended.) '].map(startsSentence)).toEqual([true, true, true, true, true, true]);
    expect(['said ', 'Yes.', 'a, ', 'U.S.'].map(startsSentence)).toEqual([false, false, false, false]);
  });
});
