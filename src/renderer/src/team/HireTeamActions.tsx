// A manager's team actions on a hire's page: hand the hire over to another manager (a move between
// teams, history included, private notes staying with their author) and share it read-only with an
// HR/L&D lead, showing who it is shared with. Loaded only on a team server.
import { toCalendarDate } from '@shared/dates/calendar-date';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatCalendarDate } from '../format';
import type { Colleague } from './team-api';
import { useColleagues, useHandOver, useHireSharing, useShareHire } from './team-queries';

interface HireRef {
  id: string;
  name: string;
}

function pick(colleagues: Colleague[] | undefined, role: Colleague['role']) {
  return (colleagues ?? [])
    .filter((colleague) => colleague.role === role)
    .map((colleague) => ({ value: colleague.id, label: colleague.displayName }));
}

function HandOverModal({ hire, opened, onClose }: { hire: HireRef; opened: boolean; onClose: () => void }) {
  const colleagues = useColleagues();
  const navigate = useNavigate();
  const [to, setTo] = useState<string | null>(null);
  const handOver = useHandOver(() => void navigate('/hires'));
  const managers = pick(colleagues.data, 'manager');
  const toName = managers.find((option) => option.value === to)?.label;
  return (
    <Modal opened={opened} onClose={onClose} title={`Hand ${hire.name} over to another manager`}>
      <Stack>
        <NativeSelect
          label="New manager"
          data={[
            {
              value: '',
              label: managers.length === 0 ? 'No other manager on this server' : 'Pick a manager',
            },
            ...managers,
          ]}
          value={to ?? ''}
          onChange={(event) => setTo(event.currentTarget.value || null)}
          error={colleagues.error?.message}
        />
        <Text size="sm">
          {hire.name} and all their history — assessments, plans, one-on-ones, action items and evidence —
          move to {toName ?? 'the manager you pick'}, who then sees and changes them; you no longer do.
          Private notes stay with their author: yours are not handed over. Sharing with HR/L&D leads ends.
        </Text>
        {handOver.isError && <Alert color="red">{handOver.error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            disabled={!to}
            loading={handOver.isPending}
            onClick={() => to && handOver.mutate({ hireId: hire.id, toManagerId: to })}
          >
            Hand over
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ShareModal({ hire, opened, onClose }: { hire: HireRef; opened: boolean; onClose: () => void }) {
  const colleagues = useColleagues();
  const sharing = useHireSharing(hire.id);
  const { share, unshare } = useShareHire();
  const [lead, setLead] = useState<string | null>(null);
  const sharedIds = new Set(sharing.data?.sharedWith.map((entry) => entry.lead.id));
  const leads = pick(colleagues.data, 'hr').filter((option) => !sharedIds.has(option.value));
  return (
    <Modal opened={opened} onClose={onClose} title={`Share ${hire.name} with an HR/L&D lead`}>
      <Stack>
        <Text size="sm">
          The lead can read {hire.name}’s move, assessments, plans and one-on-ones, but changes nothing and
          never sees private notes.
        </Text>
        <NativeSelect
          label="HR/L&D lead"
          data={[
            { value: '', label: leads.length === 0 ? 'No HR/L&D lead to share with' : 'Pick a lead' },
            ...leads,
          ]}
          value={lead ?? ''}
          onChange={(event) => setLead(event.currentTarget.value || null)}
          error={colleagues.error?.message}
        />
        {(share.isError || unshare.isError) && (
          <Alert color="red">{(share.error ?? unshare.error)?.message}</Alert>
        )}
        <Group justify="flex-end">
          <Button
            disabled={!lead}
            loading={share.isPending}
            onClick={() =>
              lead && share.mutate({ hireId: hire.id, leadId: lead }, { onSuccess: () => setLead(null) })
            }
          >
            Share
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Who the hire is shared with, each with "Stop sharing", and who handed it over before. */
function SharingSummary({ hire }: { hire: HireRef }) {
  const sharing = useHireSharing(hire.id);
  const { unshare } = useShareHire();
  if (!sharing.data) return null;
  const { sharedWith, handovers } = sharing.data;
  return (
    <Stack gap={4} aria-label="Sharing" role="group">
      {sharedWith.length > 0 && (
        <Group gap="xs">
          <Text size="sm">Shared with:</Text>
          {sharedWith.map(({ lead }) => (
            <Group key={lead.id} gap={4}>
              <Text size="sm" fw={600}>
                {lead.displayName}
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                loading={unshare.isPending && unshare.variables?.leadId === lead.id}
                aria-label={`Stop sharing with ${lead.displayName}`}
                onClick={() => unshare.mutate({ hireId: hire.id, leadId: lead.id })}
              >
                Stop sharing
              </Button>
            </Group>
          ))}
        </Group>
      )}
      {handovers.map((handover) => (
        <Text key={handover.handedAt} size="xs" c="dimmed">
          Handed over by {handover.from.displayName} to {handover.to.displayName} on{' '}
          {formatCalendarDate(toCalendarDate(new Date(handover.handedAt)))}
        </Text>
      ))}
    </Stack>
  );
}

export default function HireTeamActions({ hire }: { hire: HireRef }) {
  const [open, setOpen] = useState<'handOver' | 'share' | null>(null);
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="sm">
        <Button variant="default" onClick={() => setOpen('share')}>
          Share with an HR/L&D lead…
        </Button>
        <Button variant="default" onClick={() => setOpen('handOver')}>
          Hand over to another manager…
        </Button>
      </Group>
      <SharingSummary hire={hire} />
      {open === 'handOver' && <HandOverModal hire={hire} opened onClose={() => setOpen(null)} />}
      {open === 'share' && <ShareModal hire={hire} opened onClose={() => setOpen(null)} />}
    </Stack>
  );
}

/** Shown to a lead on a hire shared with them: who handed it over, and that it is read-only. */
export function SharedHireNote({ hire }: { hire: HireRef }) {
  const sharing = useHireSharing(hire.id);
  const manager = sharing.data?.manager.displayName;
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed" role="note">
        {manager ? `Shared with you by ${manager} for reading` : 'Shared with you for reading'}: you see{' '}
        {hire.name}’s move and coaching, not private notes, and change nothing.
      </Text>
      <SharingSummary hire={hire} />
    </Stack>
  );
}
