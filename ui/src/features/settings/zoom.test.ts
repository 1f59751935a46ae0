import { describe, expect, it } from 'vitest';
import { zoomStepFor } from './zoom';

const key = (code: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({
  code,
  ctrlKey: true,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('zoom keys', () => {
  it('zooms in with Ctrl+= and Ctrl++ (Shift+= on most layouts, or the keypad)', () => {
    expect(zoomStepFor(key('Equal'))).toBe('in');
    expect(zoomStepFor(key('Equal', { shiftKey: true }))).toBe('in');
    expect(zoomStepFor(key('NumpadAdd'))).toBe('in');
  });

  it('zooms out with Ctrl+- and resets with Ctrl+0, on the main keys or the keypad', () => {
    expect(zoomStepFor(key('Minus'))).toBe('out');
    expect(zoomStepFor(key('NumpadSubtract'))).toBe('out');
    expect(zoomStepFor(key('Digit0'))).toBe('reset');
    expect(zoomStepFor(key('Numpad0'))).toBe('reset');
  });

  it('goes by the physical key, whatever character the layout gives', () => {
    // On an Arabic layout the key right of 0 still has code "Minus".
    expect(zoomStepFor({ ...key('Minus'), key: 'ـ' } as ReturnType<typeof key>)).toBe('out');
  });

  it('leaves other keys and combinations alone', () => {
    expect(zoomStepFor(key('Equal', { ctrlKey: false }))).toBeNull();
    expect(zoomStepFor(key('Equal', { altKey: true }))).toBeNull();
    expect(zoomStepFor(key('Digit0', { shiftKey: true }))).toBeNull();
    expect(zoomStepFor(key('Digit1'))).toBeNull();
    expect(zoomStepFor(key('KeyZ'))).toBeNull();
  });
});
