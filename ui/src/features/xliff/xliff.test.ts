import { describe, expect, it } from 'vitest';
import type { Draft, NewReport, UnitChange, UpdateReport } from '../../ipc/types';
import { Translator } from '../../l10n/l10n';
import { markerOf } from '../editor/codes';
import { applyCount, appliedText, newSummary, plainText } from './xliff';

const strip = (s: string) => s.replace(/[\u2066-\u2069\u200e\u200f]/g, '');
const en = new Translator('en');
const ar = new Translator('ar');
const T = (tr: Translator) => (id: string, args?: Record<string, string | number>) => strip(tr.t(id, args));

const change = (segmentId: number): UnitChange => ({
  segmentId,
  position: segmentId - 1,
  source: 'نص',
  here: { target: 'a', status: 'translated' },
  file: { target: 'b', status: 'translated' },
  base: null,
});
const report: UpdateReport = {
  articleId: 1,
  title: 'x',
  fileName: 'back.xlf',
  baseKnown: true,
  changes: [change(3), change(6)],
  conflicts: [change(7), change(9)],
  keptHere: 0,
  unchanged: 19,
  missing: [],
};
const draft: Draft = {
  id: 4,
  articleId: 1,
  name: '',
  autoKind: 'before-xliff-import',
  autoDetail: 'back.xlf',
  createdAt: 0,
  segmentCount: 22,
  translatedCount: 3,
};

describe('an update from XLIFF', () => {
  it('applies the changes and the conflicts taken', () => {
    expect(applyCount(report, [])).toBe(2);
    expect(applyCount(report, [9])).toBe(3);
    expect(applyCount(report, [9, 7, 42])).toBe(4);
    expect(strip(en.t('xliff-update-apply', { count: 3 }))).toBe('Apply 3 changes');
    expect(strip(ar.t('xliff-update-apply', { count: 2 }))).toBe('طبق تغييرين');
  });

  it('says what it did, naming the draft as the drafts list does', () => {
    expect(appliedText(T(en), { articleId: 1, changed: 3, draft })).toBe(
      '3 segments changed. The text as it was is kept as the draft “Automatic: before importing “back.xlf””.',
    );
    expect(appliedText(T(ar), { articleId: 1, changed: 1, draft })).toBe(
      'تغير مقطع واحد. حفظ النص كما كان في المسودة «تلقائية: قبل استيراد «back.xlf»».',
    );
    expect(appliedText(T(en), { articleId: 1, changed: 0, draft: null })).toBe('Nothing changed.');
  });

  it('shows a text’s inline codes as tokens, never as their invisible characters', () => {
    expect(plainText(`Kyiv ${markerOf(1)}rejects${markerOf(2)} it`)).toBe('Kyiv ⟨1/⟩rejects⟨2/⟩ it');
  });
});

describe('another tool’s file', () => {
  it('is summed up before it opens', () => {
    const r: NewReport = {
      title: 'kremlin-web',
      fileName: 'kremlin-web.xlf',
      version: '1.2',
      sourceLang: 'ar',
      targetLang: 'en-GB',
      segments: 5,
      translated: 2,
      withCodes: 4,
      codes: 8,
      empty: 0,
    };
    expect(newSummary(T(en), r)).toMatch(/^XLIFF 1\.2 from another tool, ar → en-GB: 5 segments, 2 already translated, 8 inline codes\./);
    expect(newSummary(T(ar), r)).toMatch(/^ملف XLIFF 1\.2 من أداة أخرى، ar ← en-GB: المقاطع 5، المترجم منها 2، والوسوم 8\./);
  });
});
