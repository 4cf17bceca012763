import { FundOutlined } from '@ant-design/icons';
import { Alert, Drawer, Flex, Layout, Spin, Typography, theme } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { HeaderBar } from './header-bar';
import { LanguageSwitch } from './language-switch';
import { ScreenDefaults } from './screen-defaults';
import { useSession } from './session';
import { SideMenu } from './side-menu';
import { useNarrowScreen, usePhoneScreen } from './use-screen';

const MENU_WIDTH = 220;
/** The background of antd's dark Layout.Sider and Menu, for the drawer that stands in for them. */
const MENU_BACKGROUND = '#001529';

function Brand({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={8} style={{ height: 64, padding: '0 20px', color: '#fff' }}>
      <FundOutlined style={{ fontSize: 22 }} />
      {!collapsed && (
        <Typography.Text strong ellipsis style={{ color: '#fff' }} title={t('app.name')}>
          {t('app.siderTitle')}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** On a phone the menu slides in from the left behind the header's menu button, and closes on a choice. */
function MenuDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const me = useSession();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      placement="left"
      size={MENU_WIDTH + 40}
      closable={false}
      data-testid="menu-drawer"
      styles={{
        body: { padding: 0, background: MENU_BACKGROUND },
        footer: { background: MENU_BACKGROUND, borderTop: 'none' },
      }}
      footer={<LanguageSwitch />}
    >
      <Brand collapsed={false} />
      <SideMenu menu={me.menu} onNavigate={onClose} />
    </Drawer>
  );
}

/**
 * The frame of every signed-in page: side menu, header, and the page. Below lg the side menu folds to
 * its icons; on a phone (below md) it is a drawer. `ScreenDefaults` fits the page's components.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useSession();
  const phone = usePhoneScreen();
  const narrow = useNarrowScreen();
  const [collapsed, setCollapsed] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        <MenuDrawer open={menuOpen} onClose={() => setMenuOpen(false)} />
      ) : (
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          width={MENU_WIDTH}
          // The fold trigger is fixed to the bottom of the window: the menu scrolls in its own box above
          // it, or a long menu (the leader's) hides its last entry behind the trigger.
          style={{ position: 'sticky', top: 0, height: '100vh' }}
        >
          <Flex vertical style={{ height: '100%' }}>
            <Brand collapsed={collapsed} />
            <div style={{ flex: 1, minHeight: 0, overflowY: 'auto', overflowX: 'hidden' }} data-testid="side-menu-box">
              <SideMenu menu={me.menu} />
            </div>
          </Flex>
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            padding: phone ? '0 8px' : '0 24px',
            borderBottom: `1px solid ${token.colorSplit}`,
          }}
        >
          <HeaderBar compact={narrow} onOpenMenu={phone ? () => setMenuOpen(true) : undefined} />
        </Layout.Header>
        <Layout.Content style={{ padding: phone ? 12 : 24 }}>
          {me.zone?.isDemo && (
            <Alert
              type="warning"
              showIcon
              banner
              data-testid="demo-banner"
              title={t('common.demoBanner')}
              style={{ marginBottom: 16 }}
            />
          )}
          <ScreenDefaults>
            <Suspense
              fallback={
                <Flex justify="center" style={{ padding: 48 }}>
                  <Spin />
                </Flex>
              }
            >
              <Outlet />
            </Suspense>
          </ScreenDefaults>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
