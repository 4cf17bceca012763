import { Descriptions, Flex, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale, translateDynamic } from '../../i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useEnterpriseHistoryQuery, useEnterpriseQuery } from './enterprises.api';
import { formatYuan } from './money';
import { ProfileSection, RequestChangeButton } from './profile-section';

export function BasicTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { data: e } = useEnterpriseQuery(enterpriseId);
  if (!e) return null;
  const none = t('common.none');
  return (
    <Flex vertical gap={16}>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        data-testid="profile-basic"
        title={t('enterpriseSelf.registered')}
        extra={<RequestChangeButton enterprise={e} />}
      >
        <Descriptions.Item label={t('enterprises.uscc')}>{e.uscc}</Descriptions.Item>
        <Descriptions.Item label={t('enterprises.status')}>
          {translateDynamic(`enterprises.status.${e.status}`, e.status)}
        </Descriptions.Item>
        <Descriptions.Item label={t('enterprises.formerNames')}>{e.formerNames.join('；') || none}</Descriptions.Item>
        <Descriptions.Item label={t('enterprises.legalRepresentative')}>
          {e.legalRepresentative ?? none}
        </Descriptions.Item>
        <Descriptions.Item label={t('enterprises.registeredCapital')}>
          {e.registeredCapitalYuan === null ? (
            none
          ) : (
            <span title={`${e.registeredCapitalYuan}`}>{formatYuan(e.registeredCapitalYuan, locale)}</span>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('enterprises.foundedOn')}>
          {e.foundedOn ? formatDate(e.foundedOn, locale) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('enterprises.park')}>{e.parkName ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('enterprises.industry')}>
          {e.industryCode ? `${e.industryCode} ${e.industryName ?? ''}` : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('enterpriseSelf.registeredAddress')}>{e.address ?? none}</Descriptions.Item>
      </Descriptions>
      <ProfileSection enterprise={e} />
    </Flex>
  );
}

export function HistoryTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [page, setPage] = useState(1);
  const history = useEnterpriseHistoryQuery(enterpriseId, page);
  return (
    <Table
      rowKey="seq"
      size="small"
      data-testid="profile-history"
      loading={history.isFetching}
      dataSource={history.data?.items ?? []}
      pagination={{ current: page, pageSize: 20, total: history.data?.total ?? 0, onChange: setPage }}
      columns={[
        { key: 'at', title: t('enterprises.history.at'), render: (_, e) => formatDateTime(e.occurredAt, locale) },
        {
          key: 'actor',
          title: t('enterprises.history.actor'),
          render: (_, e) => e.actorLabel ?? e.actorName ?? t('common.none'),
        },
        {
          key: 'action',
          title: t('enterprises.history.action'),
          render: (_, e) => e.actionLabel,
        },
      ]}
    />
  );
}
