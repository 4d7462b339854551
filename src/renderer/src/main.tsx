import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createHashRouter } from 'react-router';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import { AppProviders, createQueryClient } from './AppProviders';
import { createApiClient } from './api/client';
import { pickTransport } from './api/transport';
import { routes } from './routes';
import { RecoveryGate } from './data/RecoveryScreen';
import { applyLocale } from './locale';
import { LocaleGate } from './LocaleGate';
import { NoLinkPage } from './pages/NoLinkPage';
import { prefetchDashboard } from './pages/dashboard/queries';
import { prefetchAppInfo } from './data/queries';

// Take the browser mode's token out of the address bar before the router reads the hash.
const transport = pickTransport();
const api = createApiClient(transport);
const router = createHashRouter(routes);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

const queryClient = createQueryClient();
// Dates and numbers are written in the locale from the first paint; a locale that fails to load
// leaves English (UK).
void applyLocale().then(() => {
  // Both calls leave before the first render. app.info first: the core answers it at once, so the
  // frame is drawn while the core works out the dashboard.
  if (!transport.needsLink) {
    prefetchAppInfo(queryClient, api);
    prefetchDashboard(queryClient, api, window.location.hash);
  }
  createRoot(root).render(
    <StrictMode>
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
      </AppProviders>
    </StrictMode>,
  );
});
