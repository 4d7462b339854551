// Queries and mutations for the data itself: where it lives (app info), backups, the recovery
// screen, the one-file export and import, and the sample team. Long operations run as jobs
// (./useJob), so the manager sees how far they are and can stop them.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ChannelOutput } from '@shared/api/contract';
import type { ImportMode } from '@shared/data/schema';
import { useApi, type ApiClient } from '../api/client';
import type { JobControl } from './useJob';

export const dataKeys = {
  appInfo: ['app.info'] as const,
  backups: ['backups'] as const,
  sample: ['sample'] as const,
};

function appInfoQuery(api: ApiClient) {
  return { queryKey: dataKeys.appInfo, queryFn: () => api.call('app.info', {}), staleTime: Infinity };
}

export function useAppInfo() {
  return useQuery(appInfoQuery(useApi()));
}

/** Asks for app.info as the app starts, before anything renders: every screen waits for it. */
export function prefetchAppInfo(queryClient: QueryClient, api: ApiClient): void {
  void queryClient.prefetchQuery(appInfoQuery(api));
}

/** How this window reaches the data: the desktop app's IPC, or browser mode's local HTTP. */
export function useTransport(): ApiClient['transport'] {
  return useApi().transport;
}

export function useBackups() {
  const api = useApi();
  return useQuery({ queryKey: dataKeys.backups, queryFn: () => api.call('backups.list', {}) });
}

/** What happens after a restore, an import or a recovery: everything on screen may have changed. */
function useRefetchEverything() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries();
}

export function useCreateBackup(job: JobControl) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => job.run((jobId) => api.call('backups.create', { jobId })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: dataKeys.backups }),
  });
}

export function useRestoreBackup(job: JobControl) {
  const api = useApi();
  const refetch = useRefetchEverything();
  return useMutation({
    mutationFn: (fileName: string) => job.run((jobId) => api.call('backups.restore', { fileName, jobId })),
    onSuccess: refetch,
  });
}

/** The recovery screen's ways out: restore a backup, or start empty with the damaged file moved aside. */
export function useRecovery(job: JobControl) {
  const api = useApi();
  const refetch = useRefetchEverything();
  const restore = useMutation({
    mutationFn: (fileName: string) => job.run((jobId) => api.call('recovery.restore', { fileName, jobId })),
    onSuccess: refetch,
  });
  const startEmpty = useMutation({
    mutationFn: () => api.call('recovery.startEmpty', {}),
    onSuccess: refetch,
  });
  return { restore, startEmpty, exportReadable: () => api.call('recovery.exportReadable', {}) };
}

export function useImportData(job: JobControl) {
  const api = useApi();
  const refetch = useRefetchEverything();
  return useMutation({
    mutationFn: ({ file, mode }: { file: unknown; mode: ImportMode }) =>
      job.run((jobId) => api.call('data.import', { file, mode, jobId })),
    onSuccess: refetch,
  });
}

export function useExportData() {
  const api = useApi();
  return () => api.call('data.export', {});
}

export function useSampleStatus() {
  const api = useApi();
  // A team server has no sample team (the channel answers NOT_FOUND there): not asked.
  return useQuery({
    queryKey: dataKeys.sample,
    queryFn: () => api.call('sample.status', {}),
    enabled: api.transport !== 'team',
  });
}

/** What the screen adds to a mutation: its notices. They run even when the screen has gone meanwhile. */
interface Notices<O> {
  onSuccess?: (value: O) => void;
  onError?: (error: Error) => void;
}

export function useLoadSample(notices: Notices<ChannelOutput<'sample.load'>> = {}) {
  const api = useApi();
  const refetch = useRefetchEverything();
  return useMutation({
    mutationFn: () => api.call('sample.load', {}),
    onSuccess: (value) => {
      refetch();
      notices.onSuccess?.(value);
    },
    onError: notices.onError,
  });
}

export function useRemoveSample(notices: Notices<ChannelOutput<'sample.remove'>> = {}) {
  const api = useApi();
  const refetch = useRefetchEverything();
  return useMutation({
    mutationFn: () => api.call('sample.remove', {}),
    onSuccess: (value) => {
      refetch();
      notices.onSuccess?.(value);
    },
    onError: notices.onError,
  });
}
