import { DeleteOutlined, DownloadOutlined, FilterOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveDownload } from '../../../api/save-download';
import { useErrorMessage } from '../../../app/feedback';
import { filterToQuery, type LeadFilter, queryToFilter } from './lead-filter';
import { downloadLeadsExport, useDeleteFilterMutation, useSavedFiltersQuery, useSaveFilterMutation } from './leads.api';

/** The caller's saved list filters: apply one, save the current filter under a name, delete one. */
export function SavedFilters({ filter, onApply }: { filter: LeadFilter; onApply: (filter: LeadFilter) => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const saved = useSavedFiltersQuery();
  const save = useSaveFilterMutation();
  const remove = useDeleteFilterMutation();
  const showError = useErrorMessage();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const items = (saved.data ?? []).map((f) => ({
    key: f.id,
    label: (
      <Space>
        <span>{f.name}</span>
        <DeleteOutlined
          aria-label={t('common.delete')}
          onClick={(event) => {
            event.stopPropagation();
            void modal.confirm({
              title: t('investment.leads.deleteFilter', { name: f.name }),
              onOk: () => remove.mutateAsync(f.id).catch(showError),
            });
          }}
        />
      </Space>
    ),
  }));
  return (
    <Space>
      <Dropdown
        disabled={items.length === 0}
        menu={{
          items,
          onClick: ({ key }) => {
            const found = saved.data?.find((f) => f.id === key);
            if (found) onApply(queryToFilter(found.query));
          },
        }}
      >
        <Button icon={<FilterOutlined />} data-testid="saved-filters">
          {t('investment.leads.savedFilters')}
        </Button>
      </Dropdown>
      <Button icon={<SaveOutlined />} onClick={() => setNaming(true)} data-testid="save-filter">
        {t('investment.leads.saveFilter')}
      </Button>
      <Modal
        open={naming}
        title={t('investment.leads.saveFilter')}
        onCancel={() => setNaming(false)}
        okButtonProps={{ disabled: name.trim() === '' }}
        confirmLoading={save.isPending}
        onOk={() =>
          save
            .mutateAsync({ name: name.trim(), query: filterToQuery(filter) })
            .then(() => {
              setNaming(false);
              setName('');
            })
            .catch(showError)
        }
      >
        <Input
          value={name}
          maxLength={40}
          placeholder={t('investment.leads.filterName')}
          onChange={(event) => setName(event.target.value)}
        />
      </Modal>
    </Space>
  );
}

/** "导出 Excel": every lead matching the current filter (the server streams up to 50,000). */
export function ExportLeadsButton({ filter }: { filter: LeadFilter }) {
  const { t } = useTranslation();
  const showError = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const onClick = () => {
    setBusy(true);
    downloadLeadsExport(filter)
      .then(({ blob, filename }) => saveDownload(blob, filename ?? 'leads.xlsx'))
      .catch(showError)
      .finally(() => setBusy(false));
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={onClick} data-testid="leads-export">
      {t('investment.leads.export')}
    </Button>
  );
}
