import { describe, expect, it } from 'vitest';
import { columnSortOrder, lastPage, patchSearch, readListSearch, sortPatch } from './list-search';

const SORTABLE = ['code', 'name'] as const;

describe('readListSearch', () => {
  it('reads page, size, search and order from the URL', () => {
    const list = readListSearch(new URLSearchParams('page=3&pageSize=50&q=%20招商%20&sort=name&order=desc'), SORTABLE);
    expect(list).toEqual({ page: 3, pageSize: 50, q: '招商', sort: 'name', order: 'desc' });
  });

  it('falls back to the defaults for missing or bad values', () => {
    expect(readListSearch(new URLSearchParams('page=-1&pageSize=abc&sort=password&order=up'), SORTABLE)).toEqual({
      page: 1,
      pageSize: 20,
      q: '',
      sort: undefined,
      order: undefined,
    });
  });

  it('caps the page size at what the server serves and defaults the order to ascending', () => {
    const list = readListSearch(new URLSearchParams('pageSize=1000&sort=code'), SORTABLE);
    expect(list.pageSize).toBe(200);
    expect(list.order).toBe('asc');
  });
});

describe('patchSearch', () => {
  it('sets values, removes empty ones and keeps the rest', () => {
    const next = patchSearch(new URLSearchParams('q=a&kind=office&page=2'), { q: 'b', kind: undefined, page: '' });
    expect(next.toString()).toBe('q=b');
  });
});

describe('table sorting', () => {
  it('turns a header click into sort and order, back at page 1', () => {
    expect(sortPatch({ columnKey: 'name', order: 'descend' })).toEqual({
      sort: 'name',
      order: 'desc',
      page: undefined,
    });
    expect(sortPatch([{ columnKey: 'code', order: 'ascend' }])).toEqual({
      sort: 'code',
      order: 'asc',
      page: undefined,
    });
  });

  it('clears the sort when the column goes back to unsorted', () => {
    expect(sortPatch({ columnKey: 'name', order: null })).toEqual({
      sort: undefined,
      order: undefined,
      page: undefined,
    });
  });

  it('marks only the sorted column', () => {
    expect(columnSortOrder({ sort: 'name', order: 'desc' }, 'name')).toBe('descend');
    expect(columnSortOrder({ sort: 'name', order: 'asc' }, 'name')).toBe('ascend');
    expect(columnSortOrder({ sort: 'name', order: 'asc' }, 'code')).toBeNull();
  });
});

describe('lastPage', () => {
  it('is the page holding the last row, and 1 for an empty list', () => {
    expect(lastPage(20, 10)).toBe(2);
    expect(lastPage(21, 10)).toBe(3);
    expect(lastPage(0, 20)).toBe(1);
  });
});
