// Rows of different heights, only the visible ones rendered: measured heights where known,
// an estimate elsewhere, and prefix sums to find what a scroll position shows.

export class HeightMap {
  private heights: Float64Array;
  private known: Uint8Array;
  private prefix: Float64Array;
  private dirty = true;

  constructor(
    count: number,
    private readonly estimate: number,
  ) {
    this.heights = new Float64Array(count).fill(estimate);
    this.known = new Uint8Array(count);
    this.prefix = new Float64Array(count + 1);
  }

  get count(): number {
    return this.heights.length;
  }

  /** Record a measured height; true when it changed the layout. */
  set(index: number, height: number): boolean {
    if (index < 0 || index >= this.count) return false;
    if (this.known[index] && Math.abs(this.heights[index] - height) < 0.5) return false;
    this.heights[index] = height;
    this.known[index] = 1;
    this.dirty = true;
    return true;
  }

  private sums(): Float64Array {
    if (this.dirty) {
      for (let i = 0; i < this.count; i++) this.prefix[i + 1] = this.prefix[i] + this.heights[i];
      this.dirty = false;
    }
    return this.prefix;
  }

  /** Distance from the top of the list to row `index`. */
  offsetOf(index: number): number {
    return this.sums()[Math.max(0, Math.min(index, this.count))];
  }

  get total(): number {
    return this.offsetOf(this.count);
  }

  /** The row at distance `y` from the top. */
  indexAt(y: number): number {
    const p = this.sums();
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (p[mid + 1] <= y) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(lo, Math.max(0, this.count - 1));
  }

  /** The rows to render for a viewport, with `overscan` pixels above and below. */
  range(scrollTop: number, viewport: number, overscan: number): [number, number] {
    if (this.count === 0) return [0, 0];
    const start = this.indexAt(Math.max(0, scrollTop - overscan));
    const end = this.indexAt(scrollTop + viewport + overscan) + 1;
    return [start, Math.min(end, this.count)];
  }
}
