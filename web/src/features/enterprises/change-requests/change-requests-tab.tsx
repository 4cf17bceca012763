import { useState } from 'react';
import { ChangeRequestTable } from './change-request-table';
import { useEnterpriseChangeRequestsQuery } from './change-requests.api';

/** The profile's 变更申请 tab: the enterprise's requests, newest first, with their decisions. */
export function ChangeRequestsTab({ enterpriseId }: { enterpriseId: string }) {
  const [page, setPage] = useState(1);
  const requests = useEnterpriseChangeRequestsQuery(enterpriseId, page);
  return (
    <ChangeRequestTable
      requests={requests.data?.items ?? []}
      total={requests.data?.total ?? 0}
      page={page}
      loading={requests.isFetching}
      onPage={setPage}
      showEnterprise={false}
    />
  );
}
