// The Progress tab's count of the evidence log: entries per competency of the plan, by source.
import { Card, Table, Text } from '@mantine/core';
import { countEvidence } from '@shared/evidence/schema';
import { useEvidence } from './queries';

export function EvidenceCounts({
  hireId,
  competencies,
}: {
  hireId: string;
  competencies: readonly { id: string; name: string }[];
}) {
  const log = useEvidence(hireId);
  if (!log.isSuccess) return null;
  const counts = new Map(countEvidence(log.data).map((count) => [count.competencyId, count]));
  // The plan's competencies, then any other competency the log names.
  const rows = [
    ...competencies,
    ...[...counts.keys()]
      .filter((id) => !competencies.some((c) => c.id === id))
      .map((id) => ({ id, name: id })),
  ];
  return (
    <Card withBorder padding="md" aria-label="Evidence logged">
      <Text fw={600}>Evidence logged</Text>
      <Text size="xs" c="dimmed" mb="sm">
        {log.data.length === 0
          ? 'Nothing logged yet: add wins and feedback on the Evidence tab, or import the hire’s answers.'
          : `${log.data.length} ${log.data.length === 1 ? 'entry' : 'entries'} in the evidence log, per competency and source.`}
      </Text>
      {log.data.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table aria-label="Evidence per competency" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Competency</Table.Th>
                <Table.Th ta="right">The hire</Table.Th>
                <Table.Th ta="right">You</Table.Th>
                <Table.Th ta="right">Stakeholders</Table.Th>
                <Table.Th ta="right">All</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => {
                const count = counts.get(c.id);
                return (
                  <Table.Tr key={c.id}>
                    <Table.Td>{c.name}</Table.Td>
                    <Table.Td ta="right">{count?.bySource.hire ?? 0}</Table.Td>
                    <Table.Td ta="right">{count?.bySource.manager ?? 0}</Table.Td>
                    <Table.Td ta="right">{count?.bySource.stakeholder ?? 0}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {count?.total ?? 0}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
