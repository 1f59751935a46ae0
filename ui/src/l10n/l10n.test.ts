import { describe, expect, it } from 'vitest';
import { applyToDocument, createBundle, dirOf, localeFromTag, pluralCategory, sourcesFor, Translator } from './l10n';

const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

describe('locale switch and direction', () => {
  it('maps system tags to the two interface languages', () => {
    expect(localeFromTag('ar-EG')).toBe('ar');
    expect(localeFromTag('ar_SA.UTF-8')).toBe('ar');
    expect(localeFromTag('en-GB')).toBe('en');
    expect(localeFromTag('fr')).toBe('en');
    expect(localeFromTag('arn')).toBe('en');
    expect(localeFromTag(undefined)).toBe('en');
  });

  it('mirrors the document in Arabic and restores it in English', () => {
    const doc = { documentElement: { lang: '', dir: '' }, title: '' };
    applyToDocument(new Translator('ar'), doc);
    expect(doc.documentElement).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(doc.title).toBe('دراغومان');
    applyToDocument(new Translator('en'), doc);
    expect(doc.documentElement).toEqual({ lang: 'en', dir: 'ltr' });
    expect(doc.title).toBe('Dragoman');
    expect(dirOf('ar')).toBe('rtl');
  });

  it('speaks each language from the shared .ftl files', () => {
    expect(new Translator('en').t('article-list-new')).toBe('Import an article');
    expect(new Translator('ar').t('article-list-new')).toBe('استيراد مقالة');
    expect(Object.keys(sourcesFor('ar')).sort()).toEqual(Object.keys(sourcesFor('en')).sort());
  });

  it('shows error-<kind> for IPC errors, and error-internal for unknown kinds', () => {
    const ar = new Translator('ar');
    expect(ar.error('empty-text')).toBe('لا يوجد نص للترجمة. الصق المقالة أولا.');
    expect(ar.error('no-such-kind')).toBe(ar.t('error-internal'));
  });

  it('shows the id, not a blank, for a missing message', () => {
    expect(new Translator('en').t('no-such-message')).toBe('no-such-message');
  });
});

describe('Arabic plurals', () => {
  const cases: [number, string, string][] = [
    [0, 'zero', 'لا مقاطع'],
    [1, 'one', 'مقطع واحد'],
    [2, 'two', 'مقطعان'],
    [3, 'few', '3 مقاطع'],
    [10, 'few', '10 مقاطع'],
    [11, 'many', '11 مقطعا'],
    [99, 'many', '99 مقطعا'],
    [100, 'other', '100 مقطع'],
    [102, 'other', '102 مقطع'],
    [103, 'few', '103 مقاطع'],
    [111, 'many', '111 مقطعا'],
    [1000, 'other', '1,000 مقطع'],
  ];
  const ar = new Translator('ar');
  for (const [n, category, text] of cases) {
    it(`${n} is ${category}`, () => {
      expect(pluralCategory('ar', n)).toBe(category);
      expect(strip(ar.t('article-segments', { count: n }))).toBe(text);
    });
  }

  it('English has one and other', () => {
    const en = new Translator('en');
    expect(strip(en.t('article-segments', { count: 0 }))).toBe('0 segments');
    expect(strip(en.t('article-segments', { count: 1 }))).toBe('one segment');
    expect(strip(en.t('article-segments', { count: 103 }))).toBe('103 segments');
  });

  it('counts names and name issues with the Arabic plural forms', () => {
    const names: [number, string][] = [
      [0, 'لا أسماء'],
      [1, 'اسم واحد'],
      [2, 'اسمان'],
      [3, '3 أسماء'],
      [11, '11 اسما'],
      [100, '100 اسم'],
      [103, '103 أسماء'],
      [111, '111 اسما'],
    ];
    for (const [n, text] of names) expect(strip(ar.t('glossary-count', { count: n }))).toBe(text);
    expect(strip(ar.t('qa-count', { count: 2 }))).toBe('ملاحظتان تحتاجان إلى نظر');
    expect(strip(ar.t('qa-count', { count: 103 }))).toBe('103 ملاحظات تحتاج إلى نظر');
    expect(strip(ar.t('qa-count', { count: 111 }))).toBe('111 ملاحظة تحتاج إلى نظر');
    const en = new Translator('en');
    expect(strip(en.t('qa-count', { count: 0 }))).toBe('Nothing to fix');
    expect(strip(en.t('qa-count', { count: 1 }))).toBe('One issue to look at');
    expect(strip(en.t('qa-count', { count: 111 }))).toBe('111 issues to look at');
    expect(strip(ar.t('qa-count', { count: 0 }))).toBe('لا شيء يحتاج إلى تصحيح');
  });

  it('a bundle without PLURAL data still parses every locale file', () => {
    expect(() => createBundle('ar')).not.toThrow();
  });
});
