// Shown when a screen fails to render: says what happened and offers a way back, without losing data.
import { Alert, Button, Code, Group, Stack, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';

export function ErrorPage() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <Stack p="xl" maw={720} gap="md">
      <Title order={1}>This screen ran into a problem</Title>
      <Alert color="red" title="Nothing you saved is lost">
        Rolebridge stores every change as you make it. Go back to the dashboard or reload to carry on.
      </Alert>
      <Code block>{message}</Code>
      <Group>
        <Button onClick={() => window.location.assign('#/')}>Go to the dashboard</Button>
        <Button variant="default" onClick={() => window.location.reload()}>
          Reload
        </Button>
      </Group>
    </Stack>
  );
}
