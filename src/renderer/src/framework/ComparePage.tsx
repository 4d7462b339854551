// Compare two roles: expected levels side by side on a radar, what to build, what carries over,
// what to let go of, and the brief a manager gives someone making this move.
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { CompetencyRadar } from '../components/CompetencyRadar';
import { Link, useSearchParams } from 'react-router';
import type { CompetencyShift } from '@shared/framework/transition';
import { levelNames } from '@shared/framework/types';
import { useComparison, useFramework, useRoles } from './queries';

function ShiftTable({
  title,
  shifts,
  empty,
  caption,
}: {
  title: string;
  shifts: CompetencyShift[];
  empty: string;
  caption: string;
}) {
  return (
    <Card withBorder padding="md">
      <Text fw={600}>{title}</Text>
      <Text size="sm" c="dimmed" mb="xs">
        {caption}
      </Text>
      {shifts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table verticalSpacing={4} aria-label={title}>
          <Table.Tbody>
            {shifts.map((s) => (
              <Table.Tr key={s.competencyId}>
                <Table.Td>{s.name}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" c="dimmed" title={`${levelNames[s.from]} to ${levelNames[s.to]}`}>
                    {s.from} → {s.to}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

export function ComparePage() {
  const [params, setParams] = useSearchParams();
  const roles = useRoles();
  const framework = useFramework();
  const from = params.get('from') ?? 'project-manager';
  const to = params.get('to') ?? 'product-manager';
  const comparison = useComparison(from, to);
  const options = (roles.data ?? []).map((r) => ({
    value: r.id,
    label: r.builtIn ? r.name : `${r.name} (yours)`,
  }));

  const set = (key: 'from' | 'to', value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    if (!next.get(key === 'from' ? 'to' : 'from'))
      next.set(key === 'from' ? 'to' : 'from', key === 'from' ? to : from);
    setParams(next, { replace: true });
  };

  const fromRole = framework.data?.roles.find((r) => r.id === from);
  const toRole = framework.data?.roles.find((r) => r.id === to);
  const expected = (role: typeof fromRole) =>
    Object.fromEntries(
      (framework.data?.competencies ?? []).map((c) => [c.id, role?.expectations[c.id]?.level]),
    );
  const sameName = fromRole?.name === toRole?.name;

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/roles">
          Roles
        </Anchor>
        <Text>Compare</Text>
      </Breadcrumbs>
      <div>
        <Title order={1}>Compare roles</Title>
        <Text c="dimmed">
          What someone moving from one role to another will need to build, keep and hand over.
        </Text>
      </div>
      <Group grow maw={640}>
        <NativeSelect
          label="From"
          data={options}
          value={from}
          onChange={(e) => set('from', e.currentTarget.value)}
        />
        <NativeSelect
          label="To"
          data={options}
          value={to}
          onChange={(e) => set('to', e.currentTarget.value)}
        />
      </Group>

      {comparison.isError && <Alert color="red">{comparison.error.message}</Alert>}
      {comparison.isPending && <Loader aria-label="Loading" />}
      {comparison.data && fromRole && toRole && (
        <>
          <Card withBorder padding="lg">
            <Group gap="xs" mb="xs">
              <Text fw={600}>
                {fromRole.name} → {toRole.name}
              </Text>
              <Button
                component={Link}
                to={`/roles/plan-preview?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`}
                size="xs"
                variant="light"
                ml="auto"
              >
                Preview a coaching plan
              </Button>
              {comparison.data.judgedOnChanges && (
                <Badge color="orange" variant="light">
                  Measure of success changes
                </Badge>
              )}
            </Group>
            <Stack gap="xs" aria-label="Expectations brief">
              {comparison.data.brief.map((paragraph) => (
                <Text key={paragraph} size="sm">
                  {paragraph}
                </Text>
              ))}
            </Stack>
          </Card>

          <Card withBorder padding="md">
            <Text fw={600} mb="xs">
              Expected levels
            </Text>
            {sameName ? (
              <Text size="sm" c="dimmed">
                Pick two different roles to see them side by side.
              </Text>
            ) : (
              <CompetencyRadar
                frameworkOrder={framework.data?.competencies ?? []}
                competencies={framework.data?.competencies ?? []}
                series={[
                  { kind: 'current', name: fromRole.name, levels: expected(fromRole) },
                  { kind: 'target', name: toRole.name, levels: expected(toRole) },
                ]}
                label={`Expected levels: ${fromRole.name} and ${toRole.name}`}
              />
            )}
          </Card>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <ShiftTable
              title="Build"
              caption={`${toRole.name} expects more; biggest weighted gap first.`}
              shifts={comparison.data.build}
              empty="Nothing to build: the new role expects no more than the current one."
            />
            <ShiftTable
              title="Carries over"
              caption="Strengths the person already has; lean on them."
              shifts={comparison.data.carryOver}
              empty="No practised strengths carry over directly."
            />
            <ShiftTable
              title="Let go or hand to others"
              caption={`${toRole.name} expects less, and counts it as merely useful.`}
              shifts={comparison.data.letGo}
              empty="Nothing to hand over."
            />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
