import { describe, expect, it } from 'vitest';
import { Translator } from '../../l10n/l10n';
import { encodingWarningText } from './encodingWarning';

const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

describe('the import preview says what looks wrong with the reading', () => {
  const say = (locale: 'en' | 'ar', kind: 'replaced' | 'mixed' | 'implausible' | 'declared-wrong', count: number) => {
    const tr = new Translator(locale);
    return strip(encodingWarningText((id, args) => tr.t(id, args), { kind, count, other: 'windows-1256' }, 'UTF-8'));
  };

  it('counts replaced characters with the right plural in both languages', () => {
    expect(say('en', 'replaced', 1)).toBe(
      'One character could not be read in UTF-8 and was replaced by “�”. Check the text, or choose another encoding.',
    );
    expect(say('en', 'replaced', 4)).toMatch(/^4 characters could not be read in UTF-8 and were replaced/);
    const arabic: [number, string][] = [
      [0, 'لم تتعذر قراءة أي حرف'],
      [1, 'تعذرت قراءة حرف واحد'],
      [2, 'تعذرت قراءة حرفين'],
      [3, 'تعذرت قراءة 3 أحرف'],
      [11, 'تعذرت قراءة 11 حرفا'],
      [100, 'تعذرت قراءة 100 حرف'],
    ];
    for (const [n, start] of arabic) expect(say('ar', 'replaced', n)).toMatch(new RegExp(`^${start} `));
  });

  it('names the encodings of a lying page and of mixed lines', () => {
    expect(say('en', 'declared-wrong', 0)).toBe(
      'The page says it is in windows-1256, but its text is UTF-8: it was read as UTF-8.',
    );
    expect(say('en', 'mixed', 2)).toMatch(/^2 lines of this file are in windows-1256 and the rest in UTF-8/);
    expect(say('ar', 'mixed', 2)).toMatch(/^سطران من هذا الملف بترميز windows-1256 والباقي بترميز UTF-8/);
    expect(say('ar', 'implausible', 11)).toContain('(فيه 11 كلمة مشوهة)');
  });
});
