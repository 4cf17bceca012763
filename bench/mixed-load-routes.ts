import { menuFor, type Role } from '@zonehub/access';

/**
 * The GET requests each page of the side menu makes when it opens (first page, default filters), as
 * the web app's hooks make them. A role's load is the pages of its own menu, so every request is one
 * its user would really send, and every list is scoped as that user sees it.
 * Pages that open nothing list-like (the map needs a park, the import an upload, reports a generation)
 * are left out: this benchmark is about the lists.
 */
/** This month's first and last day (UTC is close enough to pick a month of activities). */
const THIS_MONTH = (() => {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
})();

const PAGE_REQUESTS: Record<string, readonly string[]> = {
  // Every page of the shell asks these; they stand for the header and the home page.
  home: ['/auth/me', '/notifications/unread-count', '/home/summary'],
  'registry.enterprises': ['/enterprises?page=1&pageSize=20'],
  'registry.parcels': ['/parcels?page=1&pageSize=20'],
  'registry.buildings': ['/factory-buildings?page=1&pageSize=20'],
  'registry.changeRequests': ['/enterprise-change-requests?page=1&pageSize=20'],
  'investment.board': ['/investment/leads/board'],
  'investment.leads': ['/investment/leads?page=1&pageSize=20'],
  // The calendar asks for the month it shows (the whole of it, 200 a page).
  'investment.calendar': [
    `/investment/activities?from=${THIS_MONTH.from}&to=${THIS_MONTH.to}&page=1&pageSize=200`,
    '/investment/reminders?page=1&pageSize=5',
  ],
  'investment.contest': ['/investment/contest'],
  'investment.settings': ['/investment/settings', '/investment/methods', '/investment/targets'],
  'projects.portfolio': ['/projects/portfolio', '/projects/gantt'],
  'projects.list': ['/projects?page=1&pageSize=20', '/projects/options'],
  'projects.meetings': ['/projects/meetings/series', '/projects/meetings/actions?mine=true&status=open'],
  'projects.investment': ['/projects/investment-summary'],
  'projects.agency': ['/projects/agency-items', '/projects/agency-departments', '/projects/agency-stats'],
  'projects.settings': ['/projects/settings', '/projects/calendar?year=2026'],
  'admin.users': ['/admin/users?page=1&pageSize=20'],
  'admin.roles': ['/admin/roles'],
  'admin.orgUnits': ['/admin/org-units'],
  'admin.zones': ['/admin/zones'],
  audit: ['/audit-logs?page=1&pageSize=20', '/audit-logs/actors'],
};

/** The paths (under /api/v1) a role's menu opens, each once, in menu order. */
export function requestsForRole(role: Role): string[] {
  const keys = menuFor(role).flatMap((entry) => [entry.key, ...(entry.children ?? []).map((child) => child.key)]);
  return [...new Set(keys.flatMap((key) => PAGE_REQUESTS[key] ?? []))];
}

/** A path without its query, so a route's figures add up whatever page or filter was asked. */
export function routeOf(path: string): string {
  return path.split('?')[0] ?? path;
}
