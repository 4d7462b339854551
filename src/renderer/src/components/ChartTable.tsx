// The numbers behind a chart, as a table a screen reader or a keyboard user can read: folded under
// the chart ("Show as a table"), one row per point of the chart's data.
import { Table, Text } from '@mantine/core';

export interface ChartTableProps {
  /** What the table shows, read out as its name ("Coaching hours per week"). */
  label: string;
  data: Record<string, string | number | null | undefined>[];
  /** The column that names each row (the chart's x axis), and its heading. */
  dataKey: string;
  dataKeyLabel: string;
  /** The other columns, in order (the chart's series). */
  series: string[];
  /** How to write a value; blank cells show a dash. */
  format?: (value: number, column: string) => string;
}

export function ChartTable({ label, data, dataKey, dataKeyLabel, series, format }: ChartTableProps) {
  const cell = (value: string | number | null | undefined, column: string) =>
    value === null || value === undefined
      ? '—'
      : typeof value === 'number' && format
        ? format(value, column)
        : value;
  return (
    <details className="chart-table">
      <summary>
        <Text span size="sm" c="dimmed">
          Show as a table
        </Text>
      </summary>
      <Table.ScrollContainer minWidth={320} mt="xs">
        <Table verticalSpacing={4} striped aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{dataKeyLabel}</Table.Th>
              {series.map((name) => (
                <Table.Th key={name} scope="col">
                  {name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((row, index) => (
              <Table.Tr key={`${String(row[dataKey])}-${index}`}>
                <Table.Th scope="row" fw={500}>
                  {row[dataKey]}
                </Table.Th>
                {series.map((name) => (
                  <Table.Td key={name}>{cell(row[name], name)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </details>
  );
}
