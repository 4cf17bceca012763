import { Alert, Card, Flex, Table, type TableProps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateDynamic } from '../../i18n';
import { ErrorResult } from '../errors/error-pages';
import { menuGroups } from './role-menu';
import { type RoleInfo, useRolesQuery } from './roles.api';

const menuLabel = (key: string) => translateDynamic(`menu.${key}`, key);

/** The roles of the product, read-only: what each may do and which menu entries it sees. */
export function RolesPage() {
  const { t } = useTranslation();
  const roles = useRolesQuery();

  const columns: TableProps<RoleInfo>['columns'] = [
    {
      key: 'role',
      title: t('roles.role'),
      width: 170,
      render: (_, r) => (
        <Flex vertical>
          <Typography.Text strong>{translateDynamic(`role.${r.role}`, r.role)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.role}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'permissions',
      title: t('roles.permissions'),
      width: '45%',
      render: (_, r) => (
        <Flex wrap gap={4}>
          {r.permissions.map((p) => (
            <Tag key={p} color="blue" title={p}>
              {t(`permission.${p}`)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'menu',
      title: t('roles.menu'),
      // One line per top-level entry, its children after it: 系统管理：用户管理、角色权限…
      render: (_, r) => (
        <Flex vertical gap={2}>
          {menuGroups(r.menu).map((group) => (
            <Typography.Text key={group.key}>
              {group.children.length === 0
                ? menuLabel(group.key)
                : t('roles.menuGroup', {
                    parent: menuLabel(group.key),
                    children: group.children.map(menuLabel).join(t('roles.menuSeparator')),
                  })}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
  ];

  return (
    <Card title={t('roles.title')} data-testid="roles-page">
      <Alert type="info" showIcon title={t('roles.explain')} style={{ marginBottom: 16 }} data-testid="roles-explain" />
      {roles.isError ? (
        <ErrorResult error={roles.error} />
      ) : (
        <Table<RoleInfo>
          rowKey="role"
          size="middle"
          loading={roles.isPending}
          columns={columns}
          dataSource={roles.data ?? []}
          pagination={false}
          tableLayout="fixed"
        />
      )}
    </Card>
  );
}
