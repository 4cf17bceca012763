import { EditOutlined, FileSyncOutlined } from '@ant-design/icons';
import { Button, Descriptions } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasPermission } from '../../app/session';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { ChangeRequestFormModal } from './change-requests/change-request-form.modal';
import type { Enterprise } from './enterprises.api';
import { ProfileFormModal } from './profile-form.modal';

/** 申请变更: the enterprise's own way to change its registered facts (a reviewer approves). */
export function RequestChangeButton({ enterprise }: { enterprise: Enterprise }) {
  const { t } = useTranslation();
  const mayRequest = useHasPermission('enterprise.requestChange');
  const [open, setOpen] = useState(false);
  if (!mayRequest) return null;
  return (
    <>
      <Button icon={<FileSyncOutlined />} onClick={() => setOpen(true)} data-testid="change-request-open">
        {t('enterpriseSelf.change.open')}
      </Button>
      <ChangeRequestFormModal enterprise={enterprise} open={open} onClose={() => setOpen(false)} />
    </>
  );
}

/** 企业自填信息: what the enterprise keeps itself, edited by its own user or the registry's staff. */
export function ProfileSection({ enterprise: e }: { enterprise: Enterprise }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const mayKeep = useHasPermission('enterprise.keepProfile');
  const [editing, setEditing] = useState(false);
  const none = t('common.none');
  return (
    <>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        title={t('enterpriseSelf.profile.title')}
        data-testid="profile-self-kept"
        extra={
          mayKeep && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="profile-edit">
              {t('enterpriseSelf.profile.edit')}
            </Button>
          )
        }
      >
        <Descriptions.Item label={t('enterpriseSelf.phone')}>{e.phone ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('enterpriseSelf.website')}>{e.website ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('enterpriseSelf.officeAddress')}>{e.officeAddress ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('enterprises.employees')}>
          {e.employees === null ? none : formatNumber(e.employees, locale)}
        </Descriptions.Item>
        <Descriptions.Item label={t('enterpriseSelf.businessDescription')} span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{e.businessDescription ?? none}</span>
        </Descriptions.Item>
      </Descriptions>
      {mayKeep && <ProfileFormModal enterprise={e} open={editing} onClose={() => setEditing(false)} />}
    </>
  );
}
