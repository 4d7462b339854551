import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ChannelName } from '@shared/api/channels';
import type { Result } from '@shared/api/result';
import type { JobProgress } from '@shared/jobs/schema';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../src/renderer/src/api/client';
import { BackupsCard } from '../../src/renderer/src/data/BackupsCard';
import { backUpWithNotice } from '../../src/renderer/src/data/backUpWithNotice';
import { formatDateTime } from '../../src/renderer/src/format';
import { ok, renderWithApp } from './render';

const backup = {
  fileName: 'manual-20270104T090000Z.db',
  kind: 'manual' as const,
  createdAt: '2027-01-04T09:00:00.000Z',
  bytes: 2_000_000,
};

/** A core whose restore runs until it is stopped, reporting `progress` meanwhile. */
function slowCore(progress: Omit<JobProgress, 'jobId' | 'state'>) {
  let finish: ((result: Result<unknown>) => void) | undefined;
  const jobIds: Record<string, unknown[]> = {};
  const respond = (channel: ChannelName, input: unknown): Result<unknown> | Promise<Result<unknown>> => {
    const jobId = (input as { jobId?: string }).jobId;
    if (jobId) (jobIds[channel] ??= []).push(jobId);
    switch (channel) {
      case 'backups.list':
        return ok({ folder: '/data/backups', backups: [backup] });
      case 'backups.restore':
        return new Promise((resolve) => {
          finish = resolve;
        });
      case 'jobs.progress':
        return ok({ jobId, state: 'running', ...progress });
      case 'jobs.cancel':
        if (!progress.cancellable)
          return ok({ cancelled: false, message: 'It can no longer be stopped safely.' });
        finish?.({ ok: false, error: { code: 'CANCELLED', message: 'Stopped; nothing was changed.' } });
        return ok({ cancelled: true, message: 'Stopping; nothing will be changed.' });
      default:
        return ok(null);
    }
  };
  return { respond, jobIds, finish: (result: Result<unknown>) => finish?.(result) };
}

async function startRestore() {
  await userEvent.click(await screen.findByRole('button', { name: /Restore the backup of/ }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
}

describe('Backups card', () => {
  it('shows how far a restore is and stops it, saying nothing changed', async () => {
    const core = slowCore({
      step: 'Backing up your current data',
      done: 50,
      total: 200,
      cancellable: true,
    });
    renderWithApp(<BackupsCard />, core.respond);
    await startRestore();
    const status = await screen.findByText('Restoring: Backing up your current data');
    const panel = status.closest('[role="status"]') as HTMLElement;
    expect(within(panel).getByText('25% (50 of 200)')).toBeTruthy();
    expect(within(panel).getByRole('progressbar', { name: 'Restoring progress' })).toBeTruthy();
    expect((screen.getByRole('button', { name: /Back up now/ }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(within(panel).getByRole('button', { name: 'Stop' }));
    expect(await screen.findByText('Nothing was restored; your data is unchanged.')).toBeTruthy();
    // The stop named the same job the restore was started under.
    expect(core.jobIds['jobs.cancel']).toEqual(core.jobIds['backups.restore']);
    await waitFor(() => expect(screen.queryByTestId('job-progress')).toBeNull());
  });

  it('says when a restore can no longer be stopped', async () => {
    const core = slowCore({ step: 'Copying the backup in', done: 0, total: 0, cancellable: false });
    renderWithApp(<BackupsCard />, core.respond);
    await startRestore();
    await screen.findByText('Restoring: Copying the backup in');
    const stop = screen.getByRole('button', { name: 'Stop' }) as HTMLButtonElement;
    expect(stop.disabled).toBe(true);
    expect(screen.getByText('This part cannot be stopped safely; it finishes in a moment.')).toBeTruthy();
    core.finish(ok({ restored: backup, safetyBackup: { ...backup, kind: 'pre-restore' }, schemaVersion: 7 }));
    expect(await screen.findByText(/Your data is as it was at/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('job-progress')).toBeNull());
  });
});

function BackUpButton() {
  const api = useApi();
  const queryClient = useQueryClient();
  return (
    <button type="button" onClick={() => void backUpWithNotice(api, queryClient)}>
      Menu: back up now
    </button>
  );
}

describe('Back up now from the menu or Ctrl+B', () => {
  it('follows the copy in a notification with a Stop button', async () => {
    let finish: ((result: Result<unknown>) => void) | undefined;
    const { call } = renderWithApp(<BackUpButton />, (channel) => {
      if (channel === 'backups.create')
        return new Promise((resolve) => {
          finish = resolve;
        });
      if (channel === 'jobs.progress')
        return ok({
          jobId: 'x',
          step: 'Copying your data',
          done: 10,
          total: 40,
          cancellable: true,
          state: 'running',
        });
      if (channel === 'jobs.cancel') {
        finish?.({ ok: false, error: { code: 'CANCELLED', message: 'Stopped; nothing was changed.' } });
        return ok({ cancelled: true, message: 'Stopping; nothing will be changed.' });
      }
      return ok(null);
    });
    await userEvent.click(screen.getByRole('button', { name: 'Menu: back up now' }));
    expect(await screen.findByText('Backing up')).toBeTruthy();
    expect(await screen.findByText('Copying your data 25%')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(await screen.findByText('No backup was made.')).toBeTruthy();
    const create = call.mock.calls.find(([channel]) => channel === 'backups.create');
    const cancel = call.mock.calls.find(([channel]) => channel === 'jobs.cancel');
    expect(cancel?.[1]).toEqual({ jobId: (create?.[1] as { jobId: string }).jobId });
  });
});

describe('A saved backup, in the manager’s words', () => {
  const created = ok({ ...backup, createdAt: '2027-01-04T09:05:00.000Z' });
  const respond = (channel: ChannelName) =>
    channel === 'backups.create'
      ? created
      : channel === 'backups.list'
        ? ok({ folder: '/data/backups', backups: [] })
        : ok(null);

  it('says when it was taken, as the locale writes it, and why; never the file name', async () => {
    renderWithApp(<BackupsCard />, respond);
    await userEvent.click(await screen.findByRole('button', { name: /Back up now/ }));
    expect(
      await screen.findByText(`Backup saved — ${formatDateTime('2027-01-04T09:05:00.000Z')}`),
    ).toBeTruthy();
    expect(screen.getByText(/^Backed up by you · [\d.]+ MB$/)).toBeTruthy();
    expect(screen.queryByText(/manual-2027/)).toBeNull();
    expect(screen.queryByText(/2027-01-04/)).toBeNull();
  });

  it('says the same after Back up now from the menu', async () => {
    renderWithApp(<BackUpButton />, respond);
    await userEvent.click(screen.getByRole('button', { name: 'Menu: back up now' }));
    expect(
      await screen.findByText(`Backup saved — ${formatDateTime('2027-01-04T09:05:00.000Z')}`),
    ).toBeTruthy();
    expect(screen.queryByText(/manual-2027/)).toBeNull();
  });
});
