// Settings → Public holidays: whose public holidays plans skip (a country, or none). The core keeps
// the choice and the holiday data; country names are written in the app's language when it knows them.
import { useMemo } from 'react';
import { Card, Select, Text } from '@mantine/core';
import { currentLocale } from '../locale';
import { useSettingsQuery } from '../settings/queries';
import { useHolidayCountries, useUpdateHolidayCountry } from './queries';

const NONE = 'none';

/** A country's name in the app's language, falling back to the English name the core sends. */
function localName(code: string, english: string, names: Intl.DisplayNames | null): string {
  try {
    return names?.of(code) ?? english;
  } catch {
    return english;
  }
}

export function HolidayCountryCard() {
  const settings = useSettingsQuery();
  const countries = useHolidayCountries();
  const update = useUpdateHolidayCountry();
  const { tag } = currentLocale();
  const options = useMemo(() => {
    const names =
      typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([tag], { type: 'region' }) : null;
    const listed = (countries.data ?? [])
      .map((c) => ({ value: c.code, label: localName(c.code, c.name, names) }))
      .sort((a, b) => a.label.localeCompare(b.label, tag));
    return [{ value: NONE, label: 'None: plans skip weekends only' }, ...listed];
  }, [countries.data, tag]);
  const chosen = settings.data?.holidayCountry;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="holidays-title">
      <Text fw={600} id="holidays-title">
        Public holidays
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        Plans you make from now on put no activity, one-on-one or reassessment on these days, nor on the leave
        you mark on a hire’s page. Plans already saved keep their dates until you re-plan.
      </Text>
      <Select
        label="Country"
        description="At first, the country of your computer’s region."
        maw={360}
        searchable
        allowDeselect={false}
        nothingFoundMessage="No country by that name"
        disabled={chosen === undefined || countries.isPending || update.isPending}
        data={options}
        value={chosen === undefined ? null : chosen || NONE}
        error={update.error?.message ?? countries.error?.message}
        onChange={(value) => {
          if (value !== null) update.mutate(value === NONE ? '' : value);
        }}
      />
    </Card>
  );
}
