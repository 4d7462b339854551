import { describe, expect, it } from 'vitest';
import { slug } from '../../src/shared/text/slug';

describe('slug', () => {
  it('keeps names readable in file names', () => {
    expect(slug('Łukasz Żółć-Ørsted')).toBe('lukasz-zolc-orsted');
    expect(slug('Platform PM, "internal"')).toBe('platform-pm-internal');
    expect(slug('  Ærøskøbing  ')).toBe('aeroskobing');
  });
  it('falls back when nothing Latin is left', () => {
    expect(slug('Σωκράτης', 'hire')).toBe('hire');
    expect(slug('', 'entry')).toBe('entry');
  });
});
