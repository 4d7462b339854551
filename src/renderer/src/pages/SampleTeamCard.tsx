// Settings: load the sample team at any time (alongside real hires), or remove it in one click.
import { Button, Card, Group, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useSampleTeam } from './SampleTeam';

export function SampleTeamCard() {
  const { hireIds, load, remove } = useSampleTeam();
  const loaded = hireIds.length > 0;
  return (
    <Card component="section" withBorder padding="lg" aria-labelledby="sample-team-title">
      <Text fw={600} mb="xs" id="sample-team-title">
        Sample team
      </Text>
      <Text size="sm" c="dimmed" mb="sm" maw={720}>
        Three made-up hires at different points of a move — week 2 and on track, week 10 and at risk, month 6
        and stalled — with assessments, plans and one-on-ones, so every screen shows what it is for. They are
        marked “Sample” and never mixed up with your own hires.
      </Text>
      <Group>
        {loaded ? (
          <Button
            color="grape"
            variant="light"
            leftSection={<IconFlask size={16} />}
            loading={remove.isPending}
            onClick={() => remove.mutate()}
          >
            Remove sample team
          </Button>
        ) : (
          <Button
            variant="default"
            leftSection={<IconFlask size={16} />}
            loading={load.isPending}
            onClick={() => load.mutate()}
          >
            Load a sample team
          </Button>
        )}
        <Text size="sm" c="dimmed" aria-live="polite">
          {loaded ? `${hireIds.length} sample hires loaded` : 'Not loaded'}
        </Text>
      </Group>
    </Card>
  );
}
