import { Flex, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../../i18n';
import { currentLocale } from '../../../i18n';
import { formatNumber } from '../../../i18n/format';
import { YuanText } from '../../investment/leads/money-text';
import { projectStageLabel } from '../project-labels';
import { RagLight } from '../rag-light';
import type { AnnualReport, MonthlyReport, QuarterlyReport, ReportModel, WeeklyReport } from './reports.api';

/** The key figures and the one or two tables a reader checks before downloading the file. */
const PREVIEW_ROWS = 8;

function Percent({ value }: { value: number | null }) {
  return <span>{value === null ? '—' : `${formatNumber(value, currentLocale(), 1)}%`}</span>;
}

function Stats({ items }: { items: [TranslationKey, React.ReactNode][] }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={24}>
      {items.map(([key, value]) => (
        <Statistic key={key} title={t(key)} valueRender={() => value} />
      ))}
    </Flex>
  );
}

function Section<T extends object>({
  title,
  rows,
  columns,
  rowKey,
}: {
  title: TranslationKey;
  rows: T[];
  columns: ColumnsType<T>;
  rowKey: (row: T, index?: number) => string;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Typography.Text strong>
        {t(title)}（{rows.length}）
      </Typography.Text>
      <Table<T>
        size="small"
        rowKey={(row) => rowKey(row)}
        columns={columns}
        dataSource={rows.slice(0, PREVIEW_ROWS)}
        pagination={false}
        locale={{ emptyText: t('projects.reports.empty') }}
        scroll={{ x: true }}
      />
    </div>
  );
}

function WeeklyPreview({ r }: { r: WeeklyReport }) {
  const { t } = useTranslation();
  const h = r.headline;
  return (
    <Flex vertical gap={12}>
      <Stats
        items={[
          ['projects.reports.stat.lightsTurned', h.lightsTurned],
          ['projects.reports.stat.itemsDone', h.itemsDone],
          ['projects.reports.stat.redItems', h.redItems],
          ['projects.reports.stat.openActions', h.openActions],
          ['projects.reports.stat.overdueActions', h.overdueActions],
          ['projects.reports.stat.meetings', h.meetings],
        ]}
      />
      <Section
        title="projects.reports.section.redItems"
        rows={r.redItems}
        rowKey={(i) => `${i.projectId}:${i.milestoneName}:${i.dueOn}`}
        columns={[
          { title: t('projects.reports.col.project'), dataIndex: 'projectName' },
          { title: t('projects.reports.col.item'), dataIndex: 'milestoneName' },
          { title: t('projects.reports.col.owner'), dataIndex: 'ownerName' },
          { title: t('projects.reports.col.due'), dataIndex: 'dueOn' },
          { title: t('projects.reports.col.overdueWorkdays'), dataIndex: 'overdueWorkdays', align: 'right' },
        ]}
      />
      <Section
        title="projects.reports.section.openActions"
        rows={r.openActions}
        rowKey={(a) => a.id}
        columns={[
          { title: t('projects.reports.col.action'), dataIndex: 'text' },
          { title: t('projects.reports.col.owner'), dataIndex: 'ownerName' },
          { title: t('projects.reports.col.due'), dataIndex: 'dueOn' },
          { title: t('projects.reports.col.age'), dataIndex: 'ageWorkdays', align: 'right' },
        ]}
      />
    </Flex>
  );
}

function MonthlyPreview({ r }: { r: MonthlyReport }) {
  const { t } = useTranslation();
  const h = r.headline;
  return (
    <Flex vertical gap={12}>
      <Stats
        items={[
          ['projects.reports.stat.itemsDone', h.itemsDone],
          ['projects.reports.stat.hit', h.hit],
          ['projects.reports.stat.missed', h.missed],
          ['projects.reports.stat.monthInvestment', <YuanText key="m" yuan={h.monthYuan} />],
          ['projects.reports.stat.ytdPercent', <Percent key="p" value={h.ytdPercent} />],
        ]}
      />
      <Section
        title="projects.reports.section.projects"
        rows={r.projects}
        rowKey={(p) => p.projectId}
        columns={[
          { title: t('projects.reports.col.project'), dataIndex: 'projectName' },
          { title: t('projects.reports.col.stage'), render: (_, p) => projectStageLabel(p.stage) },
          { title: t('projects.reports.col.light'), render: (_, p) => <RagLight status={p.ragStatus} /> },
          { title: t('projects.reports.col.itemsDone'), dataIndex: 'itemsDone', align: 'right' },
          {
            title: t('projects.reports.col.monthInvestment'),
            render: (_, p) => <YuanText yuan={p.monthYuan} />,
            align: 'right',
          },
          {
            title: t('projects.reports.col.ytdPercent'),
            render: (_, p) => <Percent value={p.ytdPercent} />,
            align: 'right',
          },
        ]}
      />
    </Flex>
  );
}

