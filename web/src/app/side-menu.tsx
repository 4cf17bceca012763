import {
  AimOutlined,
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FlagOutlined,
  HomeOutlined,
  LineChartOutlined,
  ProjectOutlined,
  SafetyOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { MenuEntry } from '../api/types';
import { translateDynamic } from '../i18n';
import { activeMenuKeys, menuKeys } from './access';

const ICONS: Record<string, ReactNode> = {
  home: <HomeOutlined />,
  registry: <BankOutlined />,
  investment: <AimOutlined />,
  projects: <ProjectOutlined />,
  chains: <ApartmentOutlined />,
  service: <CustomerServiceOutlined />,
  economy: <LineChartOutlined />,
  environment: <EnvironmentOutlined />,
  safety: <SafetyOutlined />,
  talent: <TeamOutlined />,
  party: <FlagOutlined />,
  cockpit: <DashboardOutlined />,
  admin: <SettingOutlined />,
  audit: <AuditOutlined />,
};

type MenuItem = Required<MenuProps>['items'][number];

function toItems(entries: readonly MenuEntry[], byKey: Map<string, MenuEntry>): MenuItem[] {
  return entries.map((entry) => {
    byKey.set(entry.key, entry);
    const label = (
      <span key={entry.key} data-menu-key={entry.key}>
        {translateDynamic(`menu.${entry.key}`, entry.key)}
      </span>
    );
    const icon = ICONS[entry.key] ?? <AppstoreOutlined />;
    return entry.children?.length
      ? { key: entry.key, icon, label, children: toItems(entry.children, byKey) }
      : { key: entry.key, icon: entry.key.includes('.') ? undefined : icon, label };
  });
}

/** The side menu, built from the server-computed `me.menu`; `onNavigate` closes the phone's drawer. */
export function SideMenu({ menu, onNavigate }: { menu: readonly MenuEntry[]; onNavigate?: () => void }) {
  useTranslation(); // re-render on language change
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const byKey = new Map<string, MenuEntry>();
  const items = toItems(menu, byKey);
  const { selected } = activeMenuKeys(menu, pathname);
  const parents = menuKeys(menu).filter((key) => byKey.get(key)?.children?.length);
  return (
    <Menu
      mode="inline"
      theme="dark"
      data-testid="side-menu"
      items={items}
      selectedKeys={selected}
      defaultOpenKeys={parents}
      onClick={({ key }) => {
        const entry = byKey.get(key);
        if (!entry) return;
        void navigate(entry.path);
        onNavigate?.();
      }}
    />
  );
}
