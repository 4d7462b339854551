import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createHashRouter } from 'react-router';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import { AppProviders, createQueryClient } from './AppProviders';
import { createApiClient } from './api/client';
import { httpTransport, pickTransport, teamState, type Transport } from './api/transport';
import { routes } from './routes';
import { RecoveryGate } from './data/RecoveryScreen';
import { applyLocale } from './locale';
import { LocaleGate } from './LocaleGate';
import { NoLinkPage } from './pages/NoLinkPage';
import { prefetchDashboard } from './pages/dashboard/queries';
import { prefetchAppInfo } from './data/queries';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

function render(ui: ReactNode): void {
  createRoot(root as HTMLElement).render(<StrictMode>{ui}</StrictMode>);
}

/** The desktop app and the single-user browser mode: one person, no accounts. */
function renderSingleUser(transport: Transport): void {
  const api = createApiClient(transport);
  const router = createHashRouter(routes);
  const queryClient = createQueryClient();
  // Both calls leave before the first render. app.info first: the core answers it at once, so the
  // frame is drawn while the core works out the dashboard.
  if (!transport.needsLink) {
    prefetchAppInfo(queryClient, api);
    prefetchDashboard(queryClient, api, window.location.hash);
  }
  render(
    <AppProviders api={api} queryClient={queryClient}>
      {transport.needsLink ? (
        <NoLinkPage />
      ) : (
        <LocaleGate>
          <RecoveryGate>
            <RouterProvider router={router} />
          </RecoveryGate>
        </LocaleGate>
      )}
    </AppProviders>,
  );
}

// Take the browser mode's token out of the address bar before the router reads the hash.
const transport = pickTransport();
// Dates and numbers are written in the locale from the first paint; a locale that fails to load
// leaves English (UK). A page with neither the desktop bridge nor a browser-mode link asks its
// server whether it is a team server; the team screens are loaded only then.
void applyLocale().then(async () => {
  if (transport) return renderSingleUser(transport);
  const team = await teamState();
  if (!team) return renderSingleUser(httpTransport(null));
  const { TeamApp, takeInvitationToken } = await import('./team/TeamApp');
  render(<TeamApp initial={team} invitationToken={takeInvitationToken()} />);
});
