// Current against target per competency: a radar and a table, biggest weighted gaps first, with the
// manager's and the hire's own assessment side by side when both exist.
import { Badge, Card, SimpleGrid, Table, Text } from '@mantine/core';
import type { Assessment } from '@shared/assessments/schema';
import { expectationFor } from '@shared/framework/lookup';
import { levelNames, type Framework, type Role } from '@shared/framework/types';

import { CompetencyRadar } from '../components/CompetencyRadar';
import type { RadarSeries } from '../components/radar-series';

interface Props {
  framework: Framework;
  targetRole: Role;
  manager?: Assessment;
  self?: Assessment;
}

export function GapView({ framework, targetRole, manager, self }: Props) {
  const levelIn = (a: Assessment | undefined, id: string) =>
    a?.ratings.find((r) => r.competencyId === id)?.level;
  const rows = framework.competencies
    .map((c) => {
      const target = expectationFor(targetRole, c.id);
      const current = levelIn(manager, c.id) ?? levelIn(self, c.id);
      const gap = current === undefined ? 0 : Math.max(0, target.level - current);
      return {
        c,
        target,
        managerLevel: levelIn(manager, c.id),
        selfLevel: levelIn(self, c.id),
        weighted: gap * target.weight,
      };
    })
    .filter((row) => row.target.level > 0 || row.managerLevel !== undefined)
    .sort(
      (a, b) =>
        b.weighted - a.weighted || b.target.weight - a.target.weight || a.c.name.localeCompare(b.c.name),
    );

  const levelsOf = (pick: (row: (typeof rows)[number]) => number | undefined) =>
    Object.fromEntries(rows.map((row) => [row.c.id, pick(row)]));
  const radarSeries: RadarSeries[] = [
    { kind: 'target', name: 'Target', levels: levelsOf((row) => row.target.level) },
    ...(manager
      ? [{ kind: 'current' as const, name: 'Manager', levels: levelsOf((r) => r.managerLevel) }]
      : []),
    ...(self
      ? [{ kind: 'self' as const, name: 'Self-assessment', levels: levelsOf((r) => r.selfLevel) }]
      : []),
  ];

  return (
    <SimpleGrid cols={1}>
      <Card withBorder padding="md">
        <Text fw={600}>Current and target</Text>
        <CompetencyRadar
          frameworkOrder={framework.competencies}
          competencies={rows.map((row) => row.c)}
          series={radarSeries}
          label="Current and target levels"
        />
      </Card>
      <Card withBorder padding="md">
        <Text fw={600} mb="xs">
          Gaps, biggest first
        </Text>
        <Table verticalSpacing={6} aria-label="Gaps, biggest first">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Competency</Table.Th>
              <Table.Th ta="center">Target</Table.Th>
              {manager && <Table.Th ta="center">Manager</Table.Th>}
              {self && <Table.Th ta="center">Self</Table.Th>}
              <Table.Th ta="center">Weighted gap</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.c.id}>
                <Table.Td>
                  <Text size="sm">{row.c.name}</Text>
                </Table.Td>
                <Table.Td ta="center" title={levelNames[row.target.level]}>
                  {row.target.level}
                </Table.Td>
                {manager && (
                  <Table.Td
                    ta="center"
                    title={row.managerLevel === undefined ? 'Not rated' : levelNames[row.managerLevel]}
                  >
                    {row.managerLevel ?? '–'}
                  </Table.Td>
                )}
                {self && (
                  <Table.Td
                    ta="center"
                    title={row.selfLevel === undefined ? 'Not rated' : levelNames[row.selfLevel]}
                  >
                    {row.selfLevel ?? '–'}
                    {row.managerLevel !== undefined &&
                      row.selfLevel !== undefined &&
                      row.selfLevel !== row.managerLevel && (
                        <Text span size="xs" c={row.selfLevel > row.managerLevel ? 'orange' : 'teal'}>
                          {' '}
                          ({row.selfLevel > row.managerLevel ? '+' : ''}
                          {row.selfLevel - row.managerLevel})
                        </Text>
                      )}
                  </Table.Td>
                )}
                <Table.Td ta="center">
                  {row.weighted > 0 ? (
                    <Badge
                      variant={row.weighted >= 6 ? 'filled' : 'light'}
                      color={row.weighted >= 6 ? 'red' : 'orange'}
                    >
                      {row.weighted}
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </SimpleGrid>
  );
}
