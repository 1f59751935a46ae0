import { describe, expect, it } from 'vitest';
import { insertAt } from './insert';

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
});
