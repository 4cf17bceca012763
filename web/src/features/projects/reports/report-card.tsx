import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Select, Skeleton, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../app/feedback';
import { currentLocale } from '../../../i18n';
import { formatWeek } from '../../../i18n/format';
import { useProjectOptions } from '../project-options.api';
import { dayOfKey, isoWeekOf, PICKER, type ReportKind, reportKeyOf } from './report-period';
import { ReportPreview } from './report-preview';
import { downloadReport, useReportQuery } from './reports.api';

/** One report: its period and task force, a preview of the key figures, and the two downloads. */
export function ReportCard({ kind, today }: { kind: ReportKind; today: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const showError = useErrorMessage();
  const [period, setPeriod] = useState(() => reportKeyOf(kind, today));
  const [taskForceId, setTaskForceId] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);
  const taskForces = useProjectOptions().data?.taskForces ?? [];
  const request = { period, ...(taskForceId ? { taskForceId } : {}) };
  const report = useReportQuery(kind, request);

  const download = async (format: 'docx' | 'xlsx') => {
    setBusy(format);
    try {
      await downloadReport(kind, format, request);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(null);
    }
  };
  const p = report.data?.period;

  return (
    <Card
      title={t(`projects.reports.kind.${kind}`)}
      data-testid={`report-${kind}`}
      data-period={period}
      data-loading={String(report.isFetching)}
      extra={
        <Space>
          <Button
            icon={<FileWordOutlined />}
            loading={busy === 'docx'}
            onClick={() => download('docx')}
            data-testid={`report-${kind}-docx`}
          >
            {t('projects.reports.docx')}
          </Button>
          <Button
            icon={<FileExcelOutlined />}
            loading={busy === 'xlsx'}
            onClick={() => download('xlsx')}
            data-testid={`report-${kind}-xlsx`}
          >
            {t('projects.reports.xlsx')}
          </Button>
        </Space>
      }
    >
      <Flex vertical gap={12}>
        <Flex wrap gap={8} align="center">
          <DatePicker
            picker={PICKER[kind]}
            value={dayjs(dayOfKey(kind, period))}
            allowClear={false}
            {...(kind === 'weekly'
              ? { format: (d: Dayjs) => formatWeek(isoWeekOf(d.format('YYYY-MM-DD')), locale) }
              : {})}
            onChange={(date) => {
              if (date) setPeriod(reportKeyOf(kind, date.format('YYYY-MM-DD')));
            }}
            data-testid={`report-${kind}-period`}
          />
          <Select
            allowClear
            style={{ minWidth: 200 }}
            placeholder={t('projects.reports.allTaskForces')}
            value={taskForceId}
            onChange={(value?: string) => setTaskForceId(value)}
            options={taskForces.map((f) => ({ value: f.id, label: f.name }))}
            aria-label={t('projects.reports.taskForce')}
            data-testid={`report-${kind}-task-force`}
          />
          {p ? (
            <Typography.Text type="secondary">
              {kind === 'weekly' ? formatWeek(period, locale) : period} ·{' '}
              {t('projects.reports.asOf', { start: p.start, last: p.last, asOf: p.asOf })}
            </Typography.Text>
          ) : null}
        </Flex>
        {report.isError ? (
          <Alert type="error" showIcon message={report.error.message} />
        ) : report.data ? (
          <ReportPreview report={report.data} />
        ) : (
          <Skeleton active />
        )}
      </Flex>
    </Card>
  );
}
