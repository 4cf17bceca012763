import { DownOutlined, KeyOutlined, LogoutOutlined, PoweroffOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, type MenuProps, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogoutAllMutation, useLogoutMutation, useSwitchZoneMutation } from '../features/auth/auth.api';
import { NotificationBell } from '../features/notifications/notification-bell';
import { translateDynamic } from '../i18n';
import { useErrorMessage } from './feedback';
import { LanguageSwitch } from './language-switch';
import { useSession } from './session';

function ZoneSwitcher() {
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
      <Space size={4}>
        <Typography.Text strong data-testid="zone-name">
          {me.zone?.name ?? t('header.noZone')}
        </Typography.Text>
        {demo}
      </Space>
    );
  }
  return (
    <Space size={4}>
      <Select
        aria-label={t('header.zone')}
        data-testid="zone-switcher"
        style={{ minWidth: 220 }}
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
    </Space>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const logout = useLogoutMutation();
  const logoutAll = useLogoutAllMutation();
  const toLogin = () => void navigate('/login', { replace: true });
  const items: MenuProps['items'] = [
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
      <Button type="text" data-testid="user-menu" style={{ height: 'auto' }}>
        <Space>
          <Avatar size="small" icon={<UserOutlined />} />
          <span data-testid="user-name">{me.user.displayName}</span>
          <Tag data-testid="user-role">{translateDynamic(`role.${me.role}`, me.role)}</Tag>
          <DownOutlined />
        </Space>
      </Button>
    </Dropdown>
  );
}

export function HeaderBar() {
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
