// What the team server's channel route (POST /api/<channel>) hands a signed-in call to. The route has
// already checked the session and the CSRF token; a TeamCalls decides everything past that (which
// channels exist, the policy, the services scoped by the actor). The services are being made async
// and given PostgreSQL repositories; until they are wired, the server starts with
// `notAvailableYet`, which answers every channel that it is not here yet.
import type { Result } from '@shared/api/result';
import { isChannelName } from '@shared/api/channels';
import type { Actor } from '../auth/policy';

/** One call of a batch (POST /api/batch). */
export interface BatchCall {
  channel: string;
  input?: unknown;
}

export interface TeamCalls {
  /** Resolves to the Result envelope; a rejection is logged and answered INTERNAL. */
  call(actor: Actor, channel: string, input: unknown): Promise<Result<unknown>>;
  /**
   * Several reads at once, each answered as `call` would answer it, in order; in one transaction
   * where the storage can. Absent: the route makes the calls one after another.
   */
  batch?(actor: Actor, calls: readonly BatchCall[]): Promise<Result<unknown>[]>;
}

/** The answer for every channel until the services are wired to PostgreSQL: NOT_FOUND, saying why. */
export const notAvailableYet: TeamCalls = {
  call: async (_actor, channel) => ({
    ok: false,
    error: {
      code: 'NOT_FOUND',
      message: isChannelName(channel)
        ? `${channel} is not available on the team server yet`
        : `There is no channel called ${JSON.stringify(channel.slice(0, 100))}`,
    },
  }),
};
