// The locale dates and numbers are written in: matched from the system's languages, loaded on
// demand, and used by every format function; the chart tables read the same numbers.
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { applyLocale, matchLocale, weekStartsOn } from '../../src/renderer/src/locale';
import {
  formatCalendarDate,
  formatDateTime,
  formatNumber,
  formatPercent,
} from '../../src/renderer/src/format';
import { ChartTable } from '../../src/renderer/src/components/ChartTable';

afterEach(async () => {
  await applyLocale('en-GB');
  window.localStorage.clear();
});

describe('matchLocale', () => {
  it('takes the exact tag, then the language, then English (UK)', () => {
    expect(matchLocale(['de-CH', 'en-US'])).toBe('de');
    expect(matchLocale(['pt-BR'])).toBe('pt-BR');
    expect(matchLocale(['pt-PT'])).toBe('pt');
    expect(matchLocale(['en-US'])).toBe('en-US');
    expect(matchLocale(['en-SG'])).toBe('en-GB');
    expect(matchLocale(['zh-Hans-CN', 'fr'])).toBe('zh-CN');
    expect(matchLocale(['xx', 'sv-FI'])).toBe('sv');
    expect(matchLocale(['xx'])).toBe('en-GB');
  });
});

describe('formatting in the chosen locale', () => {
  it('writes dates, times, numbers and percentages as the locale does, with its first weekday', async () => {
    expect(formatCalendarDate('2026-03-02')).toBe('2 Mar 2026');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(weekStartsOn()).toBe(1);

    expect(await applyLocale('en-US')).toBe('en-US');
    expect(formatCalendarDate('2026-03-02')).toBe('Mar 2, 2026');
    expect(formatDateTime('2026-03-02T14:05:00')).toBe('Mar 2, 2026, 2:05 PM');
    expect(formatPercent(0.425)).toBe('43%');
    expect(weekStartsOn()).toBe(0);

    await applyLocale('de');
    expect(formatCalendarDate('2026-03-02')).toBe('2. März 2026');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatPercent(0.425)).toMatch(/^43\s%$/); // a no-break space before %
    expect(weekStartsOn()).toBe(1);
    expect(window.localStorage.getItem('rolebridge-locale')).toBe('de');

    // Following the system again forgets the choice.
    await applyLocale('');
    expect(window.localStorage.getItem('rolebridge-locale')).toBeNull();
  });
});

describe('ChartTable', () => {
  it('folds the numbers behind a chart into a table with a header per series', async () => {
    render(
      <MantineProvider>
        <ChartTable
          label="Coaching hours per week"
          data={[
            { week: '23 Nov 2026', Hours: 2.25, Budget: 'Within' },
            { week: '30 Nov 2026', Hours: null, Budget: 'Over' },
          ]}
          dataKey="week"
          dataKeyLabel="Week of"
          series={['Hours', 'Budget']}
          format={(value) => formatNumber(value, 1)}
        />
      </MantineProvider>,
    );
    await userEvent.click(screen.getByText('Show as a table'));
    const table = screen.getByRole('table', { name: 'Coaching hours per week' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual(['Week ofHoursBudget', '23 Nov 20262.3Within', '30 Nov 2026—Over']);
  });
});
