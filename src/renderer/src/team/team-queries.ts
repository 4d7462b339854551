// The team pages' data: the overview, proposals, colleagues and a hire's sharing, and the writes a
// manager or lead makes, each refreshing what it changed. Writes carry the session's CSRF token; a
// session that ended meanwhile brings back the sign-in screen (signInAgainWhenEnded).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { frameworkKeys } from '../framework/queries';
import { signInAgainWhenEnded } from './queries';
import { useTeamSession } from './session';
import { teamApi, type FrameworkEntry } from './team-api';

const teamKeys = {
  overview: ['team', 'overview'] as const,
  proposals: ['team', 'proposals'] as const,
  colleagues: ['team', 'colleagues'] as const,
  sharing: (hireId: string) => ['team', 'sharing', hireId] as const,
};

function useSignedInRequest() {
  const session = useTeamSession();
  return {
    csrf: () => session?.csrfToken() ?? null,
    run: <T>(request: () => Promise<T>) => signInAgainWhenEnded(session, request),
  };
}

export function useOrgOverview() {
  const { run } = useSignedInRequest();
  return useQuery({ queryKey: teamKeys.overview, queryFn: () => run(teamApi.overview) });
}

export function useProposals() {
  const { run } = useSignedInRequest();
  return useQuery({ queryKey: teamKeys.proposals, queryFn: () => run(teamApi.proposals) });
}

export function useAcceptProposal() {
  const { run, csrf } = useSignedInRequest();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entry: Pick<FrameworkEntry, 'kind' | 'id'>) =>
      run(() => teamApi.acceptProposal(entry, csrf())),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: teamKeys.proposals });
      void queryClient.invalidateQueries({ queryKey: frameworkKeys.framework });
      void queryClient.invalidateQueries({ queryKey: frameworkKeys.roles });
    },
  });
}

export function useColleagues() {
  const { run } = useSignedInRequest();
  return useQuery({ queryKey: teamKeys.colleagues, queryFn: () => run(teamApi.colleagues) });
}

/** Who manages a hire and who it is shared with (team server only: `enabled` false elsewhere). */
export function useHireSharing(hireId: string, enabled = true) {
  const { run } = useSignedInRequest();
  return useQuery({
    queryKey: teamKeys.sharing(hireId),
    queryFn: () => run(() => teamApi.sharing(hireId)),
    enabled,
  });
}

export function useMoveIn() {
  const { run, csrf } = useSignedInRequest();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fileText: string) => run(() => teamApi.moveIn(fileText, csrf())),
    // Hires, the framework (proposals) and settings all may have changed.
    onSuccess: () => void queryClient.invalidateQueries(),
  });
}

export function useHandOver(onDone: () => void) {
  const { run, csrf } = useSignedInRequest();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { hireId: string; toManagerId: string }) =>
      run(() => teamApi.handOver(input, csrf())),
    // The hire left this manager's lists, dashboard and pages.
    onSuccess: () => {
      void queryClient.invalidateQueries();
      onDone();
    },
  });
}

export function useShareHire() {
  const { run, csrf } = useSignedInRequest();
  const queryClient = useQueryClient();
  const refresh = (hireId: string) =>
    void queryClient.invalidateQueries({ queryKey: teamKeys.sharing(hireId) });
  const share = useMutation({
    mutationFn: (input: { hireId: string; leadId: string }) => run(() => teamApi.share(input, csrf())),
    onSuccess: (_value, input) => refresh(input.hireId),
  });
  const unshare = useMutation({
    mutationFn: (input: { hireId: string; leadId: string }) => run(() => teamApi.unshare(input, csrf())),
    onSuccess: (_value, input) => refresh(input.hireId),
  });
  return { share, unshare };
}
