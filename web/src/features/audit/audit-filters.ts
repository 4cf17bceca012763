import type { AuditFilters } from './audit.api';

const FILTER_KEYS = ['actorId', 'entityType', 'entityId', 'from', 'to'] as const;

/** Reads the audit filters kept in the page URL (so a reload or a new login keeps them). */
export function filtersFromSearch(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** Writes filters into the URL's search, dropping the page (new filters start at page 1). */
export function searchWithFilters(params: URLSearchParams, filters: AuditFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) next.set(key, value);
    else next.delete(key);
  }
  next.delete('page');
  return next;
}
