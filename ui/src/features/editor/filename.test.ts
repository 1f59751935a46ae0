import { describe, expect, it } from 'vitest';
import { exportFileName } from './filename';

describe('the file name an export proposes', () => {
  it('takes the headline, with no doubled spaces where punctuation was', () => {
    expect(exportFileName('Kremlin: Putin–Biden talks "a start"', false, 'docx')).toBe('Kremlin Putin–Biden talks a start (en).docx');
    expect(exportFileName('Q&A / who said what?', true, 'html')).toBe('Q&A who said what (ar-en).html');
  });

  it('keeps Arabic titles, drops bidi marks and dots at the ends, and has a name for an empty title', () => {
    expect(exportFileName('\u2068الكرملين: المحادثات\u2069', false, 'txt')).toBe('الكرملين المحادثات (en).txt');
    expect(exportFileName('...', false, 'md')).toBe('article (en).md');
    expect([...exportFileName('x'.repeat(200), false, 'md')].length).toBe(80 + ' (en).md'.length);
  });
});
