import { describe, expect, it } from 'vitest';
import { UndoHistories, UndoHistory, kindOf, undoKey, type Snapshot } from './undo';

const at = (text: string): Snapshot => ({ text, start: text.length, end: text.length });

/** Type `text` into a history one character at a time, as a translator would. */
function type(h: UndoHistory, from: string, text: string): string {
  let value = from;
  for (const c of text) {
    h.record(at(value), 'type', c);
    value += c;
  }
  return value;
}

describe('undo in a translation box', () => {
  it('takes back typing a word at a time, and redo brings it back', () => {
    const h = new UndoHistory(() => 0);
    const typed = type(h, '', 'The Kremlin said');
    expect(h.undo(at(typed))?.text).toBe('The Kremlin');
    expect(h.undo(at('The Kremlin'))?.text).toBe('The');
    expect(h.undo(at('The'))?.text).toBe('');
    expect(h.undo(at(''))).toBeNull();
    expect(h.redo(at(''))?.text).toBe('The');
    expect(h.redo(at('The'))?.text).toBe('The Kremlin');
    expect(h.redo(at('The Kremlin'))?.text).toBe('The Kremlin said');
    expect(h.redo(at('The Kremlin said'))).toBeNull();
  });

  it('ends a step at a pause in typing', () => {
    let now = 0;
    const h = new UndoHistory(() => now);
    let v = type(h, '', 'Kyi');
    now = 5000;
    v = type(h, v, 'v');
    expect(h.undo(at(v))?.text).toBe('Kyi');
  });

  it('makes a change the editor made (a name, the source copied) a step of its own', () => {
    const h = new UndoHistory(() => 0);
    const v = type(h, '', 'said');
    h.record(at(v), 'other');
    expect(h.undo(at('said Peskov'))?.text).toBe('said');
    expect(h.undo(at('said'))?.text).toBe('');
  });

  it('forgets what was undone once something new is typed', () => {
    const h = new UndoHistory(() => 0);
    const v = type(h, '', 'one two');
    h.undo(at(v));
    type(h, 'one', '!');
    expect(h.canRedo).toBe(false);
  });

  it('keeps one history per segment', () => {
    const all = new UndoHistories(() => 0);
    type(all.for(1), '', 'first');
    expect(all.for(2).canUndo).toBe(false);
    expect(all.for(1).canUndo).toBe(true);
    all.clear();
    expect(all.for(1).canUndo).toBe(false);
  });

  it('reads the keys by physical key and the input types of the text box', () => {
    const k = { ctrlKey: true, metaKey: false, altKey: false, shiftKey: false };
    expect(undoKey({ ...k, code: 'KeyZ' })).toBe('undo');
    expect(undoKey({ ...k, code: 'KeyZ', shiftKey: true })).toBe('redo');
    expect(undoKey({ ...k, code: 'KeyY' })).toBe('redo');
    expect(undoKey({ ...k, code: 'KeyZ', ctrlKey: false })).toBeNull();
    expect(kindOf('insertText')).toBe('type');
    expect(kindOf('deleteContentBackward')).toBe('delete');
    expect(kindOf('insertFromPaste')).toBe('other');
    expect(kindOf('historyUndo')).toBeNull();
  });
});
