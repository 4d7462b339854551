// The app's screens by address. Only the dashboard (the first screen) is in the entry script; every
// other screen loads when it is first opened, so forms, date handling and charts wait until needed.
import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { DashboardPage } from './pages/DashboardPage';
import { FirstHireHost } from './pages/SampleTeam';
import { NotFoundPage } from './pages/NotFoundPage';
import { ErrorPage } from './pages/ErrorPage';
import { useTeamSession } from './team/session';

/** The home page: the dashboard; on a team server a lead's is the overview, an administrator's People. */
function Home() {
  const role = useTeamSession()?.account.role;
  if (role === 'hr') return <Navigate to="/overview" replace />;
  if (role === 'admin') return <Navigate to="/people" replace />;
  return (
    <FirstHireHost>
      <DashboardPage />
    </FirstHireHost>
  );
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <ErrorPage />,
    children: [
      { index: true, element: <Home /> },
      { path: 'hires', lazy: async () => ({ Component: (await import('./hires/HiresPage')).HiresPage }) },
      {
        path: 'hires/:hireId',
        lazy: async () => ({ Component: (await import('./hires/HirePage')).HirePage }),
      },
      {
        path: 'hires/:hireId/check-ins/:checkInId',
        lazy: async () => ({ Component: (await import('./checkins/CheckInPage')).CheckInPage }),
      },
      { path: 'roles', lazy: async () => ({ Component: (await import('./framework/RolesPage')).RolesPage }) },
      {
        path: 'roles/compare',
        lazy: async () => ({ Component: (await import('./framework/ComparePage')).ComparePage }),
      },
      {
        path: 'roles/plan-preview',
        lazy: async () => ({ Component: (await import('./plans/PlanPreviewPage')).PlanPreviewPage }),
      },
      {
        path: 'roles/competencies/new',
        lazy: async () => ({
          Component: (await import('./framework/CompetencyEditorPage')).CompetencyEditorPage,
        }),
      },
      {
        path: 'roles/competencies/:competencyId',
        lazy: async () => ({
          Component: (await import('./framework/CompetencyEditorPage')).CompetencyEditorPage,
        }),
      },
      {
        path: 'roles/:roleId',
        lazy: async () => ({ Component: (await import('./framework/RoleDetailPage')).RoleDetailPage }),
      },
      {
        path: 'roles/:roleId/edit',
        lazy: async () => ({ Component: (await import('./framework/RoleEditorPage')).RoleEditorPage }),
      },
      {
        path: 'settings',
        lazy: async () => ({ Component: (await import('./pages/SettingsPage')).SettingsPage }),
      },
      // A team server's administrator manages accounts here; elsewhere the server refuses the list.
      { path: 'people', lazy: async () => ({ Component: (await import('./team/PeoplePage')).PeoplePage }) },
      // A team server's HR/L&D lead: the organisation overview (their home) and framework proposals.
      {
        path: 'overview',
        lazy: async () => ({ Component: (await import('./team/OverviewPage')).OverviewPage }),
      },
      {
        path: 'proposals',
        lazy: async () => ({ Component: (await import('./team/ProposalsPage')).ProposalsPage }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
