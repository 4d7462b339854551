// The team app's wiring, kept out of the components (which reach data through hooks): the api client
// over the team transport, the query cache, and the CSRF token the transport reads at call time.
import { createQueryClient } from '../AppProviders';
import { createApiClient } from '../api/client';
import { teamTransport, type TeamSessionHolder } from '../api/transport';

export { INVITATION_PATH } from '../api/transport';
export type { TeamAccount, TeamState } from '../api/transport';

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
