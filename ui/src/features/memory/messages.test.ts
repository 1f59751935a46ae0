import { describe, expect, it } from 'vitest';
import { Translator } from '../../l10n/l10n';

const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

describe('the memory’s messages', () => {
  const ar = new Translator('ar');
  const en = new Translator('en');

  it('says how many segments were filled, with Arabic plurals', () => {
    const filled = (n: number) => strip(ar.t('memory-filled', { count: n }));
    expect(filled(0)).toBe('لا مقطع غير مترجم له مطابقة تامة في الذاكرة.');
    expect(filled(1)).toBe('ملأت الذاكرة مقطعا واحدا.');
    expect(filled(2)).toBe('ملأت الذاكرة مقطعين.');
    expect(filled(3)).toBe('ملأت الذاكرة 3 مقاطع.');
    expect(filled(11)).toBe('ملأت الذاكرة 11 مقطعا.');
    expect(filled(100)).toBe('ملأت الذاكرة 100 مقطع.');
    expect(strip(en.t('memory-filled', { count: 0 }))).toBe('No untranslated segment has a 100% match.');
    expect(strip(en.t('memory-filled', { count: 1 }))).toBe('One segment filled from the memory.');
    expect(strip(en.t('memory-filled', { count: 11 }))).toBe('11 segments filled from the memory.');
  });

  it('names every band of the analysis in both languages', () => {
    for (const band of ['context', 'exact', 'repetition', 'high', 'good', 'fair', 'low', 'no-match']) {
      for (const tr of [en, ar]) expect(tr.has(`memory-band-${band}`), `${tr.locale} ${band}`).toBe(true);
    }
    expect(ar.t('memory-band-no-match')).toBe('بلا مطابقة');
  });

  it('shows a score as a percentage, with Western digits in Arabic', () => {
    expect(strip(en.t('memory-score', { score: 87 }))).toBe('87%');
    expect(strip(ar.t('memory-score', { score: 87 }))).toBe('87%');
  });

  it('counts concordance results with Arabic plurals', () => {
    expect(strip(ar.t('concordance-count', { count: 2 }))).toBe('نتيجتان');
    expect(strip(ar.t('concordance-count', { count: 11 }))).toBe('11 نتيجة');
  });
});
