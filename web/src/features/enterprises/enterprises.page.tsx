import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, InputNumber, Select, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../app/session';
import { useListSearch, usePageInRange } from '../../app/use-list-search';
import { currentLocale, translateDynamic } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { ErrorResult } from '../errors/error-pages';
import { IndustryPicker } from '../industries/industry-picker';
import { useParkOptions } from '../zones/parks.api';
import { classificationLabel } from './classification-label';
import { EnterpriseFormModal } from './enterprise-form.modal';
import { ENTERPRISE_TOOLBAR } from './enterprise-toolbar';
import {
  CLASSIFICATION_KINDS,
  type ClassificationKind,
  ENTERPRISE_SORTS,
  ENTERPRISE_STATUSES,
  type EnterpriseFilter,
  type EnterpriseListItem,
  type EnterpriseStatus,
  useEnterprisesQuery,
} from './enterprises.api';
import { formatYuan } from './money';

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;

const STATUS_COLOR: Record<EnterpriseStatus, string> = {
  operating: 'green',
  suspended: 'orange',
  relocated: 'default',
  deregistered: 'red',
};

/** The registry list: one search box (name part, pinyin, initials, credit code), filters in the URL. */
export function EnterprisesPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const me = useSession();
  const navigate = useNavigate();
  const { params, list, update, onTableChange, pagination, sortable } = useListSearch(ENTERPRISE_SORTS);
  const year = Number(params.get('classificationYear')) || undefined;
  const filter: EnterpriseFilter = {
    q: list.q || undefined,
    parkId: params.get('parkId') ?? undefined,
    industryCode: params.get('industryCode') ?? undefined,
    classification: oneOf(CLASSIFICATION_KINDS, params.get('classification')),
    classificationYear: year,
    status: oneOf(ENTERPRISE_STATUSES, params.get('status')),
    sort: list.sort,
    order: list.order,
  };
  const enterprises = useEnterprisesQuery({ ...filter, page: list.page, pageSize: list.pageSize });
  usePageInRange(list, enterprises.data?.total, update);
  const parks = useParkOptions(true).data ?? [];
  const [formOpen, setFormOpen] = useState(false);
  const canManage = me.permissions.includes('enterprise.manage');
  const none = t('common.none');

  const columns: TableProps<EnterpriseListItem>['columns'] = [
    {
      ...sortable('name'),
      title: t('enterprises.name'),
      render: (_, e) => <Link to={`/registry/enterprises/${e.id}`}>{e.name}</Link>,
    },
    { ...sortable('uscc'), title: t('enterprises.uscc'), dataIndex: 'uscc' },
    { key: 'park', title: t('enterprises.park'), render: (_, e) => e.parkName ?? none },
    {
      key: 'industry',
      title: t('enterprises.industry'),
      render: (_, e) =>
        e.industryCode ? <span title={e.industryCode}>{e.industryName ?? e.industryCode}</span> : none,
    },
    {
      key: 'status',
      title: t('enterprises.status'),
      render: (_, e) => (
        <Tag color={STATUS_COLOR[e.status]}>{translateDynamic(`enterprises.status.${e.status}`, e.status)}</Tag>
      ),
    },
    {
      key: 'classifications',
      title: t('enterprises.classifications'),
      render: (_, e) => (
        <Space size={2} wrap>
          {e.classifications.map((c) => (
            <Tag key={c.kind} color="blue">
              {classificationLabel(c)} {c.year}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      ...sortable('registeredCapitalYuan'),
      title: t('enterprises.registeredCapital'),
      render: (_, e) =>
        e.registeredCapitalYuan === null ? (
          none
        ) : (
          <span title={String(e.registeredCapitalYuan)}>{formatYuan(e.registeredCapitalYuan, locale)}</span>
        ),
    },
    { ...sortable('foundedOn'), title: t('enterprises.foundedOn'), render: (_, e) => e.foundedOn ?? none },
    {
      ...sortable('employees'),
      title: t('enterprises.employees'),
      render: (_, e) => (e.employees === null ? none : formatNumber(e.employees, locale)),
    },
  ];

  return (
    <Card title={<Typography.Text strong>{t('enterprises.title')}</Typography.Text>} data-testid="enterprises-page">
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 16 }}>
        <Space wrap>
          <Input.Search
            allowClear
            defaultValue={list.q}
            placeholder={t('enterprises.searchPlaceholder')}
            onSearch={(value) => update({ q: value, page: undefined })}
            style={{ width: 300 }}
            data-testid="enterprises-search"
          />
          <Select
            allowClear
            value={filter.parkId}
            placeholder={t('enterprises.allParks')}
            style={{ width: 200 }}
            data-testid="enterprises-park-filter"
            options={parks.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(next?: string) => update({ parkId: next, page: undefined })}
          />
          <IndustryPicker
            value={filter.industryCode}
            placeholder={t('enterprises.allIndustries')}
            onChange={(code) => update({ industryCode: code ?? undefined, page: undefined })}
          />
          <Select<ClassificationKind>
            allowClear
            value={filter.classification}
            placeholder={t('enterprises.allClassifications')}
            style={{ width: 150 }}
            options={CLASSIFICATION_KINDS.map((k) => ({
              value: k,
              label: translateDynamic(`enterprises.kind.${k}`, k),
            }))}
            onChange={(next) => update({ classification: next, page: undefined })}
          />
          <InputNumber
            min={1990}
            max={2100}
            value={year ?? null}
            placeholder={t('enterprises.year')}
            onChange={(next) => update({ classificationYear: next ?? undefined, page: undefined })}
          />
          <Select<EnterpriseStatus>
            allowClear
            value={filter.status}
            placeholder={t('enterprises.allStatuses')}
            style={{ width: 120 }}
            options={ENTERPRISE_STATUSES.map((s) => ({
              value: s,
              label: translateDynamic(`enterprises.status.${s}`, s),
            }))}
            onChange={(next) => update({ status: next, page: undefined })}
          />
        </Space>
        <Space wrap>
          {canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setFormOpen(true)}
              data-testid="enterprise-create"
            >
              {t('enterprises.create')}
            </Button>
          )}
          {ENTERPRISE_TOOLBAR.map(({ key, component: Item }) => (
            <Item key={key} filter={filter} />
          ))}
        </Space>
      </Flex>
      {enterprises.isError ? (
        <ErrorResult error={enterprises.error} />
      ) : (
        <Table<EnterpriseListItem>
          rowKey="id"
          size="middle"
          loading={enterprises.isFetching}
          columns={columns}
          dataSource={enterprises.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={pagination(enterprises.data?.total)}
          onChange={onTableChange}
        />
      )}
      <EnterpriseFormModal
        enterprise={null}
        open={formOpen}
        onClose={() => setFormOpen(false)}
        onCreated={(e) => navigate(`/registry/enterprises/${e.id}`)}
      />
    </Card>
  );
}
