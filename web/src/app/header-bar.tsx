import {
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuOutlined,
  PoweroffOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, Flex, type MenuProps, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogoutAllMutation, useLogoutMutation, useSwitchZoneMutation } from '../features/auth/auth.api';
import { NotificationBell } from '../features/notifications/notification-bell';
import { translateDynamic } from '../i18n';
import { useErrorMessage } from './feedback';
import { LanguageSwitch } from './language-switch';
import { useSession } from './session';

/** `compact` (narrower than a desktop): the switch takes the header's free width; longer names are cut. */
function ZoneSwitcher({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const me = useSession();
  const { message } = App.useApp();
  const showError = useErrorMessage();
  const switchZone = useSwitchZoneMutation();
  const demo = me.zone?.isDemo ? (
    <Tag color="orange" data-testid="demo-tag">
      {t('common.demo')}
    </Tag>
  ) : null;
  if (me.zones.length <= 1) {
    return (
      <Flex align="center" gap={4} style={{ minWidth: 0 }}>
        <Typography.Text strong ellipsis data-testid="zone-name">
          {me.zone?.name ?? t('header.noZone')}
        </Typography.Text>
        {demo}
      </Flex>
    );
  }
  return (
    <Flex align="center" gap={4} style={{ minWidth: 0 }}>
      <Select
        aria-label={t('header.zone')}
        data-testid="zone-switcher"
        style={compact ? { flex: '1 1 auto', minWidth: 0 } : { minWidth: 220 }}
        popupMatchSelectWidth={compact ? false : undefined}
        value={me.zone?.id}
        placeholder={t('header.noZone')}
        loading={switchZone.isPending}
        options={me.zones.map((zone) => ({ value: zone.id, label: zone.name }))}
        onChange={(zoneId: string) =>
          switchZone.mutate(zoneId, {
            onSuccess: (next) => void message.success(t('header.switchedZone', { name: next.zone?.name ?? '' })),
            onError: showError,
          })
        }
      />
      {demo}
    </Flex>
  );
}

/** `compact` (narrower than a desktop): only the avatar shows; the name and role head the menu it opens. */
function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const logout = useLogoutMutation();
  const logoutAll = useLogoutAllMutation();
  const toLogin = () => void navigate('/login', { replace: true });
  const name = <span data-testid="user-name">{me.user.displayName}</span>;
  const role = <Tag data-testid="user-role">{translateDynamic(`role.${me.role}`, me.role)}</Tag>;
  const items: MenuProps['items'] = [
    ...(compact
      ? [
          {
            key: 'who',
            disabled: true,
            label: (
              <Space size={4}>
                {name}
                {role}
              </Space>
            ),
          },
          { type: 'divider' as const },
        ]
      : []),
    { key: 'password', icon: <KeyOutlined />, label: t('header.changePassword') },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout') },
    { key: 'logoutAll', icon: <PoweroffOutlined />, label: t('header.logoutAll'), danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') void navigate('/password');
    if (key === 'logout') logout.mutate(undefined, { onSettled: toLogin });
    if (key === 'logoutAll') {
      modal.confirm({
        title: t('header.logoutAll'),
        content: t('header.logoutAllConfirm'),
        onOk: () => logoutAll.mutateAsync().finally(toLogin),
      });
    }
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']}>
      {compact ? (
        <Button
          type="text"
          data-testid="user-menu"
          aria-label={me.user.displayName}
          icon={<Avatar size="small" icon={<UserOutlined />} />}
        />
      ) : (
        <Button type="text" data-testid="user-menu" style={{ height: 'auto' }}>
          <Space>
            <Avatar size="small" icon={<UserOutlined />} />
            {name}
            {role}
            <DownOutlined />
          </Space>
        </Button>
      )}
    </Dropdown>
  );
}

/**
 * The header: zone, bell, language and account. `compact` (narrower than a desktop): the zone switch
 * takes the free width and the account shows as its avatar. With `onOpenMenu` (a phone) it starts with
 * the menu button and leaves the language to the menu drawer, so the zone switch, bell and account fit.
 */
export function HeaderBar({ compact = false, onOpenMenu }: { compact?: boolean; onOpenMenu?: () => void }) {
  const { t } = useTranslation();
  if (compact) {
    return (
      <Flex align="center" gap={onOpenMenu ? 4 : 16} style={{ height: '100%' }}>
        {onOpenMenu && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('header.openMenu')}
            data-testid="menu-button"
            onClick={onOpenMenu}
          />
        )}
        <Flex style={{ flex: '1 1 auto', minWidth: 0 }}>
          <ZoneSwitcher compact />
        </Flex>
        <NotificationBell />
        {!onOpenMenu && <LanguageSwitch />}
        <UserMenu compact />
      </Flex>
    );
  }
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between' }}>
      <ZoneSwitcher />
      <Space size="middle">
        <NotificationBell />
        <LanguageSwitch />
        <UserMenu />
      </Space>
    </Space>
  );
}
