import { describe, expect, it } from 'vitest';
import { dayNumber, isCalendarDate, toCalendarDate, toLocalDate } from '../../src/shared/dates/calendar-date';

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
  it('counts days from 1970-01-01, read digit by digit, as the string slices read them before', () => {
    // The former reading: three slices turned into numbers.
    const sliced = (value: string) =>
      Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))) /
      86_400_000;
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2028-03-01') - dayNumber('2028-02-28')).toBe(2);
    expect(dayNumber('2027-03-01') - dayNumber('2027-02-28')).toBe(1);
    for (let day = -800; day < 80_000; day += 7) {
      const value = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(dayNumber(value), value).toBe(day);
    }
    for (const value of ['', '2026-1-5', '2026-13-40', ' 2026-01-01', '2026/01/01', 'abcd-ef-gh', '20260101'])
      expect(dayNumber(value), value).toEqual(sliced(value));
  });
});
