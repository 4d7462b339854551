// A refused import or restore: what went wrong, field by field, and that nothing changed.
import { Alert, List, Text } from '@mantine/core';
import { ApiError } from '../api/errors';

export interface Problem {
  title: string;
  lines: string[];
}

export function problemFrom(title: string, error: unknown): Problem {
  const lines =
    error instanceof ApiError && error.issues.length > 0
      ? error.issues.map((issue) => (issue.field ? `${issue.field}: ${issue.message}` : issue.message))
      : [(error as Error).message];
  return { title, lines };
}

export function ProblemList({ problem, onClose }: { problem: Problem; onClose: () => void }) {
  return (
    <Alert color="red" title={problem.title} role="alert" withCloseButton onClose={onClose}>
      <List size="sm">
        {problem.lines.slice(0, 12).map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
      {problem.lines.length > 12 && <Text size="sm">…and {problem.lines.length - 12} more</Text>}
    </Alert>
  );
}
