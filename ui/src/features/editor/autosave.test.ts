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

  it('steady typing that never pauses is still saved within maxWaitMs of each edit', async () => {
    // A key every 150 ms never leaves the 400 ms pause: before maxWaitMs nothing was saved
    // until the typing stopped, and a crash lost all of it (the kill soak found 2.7 s lost).
    const saved: [number, string][] = [];
    const a = new Autosaver(async (_id, text) => void saved.push([Date.now(), text]), undefined, 400, 500);
    const start = Date.now();
    const typedAt = new Map<string, number>();
    let text = '';
    for (const ch of 'the talks would cover Kyiv') {
      text += ch;
      typedAt.set(text, Date.now());
      a.schedule(1, text);
      await vi.advanceTimersByTimeAsync(150);
    }
    await vi.advanceTimersByTimeAsync(400);
    expect(saved.length).toBeGreaterThan(5);
    expect(saved.at(-1)![1]).toBe(text);
    // Every prefix typed is on disk (itself or a longer one) within 500 ms.
    for (const [prefix, at] of typedAt) {
      const by = saved.find(([, t]) => t.startsWith(prefix));
      expect(by![0] - at).toBeLessThanOrEqual(500);
    }
    expect(saved[0][0] - start).toBe(500);
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

  it('a save held by the editor stays pending until a forced flush, and a discard drops it', async () => {
    vi.useFakeTimers();
    const saved: [string, boolean][] = [];
    const a = new Autosaver(async (_id, text, forced) => {
      if (!forced) throw new Error('held');
      saved.push([text, forced]);
    });
    a.schedule(7, 'typed during a conflict');
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual([]);
    expect(a.dirty).toBe(true); // kept, not dropped
    await a.flush(); // leaving the editor
    expect(saved).toEqual([['typed during a conflict', true]]);
    a.schedule(7, 'and then more');
    a.discard(7);
    await a.flush();
    expect(saved.length).toBe(1);
    expect(a.dirty).toBe(false);
    vi.useRealTimers();
  });
});
