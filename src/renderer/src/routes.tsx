import type { RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { DashboardPage } from './pages/DashboardPage';
import { FirstHireHost } from './pages/SampleTeam';
import { HiresPage } from './hires/HiresPage';
import { HirePage } from './hires/HirePage';
import { CheckInPage } from './checkins/CheckInPage';
import { lazy, Suspense } from 'react';
import { Loader } from '@mantine/core';
import { RolesPage } from './framework/RolesPage';
import { RoleDetailPage } from './framework/RoleDetailPage';
import { RoleEditorPage } from './framework/RoleEditorPage';
import { CompetencyEditorPage } from './framework/CompetencyEditorPage';

// Charts are heavy: the comparison page loads them when it is first opened.
const ComparePage = lazy(() => import('./framework/ComparePage').then((m) => ({ default: m.ComparePage })));
const PlanPreviewPage = lazy(() =>
  import('./plans/PlanPreviewPage').then((m) => ({ default: m.PlanPreviewPage })),
);
import { SettingsPage } from './pages/SettingsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ErrorPage } from './pages/ErrorPage';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <ErrorPage />,
    children: [
      {
        index: true,
        element: (
          <FirstHireHost>
            <DashboardPage />
          </FirstHireHost>
        ),
      },
      { path: 'hires', element: <HiresPage /> },
      { path: 'hires/:hireId', element: <HirePage /> },
      { path: 'hires/:hireId/check-ins/:checkInId', element: <CheckInPage /> },
      { path: 'roles', element: <RolesPage /> },
      {
        path: 'roles/compare',
        element: (
          <Suspense fallback={<Loader aria-label="Loading" />}>
            <ComparePage />
          </Suspense>
        ),
      },
      {
        path: 'roles/plan-preview',
        element: (
          <Suspense fallback={<Loader aria-label="Loading" />}>
            <PlanPreviewPage />
          </Suspense>
        ),
      },
      { path: 'roles/competencies/new', element: <CompetencyEditorPage /> },
      { path: 'roles/competencies/:competencyId', element: <CompetencyEditorPage /> },
      { path: 'roles/:roleId', element: <RoleDetailPage /> },
      { path: 'roles/:roleId/edit', element: <RoleEditorPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
