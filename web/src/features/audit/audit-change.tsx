import { Empty, Flex, Segmented, Table, type TableProps, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditLogEntry } from './audit.api';
import { type ChangeKind, diffAuditValues, type FieldChange, fieldPathLabel, showValue } from './audit-diff';

const KIND_COLORS: Record<ChangeKind, string> = { added: 'green', removed: 'red', changed: 'blue' };

/** The expanded row of an audit entry: what changed, as a field diff or as raw JSON. */
export function AuditChange({ entry }: { entry: AuditLogEntry }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'diff' | 'json'>('diff');
  const changes = diffAuditValues(entry.before, entry.after);
  if (!entry.before && !entry.after)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.noChanges')} />;

  const columns: TableProps<FieldChange>['columns'] = [
    {
      key: 'field',
      title: t('audit.field'),
      render: (_, c) => (
        <Tooltip title={c.field}>
          <span data-testid="audit-field">{fieldPathLabel(c.field, entry.fieldLabels)}</span>
        </Tooltip>
      ),
    },
    {
      key: 'kind',
      title: t('audit.action'),
      render: (_, c) => <Tag color={KIND_COLORS[c.kind]}>{t(`audit.change.${c.kind}`)}</Tag>,
    },
    {
      key: 'before',
      title: t('audit.before'),
      render: (_, c) => <Typography.Text delete={c.kind !== 'added'}>{showValue(c.before)}</Typography.Text>,
    },
    {
      key: 'after',
      title: t('audit.after'),
      render: (_, c) => <Typography.Text strong>{showValue(c.after)}</Typography.Text>,
    },
  ];

  return (
    <Flex vertical gap={8} data-testid="audit-change">
      <Segmented<'diff' | 'json'>
        size="small"
        value={view}
        onChange={setView}
        options={[
          { value: 'diff', label: t('audit.viewDiff') },
          { value: 'json', label: t('audit.viewJson') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {view === 'diff' ? (
        <Table<FieldChange>
          rowKey="field"
          size="small"
          columns={columns}
          dataSource={changes}
          pagination={false}
          locale={{ emptyText: t('audit.noChanges') }}
        />
      ) : (
        <Flex gap={16} wrap>
          {(['before', 'after'] as const).map((side) => (
            <div key={side} style={{ flex: '1 1 320px', minWidth: 0 }}>
              <Typography.Text type="secondary">{t(`audit.${side}`)}</Typography.Text>
              <pre style={{ margin: 0, padding: 8, background: 'rgba(0,0,0,0.03)', overflow: 'auto', maxHeight: 320 }}>
                {JSON.stringify(entry[side], null, 2)}
              </pre>
            </div>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
