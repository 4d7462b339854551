// What is on this week: check-ins (overdue in red), activities due and action items due.
import { Card, List, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Dashboard } from '@shared/progress/report';
import { formatCalendarDate } from '../../format';

/** Under a "this week" list cut short: how many more there are and where to find them. */
function More({ shown, total }: { shown: number; total: number }) {
  if (total <= shown) return null;
  return (
    <Text size="xs" c="dimmed" mt={6}>
      and {total - shown} more; each hire&apos;s page lists all of theirs.
    </Text>
  );
}

function WeekCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="md" aria-label={title}>
      <Text fw={600} mb="xs">
        {title}
      </Text>
      {children}
    </Card>
  );
}

export function ThisWeek({ dashboard: d }: { dashboard: Dashboard }) {
  const week = d.thisWeek;
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      <WeekCard title="Check-ins this week">
        {week.checkIns.length === 0 ? (
          <Text size="sm" c="dimmed">
            None planned.
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {week.checkIns.map((c) => (
              <List.Item key={c.checkInId}>
                <Text
                  span
                  size="sm"
                  component={Link}
                  to={`/hires/${c.hireId}/check-ins/${c.checkInId}`}
                  c={c.date < d.today ? 'red' : undefined}
                >
                  {formatCalendarDate(c.date)} · {c.hireName}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        <More shown={week.checkIns.length} total={week.totals.checkIns} />
      </WeekCard>
      <WeekCard title="Activities due this week">
        {week.activities.length === 0 ? (
          <Text size="sm" c="dimmed">
            None due.
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {week.activities.map((a) => (
              <List.Item key={`${a.hireId}-${a.title}`}>
                {a.hireName}: {a.title}{' '}
                <Text span size="xs" c="dimmed">
                  ({formatCalendarDate(a.dueDate)})
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        <More shown={week.activities.length} total={week.totals.activities} />
      </WeekCard>
      <WeekCard title="Action items due">
        {week.actionItems.length === 0 ? (
          <Text size="sm" c="dimmed">
            None due by {formatCalendarDate(week.weekEnd)}.
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {week.actionItems.map((a) => (
              <List.Item key={`${a.hireId}-${a.text}`}>
                {a.text}{' '}
                <Text span size="xs" c={a.dueOn < d.today ? 'red' : 'dimmed'}>
                  ({a.owner === 'manager' ? 'you' : a.hireName}, {formatCalendarDate(a.dueOn)})
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        <More shown={week.actionItems.length} total={week.totals.actionItems} />
      </WeekCard>
    </SimpleGrid>
  );
}
