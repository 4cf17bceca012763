import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Segmented, Space, Table, type TableProps, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../app/feedback';
import { ErrorResult } from '../errors/error-pages';
import { OrgUnitFormModal } from './org-unit-form.modal';
import {
  ORG_UNIT_KINDS,
  type OrgUnit,
  type OrgUnitKind,
  useDeleteOrgUnitMutation,
  useOrgUnitsQuery,
} from './org-units.api';

const KIND_COLORS: Record<OrgUnitKind, string> = { office: 'blue', department: 'geekblue', taskForce: 'purple' };

type KindFilter = OrgUnitKind | 'all';

/** Departments, task forces and offices of the zone. */
export function OrgUnitsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useErrorMessage();
  const units = useOrgUnitsQuery();
  const remove = useDeleteOrgUnitMutation();
  const [kind, setKind] = useState<KindFilter>('all');
  const [editing, setEditing] = useState<OrgUnit | null>(null);
  const [open, setOpen] = useState(false);
  const all = units.data ?? [];
  const names = new Map(all.map((u) => [u.id, u.name]));
  const shown = kind === 'all' ? all : all.filter((u) => u.kind === kind);

  const columns: TableProps<OrgUnit>['columns'] = [
    {
      key: 'kind',
      title: t('orgUnits.kind'),
      render: (_, u) => <Tag color={KIND_COLORS[u.kind]}>{t(`orgUnits.kind.${u.kind}`)}</Tag>,
    },
    { key: 'code', title: t('orgUnits.code'), dataIndex: 'code' },
    { key: 'name', title: t('orgUnits.name'), dataIndex: 'name' },
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
        <Segmented<KindFilter>
          value={kind}
          onChange={setKind}
          options={[
            { value: 'all', label: t('orgUnits.allKinds') },
            ...ORG_UNIT_KINDS.map((k) => ({ value: k, label: t(`orgUnits.kind.${k}`) })),
          ]}
        />
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
          loading={units.isPending}
          columns={columns}
          dataSource={shown}
          pagination={{ showTotal: (total) => t('common.total', { total }), hideOnSinglePage: true, pageSize: 50 }}
        />
      )}
      <OrgUnitFormModal open={open} unit={editing} units={all} onClose={() => setOpen(false)} />
    </Card>
  );
}
