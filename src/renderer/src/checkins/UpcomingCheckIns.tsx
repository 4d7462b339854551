// "Coming up" on the Check-ins tab: the next few one-on-ones with what each covers, the rest folded
// by month; adding one, and the calendar file for all of them.
import { useState } from 'react';
import { Accordion, Badge, Button, Card, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarDown } from '@tabler/icons-react';
import { format } from 'date-fns';
import type { CheckIn } from '@shared/checkins/schema';
import { toLocalDate } from '@shared/dates/calendar-date';
import type { Hire } from '@shared/hires/schema';
import type { SavedPlan } from '@shared/plans/schema';
import { saveText } from '../files/save';
import { useHireMutation } from '../hires/queries';
import { currentLocale } from '../locale';
import { useCheckInCalendarFile } from './queries';
import { checkInFocus, foldSchedule } from './schedule';
import { ScheduleRow } from './ScheduleRow';
import { useMayChangeHires } from '../team/session';

/** `2026-12` as the locale names the month: "December 2026", "Dezember 2026". */
function monthName(month: string): string {
  return format(toLocalDate(`${month}-01`), 'LLLL yyyy', { locale: currentLocale().locale });
}

export function UpcomingCheckIns({
  hire,
  schedule,
  plan,
  names,
  today,
}: {
  hire: Hire;
  schedule: CheckIn[];
  plan: SavedPlan | null;
  names: Map<string, string>;
  today: string;
}) {
  const { next, later } = foldSchedule(schedule);
  const rows = (checkIns: CheckIn[]) =>
    checkIns.map((c) => (
      <ScheduleRow key={c.id} checkIn={c} focus={checkInFocus(c, plan, names)} hire={hire} today={today} />
    ));
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Coming up
        </Title>
        <ScheduleActions hire={hire} empty={schedule.length === 0} />
      </Group>
      {schedule.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing scheduled. Check-ins appear here when you save a coaching plan; you can also add one.
        </Text>
      ) : (
        <Table verticalSpacing={6} aria-label="Upcoming check-ins">
          <Table.Tbody>{rows(next)}</Table.Tbody>
        </Table>
      )}
      {later.length > 0 && (
        <>
          <Text size="sm" fw={600} mt="md" mb="xs">
            Later
          </Text>
          <Accordion multiple variant="contained" aria-label="Later check-ins by month">
            {later.map(({ month, checkIns }) => (
              <Accordion.Item key={month} value={month}>
                <Accordion.Control>
                  <Group gap="xs">
                    <Text size="sm">{monthName(month)}</Text>
                    <Badge variant="light" color="gray" miw="fit-content">
                      {checkIns.length === 1 ? '1 check-in' : `${checkIns.length} check-ins`}
                    </Badge>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Table verticalSpacing={6} aria-label={`Check-ins in ${monthName(month)}`}>
                    <Table.Tbody>{rows(checkIns)}</Table.Tbody>
                  </Table>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </>
      )}
    </Card>
  );
}

function ScheduleActions({ hire, empty }: { hire: Hire; empty: boolean }) {
  const add = useHireMutation(hire.id, 'checkIns.add');
  const mayChange = useMayChangeHires();
  const calendarFile = useCheckInCalendarFile();
  const [newDate, setNewDate] = useState('');

  async function exportCalendar() {
    try {
      const { fileName, content } = await calendarFile.mutateAsync(hire.id);
      await saveText(fileName, content, 'text/calendar');
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not exported', message: (error as Error).message });
    }
  }

  // A lead the hire is shared with gets neither: the one-on-ones are the manager's meetings, not
  // theirs to put in a calendar, and exporting records on the hire that it was exported.
  if (!mayChange) return null;
  return (
    <Group gap="xs">
      {hire.status === 'active' && (
        <>
          <TextInput
            size="xs"
            type="date"
            aria-label="Date of a new check-in"
            value={newDate}
            onChange={(e) => setNewDate(e.currentTarget.value)}
          />
          <Button
            size="xs"
            variant="default"
            disabled={!newDate}
            onClick={() =>
              void add
                .mutateAsync({ hireId: hire.id, scheduledOn: newDate })
                .then(() => setNewDate(''))
                .catch((error: Error) =>
                  notifications.show({ color: 'red', title: 'Not added', message: error.message }),
                )
            }
          >
            Add check-in
          </Button>
        </>
      )}
      <Button
        size="xs"
        variant="light"
        leftSection={<IconCalendarDown size={14} />}
        onClick={() => void exportCalendar()}
        disabled={empty}
      >
        Export to calendar (.ics)
      </Button>
    </Group>
  );
}