function QuarterlyPreview({ r }: { r: QuarterlyReport }) {
  const { t } = useTranslation();
  const h = r.headline;
  return (
    <Flex vertical gap={12}>
      <Stats
        items={[
          ['projects.reports.stat.planned', h.milestonesPlanned],
          ['projects.reports.stat.plannedDone', h.milestonesPlannedDone],
          ['projects.reports.stat.slipped', h.slippedItems],
          ['projects.reports.stat.meanSlip', h.meanSlipWorkdays ?? '—'],
        ]}
      />
      <Section
        title="projects.reports.section.taskForces"
        rows={r.taskForces}
        rowKey={(x) => x.taskForceId}
        columns={[
          { title: t('projects.reports.col.taskForce'), dataIndex: 'taskForceName' },
          { title: t('projects.reports.col.planned'), dataIndex: 'milestonesPlanned', align: 'right' },
          { title: t('projects.reports.col.plannedDone'), dataIndex: 'milestonesPlannedDone', align: 'right' },
          {
            title: t('projects.reports.col.investmentPlan'),
            render: (_, x) => <YuanText yuan={x.investmentPlanYuan} />,
            align: 'right',
          },
          {
            title: t('projects.reports.col.investmentDone'),
            render: (_, x) => <YuanText yuan={x.investmentDoneYuan} />,
            align: 'right',
          },
          { title: t('projects.reports.col.meanSlip'), render: (_, x) => x.meanSlipWorkdays ?? '—', align: 'right' },
          { title: t('projects.reports.col.maxSlip'), render: (_, x) => x.maxSlipWorkdays ?? '—', align: 'right' },
        ]}
      />
    </Flex>
  );
}

function AnnualPreview({ r }: { r: AnnualReport }) {
  const { t } = useTranslation();
  const h = r.headline;
  return (
    <Flex vertical gap={12}>
      <Stats
        items={[
          ['projects.reports.stat.started', h.started],
          ['projects.reports.stat.completed', h.completed],
          ['projects.reports.stat.producing', h.producing],
          ['projects.reports.stat.onTime', <Percent key="o" value={h.onTimePercent} />],
        ]}
      />
      <Section
        title="projects.reports.section.taskForces"
        rows={r.taskForces}
        rowKey={(x) => x.taskForceId}
        columns={[
          { title: t('projects.reports.col.taskForce'), dataIndex: 'taskForceName' },
          {
            title: t('projects.reports.col.targetCompletion'),
            render: (_, x) => <Percent value={x.targetCompletion} />,
            align: 'right',
          },
          { title: t('projects.reports.col.started'), dataIndex: 'started', align: 'right' },
          { title: t('projects.reports.col.producing'), dataIndex: 'producing', align: 'right' },
          {
            title: t('projects.reports.col.onTime'),
            render: (_, x) => <Percent value={x.onTimePercent} />,
            align: 'right',
          },
          {
            title: t('projects.reports.col.investmentPercent'),
            render: (_, x) => <Percent value={x.investmentPercent} />,
            align: 'right',
          },
        ]}
      />
    </Flex>
  );
}

export function ReportPreview({ report }: { report: ReportModel }) {
  switch (report.kind) {
    case 'weekly':
      return <WeeklyPreview r={report} />;
    case 'monthly':
      return <MonthlyPreview r={report} />;
    case 'quarterly':
      return <QuarterlyPreview r={report} />;
    case 'annual':
      return <AnnualPreview r={report} />;
  }
}
