import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Select,
  Space,
  Table,
  type TableProps,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZE } from '../../api/types';
import { useErrorMessage } from '../../app/feedback';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { ErrorResult } from '../errors/error-pages';
import { ActorSelect } from './actor-select';
import {
  type AuditFilters,
  type AuditLogEntry,
  downloadAuditExport,
  useAuditEntityTypesQuery,
  useAuditLogQuery,
} from './audit.api';
import { AuditChange } from './audit-change';
import { filtersFromSearch, searchWithFilters } from './audit-filters';

interface FilterForm {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function toForm(filters: AuditFilters): FilterForm {
  return {
    actorId: filters.actorId,
    entityType: filters.entityType,
    entityId: filters.entityId,
    range:
      filters.from || filters.to
        ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]
        : null,
  };
}

function fromForm(form: FilterForm): AuditFilters {
  const [from, to] = form.range ?? [null, null];
  return {
    actorId: form.actorId,
    entityType: form.entityType,
    entityId: form.entityId,
    from: from?.toISOString(),
    to: to?.toISOString(),
  };
}

/** The audit log: who did what to which record, when and from where; exportable to Excel. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const showError = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(params), [params]);
  const page = Number(params.get('page')) || 1;
  const pageSize = Number(params.get('pageSize')) || DEFAULT_PAGE_SIZE;
  const log = useAuditLogQuery(filters, page, pageSize);
  const entityTypes = useAuditEntityTypesQuery();
  const [form] = Form.useForm<FilterForm>();
  const [exporting, setExporting] = useState(false);

  const onExport = () => {
    setExporting(true);
    downloadAuditExport(filters)
      .catch(showError)
      .finally(() => setExporting(false));
  };

  const columns: TableProps<AuditLogEntry>['columns'] = [
    { key: 'seq', title: t('audit.seq'), dataIndex: 'seq', width: 80 },
    {
      key: 'occurredAt',
      title: t('audit.occurredAt'),
      render: (_, e) => <Tooltip title={e.occurredAt}>{formatDateTime(e.occurredAt, locale, true)}</Tooltip>,
    },
    {
      key: 'actor',
      title: t('audit.actor'),
      render: (_, e) =>
        e.actorLabel ? <Tooltip title={e.actorName}>{e.actorLabel}</Tooltip> : (e.actorName ?? t('audit.system')),
    },
    { key: 'ip', title: t('audit.ip'), render: (_, e) => e.ip ?? t('common.none') },
    {
      key: 'action',
      title: t('audit.action'),
      render: (_, e) => (
        <Tooltip title={e.action}>
          <Tag data-testid="audit-action">{e.actionLabel}</Tag>
        </Tooltip>
      ),
    },
    {
      key: 'entity',
      title: t('audit.entity'),
      render: (_, e) => (
        <Space size={4}>
          <Tooltip title={e.entityType}>
            <Tag color="blue">{e.entityTypeLabel}</Tag>
          </Tooltip>
          <Tooltip title={e.entityId}>
            <span data-testid="audit-entity">
              {e.entityName ?? e.entityId ?? t('common.none')}
              {e.entityCode && e.entityCode !== e.entityName ? (
                <Typography.Text type="secondary"> {e.entityCode}</Typography.Text>
              ) : null}
            </span>
          </Tooltip>
        </Space>
      ),
    },
  ];

  return (
    <Card title={t('audit.title')} data-testid="audit-page">
      <Form<FilterForm>
        name="auditFilters"
        form={form}
        layout="inline"
        initialValues={toForm(filters)}
        onFinish={(values) => setParams(searchWithFilters(params, fromForm(values)))}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item name="actorId" label={t('audit.actor')}>
          <ActorSelect />
        </Form.Item>
        <Form.Item name="entityType" label={t('audit.entityType')}>
          <Select
            allowClear
            placeholder={t('audit.entityTypePlaceholder')}
            style={{ width: 180 }}
            options={entityTypes.data ?? []}
            optionFilterProp="label"
            showSearch
          />
        </Form.Item>
        <Form.Item name="entityId" label={t('audit.entityId')}>
          <Input allowClear style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="range" label={t('audit.timeRange')}>
          <DatePicker.RangePicker showTime allowEmpty={[true, true]} />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.setFieldsValue({ actorId: undefined, entityType: undefined, entityId: undefined, range: null });
              setParams(searchWithFilters(params, {}));
            }}
          >
            {t('common.reset')}
          </Button>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={onExport} data-testid="audit-export">
            {t('audit.export')}
          </Button>
        </Flex>
      </Form>
      {log.isError ? (
        <ErrorResult error={log.error} />
      ) : (
        <Table<AuditLogEntry>
          rowKey="seq"
          size="middle"
          loading={log.isFetching}
          columns={columns}
          dataSource={log.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          expandable={{
            expandedRowRender: (entry) => <AuditChange entry={entry} />,
            rowExpandable: (entry) => entry.before !== null || entry.after !== null,
          }}
          pagination={{
            current: page,
            pageSize,
            total: log.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (nextPage, nextSize) => {
              const next = new URLSearchParams(params);
              next.set('page', String(nextPage));
              next.set('pageSize', String(nextSize));
              setParams(next);
            },
          }}
        />
      )}
    </Card>
  );
}
