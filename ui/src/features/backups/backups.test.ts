import { describe, expect, it } from 'vitest';
import { createBundle, Translator } from '../../l10n/l10n';
import { sizeInMb } from './backups';

describe('backups', () => {
  it('shows sizes in megabytes, never a small backup as 0.0', () => {
    expect(sizeInMb(12_345_678)).toBe('12.3');
    expect(sizeInMb(4096)).toBe('0.1');
    expect(sizeInMb(0)).toBe('0.0');
  });

  it('counts backups with the Arabic plural forms', () => {
    const ar = new Translator('ar');
    const counts = [0, 1, 2, 3, 11, 100, 103, 111].map((count) => ar.t('backups-count', { count }).replace(/[\u2068\u2069]/g, ''));
    expect(counts).toEqual(['لا نسخ', 'نسخة واحدة', 'نسختان', '3 نسخ', '11 نسخة', '100 نسخة', '103 نسخ', '111 نسخة']);
    expect(createBundle('en').hasMessage('backups-count')).toBe(true);
  });
});
