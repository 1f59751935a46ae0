import { describe, expect, it } from 'vitest';
import { HeightMap } from './virtual';

describe('HeightMap', () => {
  it('finds rows by scroll position with estimates and measurements', () => {
    const m = new HeightMap(2000, 80);
    expect(m.total).toBe(160_000);
    expect(m.indexAt(0)).toBe(0);
    expect(m.indexAt(799)).toBe(9);
    expect(m.indexAt(800)).toBe(10);
    expect(m.set(0, 200)).toBe(true);
    expect(m.set(0, 200)).toBe(false);
    expect(m.offsetOf(1)).toBe(200);
    expect(m.indexAt(199)).toBe(0);
    expect(m.indexAt(200)).toBe(1);
    expect(m.indexAt(1e9)).toBe(1999);
  });

  it('renders only what a viewport shows, plus overscan', () => {
    const m = new HeightMap(2000, 100);
    const [start, end] = m.range(50_000, 800, 400);
    expect(start).toBe(496);
    expect(end).toBe(513);
    expect(end - start).toBeLessThan(30);
  });
});
