// The team app's wiring, kept out of the components (which reach data through hooks): the api client
// over the team transport, the query cache, and the CSRF token the transport reads at call time.
import { createQueryClient } from '../AppProviders';
import { createApiClient } from '../api/client';
import { teamTransport, type TeamState as BaseTeamState, type TeamSessionHolder } from '../api/transport';

export { INVITATION_PATH } from '../api/transport';
export type { TeamAccount } from '../api/transport';

/** Single sign-on through the server's trusted proxy: who it names, and whether they signed out here. */
export interface SingleSignOn {
  email: string;
  /** Signed out in this browser: ask before signing them back in. */
  paused: boolean;
}

/** GET /auth/state; `singleSignOn` is null (or absent, from an older server) without single sign-on. */
export type TeamState = BaseTeamState & { singleSignOn?: SingleSignOn | null };

/** One per tab: a sign-in or sign-out changes its session, never the connection. */
export class TeamConnection implements TeamSessionHolder {
  private ended: (message: string) => void = () => undefined;
  readonly queryClient = createQueryClient();
  readonly api = createApiClient(teamTransport(this, (message) => this.ended(message)));

  constructor(public csrfToken: string | null) {}

  /** A new session (or none): nothing one person loaded may be shown to the next. */
  changeSession(csrfToken: string | null): void {
    this.csrfToken = csrfToken;
    this.queryClient.clear();
  }

  /** Called when a channel answers UNAUTHORIZED (the session expired or was ended elsewhere). */
  whenSessionEnds(listener: (message: string) => void): void {
    this.ended = listener;
  }
}
