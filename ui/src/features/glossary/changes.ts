// What a glossary import changes in an entry, field by field, for its preview.
import type { GlossaryEntry } from '../../ipc/types';

export type Field = 'english' | 'short' | 'kind' | 'variants' | 'deprecated' | 'clitics' | 'not' | 'notes';

export interface FieldChange {
  field: Field;
  before: string;
  after: string;
}

const FIELDS: Field[] = ['english', 'short', 'kind', 'variants', 'deprecated', 'clitics', 'not', 'notes'];

/** A field's value as one line: lists joined, nothing as the empty string. */
export function fieldText(e: GlossaryEntry, field: Field, kindName: (k: string) => string): string {
  switch (field) {
    case 'short':
      return e.short ?? '';
    case 'kind':
      return kindName(e.kind);
    case 'variants':
    case 'deprecated':
    case 'not':
      return e[field].join(' · ');
    case 'clitics':
      return e.clitics ? '✓' : '✗';
    default:
      return e[field];
  }
}

/** The fields that differ between `before` and `after`, in the entry dialog's order. */
export function changedFields(before: GlossaryEntry, after: GlossaryEntry, kindName: (k: string) => string): FieldChange[] {
  return FIELDS.map((field) => ({ field, before: fieldText(before, field, kindName), after: fieldText(after, field, kindName) })).filter(
    (c) => c.before !== c.after,
  );
}
