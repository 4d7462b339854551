// A new hire's suggested start: the next working day, Monday to Friday, whatever day it is today.
import { describe, expect, it } from 'vitest';
import { nextWorkingDay } from '../../src/renderer/src/hires/start-date';

describe('next working day', () => {
  it.each([
    ['a Monday', new Date(2027, 2, 1, 9), '2027-03-02'],
    ['a Friday', new Date(2027, 2, 5, 17), '2027-03-08'],
    ['a Saturday', new Date(2027, 2, 6, 12), '2027-03-08'],
    ['a Sunday', new Date(2027, 2, 7, 23, 59), '2027-03-08'],
    ['29 February (a Tuesday)', new Date(2028, 1, 29, 8), '2028-03-01'],
    ['New Year’s Eve, a Friday', new Date(2027, 11, 31, 10), '2028-01-03'],
  ])('after %s', (_day, today, expected) => {
    expect(nextWorkingDay(today)).toBe(expected);
  });
});
