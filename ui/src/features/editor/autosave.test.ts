import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type SaveState } from './autosave';

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the last text once typing pauses, not every keystroke', async () => {
    const saved: [number, string][] = [];
    const a = new Autosaver(async (id, text) => void saved.push([id, text]), undefined, 400);
    a.schedule(1, 'T');
    a.schedule(1, 'Th');
    a.schedule(1, 'The');
    await vi.advanceTimersByTimeAsync(399);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([[1, 'The']]);
    expect(a.dirty).toBe(false);
  });

  it('flush saves at once, and saves of one segment keep their order', async () => {
    const saved: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const a = new Autosaver(async (_id, text) => {
      if (text === 'first') await gate;
      saved.push(text);
    });
    a.schedule(5, 'first');
    const p1 = a.flushOne(5);
    a.schedule(5, 'second');
    const p2 = a.flush();
    release();
    await Promise.all([p1, p2]);
    expect(saved).toEqual(['first', 'second']);
  });

  it('reports saving, then saved; a failure is reported and retried with the text kept', async () => {
    const states: SaveState['state'][] = [];
    let fail = true;
    const saved: string[] = [];
    const a = new Autosaver(
      async (_id, text) => {
        if (fail) throw { kind: 'storage', message: 'disk full' };
        saved.push(text);
      },
      (s) => states.push(s.state),
    );
    a.schedule(2, 'Kyiv');
    await a.flush();
    expect(states.at(-1)).toBe('error');
    expect(a.dirty).toBe(true);
    fail = false;
    await a.flush();
    expect(saved).toEqual(['Kyiv']);
    expect(states.at(-1)).toBe('saved');
    expect(states).toContain('saving');
  });
});
