// The dashboard's packed date lists (src/main/core/progress/summaries.ts) count dates before a day by
// binary search over numbers: the counts must equal a plain comparison of the YYYY-MM-DD strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Packed } from '../../src/main/core/progress/summaries';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const date = fc
  .record({
    year: fc.integer({ min: 1990, max: 2200 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);

describe('packed dates', () => {
  it('count the dates before (or on) a day as comparing the strings does', () => {
    fc.assert(
      fc.property(fc.array(date, { maxLength: 60 }), date, (dates, day) => {
        const packed = Packed.of(dates);
        expect(packed.countBefore(day)).toBe(dates.filter((d) => d < day).length);
        expect(packed.countBefore(day, true)).toBe(dates.filter((d) => d <= day).length);
        expect(packed.countBefore('')).toBe(0);
        // Walking on from any earlier place gives the same count.
        const before = packed.countBefore(day, true);
        for (const start of [0, Math.floor(before / 2), before])
          expect(packed.countBeforeFrom(start, day, true)).toBe(before);
        expect(packed.countBeforeFrom(0, day)).toBe(packed.countBefore(day));
      }),
      { numRuns: 300 },
    );
  });

  it('keep each date readable by its place, across month and year ends and 29 February', () => {
    const packed = Packed.of(['2028-03-01', '2027-12-31', '2028-02-29', '2028-01-01']);
    expect([0, 1, 2, 3].map((i) => packed.at(i))).toEqual([
      '2027-12-31',
      '2028-01-01',
      '2028-02-29',
      '2028-03-01',
    ]);
    expect(packed.countBefore('2028-02-29')).toBe(2);
    expect(packed.countBefore('2028-02-29', true)).toBe(3);
  });
});
