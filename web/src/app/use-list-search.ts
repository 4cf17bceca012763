import type { TablePaginationConfig, TableProps } from 'antd';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  columnSortOrder,
  type ListSearch,
  lastPage,
  patchSearch,
  readListSearch,
  type SearchPatch,
  sortPatch,
} from './list-search';

/**
 * The list state of a server-paginated table, kept in the URL so a reload or a shared link keeps
 * it: paging, search, the sorted column, plus any filter the page reads from `params`.
 */
export function useListSearch<S extends string>(sortFields: readonly S[]) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const list: ListSearch<S> = useMemo(() => readListSearch(params, sortFields), [params, sortFields]);

  const update = useCallback(
    (patch: SearchPatch, options?: { replace: boolean }) => setParams(patchSearch(params, patch), options),
    [params, setParams],
  );

  /** Table `onChange`: page and size changes, and clicks on sortable headers. */
  const onTableChange = <T>(...[pagination, , sorter, extra]: Parameters<NonNullable<TableProps<T>['onChange']>>) => {
    if (extra.action === 'sort') update(sortPatch(sorter));
    if (extra.action === 'paginate') update({ page: pagination.current, pageSize: pagination.pageSize });
  };

  const pagination = (total: number | undefined): TablePaginationConfig => ({
    current: list.page,
    pageSize: list.pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    showTotal: (count) => t('common.total', { total: count }),
  });

  /** The props of a column the server sorts by (spread into the column). */
  const sortable = (key: S) => ({ key, sorter: true, sortOrder: columnSortOrder(list, key) });

  return { params, list, update, onTableChange, pagination, sortable };
}

/** After a delete empties the last page (or on an old link), steps back to the last page with rows. */
export function usePageInRange(
  list: { page: number; pageSize: number },
  total: number | undefined,
  update: (patch: SearchPatch, options?: { replace: boolean }) => void,
): void {
  useEffect(() => {
    if (total !== undefined && list.page > lastPage(total, list.pageSize)) {
      update({ page: lastPage(total, list.pageSize) }, { replace: true });
    }
  }, [total, list.page, list.pageSize, update]);
}
