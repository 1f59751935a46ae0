// The shapes the shell's commands take and return. They are generated from the Rust types
// (bindings.ts, by ts-rs: `make bindings`), so the two sides cannot drift apart; this file
// only adds what the UI builds on top of them.
import type { NameInfo, NameSpan, NameType } from './bindings';

export type * from './bindings';

/** The kinds of name, in the order the glossary offers them. */
export const NAME_TYPES: NameType[] = ['person', 'place', 'organization', 'other'];

/** A name in a segment with its entry (the form to insert comes from the core). */
export interface ShownName extends NameSpan {
  info: NameInfo;
}
