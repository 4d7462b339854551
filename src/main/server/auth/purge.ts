// The periodic clean-up of sign-in records nobody can use any more: sessions past their absolute end
// or idle too long, and invitation links past their expiry. An expired session is already deleted
// when it is presented; this removes the ones never presented again. Deleting in bounded batches
// keeps each statement (and the locks it holds) short on a busy server.
import type { Clock } from './clock';
import type { InvitationStore } from './invitations';
import { SESSION_IDLE_MS, type SessionStore } from './sessions';

export const PURGE_BATCH = 500;
/** Batches per run at most: a backlog larger than this is finished by the next runs. */
export const PURGE_MAX_BATCHES = 20;

export interface PurgeDeps {
  sessions: SessionStore;
  invitations: InvitationStore;
  now: Clock;
}

export interface PurgeReport {
  sessions: number;
  invitations: number;
}

async function inBatches(deleteBatch: (limit: number) => Promise<number>, batch: number): Promise<number> {
  let total = 0;
  for (let run = 0; run < PURGE_MAX_BATCHES; run += 1) {
    const deleted = await deleteBatch(batch);
    total += deleted;
    if (deleted < batch) break;
  }
  return total;
}

/** One run of the purge, as the server calls it every few minutes; returns how many rows went. */
export async function purgeExpiredSignIns(deps: PurgeDeps, batch = PURGE_BATCH): Promise<PurgeReport> {
  const now = deps.now();
  const nowText = now.toISOString();
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MS).toISOString();
  return {
    sessions: await inBatches((limit) => deps.sessions.purgeExpired(nowText, idleSince, limit), batch),
    invitations: await inBatches((limit) => deps.invitations.purgeExpired(nowText, limit), batch),
  };
}
