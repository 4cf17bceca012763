import { DEFAULT_PAGE_SIZE } from '../api/types';

/** The largest page a list route serves (the shared list convention). */
export const MAX_PAGE_SIZE = 200;

export type SortDirection = 'asc' | 'desc';

/** The list state a page keeps in its URL: `page`, `pageSize`, `q`, `sort`, `order`. */
export interface ListSearch<S extends string> {
  page: number;
  pageSize: number;
  q: string;
  /** Undefined: the route's default order. */
  sort: S | undefined;
  order: SortDirection | undefined;
}

/** What a sortable Ant Design table reports (a subset of its SorterResult). */
export interface TableSorter {
  columnKey?: string | number | bigint;
  order?: 'ascend' | 'descend' | null;
}

export type SearchPatch = Record<string, string | number | undefined>;

function positiveInt(value: string | null): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** Reads the list state from the URL; a sort field the route does not know is dropped (the server would refuse it). */
export function readListSearch<S extends string>(params: URLSearchParams, sortable: readonly S[]): ListSearch<S> {
  const sortParam = params.get('sort');
  const sort = sortable.find((field) => field === sortParam);
  const orderParam = params.get('order');
  return {
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: Math.min(positiveInt(params.get('pageSize')) ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    q: params.get('q')?.trim() ?? '',
    sort,
    order: sort ? (orderParam === 'desc' ? 'desc' : 'asc') : undefined,
  };
}

/** A copy of `params` with `patch` applied; an empty or undefined value removes its key. */
export function patchSearch(params: URLSearchParams, patch: SearchPatch): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/** The `sortOrder` of a table column from the list state. */
export function columnSortOrder(
  list: { sort: string | undefined; order: SortDirection | undefined },
  key: string,
): 'ascend' | 'descend' | null {
  if (list.sort !== key) return null;
  return list.order === 'desc' ? 'descend' : 'ascend';
}

/** The URL change for a click on a sortable column header: a new order starts again at page 1. */
export function sortPatch(sorter: TableSorter | TableSorter[]): SearchPatch {
  const first = Array.isArray(sorter) ? sorter[0] : sorter;
  const key = first?.columnKey;
  if (!first?.order || key === undefined) return { sort: undefined, order: undefined, page: undefined };
  return { sort: String(key), order: first.order === 'descend' ? 'desc' : 'asc', page: undefined };
}

/** The last page that has rows (1 for an empty list). */
export function lastPage(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
