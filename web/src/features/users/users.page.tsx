import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { ROLES, type Role } from '@zonehub/access';
import { Button, Card, Flex, Input, Select, Space, Table, type TableProps, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListSearch, usePageInRange } from '../../app/use-list-search';
import { currentLocale, translateDynamic } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { ErrorResult } from '../errors/error-pages';
import { ResetPasswordModal } from './reset-password.modal';
import { UserFormModal } from './user-form.modal';
import { USER_SORTS, type User, useUsersQuery } from './users.api';

function isRoleParam(value: string | null): value is Role {
  return value !== null && (ROLES as readonly string[]).includes(value);
}

/** Users of the zone: search, role filter, sorting and paging live in the URL, so a reload keeps them. */
export function UsersPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { params, list, update, onTableChange, pagination, sortable } = useListSearch(USER_SORTS);
  const roleParam = params.get('role');
  const role = isRoleParam(roleParam) ? roleParam : undefined;
  const users = useUsersQuery({
    q: list.q || undefined,
    role,
    page: list.page,
    pageSize: list.pageSize,
    sort: list.sort,
    order: list.order,
  });
  usePageInRange(list, users.data?.total, update);
  const [editing, setEditing] = useState<User | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);

  const dateTime = (value: string | null, fallback: string) =>
    value ? <Tooltip title={value}>{formatDateTime(value, locale)}</Tooltip> : fallback;

  const columns: TableProps<User>['columns'] = [
    { ...sortable('username'), title: t('users.username'), dataIndex: 'username' },
    { ...sortable('displayName'), title: t('users.displayName'), dataIndex: 'displayName' },
    { key: 'role', title: t('users.role'), render: (_, u) => translateDynamic(`role.${u.role}`, u.role) },
    { key: 'enterprise', title: t('users.enterprise'), render: (_, u) => u.enterpriseName ?? t('common.none') },
    {
      key: 'status',
      title: t('users.status'),
      render: (_, u) => (
        <Space size={4} wrap>
          <Tag color={u.active ? 'green' : 'default'}>{u.active ? t('users.active') : t('users.inactive')}</Tag>
          {u.mustChangePassword && <Tag color="orange">{t('users.mustChangePassword')}</Tag>}
        </Space>
      ),
    },
    {
      ...sortable('lastLoginAt'),
      title: t('users.lastLoginAt'),
      render: (_, u) => dateTime(u.lastLoginAt, t('users.neverLoggedIn')),
    },
    {
      ...sortable('createdAt'),
      title: t('users.createdAt'),
      render: (_, u) => dateTime(u.createdAt, t('common.none')),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      // The server refuses acting on a user beyond this administrator's zones; say so before a click.
      render: (_, u) => (
        <Tooltip title={u.manageable ? undefined : t('users.outsideAuthority')}>
          <Space size={0} data-testid={`user-actions-${u.username}`}>
            <Button
              type="link"
              size="small"
              disabled={!u.manageable}
              onClick={() => {
                setEditing(u);
                setFormOpen(true);
              }}
            >
              {t('common.edit')}
            </Button>
            <Button type="link" size="small" disabled={!u.manageable} onClick={() => setResetting(u)}>
              {t('users.resetPassword')}
            </Button>
          </Space>
        </Tooltip>
      ),
    },
  ];

  return (
    <Card title={<Typography.Text strong>{t('users.title')}</Typography.Text>} data-testid="users-page">
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 16 }}>
        <Space wrap>
          <Input.Search
            allowClear
            defaultValue={list.q}
            placeholder={t('users.searchPlaceholder')}
            onSearch={(value) => update({ q: value, page: undefined })}
            style={{ width: 260 }}
            data-testid="users-search"
          />
          <Select<Role>
            allowClear
            value={role}
            placeholder={t('users.allRoles')}
            style={{ width: 180 }}
            options={ROLES.map((r) => ({ value: r, label: translateDynamic(`role.${r}`, r) }))}
            onChange={(next) => update({ role: next, page: undefined })}
          />
          <Button icon={<ReloadOutlined />} onClick={() => void users.refetch()} data-testid="users-refresh">
            {t('common.refresh')}
          </Button>
        </Space>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => {
            setEditing(null);
            setFormOpen(true);
          }}
        >
          {t('users.create')}
        </Button>
      </Flex>
      {users.isError ? (
        <ErrorResult error={users.error} />
      ) : (
        <Table<User>
          rowKey="id"
          size="middle"
          loading={users.isFetching}
          columns={columns}
          dataSource={users.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={pagination(users.data?.total)}
          onChange={onTableChange}
        />
      )}
      <UserFormModal user={editing} open={formOpen} onClose={() => setFormOpen(false)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </Card>
  );
}
