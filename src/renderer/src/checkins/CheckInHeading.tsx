// The top of a one-on-one's page: whose it is, when, and whether the draft is saved.
import { Anchor, Breadcrumbs, Group, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Agenda } from '@shared/checkins/schema';
import { formatCalendarDate } from '../format';
import type { CheckInDraftControl } from './useCheckInDraft';

/** Whose one-on-one, when, and (while it can still change) whether the draft is saved. */
export function CheckInHeading({
  agenda,
  hireId,
  draft,
}: {
  agenda: Agenda;
  hireId: string;
  draft: Pick<CheckInDraftControl, 'savedAt' | 'draftError' | 'stale'> | null;
}) {
  return (
    <>
      <Breadcrumbs>
        <Anchor component={Link} to="/hires">
          Hires
        </Anchor>
        <Anchor component={Link} to={`/hires/${hireId}?tab=check-ins`}>
          {agenda.hireName}
        </Anchor>
        <Text>Check-in</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>One-on-one with {agenda.hireName}</Title>
          <Text c="dimmed">
            Planned for {formatCalendarDate(agenda.checkIn.scheduledOn)}
            {agenda.previous
              ? ` · last one ${formatCalendarDate(agenda.previous.heldOn ?? agenda.previous.scheduledOn)}`
              : ' · the first one'}
          </Text>
        </div>
        {draft && (
          <Text size="sm" c={draft.draftError || draft.stale ? 'red' : 'dimmed'} role="status">
            {draft.stale
              ? 'Autosave stopped: this one-on-one was changed elsewhere'
              : draft.draftError
                ? `Draft not saved: ${draft.draftError}`
                : draft.savedAt
                  ? `Draft saved ${draft.savedAt === 'earlier' ? 'earlier' : `at ${draft.savedAt}`}`
                  : 'Drafts save as you type'}
          </Text>
        )}
      </Group>
    </>
  );
}
