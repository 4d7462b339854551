// Wording that depends on dates and on the date field's own format; the radar's axis order and
// label wrapping.
import { describe, expect, it } from 'vitest';
import { dateFieldError, dateFieldPattern, formatStart } from '../../src/renderer/src/format';
import { inFrameworkOrder, wrapLabel } from '../../src/renderer/src/components/radar-series';

describe('formatStart', () => {
  const today = '2028-02-29';
  it('says started for a day gone, starts for today and for a day to come', () => {
    expect(formatStart('2028-02-28', today)).toBe('started 28 Feb 2028');
    expect(formatStart(today, today)).toBe('starts today');
    expect(formatStart('2028-03-01', today)).toBe('starts 1 Mar 2028');
  });
});

describe('date field errors', () => {
  it('writes the pattern the way the browser language shows a date field', () => {
    expect(dateFieldPattern('en-US')).toBe('mm/dd/yyyy');
    expect(dateFieldPattern('en-GB')).toBe('dd/mm/yyyy');
    expect(dateFieldPattern('de')).toBe('dd.mm.yyyy');
  });

  it('replaces the core’s YYYY-MM-DD wording and keeps any other message', () => {
    const core = 'Enter a real date as YYYY-MM-DD, for example 2026-03-02';
    const pattern = dateFieldPattern();
    expect(dateFieldError('start date', '', core)).toBe(`Enter the start date, as ${pattern}`);
    expect(dateFieldError('start date', '2026-02-30', core)).toBe(`Enter a real start date, as ${pattern}`);
    expect(dateFieldError('date', '2026-03-02', 'The date cannot be in the future')).toBe(
      'The date cannot be in the future',
    );
  });
});

describe('radar series', () => {
  it('puts competencies in the framework’s order whatever order they came in', () => {
    const framework = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(inFrameworkOrder(framework, [{ id: 'c' }, { id: 'a' }]).map((c) => c.id)).toEqual(['a', 'c']);
  });

  it('wraps long names between words into even lines, and very long ones into short lines', () => {
    expect(wrapLabel('Delivery')).toEqual(['Delivery']);
    expect(wrapLabel('Customer discovery')).toEqual(['Customer', 'discovery']);
    expect(wrapLabel('Prioritisation and trade-offs')).toEqual(['Prioritisation', 'and trade-offs']);
    expect(wrapLabel('Problem framing and specification')).toEqual(['Problem framing', 'and specification']);
    expect(wrapLabel('Market and competitive awareness')).toEqual(['Market and', 'competitive', 'awareness']);
  });
});
