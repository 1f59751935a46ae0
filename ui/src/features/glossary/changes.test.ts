import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../ipc/types';
import { changedFields } from './changes';

const kyiv: GlossaryEntry = {
  arabic: 'كييف',
  variants: [],
  english: 'Kyiv',
  short: null,
  kind: 'place',
  deprecated: ['Kiev'],
  clitics: true,
  not: [],
  notes: 'Capital of Ukraine',
};

describe('changedFields', () => {
  it('lists only the fields that differ, in the entry dialog order', () => {
    const after = { ...kyiv, english: 'Kyiv City', deprecated: ['Kiev', 'Kyiv-city'], notes: '' };
    expect(changedFields(kyiv, after, (k) => k)).toEqual([
      { field: 'english', before: 'Kyiv', after: 'Kyiv City' },
      { field: 'deprecated', before: 'Kiev', after: 'Kiev · Kyiv-city' },
      { field: 'notes', before: 'Capital of Ukraine', after: '' },
    ]);
  });

  it('finds nothing in an entry the import leaves as it was', () => {
    expect(changedFields(kyiv, { ...kyiv }, (k) => k)).toEqual([]);
  });
});
