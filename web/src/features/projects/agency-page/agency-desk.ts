import type { AgencyItem } from '../agency.api';

/** An approval item as the department desk lists it (GET /projects/agency-items): with the enterprise. */
export interface DeskItem extends AgencyItem {
  enterpriseName: string | null;
}

/** The desk's filter: one state, or every open item past its limit. */
export const DESK_STATUSES = ['submitted', 'accepted', 'returned', 'overdue', 'approved', 'draft'] as const;
export type DeskStatus = (typeof DESK_STATUSES)[number];

type Ordered = Pick<AgencyItem, 'state' | 'overdue' | 'submittedOn' | 'id'>;

/** What needs the desk first: late items, then new ones to accept, in hand, with the applicant, done. */
function rank(item: Ordered): number {
  if (item.state !== 'approved' && item.overdue) return 0;
  return { submitted: 1, accepted: 2, returned: 3, draft: 4, approved: 5 }[item.state];
}

/** The desk's order: by rank, the newest submission first within each. */
export function deskOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => rank(a) - rank(b) || (b.submittedOn ?? '').localeCompare(a.submittedOn ?? '') || a.id.localeCompare(b.id),
  );
}

export interface DeskFilter {
  status?: DeskStatus | undefined;
  departmentId?: string | undefined;
  /** Submitted from / to, YYYY-MM-DD. */
  from?: string | undefined;
  to?: string | undefined;
}

/** The query string of GET /projects/agency-items: blanks left out. */
export function deskQuery(filter: DeskFilter): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of ['status', 'departmentId', 'from', 'to'] as const) {
    const value = filter[key];
    if (value) query[key] = value;
  }
  return query;
}

/** The PATCH body of the desk: only its notes (the server refuses anything else from it), with the version read. */
export function deskNotesBody(notes: string | null | undefined, item: Pick<AgencyItem, 'version'>) {
  return { version: item.version, notes: notes?.trim() ? notes.trim() : null };
}
