// When someone else (or another window) changed a hire or a one-on-one after this screen loaded it,
// the core refuses the edit with CONFLICT on `expectedVersion`. The screen then keeps what the
// manager typed, says who changed it, and offers to reload; what they typed stays beside, to copy.
import { Alert, Button, Card, CopyButton, Group, Stack, Text, Textarea } from '@mantine/core';
import { ApiError } from '../api/errors';

/** True for the refusal of an edit made on an older version of the record. */
export function isStaleEdit(error: unknown): error is ApiError {
  return (
    error instanceof ApiError &&
    error.code === 'CONFLICT' &&
    error.issues.some((issue) => issue.field === 'expectedVersion')
  );
}

/** The refusal, in the core's words, with the Reload that fetches the newer record. */
export function StaleEditAlert({
  message,
  onReload,
  reloading,
  stoppedAutosave = false,
}: {
  message: string;
  onReload: () => void;
  reloading: boolean;
  /** A one-on-one's draft: say that autosave stopped, so nothing overwrites the other change. */
  stoppedAutosave?: boolean;
}) {
  return (
    <Alert color="orange" title="Not saved: changed elsewhere" role="alert">
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        <Text size="sm">
          {stoppedAutosave ? 'Autosave has stopped. ' : ''}What you typed stays here until you reload, and
          after reloading it is shown beside the form to copy.
        </Text>
        <Group>
          <Button size="xs" onClick={onReload} loading={reloading}>
            Reload
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** What the manager typed before reloading, field by field, read-only and ready to copy. */
export function UnsavedText({ items }: { items: { label: string; text: string }[] }) {
  const kept = items.filter((item) => item.text.trim() !== '');
  if (kept.length === 0) return null;
  return (
    <Card withBorder padding="md" aria-label="Your text, not saved">
      <Text fw={600}>Your text, not saved</Text>
      <Text size="xs" c="dimmed" mb="xs">
        What you had typed before reloading; copy what you still want into the form.
      </Text>
      <Stack gap="sm">
        {kept.map((item) => (
          <Stack key={item.label} gap={4}>
            <Textarea
              label={`${item.label} (not saved)`}
              value={item.text}
              readOnly
              autosize
              minRows={1}
              maxRows={8}
            />
            <Group>
              <CopyButton value={item.text}>
                {({ copied, copy }) => (
                  <Button size="compact-xs" variant="light" onClick={copy}>
                    {copied ? 'Copied' : `Copy ${item.label.toLowerCase()}`}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
