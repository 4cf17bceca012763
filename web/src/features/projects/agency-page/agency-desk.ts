import type { AgencyItem } from '../agency.api';

/** An approval item as the department desk lists it (GET /projects/agency-items): with the enterprise. */
export interface DeskItem extends AgencyItem {
  enterpriseName: string | null;
}

export const DESK_STATUSES = ['open', 'overdue', 'approved'] as const;
export type DeskStatus = (typeof DESK_STATUSES)[number];

/** Approved once it has an approval date; open items past their statutory limit are overdue. */
export function deskStatusOf(item: Pick<AgencyItem, 'approvedOn' | 'overdue'>): DeskStatus {
  if (item.approvedOn !== null) return 'approved';
  return item.overdue ? 'overdue' : 'open';
}

const STATUS_ORDER: Record<DeskStatus, number> = { overdue: 0, open: 1, approved: 2 };

/** The desk's order: what is late first, then what is in hand, then what is done; newest submission first within each. */
export function deskOrder<T extends Pick<AgencyItem, 'approvedOn' | 'overdue' | 'submittedOn' | 'id'>>(
  items: readonly T[],
): T[] {
  return [...items].sort(
    (a, b) =>
      STATUS_ORDER[deskStatusOf(a)] - STATUS_ORDER[deskStatusOf(b)] ||
      (b.submittedOn ?? '').localeCompare(a.submittedOn ?? '') ||
      a.id.localeCompare(b.id),
  );
}

/** The tag colour of each status (antd preset colours): in hand blue, late red, done green. */
export const DESK_STATUS_COLORS: Record<DeskStatus, string> = {
  open: 'processing',
  overdue: 'error',
  approved: 'success',
};

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

/** What the desk drawer records: dates as YYYY-MM-DD or empty, handler and notes as typed. */
export interface DeskFormValues {
  submittedOn: string | null;
  acceptedOn: string | null;
  approvedOn: string | null;
  handledByName: string | null;
  notes: string | null;
}

const text = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

export function deskFormValuesOf(item: AgencyItem): DeskFormValues {
  return {
    submittedOn: item.submittedOn,
    acceptedOn: item.acceptedOn,
    approvedOn: item.approvedOn,
    handledByName: item.handledByName,
    notes: item.notes,
  };
}

/**
 * The PATCH body of the desk: only what the handling department may change (the server refuses
 * anything else from it), with the version read so a concurrent save is reported, not overwritten.
 */
export function deskBodyOf(values: DeskFormValues, item: Pick<AgencyItem, 'version'>) {
  return {
    version: item.version,
    submittedOn: values.submittedOn || null,
    acceptedOn: values.acceptedOn || null,
    approvedOn: values.approvedOn || null,
    handledByName: text(values.handledByName),
    notes: text(values.notes),
  };
}
