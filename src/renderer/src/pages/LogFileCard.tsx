// Settings → Log file: where Rolebridge writes what went wrong, to copy or open and send on. It holds
// where and how a fault happened, never notes, names or anything typed.
import { Button, Card, Code, CopyButton, Group, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconFolderOpen } from '@tabler/icons-react';
import { useLogFileQuery } from '../settings/queries';

export function LogFileCard() {
  const logFile = useLogFileQuery();
  return (
    <Card withBorder padding="lg" aria-labelledby="log-file-title">
      <Text fw={600} id="log-file-title" mb={4}>
        Log file
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        When something goes wrong, Rolebridge writes where and how here. Send this file with a problem report:
        it never holds your notes, names or anything you typed.
      </Text>
      {logFile.data && (
        <Group gap="xs" align="center">
          <Code>{logFile.data.file}</Code>
          <CopyButton value={logFile.data.file}>
            {({ copied, copy }) => (
              <Button
                variant="default"
                size="xs"
                leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                onClick={copy}
              >
                {copied ? 'Copied' : 'Copy path'}
              </Button>
            )}
          </CopyButton>
          {window.rolebridgeShell && (
            <Button
              variant="default"
              size="xs"
              leftSection={<IconFolderOpen size={14} />}
              onClick={() => void window.rolebridgeShell?.openFolder('data')}
            >
              Open its folder
            </Button>
          )}
        </Group>
      )}
      {logFile.error && (
        <Text size="sm" c="red">
          {logFile.error.message}
        </Text>
      )}
    </Card>
  );
}
