// Bringing a hire's answers in: the manager opens the answers file (or drops it on the hire's page),
// sees what it would add, and only then adds it. A refusal lists each field and changes nothing.
import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { levelNames, type Level } from '@shared/framework/types';
import type { Hire } from '@shared/hires/schema';
import type { AnswersPreview } from '@shared/packet/answers';
import { ProblemList, problemFrom, type Problem } from '../data/ProblemList';
import { formatCalendarDate } from '../format';
import { usePacket } from './queries';

const MAX_FILE_BYTES = 2_000_000;

interface Opened {
  fileName: string;
  answers: unknown;
  preview: AnswersPreview | null;
  problem: Problem | null;
}

export function ImportAnswers({ hire }: { hire: Hire }) {
  const packets = usePacket(hire.id);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [busy, setBusy] = useState(false);

  async function open(file: File) {
    setChoosing(false);
    const refused = (lines: string[]) =>
      setOpened({
        fileName: file.name,
        answers: null,
        preview: null,
        problem: { title: 'Not imported', lines },
      });
    if (file.size > MAX_FILE_BYTES) return refused(['This file is too large to be an answers file.']);
    let answers: unknown;
    try {
      answers = JSON.parse(await file.text());
    } catch {
      return refused(['This file is not an answers file: it is not JSON.']);
    }
    try {
      const preview = await packets.preview(answers);
      setOpened({ fileName: file.name, answers, preview, problem: null });
    } catch (error) {
      setOpened({ fileName: file.name, answers, preview: null, problem: problemFrom('Not imported', error) });
    }
  }

  // A file dropped anywhere on the hire's page opens like one chosen with the button.
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void open(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  });

  async function add() {
    if (!opened?.preview) return;
    setBusy(true);
    try {
      const result = await packets.add(opened.answers);
      const { added } = result;
      notifications.show({
        title: `${hire.name}’s answers added`,
        message:
          `${added.selfAssessment ? 'A self-assessment, ' : ''}${added.topics} topic${added.topics === 1 ? '' : 's'}, ` +
          `${added.evidence} evidence entr${added.evidence === 1 ? 'y' : 'ies'}` +
          (result.skipped > 0 ? `; ${result.skipped} already here, skipped` : ''),
      });
      setOpened(null);
    } catch (error) {
      setOpened({ ...opened, problem: problemFrom('Not imported', error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setChoosing(true)}>
        Open answers…
      </Button>
      <Modal opened={choosing} onClose={() => setChoosing(false)} title={`Open ${hire.name}’s answers`}>
        <Stack gap="sm">
          <Text size="sm">
            Choose the answers file {hire.name} saved from their packet, or drop it on this page. You see what
            it adds before anything is written.
          </Text>
          <input
            type="file"
            accept=".json,application/json"
            aria-label="Answers file"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void open(file);
            }}
          />
        </Stack>
      </Modal>
      <Modal
        opened={opened !== null}
        onClose={() => setOpened(null)}
        title={`Answers from ${hire.name}`}
        size="lg"
      >
        {opened && (
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {opened.fileName}
            </Text>
            {opened.problem && <ProblemList problem={opened.problem} onClose={() => setOpened(null)} />}
            {opened.problem && (
              <Text size="sm">
                Nothing was added. Ask {hire.name} for the answers to the latest packet you shared.
              </Text>
            )}
            {opened.preview && <Preview preview={opened.preview} />}
            {opened.preview && (
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setOpened(null)}>
                  Cancel
                </Button>
                <Button loading={busy} disabled={opened.preview.nothingNew} onClick={() => void add()}>
                  Add to Rolebridge
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Modal>
    </>
  );
}

function Already({ shown }: { shown: boolean }) {
  return shown ? (
    <Badge size="xs" color="gray" variant="light" ml={6}>
      Already added
    </Badge>
  ) : null;
}

function Preview({ preview }: { preview: AnswersPreview }) {
  return (
    <Stack gap="sm" aria-label="What the answers add" role="region">
      {preview.nothingNew && (
        <Alert color="blue">
          These answers are already in Rolebridge: importing them again adds nothing.
        </Alert>
      )}
      <div>
        <Text fw={600}>Self-assessment</Text>
        {preview.selfAssessment ? (
          <>
            <Text size="sm">
              {preview.hireName}’s own view, {formatCalendarDate(preview.selfAssessment.assessedOn)}
              <Already shown={preview.selfAssessment.alreadyImported} />
            </Text>
            <List size="sm">
              {preview.selfAssessment.ratings.map((r) => (
                <List.Item key={r.competencyId}>
                  {r.name}: {r.level} · {levelNames[r.level as Level]}
                </List.Item>
              ))}
            </List>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            None in these answers.
          </Text>
        )}
      </div>
      <div>
        <Text fw={600}>Topics for the next one-on-one ({preview.topics.length})</Text>
        <List size="sm">
          {preview.topics.map((t) => (
            <List.Item key={t.text}>
              {t.text}
              <Already shown={t.alreadyImported} />
            </List.Item>
          ))}
        </List>
      </div>
      <div>
        <Text fw={600}>Wins and feedback for the evidence log ({preview.evidence.length})</Text>
        <List size="sm">
          {preview.evidence.map((e, i) => (
            <List.Item key={i}>
              {formatCalendarDate(e.notedOn)} · {e.competencyName} ·{' '}
              {e.source === 'hire'
                ? `a win of ${preview.hireName}’s`
                : `feedback from ${e.sourceName || 'someone'}`}
              : {e.text}
              <Already shown={e.alreadyImported} />
            </List.Item>
          ))}
        </List>
      </div>
    </Stack>
  );
}
