import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { ChangePasswordPage } from '../features/auth/change-password.page';
import { LoginPage } from '../features/auth/login.page';
import { RouteErrorPage } from '../features/errors/error-boundary';
import { NotFoundPage } from '../features/errors/error-pages';
import { HomePage } from '../features/home/home.page';
import { projectRoutes } from '../features/projects/project.routes';
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
const ParcelsPage = lazy(() => import('../features/land/parcels.page').then((m) => ({ default: m.ParcelsPage })));
const BuildingsPage = lazy(() => import('../features/land/buildings.page').then((m) => ({ default: m.BuildingsPage })));
const ParkMapPage = lazy(() => import('../features/land/park-map.page').then((m) => ({ default: m.ParkMapPage })));
const EnterprisesPage = lazy(() =>
  import('../features/enterprises/enterprises.page').then((m) => ({ default: m.EnterprisesPage })),
);
const EnterpriseProfilePage = lazy(() =>
  import('../features/enterprises/enterprise-profile.page').then((m) => ({ default: m.EnterpriseProfilePage })),
);
const EnterpriseImportPage = lazy(() =>
  import('../features/enterprise-import/enterprise-import.page').then((m) => ({ default: m.EnterpriseImportPage })),
);
const ChangeRequestsPage = lazy(() =>
  import('../features/enterprises/change-requests/change-requests.page').then((m) => ({
    default: m.ChangeRequestsPage,
  })),
);
const InvestmentBoardPage = lazy(() =>
  import('../features/investment/board/board.page').then((m) => ({ default: m.BoardPage })),
);
const InvestmentLeadsPage = lazy(() =>
  import('../features/investment/leads/leads.page').then((m) => ({ default: m.LeadsPage })),
);
const InvestmentLeadPage = lazy(() =>
  import('../features/investment/leads/lead.page').then((m) => ({ default: m.LeadPage })),
);
const InvestmentCalendarPage = lazy(() =>
  import('../features/investment/calendar/calendar.page').then((m) => ({ default: m.CalendarPage })),
);
const InvestmentContestPage = lazy(() =>
  import('../features/investment/contest/contest.page').then((m) => ({ default: m.ContestPage })),
);
const InvestmentSettingsPage = lazy(() =>
  import('../features/investment/settings/settings.page').then((m) => ({ default: m.InvestmentSettingsPage })),
);

const NotificationsPage = lazy(() =>
  import('../features/notifications/notifications.page').then((m) => ({ default: m.NotificationsPage })),
);

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
              path: 'registry/enterprises',
              element: (
                <RequirePermission>
                  <EnterprisesPage />
                </RequirePermission>
              ),
            },
            {
              path: 'registry/enterprises/:id',
              // Not in the menu: the gate reads its permission from access.ts DETAIL_PAGES, as links do.
              element: (
                <RequirePermission>
                  <EnterpriseProfilePage />
                </RequirePermission>
              ),
            },
            {
              path: 'registry/import',
              element: (
                <RequirePermission>
                  <EnterpriseImportPage />
                </RequirePermission>
              ),
            },
            {
              path: 'registry/change-requests',
              element: (
                <RequirePermission>
                  <ChangeRequestsPage />
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
            {
              path: 'registry/parcels',
              element: (
                <RequirePermission>
                  <ParcelsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'registry/buildings',
              element: (
                <RequirePermission>
                  <BuildingsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'registry/map',
              element: (
                <RequirePermission>
                  <ParkMapPage />
                </RequirePermission>
              ),
            },
            {
              path: 'investment/board',
              element: (
                <RequirePermission>
                  <InvestmentBoardPage />
                </RequirePermission>
              ),
            },
            {
              path: 'investment/leads',
              element: (
                <RequirePermission>
                  <InvestmentLeadsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'investment/leads/:id',
              // Not in the menu: the gate reads its permission from access.ts DETAIL_PAGES, as links do.
              element: (
                <RequirePermission>
                  <InvestmentLeadPage />
                </RequirePermission>
              ),
            },
            {
              path: 'investment/calendar',
              element: (
                <RequirePermission>
                  <InvestmentCalendarPage />
                </RequirePermission>
              ),
            },
            {
              path: 'investment/contest',
              element: (
                <RequirePermission>
                  <InvestmentContestPage />
                </RequirePermission>
              ),
            },
            {
              path: 'investment/settings',
              element: (
                <RequirePermission>
                  <InvestmentSettingsPage />
                </RequirePermission>
              ),
            },
            ...projectRoutes,
            // Every signed-in user has notifications: no menu entry, no permission.
            { path: 'notifications', element: <NotificationsPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}

export type AppRouter = ReturnType<typeof createRouter>;
