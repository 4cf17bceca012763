import { Card, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../errors/error-pages';
import { ChangeRequestTable } from './change-request-table';
import { CHANGE_REQUEST_STATUSES, type ChangeRequestStatus, useChangeRequestsQuery } from './change-requests.api';

/** 变更审核: the change requests of the enterprises in the reviewer's scope, pending first. */
export function ChangeRequestsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ChangeRequestStatus>('pending');
  const [page, setPage] = useState(1);
  const requests = useChangeRequestsQuery({ status, page });
  if (requests.isError) return <ErrorResult error={requests.error} />;
  return (
    <Card
      title={t('menu.registry.changeRequests')}
      data-testid="change-requests-page"
      extra={
        <Segmented<ChangeRequestStatus>
          value={status}
          onChange={(next) => {
            setStatus(next);
            setPage(1);
          }}
          options={CHANGE_REQUEST_STATUSES.map((s) => ({ value: s, label: t(`enterpriseSelf.status.${s}`) }))}
        />
      }
    >
      <ChangeRequestTable
        requests={requests.data?.items ?? []}
        total={requests.data?.total ?? 0}
        page={page}
        loading={requests.isFetching}
        onPage={setPage}
        showEnterprise
      />
    </Card>
  );
}
