// Autosave: every edit reaches the store within `delayMs` of the last keystroke, and within
// `maxWaitMs` of itself however steadily the typing goes on (so that a crash or a kill loses
// under a second of work: `make soak`); at once on flush (leaving a segment, leaving the
// editor). Saves of one segment run in order; a failed save keeps its text pending so that the
// next keystroke or flush retries it.

export type SaveState = { state: 'saved' } | { state: 'saving' } | { state: 'error'; error: unknown };

export class Autosaver {
  private pending = new Map<number, string>();
  private timers = new Map<number, ReturnType<typeof setTimeout>>();
  /** When each segment's oldest unsaved edit was made. */
  private since = new Map<number, number>();
  private chains = new Map<number, Promise<void>>();
  private inflight = 0;
  private failed: unknown = null;

  constructor(
    /** `forced`: an explicit flush (leaving the editor, closing the window, before a bulk
     * change), as opposed to the timer; the editor holds a segment's timed saves while a
     * conflict waits for the translator, but not a forced one. */
    private readonly save: (id: number, text: string, forced: boolean) => Promise<unknown>,
    private readonly onstate: (s: SaveState) => void = () => {},
    private readonly delayMs = 400,
    private readonly maxWaitMs = 500,
  ) {}

  /** Note an edit; it is saved after `delayMs` without further edits to the same segment, or
   * `maxWaitMs` after the oldest edit not saved yet, whichever comes first. */
  schedule(id: number, text: string) {
    this.pending.set(id, text);
    const now = Date.now();
    const since = this.since.get(id) ?? now;
    this.since.set(id, since);
    const timer = this.timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.set(
      id,
      setTimeout(() => void this.flushOne(id, false), Math.max(0, Math.min(this.delayMs, since + this.maxWaitMs - now))),
    );
    this.onstate({ state: 'saving' });
  }

  get dirty(): boolean {
    return this.pending.size > 0 || this.inflight > 0;
  }

  /** Forget a segment's pending text (the translator chose the other window's). */
  discard(id: number) {
    const timer = this.timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(id);
    this.pending.delete(id);
    this.since.delete(id);
    this.report();
  }

  /** Save one segment's pending text now. */
  flushOne(id: number, forced = false): Promise<void> {
    const timer = this.timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(id);
    if (!this.pending.has(id)) return this.chains.get(id) ?? Promise.resolve();
    const text = this.pending.get(id)!;
    this.pending.delete(id);
    this.since.delete(id);
    this.inflight++;
    this.onstate({ state: 'saving' });
    const previous = this.chains.get(id) ?? Promise.resolve();
    const next = previous.then(async () => {
      try {
        await this.save(id, text, forced);
        this.failed = null;
      } catch (error) {
        // Keep the newest text: only requeue if nothing newer was typed meanwhile.
        if (!this.pending.has(id)) this.pending.set(id, text);
        this.failed = error;
      } finally {
        this.inflight--;
        this.report();
      }
    });
    this.chains.set(id, next);
    return next;
  }

  /** Save everything pending now. */
  async flush(): Promise<void> {
    await Promise.all([...new Set([...this.pending.keys(), ...this.chains.keys()])].map((id) => this.flushOne(id, true)));
  }

  private report() {
    if (this.failed !== null) this.onstate({ state: 'error', error: this.failed });
    else if (this.inflight === 0 && this.pending.size === 0) this.onstate({ state: 'saved' });
  }
}
