// A hire's one-on-ones: what is coming up (from the plan, or added by the manager), and what was said.
import { Stack } from '@mantine/core';
import { toCalendarDate } from '@shared/dates/calendar-date';
import type { Framework } from '@shared/framework/types';
import type { Hire } from '@shared/hires/schema';
import { useCurrentPlan } from '../plans/queries';
import { CheckInHistory } from './CheckInHistory';
import { useActionOwners } from './owners';
import { useCheckInSchedule } from './queries';
import { UpcomingCheckIns } from './UpcomingCheckIns';

export function CheckInsTab({ hire, framework }: { hire: Hire; framework: Framework }) {
  const today = toCalendarDate(new Date());
  const schedule = useCheckInSchedule(hire.id);
  const plan = useCurrentPlan(hire.id);
  const names = new Map(framework.competencies.map((c) => [c.id, c.name]));
  const owners = useActionOwners(hire);
  return (
    <Stack gap="lg">
      <UpcomingCheckIns
        hire={hire}
        schedule={schedule.data ?? []}
        plan={plan.data ?? null}
        names={names}
        today={today}
      />
      <CheckInHistory hireId={hire.id} names={names} owners={owners} />
    </Stack>
  );
}
