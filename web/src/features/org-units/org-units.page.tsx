import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Popconfirm, Segmented, Space, Table, type TableProps, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../app/feedback';
import { useListSearch, usePageInRange } from '../../app/use-list-search';
import { ErrorResult } from '../errors/error-pages';
import { OrgUnitFormModal } from './org-unit-form.modal';
import {
  ORG_UNIT_KINDS,
  ORG_UNIT_SORTS,
  type OrgUnit,
  type OrgUnitKind,
  useAllOrgUnitsQuery,
  useDeleteOrgUnitMutation,
  useOrgUnitsQuery,
} from './org-units.api';

const KIND_COLORS: Record<OrgUnitKind, string> = { office: 'blue', department: 'geekblue', taskForce: 'purple' };

type KindFilter = OrgUnitKind | 'all';

function isKind(value: string | null): value is OrgUnitKind {
  return ORG_UNIT_KINDS.some((kind) => kind === value);
}

/** Departments, task forces and offices of the zone: search, kind, sorting and paging live in the URL. */
export function OrgUnitsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useErrorMessage();
  const { params, list, update, onTableChange, pagination, sortable } = useListSearch(ORG_UNIT_SORTS);
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? kindParam : undefined;
  const units = useOrgUnitsQuery({
    q: list.q || undefined,
    kind,
    page: list.page,
    pageSize: list.pageSize,
    sort: list.sort,
    order: list.order,
  });
  usePageInRange(list, units.data?.total, update);
  // Parents may sit on another page: name them (and offer them in the form) from the whole zone.
  const all = useAllOrgUnitsQuery();
  const remove = useDeleteOrgUnitMutation();
  const [editing, setEditing] = useState<OrgUnit | null>(null);
  const [open, setOpen] = useState(false);
  const names = new Map((all.data ?? []).map((u) => [u.id, u.name]));

  const columns: TableProps<OrgUnit>['columns'] = [
    {
      ...sortable('kind'),
      title: t('orgUnits.kind'),
      render: (_, u) => <Tag color={KIND_COLORS[u.kind]}>{t(`orgUnits.kind.${u.kind}`)}</Tag>,
    },
    { ...sortable('code'), title: t('orgUnits.code'), dataIndex: 'code' },
    { ...sortable('name'), title: t('orgUnits.name'), dataIndex: 'name' },
    {
      key: 'parent',
      title: t('orgUnits.parent'),
      render: (_, u) => (u.parentId ? (names.get(u.parentId) ?? u.parentId) : t('common.none')),
    },
    { key: 'memberCount', title: t('orgUnits.memberCount'), dataIndex: 'memberCount', align: 'right' },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, u) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            onClick={() => {
              setEditing(u);
              setOpen(true);
            }}
          >
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('orgUnits.deleteConfirm', { name: u.name })}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              remove.mutateAsync(u.id).then(
                () => void message.success(t('common.deleted')),
                (error: unknown) => showError(error),
              )
            }
          >
            <Button type="link" size="small" danger>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Card title={t('orgUnits.title')} data-testid="org-units-page">
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 16 }}>
        <Space wrap>
          <Input.Search
            allowClear
            defaultValue={list.q}
            placeholder={t('orgUnits.searchPlaceholder')}
            onSearch={(value) => update({ q: value, page: undefined })}
            style={{ width: 240 }}
            data-testid="org-units-search"
          />
          <Segmented<KindFilter>
            value={kind ?? 'all'}
            onChange={(next) => update({ kind: next === 'all' ? undefined : next, page: undefined })}
            options={[
              { value: 'all', label: t('orgUnits.allKinds') },
              ...ORG_UNIT_KINDS.map((k) => ({ value: k, label: t(`orgUnits.kind.${k}`) })),
            ]}
            data-testid="org-units-kind"
          />
        </Space>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => {
            setEditing(null);
            setOpen(true);
          }}
        >
          {t('orgUnits.create')}
        </Button>
      </Flex>
      {units.isError ? (
        <ErrorResult error={units.error} />
      ) : (
        <Table<OrgUnit>
          rowKey="id"
          size="middle"
          loading={units.isFetching}
          columns={columns}
          dataSource={units.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={pagination(units.data?.total)}
          onChange={onTableChange}
        />
      )}
      <OrgUnitFormModal open={open} unit={editing} units={all.data ?? []} onClose={() => setOpen(false)} />
    </Card>
  );
}
