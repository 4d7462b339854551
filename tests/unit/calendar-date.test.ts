import { describe, expect, it } from 'vitest';
import { isCalendarDate, toCalendarDate, toLocalDate } from '../../src/shared/dates/calendar-date';

describe('calendar dates', () => {
  it('accepts real dates written as YYYY-MM-DD', () => {
    for (const value of ['2026-01-01', '2024-02-29', '1999-12-31', '2200-06-15'])
      expect(isCalendarDate(value)).toBe(true);
  });
  it('refuses impossible, partial and other formats', () => {
    for (const value of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-1-1',
      '01/02/2026',
      '',
      '1899-12-31',
      '2026-01-01T00:00',
    ])
      expect(isCalendarDate(value), value).toBe(false);
  });
  it('round-trips through a local Date', () => {
    expect(toCalendarDate(toLocalDate('2026-03-29'))).toBe('2026-03-29');
  });
});
