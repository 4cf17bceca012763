import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { translateDynamic } from '../../i18n';
import { ErrorResult, ForbiddenPage } from '../errors/error-pages';
import { classificationLabel } from './classification-label';
import { EnterpriseFormModal } from './enterprise-form.modal';
import { useEnterpriseQuery } from './enterprises.api';
import { PROFILE_TABS } from './profile-tabs';

/** 企业画像: everything the platform knows about one enterprise, one tab per module. */
export function EnterpriseProfilePage() {
  const me = useSession();
  return me.permissions.includes('enterprise.view') ? <Profile /> : <ForbiddenPage />;
}

function Profile() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useSession();
  const enterprise = useEnterpriseQuery(id);
  const [editing, setEditing] = useState(false);
  if (enterprise.isError) return <ErrorResult error={enterprise.error} />;
  const e = enterprise.data;
  // The latest year's classifications as tags under the name.
  const latest = e ? Math.max(0, ...e.classifications.map((c) => c.year)) : 0;
  const tabs = [...PROFILE_TABS].sort((a, b) => a.order - b.order);
  return (
    <Card
      loading={!e}
      data-testid="enterprise-profile"
      title={
        <Space direction="vertical" size={2} style={{ padding: '8px 0' }}>
          <Space>
            {me.user.enterpriseId === null && (
              <Link to="/registry/enterprises" aria-label={t('enterprises.backToList')}>
                <ArrowLeftOutlined />
              </Link>
            )}
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="profile-name">
              {e?.name}
            </Typography.Title>
            {e && <Tag>{translateDynamic(`enterprises.status.${e.status}`, e.status)}</Tag>}
            {e?.isDemo && <Tag color="gold">{t('common.demo')}</Tag>}
          </Space>
          <Space size={4} wrap>
            <Typography.Text type="secondary">{e?.uscc}</Typography.Text>
            {e?.classifications
              .filter((c) => c.year === latest)
              .map((c) => (
                <Tag key={c.id} color="blue">
                  {classificationLabel(c)} {c.year}
                </Tag>
              ))}
          </Space>
        </Space>
      }
      extra={
        e &&
        me.permissions.includes('enterprise.manage') && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="enterprise-edit">
            {t('common.edit')}
          </Button>
        )
      }
    >
      {e && (
        <Tabs
          items={tabs.map(({ key, labelKey, component: Tab }) => ({
            key,
            label: t(labelKey),
            children: <Tab enterpriseId={e.id} />,
          }))}
          destroyOnHidden
        />
      )}
      <EnterpriseFormModal enterprise={e ?? null} open={editing} onClose={() => setEditing(false)} />
    </Card>
  );
}
