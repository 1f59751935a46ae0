import { describe, expect, it, vi } from 'vitest';
import { formatCount, latest, markedParts, matchNumber } from './memory';

describe('matchNumber', () => {
  it('reads the physical digit keys 1 to 5, whatever the layout', () => {
    expect(matchNumber({ code: 'Digit1' })).toBe(1);
    expect(matchNumber({ code: 'Digit5' })).toBe(5);
    expect(matchNumber({ code: 'Numpad3' })).toBe(3);
  });
  it('leaves other keys alone', () => {
    expect(matchNumber({ code: 'Digit6' })).toBeNull();
    expect(matchNumber({ code: 'Digit0' })).toBeNull();
    expect(matchNumber({ code: 'KeyA' })).toBeNull();
  });
});

describe('markedParts', () => {
  it('cuts the text at the marks', () => {
    expect(markedParts('قال الرئيس اليوم', [[4, 10]])).toEqual([
      { text: 'قال ', mark: false },
      { text: 'الرئيس', mark: true },
      { text: ' اليوم', mark: false },
    ]);
  });
  it('sorts, merges overlaps and clamps', () => {
    expect(markedParts('abcdef', [[4, 9], [0, 2], [1, 3]])).toEqual([
      { text: 'ab', mark: true },
      { text: 'c', mark: true },
      { text: 'd', mark: false },
      { text: 'ef', mark: true },
    ]);
  });
  it('gives the whole text when nothing is marked', () => {
    expect(markedParts('abc', [])).toEqual([{ text: 'abc', mark: false }]);
    expect(markedParts('', [])).toEqual([{ text: '', mark: false }]);
  });
});

describe('formatCount', () => {
  it('groups thousands, with Western digits in Arabic', () => {
    expect(formatCount('en', 12345)).toBe('12,345');
    expect(formatCount('ar', 12345)).toMatch(/^12.345$/u);
  });
});

describe('latest', () => {
  it('asks once after moving fast, and drops stale answers', async () => {
    vi.useFakeTimers();
    const got: number[] = [];
    let resolveFirst: (v: number) => void = () => {};
    const fetch = vi.fn((id: number) => (id === 1 ? new Promise<number>((r) => (resolveFirst = r)) : Promise.resolve(id * 10)));
    const l = latest(fetch, (v) => got.push(v), () => {}, 100);
    l.call(1);
    expect(fetch).toHaveBeenCalledTimes(1); // after a quiet moment: at once
    await vi.advanceTimersByTimeAsync(50); // the first answers late
    l.call(2);
    l.call(3);
    expect(fetch).toHaveBeenCalledTimes(1); // moving fast: not yet
    await vi.advanceTimersByTimeAsync(150);
    resolveFirst(10);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch).toHaveBeenLastCalledWith(3);
    expect(got).toEqual([30]);
    await vi.advanceTimersByTimeAsync(500);
    l.call(4); // quiet again: at once
    expect(fetch).toHaveBeenCalledTimes(3);
    vi.useRealTimers();
  });
});
