import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { ChangePasswordPage } from '../features/auth/change-password.page';
import { LoginPage } from '../features/auth/login.page';
import { RouteErrorPage } from '../features/errors/error-boundary';
import { NotFoundPage } from '../features/errors/error-pages';
import { HomePage } from '../features/home/home.page';
import { firstPath } from './access';
import { AppLayout } from './app-layout';
import { RequirePermission } from './require-permission';
import { useSession } from './session';
import { SessionGate } from './session-gate';

const UsersPage = lazy(() => import('../features/users/users.page').then((m) => ({ default: m.UsersPage })));
const RolesPage = lazy(() => import('../features/roles/roles.page').then((m) => ({ default: m.RolesPage })));
const OrgUnitsPage = lazy(() =>
  import('../features/org-units/org-units.page').then((m) => ({ default: m.OrgUnitsPage })),
);
const ZonesPage = lazy(() => import('../features/zones/zones.page').then((m) => ({ default: m.ZonesPage })));
const AuditLogPage = lazy(() => import('../features/audit/audit-log.page').then((m) => ({ default: m.AuditLogPage })));

/** /admin itself has no page: go to its first entry the user may open. */
function AdminIndex() {
  const admin = useSession().menu.find((entry) => entry.key === 'admin');
  return admin ? <Navigate to={firstPath(admin)} replace /> : <RequirePermission>{null}</RequirePermission>;
}

export function createRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
    {
      element: <SessionGate />,
      errorElement: <RouteErrorPage />,
      children: [
        { path: '/password', element: <ChangePasswordPage /> },
        {
          element: <AppLayout />,
          errorElement: <RouteErrorPage />,
          children: [
            {
              index: true,
              element: (
                <RequirePermission>
                  <HomePage />
                </RequirePermission>
              ),
            },
            { path: 'admin', element: <AdminIndex /> },
            {
              path: 'admin/users',
              element: (
                <RequirePermission>
                  <UsersPage />
                </RequirePermission>
              ),
            },
            {
              path: 'admin/roles',
              element: (
                <RequirePermission>
                  <RolesPage />
                </RequirePermission>
              ),
            },
            {
              path: 'admin/org-units',
              element: (
                <RequirePermission>
                  <OrgUnitsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'admin/zones',
              element: (
                <RequirePermission>
                  <ZonesPage />
                </RequirePermission>
              ),
            },
            {
              path: 'audit',
              element: (
                <RequirePermission>
                  <AuditLogPage />
                </RequirePermission>
              ),
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}

export type AppRouter = ReturnType<typeof createRouter>;
