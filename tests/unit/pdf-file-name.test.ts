import { describe, expect, it } from 'vitest';
import { nameSlug, planFileName } from '../../src/main/core/pdf/file-name';

describe('plan PDF file names', () => {
  it('keeps the hire’s name in any script', () => {
    expect(planFileName('Łukasz Żółć-Ørsted', 2, 'hire')).toBe('coaching-plan-lukasz-zolc-orsted-v2.pdf');
    expect(planFileName('Σωκράτης Παπαδόπουλος', 1, 'manager')).toBe(
      'coaching-plan-sokratis-papadopoylos-v1-manager.pdf',
    );
    expect(nameSlug('Дмитрий Иванов')).toBe('dmitriy-ivanov');
    expect(nameSlug('山田 太郎')).toBe('山田-太郎');
    expect(nameSlug('さくら・ももこ')).toBe('さくら-ももこ');
  });

  it('is safe on every OS: no reserved characters, no device names, no trailing dot, never empty', () => {
    for (const name of [
      'a<b>c:d"e/f\\g|h?i*j',
      '山田/太郎:*?',
      'con',
      'NUL',
      'Lpt1',
      '***',
      '   ',
      '。。。',
    ]) {
      const slug = nameSlug(name);
      expect(slug, name).not.toMatch(/[<>:"/\\|?*\p{Cc}]/u);
      expect(slug, name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
      expect(slug, name).not.toMatch(/[.\s]$/);
      expect(slug.length, name).toBeGreaterThan(0);
    }
    expect(nameSlug('CON')).toBe('con-hire');
    expect(nameSlug('***')).toBe('hire');
  });

  it('cuts a long name without splitting a character', () => {
    const slug = nameSlug('𠮷'.repeat(100));
    expect([...slug]).toHaveLength(60);
    expect(slug).toBe('𠮷'.repeat(60));
  });
});
