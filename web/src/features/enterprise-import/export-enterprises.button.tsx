import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorMessage } from '../../app/feedback';
import { useSession } from '../../app/session';
import type { EnterpriseFilter } from '../enterprises/enterprises.api';
import { downloadEnterpriseExport } from './enterprise-import.api';

/** “导出 Excel” for the enterprise list: the current filters, the columns the import reads. */
export function ExportEnterprisesButton({ filter }: { filter: EnterpriseFilter }) {
  const { t } = useTranslation();
  const showError = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const onClick = () => {
    setBusy(true);
    downloadEnterpriseExport(filter)
      .catch(showError)
      .finally(() => setBusy(false));
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={onClick} data-testid="enterprise-export">
      {t('enterpriseImport.export')}
    </Button>
  );
}

/** “导入 Excel” for those who may import: opens the import wizard. */
export function ImportEnterprisesLink() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSession();
  if (!me.permissions.includes('enterprise.import')) return null;
  return (
    <Button icon={<UploadOutlined />} onClick={() => navigate('/registry/import')} data-testid="enterprise-import">
      {t('enterpriseImport.importLink')}
    </Button>
  );
}
