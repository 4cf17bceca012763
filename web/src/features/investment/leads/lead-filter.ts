import { isStage, type Stage } from '@zonehub/investment-rules';

/** The filters GET /leads, /leads/board and /leads/export.xlsx share (all optional strings). */
export const LEAD_FILTER_KEYS = [
  'q',
  'stage',
  'taskForceId',
  'ownerId',
  'targetParkId',
  'methodId',
  'investorRegion',
  'industryCode',
  'registeredFrom',
  'registeredTo',
  'reminder',
] as const;
export type LeadFilterKey = (typeof LEAD_FILTER_KEYS)[number];
export type LeadFilter = Partial<Record<LeadFilterKey, string>>;

export const REMINDER_FILTERS = ['idle', 'stale', 'any'] as const;
export type ReminderFilter = (typeof REMINDER_FILTERS)[number];

/** The sort columns GET /leads accepts. */
export const LEAD_SORTS = ['updatedAt', 'registeredOn', 'code', 'plannedInvestmentYuan', 'stageEnteredOn'] as const;
export type LeadSort = (typeof LEAD_SORTS)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads the lead filter from a page's URL. Values the server would refuse (an unknown stage, a
 * malformed date) are dropped here so an old or hand-edited link still opens a working list.
 */
export function readLeadFilter(params: URLSearchParams): LeadFilter {
  const filter: LeadFilter = {};
  for (const key of LEAD_FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (key === 'stage' && !isStage(value)) continue;
    if (key === 'reminder' && !(REMINDER_FILTERS as readonly string[]).includes(value)) continue;
    if ((key === 'registeredFrom' || key === 'registeredTo') && !DATE.test(value)) continue;
    filter[key] = value;
  }
  return filter;
}

/** The filter without the stage: the board shows every stage, one column each. */
export function boardFilter(filter: LeadFilter): LeadFilter {
  const { stage: _stage, ...rest } = filter;
  return rest;
}

/** The filter as a saved filter's query (only filled keys), and back. */
export function filterToQuery(filter: LeadFilter): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of LEAD_FILTER_KEYS) {
    const value = filter[key];
    if (value) query[key] = value;
  }
  return query;
}

export function queryToFilter(query: Record<string, unknown>): LeadFilter {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (typeof value === 'string') params.set(key, value);
  return readLeadFilter(params);
}

/** A stable key for a filter (query keys, column resets). */
export const filterKey = (filter: LeadFilter): string => JSON.stringify(filterToQuery(filter));

export const stageOf = (value: string | null | undefined): Stage | undefined =>
  value && isStage(value) ? value : undefined;
