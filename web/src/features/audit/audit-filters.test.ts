import { describe, expect, it } from 'vitest';
import { filtersFromSearch, searchWithFilters } from './audit-filters';

describe('audit filters in the URL', () => {
  it('reads only the known, non-empty filters', () => {
    const params = new URLSearchParams('actorId=u1&entityType=user&entityId=&page=3&x=1');
    expect(filtersFromSearch(params)).toEqual({ actorId: 'u1', entityType: 'user' });
  });

  it('writes filters, drops cleared ones and the page, keeps the rest', () => {
    const params = new URLSearchParams('actorId=u1&page=3&pageSize=50');
    const next = searchWithFilters(params, { entityType: 'zone', from: '2026-01-01T00:00:00.000Z' });
    expect(next.toString()).toBe('pageSize=50&entityType=zone&from=2026-01-01T00%3A00%3A00.000Z');
  });
});
