import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../app/require-permission';

const ProjectsPage = lazy(() => import('./projects.page').then((m) => ({ default: m.ProjectsPage })));
const ProjectPage = lazy(() => import('./project.page').then((m) => ({ default: m.ProjectPage })));
const ProjectSettingsPage = lazy(() => import('./settings.page').then((m) => ({ default: m.ProjectSettingsPage })));
const InvestmentSummaryPage = lazy(() =>
  import('./investment/investment-summary.page').then((m) => ({
    default: m.InvestmentSummaryPage,
  })),
);
const ProjectReportsPage = lazy(() =>
  import('./reports/reports.page').then((m) => ({ default: m.ProjectReportsPage })),
);
const PortfolioPage = lazy(() => import('./portfolio/portfolio.page').then((m) => ({ default: m.PortfolioPage })));
const ProjectAgencyPage = lazy(() => import('./agency-page/agency.page').then((m) => ({ default: m.AgencyPage })));
const MeetingsPage = lazy(() => import('./meetings/meetings.page').then((m) => ({ default: m.MeetingsPage })));
const MeetingSeriesPage = lazy(() => import('./meetings/series.page').then((m) => ({ default: m.SeriesPage })));
const MeetingPage = lazy(() => import('./meetings/meeting.page').then((m) => ({ default: m.MeetingPage })));
const InstructionsPage = lazy(() =>
  import('./instructions/instructions.page').then((m) => ({ default: m.InstructionsPage })),
);

/** The project module's pages, under the app layout; menu pages check their permission. */
export const projectRoutes: RouteObject[] = [
  {
    path: 'projects/list',
    element: (
      <RequirePermission>
        <ProjectsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'projects/reports',
    element: (
      <RequirePermission>
        <ProjectReportsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'projects/investment',
    element: (
      <RequirePermission>
        <InvestmentSummaryPage />
      </RequirePermission>
    ),
  },
  {
    path: 'projects/settings',
    element: (
      <RequirePermission>
        <ProjectSettingsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'projects/portfolio',
    element: (
      <RequirePermission>
        <PortfolioPage />
      </RequirePermission>
    ),
  },
  {
    path: 'projects/agency',
    element: (
      <RequirePermission>
        <ProjectAgencyPage />
      </RequirePermission>
    ),
  },
  {
    path: 'projects/meetings',
    element: (
      <RequirePermission>
        <MeetingsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'projects/instructions',
    element: (
      <RequirePermission>
        <InstructionsPage />
      </RequirePermission>
    ),
  },
  // A series', a meeting's and a project's paths are not in the menu: the gate reads their
  // permission from app/access.ts DETAIL_PAGES, as every link to them does.
  {
    path: 'projects/meetings/series/:id',
    element: (
      <RequirePermission>
        <MeetingSeriesPage />
      </RequirePermission>
    ),
  },
  {
    path: 'projects/meetings/:meetingId',
    element: (
      <RequirePermission>
        <MeetingPage />
      </RequirePermission>
    ),
  },
  {
    path: 'projects/:id',
    element: (
      <RequirePermission>
        <ProjectPage />
      </RequirePermission>
    ),
  },
];
