// Undo and redo for the translation boxes, one history per segment, kept by the editor so
// that it survives autosave, a row scrolled out of a long article and back, and changes the
// editor makes itself (a name inserted, the source copied, a replacement), which the
// browser's own undo would not see.

export interface Snapshot {
  text: string;
  /** The selection, in UTF-16 units as the text box counts. */
  start: number;
  end: number;
}

/** What a change was: typing and deleting coalesce into words; anything else is a step. */
export type ChangeKind = 'type' | 'delete' | 'other';

/** How long a pause in typing ends an undo step, in milliseconds. */
const PAUSE_MS = 1000;
const LIMIT = 500;

export class UndoHistory {
  private done: Snapshot[] = [];
  private undone: Snapshot[] = [];
  private last: { kind: ChangeKind; at: number; afterWord: boolean } | null = null;

  constructor(private readonly now: () => number = () => Date.now()) {}

  /**
   * Note the state before a change. Typed characters join the step before them until a pause,
   * a change of kind, or a space typed after a word; so undo takes back a word (with the
   * space before it) at a time.
   */
  record(before: Snapshot, kind: ChangeKind, inserted = ''): void {
    const at = this.now();
    const startsGap = kind === 'type' && /^\s/.test(inserted);
    const coalesce =
      this.last !== null &&
      kind !== 'other' &&
      kind === this.last.kind &&
      at - this.last.at < PAUSE_MS &&
      !(startsGap && this.last.afterWord);
    if (!coalesce) {
      this.done.push(before);
      if (this.done.length > LIMIT) this.done.shift();
    }
    this.undone = [];
    this.last = { kind, at, afterWord: kind === 'type' && /\S$/.test(inserted) };
  }

  /** The state to go back to from `current`, or null when there is nothing to undo. */
  undo(current: Snapshot): Snapshot | null {
    const back = this.done.pop();
    if (!back) return null;
    this.undone.push(current);
    this.last = null;
    return back;
  }

  /** The state to go forward to from `current`, or null when there is nothing to redo. */
  redo(current: Snapshot): Snapshot | null {
    const forward = this.undone.pop();
    if (!forward) return null;
    this.done.push(current);
    this.last = null;
    return forward;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }
}

/** One history per segment id, made when first asked for. */
export class UndoHistories {
  private map = new Map<number, UndoHistory>();
  constructor(private readonly now: () => number = () => Date.now()) {}

  for(id: number): UndoHistory {
    let h = this.map.get(id);
    if (!h) {
      h = new UndoHistory(this.now);
      this.map.set(id, h);
    }
    return h;
  }

  /** Forget every history: the segments were replaced (a restored draft, a split, a merge). */
  clear(): void {
    this.map.clear();
  }
}

/** The kind of change a `beforeinput` event is about to make, or null for undo and redo. */
export function kindOf(inputType: string): ChangeKind | null {
  if (inputType === 'historyUndo' || inputType === 'historyRedo') return null;
  if (inputType === 'insertText' || inputType === 'insertCompositionText') return 'type';
  if (inputType.startsWith('delete') && !inputType.startsWith('deleteBy')) return 'delete';
  return 'other';
}

type Key = Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo. By physical key, so an Arabic layout works. */
export function undoKey(e: Key): 'undo' | 'redo' | null {
  const ctrl = e.ctrlKey || e.metaKey;
  if (!ctrl || e.altKey) return null;
  if (e.code === 'KeyZ') return e.shiftKey ? 'redo' : 'undo';
  if (e.code === 'KeyY' && !e.shiftKey) return 'redo';
  return null;
}
