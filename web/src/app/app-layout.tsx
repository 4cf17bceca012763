import { FundOutlined } from '@ant-design/icons';
import { Alert, Flex, Layout, Spin, Typography, theme } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { HeaderBar } from './header-bar';
import { useSession } from './session';
import { SideMenu } from './side-menu';

/** The frame of every signed-in page: side menu, header, and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useSession();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={220}>
        <Flex align="center" gap={8} style={{ height: 64, padding: '0 20px', color: '#fff' }}>
          <FundOutlined style={{ fontSize: 22 }} />
          {!collapsed && (
            <Typography.Text strong ellipsis style={{ color: '#fff' }} title={t('app.name')}>
              {t('app.siderTitle')}
            </Typography.Text>
          )}
        </Flex>
        <SideMenu menu={me.menu} />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            padding: '0 24px',
            borderBottom: `1px solid ${token.colorSplit}`,
          }}
        >
          <HeaderBar />
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
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
          <Suspense
            fallback={
              <Flex justify="center" style={{ padding: 48 }}>
                <Spin />
              </Flex>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
