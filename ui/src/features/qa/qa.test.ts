import { describe, expect, it } from 'vitest';
import type { Check, Issue, IssueKind } from '../../ipc/types';
import { sourcesFor, Translator } from '../../l10n/l10n';
import { CHECKS, countOpen, firstIssues, ignoredIssues, issueKey, messageArgs, openBySegment, openIssues } from './qa';

/** Every kind with its check: a kind added to the core and not here fails to compile. */
const KINDS: Record<IssueKind, Check> = {
  'name-missing': 'names',
  'name-deprecated': 'names',
  'name-inconsistent': 'names',
  'number-missing': 'numbers',
  'number-changed': 'numbers',
  'number-extra': 'numbers',
  'date-missing': 'dates',
  'date-changed': 'dates',
  'weekday-contradicts': 'dates',
  'arabic-punctuation': 'punctuation',
  'question-missing': 'punctuation',
  unbalanced: 'punctuation',
  spaces: 'punctuation',
  'arabic-letters': 'punctuation',
  'same-as-source': 'punctuation',
  'empty-confirmed': 'punctuation',
  'length-ratio': 'punctuation',
  'code-missing': 'punctuation',
  'code-extra': 'punctuation',
  'code-order': 'punctuation',
  misspelling: 'spelling',
  'translated-two-ways': 'consistency',
  'memory-differs': 'consistency',
  'same-english-two-sources': 'consistency',
};

function issue(kind: IssueKind, segmentId: number, args: Record<string, string | number>, ignored = false): Issue {
  return {
    kind,
    check: KINDS[kind],
    severity: 'warning',
    segmentId,
    position: segmentId - 1,
    source: [],
    target: [],
    args: { found: '', expected: '', ...args },
    ignored,
  };
}

describe('issueKey', () => {
  it('is the core’s Issue::key: kind, found and expected joined by U+001F', () => {
    // The same string as crates/dragoman-core/src/qa/mod.rs builds for this issue.
    const i = issue('name-deprecated', 7, { found: 'Kiev', expected: 'Kyiv', arabic: 'كييف', entry: 2 });
    expect(issueKey(i)).toBe('name-deprecated\u001fKiev\u001fKyiv');
  });

  it('leaves other arguments out, so an edit elsewhere keeps the issue set aside', () => {
    const a = issue('translated-two-ways', 3, { found: 'x', expected: 'the talks', other: 4 });
    const b = issue('translated-two-ways', 3, { found: 'x', expected: 'the talks', other: 9 });
    expect(issueKey(a)).toBe(issueKey(b));
  });

  it('writes an empty found or expected as empty, as the core does', () => {
    expect(issueKey(issue('question-missing', 1, {}))).toBe('question-missing\u001f\u001f');
    expect(issueKey(issue('number-missing', 1, { expected: '7' }))).toBe('number-missing\u001f\u001f7');
    const noArgs = { ...issue('spaces', 1, {}), args: {} };
    expect(issueKey(noArgs)).toBe('spaces\u001f\u001f');
    // A number where text is read counts as absent (the core's `Issue::text`).
    expect(issueKey({ ...issue('number-changed', 1, {}), args: { found: 8, expected: '7' } })).toBe('number-changed\u001f\u001f7');
  });

  it('keeps Arabic and spaces as they are', () => {
    expect(issueKey(issue('arabic-punctuation', 2, { found: '،', expected: ',' }))).toBe('arabic-punctuation\u001f،\u001f,');
    expect(issueKey(issue('date-changed', 2, { found: 'February 10', expected: 'January 10' }))).toBe(
      'date-changed\u001fFebruary 10\u001fJanuary 10',
    );
  });
});

