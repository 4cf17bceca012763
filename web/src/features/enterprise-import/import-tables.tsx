import { Table, type TableProps, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportError, ImportPreviewRow } from './enterprise-import.api';

/** Every error of the file: row and column as the sheet shows them, and what is wrong. */
export function ImportErrorTable({ errors }: { errors: ImportError[] }) {
  const { t } = useTranslation();
  const columns: TableProps<ImportError>['columns'] = [
    { title: t('enterpriseImport.errors.row'), dataIndex: 'row', width: 80 },
    { title: t('enterpriseImport.errors.column'), dataIndex: 'column', width: 200 },
    { title: t('enterpriseImport.errors.message'), dataIndex: 'message' },
  ];
  return (
    <Table<ImportError>
      data-testid="import-errors"
      size="small"
      rowKey={(e) => `${e.row}|${e.column}|${e.code}`}
      columns={columns}
      dataSource={errors}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
    />
  );
}

/** The first rows as they will be written, each marked add or update. */
export function ImportPreviewTable({ rows }: { rows: ImportPreviewRow[] }) {
  const { t } = useTranslation();
  const columns: TableProps<ImportPreviewRow>['columns'] = [
    { title: t('enterpriseImport.errors.row'), dataIndex: 'row', width: 70 },
    {
      title: t('enterpriseImport.preview.action'),
      dataIndex: 'action',
      width: 90,
      render: (action: ImportPreviewRow['action']) =>
        action === 'update' ? (
          <Tag color="orange">{t('enterpriseImport.preview.actionUpdate')}</Tag>
        ) : (
          <Tag color="green">{t('enterpriseImport.preview.actionCreate')}</Tag>
        ),
    },
    { title: t('enterpriseImport.preview.name'), dataIndex: 'name' },
    { title: t('enterpriseImport.preview.uscc'), dataIndex: 'uscc', width: 200 },
    { title: t('enterpriseImport.preview.park'), dataIndex: 'parkName' },
    { title: t('enterpriseImport.preview.industry'), dataIndex: 'industryCode', width: 100 },
  ];
  return (
    <Table<ImportPreviewRow>
      data-testid="import-preview"
      size="small"
      rowKey="row"
      columns={columns}
      dataSource={rows}
      pagination={false}
    />
  );
}
