import { describe, expect, it } from 'vitest';
import { actionFor, nameNumber, nextUntranslated } from './keys';

const key = (k: Partial<KeyboardEvent>) => ({ key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...k });

describe('editor shortcuts', () => {
  it('maps the CAT-tool keys', () => {
    expect(actionFor(key({ key: 'Enter', ctrlKey: true }))).toBe('confirm');
    expect(actionFor(key({ key: 'Enter', ctrlKey: true, shiftKey: true }))).toBe('review');
    expect(actionFor(key({ key: 'ArrowDown', altKey: true }))).toBe('next');
    expect(actionFor(key({ key: 'ArrowUp', altKey: true }))).toBe('previous');
    expect(actionFor(key({ key: 'F1' }))).toBe('help');
    expect(actionFor(key({ key: 'Insert', ctrlKey: true }))).toBe('copy-source');
  });

  it('works on an Arabic keyboard layout (by physical key)', () => {
    // On the Arabic layout the G key types ل and S types س.
    expect(actionFor(key({ key: 'ل', code: 'KeyG', ctrlKey: true }))).toBe('jump');
    expect(actionFor(key({ key: 'س', code: 'KeyS', ctrlKey: true, shiftKey: true }))).toBe('copy-source');
    expect(actionFor(key({ key: 'ب', code: 'KeyF', ctrlKey: true }))).toBe('find');
    expect(actionFor(key({ key: 'ا', code: 'KeyH', ctrlKey: true }))).toBe('replace');
    expect(actionFor(key({ key: 'F3', code: 'F3' }))).toBe('find-next');
    expect(actionFor(key({ key: 'F3', code: 'F3', shiftKey: true }))).toBe('find-previous');
  });

  it('inserts the nth memory match with Ctrl and a digit, and opens the concordance, on any layout', () => {
    expect(actionFor(key({ key: '١', code: 'Digit1', ctrlKey: true }))).toBe('insert-match');
    expect(actionFor(key({ key: '5', code: 'Digit5', ctrlKey: true }))).toBe('insert-match');
    expect(actionFor(key({ key: '6', code: 'Digit6', ctrlKey: true }))).toBeNull();
    expect(actionFor(key({ key: '0', code: 'Digit0', ctrlKey: true }))).toBeNull(); // the zoom's
    expect(actionFor(key({ key: 'ن', code: 'KeyK', ctrlKey: true }))).toBe('concordance');
    expect(actionFor(key({ key: 'ن', code: 'KeyK', ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it('inserts the nth name with Alt and a digit, on any layout', () => {
    // On the Arabic layout the digit keys may type ١ ٢ ٣: the physical key counts.
    expect(actionFor(key({ key: '١', code: 'Digit1', altKey: true }))).toBe('insert-name');
    expect(nameNumber(key({ code: 'Digit3' }))).toBe(3);
    expect(nameNumber(key({ code: 'Numpad9' }))).toBe(9);
    expect(nameNumber(key({ code: 'Digit0' }))).toBeNull();
    expect(actionFor(key({ key: '1', code: 'Digit1' }))).toBeNull();
    expect(actionFor(key({ key: 'ل', code: 'KeyG', ctrlKey: true, shiftKey: true }))).toBe('add-name');
    expect(actionFor(key({ key: 'ى', code: 'KeyN', ctrlKey: true, shiftKey: true }))).toBe('qa');
    // Ctrl+. by its physical key (ز on the Arabic layout).
    expect(actionFor(key({ key: 'ز', code: 'Period', ctrlKey: true }))).toBe('spell');
    expect(actionFor(key({ key: '.', code: 'Period' }))).toBeNull();
  });

  it('inserts the next inline code and updates from XLIFF, on any layout', () => {
    // T is ف and X is ء on the Arabic layout.
    expect(actionFor(key({ key: 'ف', code: 'KeyT', ctrlKey: true, shiftKey: true }))).toBe('insert-code');
    expect(actionFor(key({ key: 'T', code: 'KeyT', ctrlKey: true, shiftKey: true }))).toBe('insert-code');
    expect(actionFor(key({ key: 'ء', code: 'KeyX', ctrlKey: true, shiftKey: true }))).toBe('xliff-update');
    // Ctrl+X (cut) and Ctrl+T stay the system's.
    expect(actionFor(key({ key: 'x', code: 'KeyX', ctrlKey: true }))).toBeNull();
    expect(actionFor(key({ key: 't', code: 'KeyT', ctrlKey: true }))).toBeNull();
  });

  it('leaves ordinary typing alone', () => {
    expect(actionFor(key({ key: 'a', code: 'KeyA' }))).toBeNull();
    expect(actionFor(key({ key: 'Enter' }))).toBeNull();
    expect(actionFor(key({ key: 'ArrowDown' }))).toBeNull();
  });

  it('finds the next segment that still needs translating', () => {
    const s = ['translated', 'new', 'reviewed', 'excluded', 'draft'];
    expect(nextUntranslated(s, 0)).toBe(1);
    expect(nextUntranslated(s, 1)).toBe(4);
    expect(nextUntranslated(s, 4)).toBeNull();
  });
});