describe('the filters and their counts', () => {
  const issues = [
    issue('number-changed', 9, { found: 'December 8', expected: '7' }),
    issue('date-changed', 12, { found: 'February 10', expected: 'January 10' }),
    issue('misspelling', 12, { found: 'grondwork', expected: 'groundwork' }),
    issue('misspelling', 13, { found: 'teh', expected: 'the' }, true),
    issue('name-deprecated', 20, { found: 'Kiev', expected: 'Kyiv' }),
  ];

  it('counts the open issues of every check, and all of them, leaving out those set aside', () => {
    expect(countOpen(issues)).toEqual({ all: 4, names: 1, numbers: 1, dates: 1, punctuation: 0, spelling: 1, consistency: 0 });
    expect(countOpen([])).toEqual({ all: 0, names: 0, numbers: 0, dates: 0, punctuation: 0, spelling: 0, consistency: 0 });
  });

  it('lists the open and the ignored issues of a filter in article order', () => {
    expect(openIssues(issues).map((i) => i.segmentId)).toEqual([9, 12, 12, 20]);
    expect(openIssues(issues, 'spelling').map((i) => i.args.found)).toEqual(['grondwork']);
    expect(ignoredIssues(issues, 'spelling').map((i) => i.args.found)).toEqual(['teh']);
    expect(ignoredIssues(issues, 'names')).toEqual([]);
    expect(openIssues(issues, 'consistency')).toEqual([]);
  });

  it('counts each segment’s open issues (the rows marked)', () => {
    expect([...openBySegment(issues)]).toEqual([
      [9, 1],
      [12, 2],
      [20, 1],
    ]);
  });

  it('shows the first issues and says how many more', () => {
    expect(firstIssues(issues, 8)).toEqual({ shown: issues, more: 0 });
    const { shown, more } = firstIssues(issues, 2);
    expect(shown.map((i) => i.segmentId)).toEqual([9, 12]);
    expect(more).toBe(3);
  });

  it('has a chip for every check', () => {
    expect([...CHECKS].sort()).toEqual([...new Set(Object.values(KINDS))].sort());
  });
});

describe('the messages', () => {
  const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

  it('every kind and every check has its message in both languages', () => {
    for (const locale of ['en', 'ar'] as const) {
      const tr = new Translator(locale);
      for (const kind of Object.keys(KINDS)) expect(tr.has(`qa-${kind}`), `${locale} qa-${kind}`).toBe(true);
      for (const check of CHECKS) expect(tr.has(`qa-check-${check}`), `${locale} qa-check-${check}`).toBe(true);
    }
  });

  it('the panel’s messages are in both languages', () => {
    const ids = (locale: 'en' | 'ar') => [...sourcesFor(locale)['qa-ui.ftl'].matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((m) => m[1]).sort();
    expect(ids('ar')).toEqual(ids('en'));
    expect(ids('en')).toContain('qa-open');
  });

  it('says an issue with its found and expected, in each language', () => {
    const changed = issue('date-changed', 12, { found: 'February 10', expected: 'January 10' });
    expect(strip(new Translator('en').t('qa-date-changed', messageArgs(changed)))).toBe('“February 10” where the Arabic has January 10.');
    expect(strip(new Translator('ar').t('qa-date-changed', messageArgs(changed)))).toBe('«February 10» وفي العربية January 10.');
    const spelt = issue('misspelling', 12, { found: 'grondwork', expected: 'groundwork', variant: 'suggestion' });
    expect(strip(new Translator('en').t('qa-misspelling', messageArgs(spelt)))).toBe('“grondwork” is not in the dictionary: “groundwork”?');
  });

  it('counts in Arabic with its six plural forms', () => {
    const ar = new Translator('ar');
    const cases: [number, string][] = [
      [0, 'الفحوص: لا شيء يحتاج إلى تصحيح'],
      [1, 'الفحوص: ملاحظة واحدة تحتاج إلى نظر'],
      [2, 'الفحوص: ملاحظتان تحتاجان إلى نظر'],
      [3, 'الفحوص: 3 ملاحظات تحتاج إلى نظر'],
      [11, 'الفحوص: 11 ملاحظة تحتاج إلى نظر'],
      [100, 'الفحوص: 100 ملاحظة تحتاج إلى نظر'],
    ];
    for (const [n, text] of cases) expect(strip(ar.t('qa-open-label', { count: n }))).toBe(text);
    expect(strip(ar.t('qa-export-more', { count: 2 }))).toBe('وملاحظتان أخريان');
    expect(strip(ar.t('qa-export-more', { count: 5 }))).toBe('و5 ملاحظات أخرى');
    expect(strip(new Translator('en').t('qa-export-more', { count: 1 }))).toBe('and one more');
    expect(strip(new Translator('en').t('qa-export-more', { count: 4 }))).toBe('and 4 more');
  });
});
