import { Alert, App, Button, Card, DatePicker, Flex, Input, InputNumber, Space, Statistic, Table, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../app/feedback';
import { Chart } from '../../../charts/chart';
import { currentLocale } from '../../../i18n';
import { formatDateTime } from '../../../i18n/format';
import { zoneToday } from '../../investment/contest/contest-period';
import { wanToYuan, yuanToWan } from '../../investment/leads/money-input';
import { YuanText } from '../../investment/leads/money-text';
import type { ProjectDetail } from '../project.types';
import {
  type InvestmentMonth,
  useProjectInvestment,
  useSaveInvestmentMonth,
  useSaveInvestmentPlan,
} from './investment.api';
import { buildProjectInvestmentOption } from './investment-chart.option';
import { draftOf, isDirty, isFutureMonth, type MonthDraft, saveOf } from './investment-form';

/**
 * The project's investment completed (当月完成投资) for a year: the plan, twelve months typed in 万元
 * by the project's task force (months not reached stay closed), and the months against the plan.
 */
export function InvestmentTab({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => Number(zoneToday().slice(0, 4)));
  const investment = useProjectInvestment(project.id, year);
  const data = investment.data;
  const option = useMemo(
    () =>
      buildProjectInvestmentOption(data?.months ?? [], data?.plannedYuan ?? null, data?.currentMonth ?? '', {
        monthly: t('projectInvestment.series.monthly'),
        cumulative: t('projectInvestment.series.cumulative'),
        plan: t('projectInvestment.series.plan'),
        unit: t('projectInvestment.axisWan'),
      }),
    [data, t],
  );

  return (
    <Flex vertical gap={12} data-testid="project-investment-tab" data-year={year}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <DatePicker
          picker="year"
          allowClear={false}
          value={dayjs(`${year}-01-01`)}
          onChange={(d) => (d ? setYear(d.year()) : undefined)}
          data-testid="investment-year"
        />
        {data ? (
          <PlanEditor projectId={project.id} year={year} plannedYuan={data.plannedYuan} canEdit={data.canEdit} />
        ) : null}
      </Flex>
      {data ? (
        <Space size="large" wrap>
          <Statistic
            title={t('projectInvestment.yearCompleted')}
            valueRender={() => <YuanText yuan={data.yearCompletedYuan} />}
          />
          <Statistic
            title={t('projectInvestment.completionPct')}
            value={data.completionPct ?? '—'}
            suffix={data.completionPct === null ? undefined : '%'}
          />
          <Statistic
            title={t('projectInvestment.completedToDate')}
            valueRender={() => <YuanText yuan={data.completedToDateYuan} />}
          />
          <Statistic
            title={t('projectInvestment.totalInvestment')}
            valueRender={() => <YuanText yuan={data.totalInvestmentYuan} />}
          />
        </Space>
      ) : null}
      {data && !data.canEdit ? <Alert type="info" showIcon title={t('projectInvestment.readOnly')} /> : null}
      <MonthTable
        projectId={project.id}
        months={data?.months ?? []}
        currentMonth={data?.currentMonth ?? zoneToday().slice(0, 7)}
        canEdit={data?.canEdit ?? false}
        loading={investment.isLoading}
      />
      <Card size="small" title={t('projectInvestment.chartTitle')}>
        <Chart option={option} style={{ height: 300 }} testId="project-investment-chart" />
      </Card>
    </Flex>
  );
}

function PlanEditor(props: { projectId: string; year: number; plannedYuan: number | null; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useErrorMessage();
  const save = useSaveInvestmentPlan(props.projectId);
  const [wan, setWan] = useState<number | null>(yuanToWan(props.plannedYuan));
  useEffect(() => setWan(yuanToWan(props.plannedYuan)), [props.plannedYuan]);
  const plannedYuan = wanToYuan(wan);
  return (
    <Space>
      <span>{t('projectInvestment.plan')}</span>
      <InputNumber<number>
        min={0}
        precision={2}
        value={wan}
        disabled={!props.canEdit}
        onChange={(v) => setWan(v)}
        style={{ width: 160 }}
        data-testid="investment-plan"
      />
      {props.canEdit ? (
        <Button
          loading={save.isPending}
          disabled={plannedYuan === null || plannedYuan === props.plannedYuan}
          onClick={() =>
            plannedYuan !== null &&
            save.mutate(
              { year: props.year, plannedYuan },
              {
                onSuccess: () => void message.success(t('projectInvestment.planSaved', { year: props.year })),
                onError: showError,
              },
            )
          }
          data-testid="investment-plan-save"
        >
          {t('projectInvestment.planSave')}
        </Button>
      ) : null}
    </Space>
  );
}

function MonthTable(props: {
  projectId: string;
  months: InvestmentMonth[];
  currentMonth: string;
  canEdit: boolean;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useErrorMessage();
  const locale = currentLocale();
  const save = useSaveInvestmentMonth(props.projectId);
  const [drafts, setDrafts] = useState<Record<string, MonthDraft>>({});
  // What the server holds replaces the drafts whenever it changes (after a save, a conflict, a new year).
  useEffect(() => setDrafts(Object.fromEntries(props.months.map((m) => [m.month, draftOf(m)]))), [props.months]);
  const draftFor = (m: InvestmentMonth) => drafts[m.month] ?? draftOf(m);
  const patch = (month: string, next: Partial<MonthDraft>, m: InvestmentMonth) =>
    setDrafts((all) => ({ ...all, [month]: { ...(all[month] ?? draftOf(m)), ...next } }));
  const submit = (m: InvestmentMonth, draft: MonthDraft) => {
    const body = saveOf(m, draft);
    save.mutate(body, {
      onSuccess: () =>
        void message.success(
          t(body.completedYuan === null ? 'projectInvestment.cleared' : 'projectInvestment.saved', { month: m.month }),
        ),
      onError: showError,
    });
  };
  const editable = (m: InvestmentMonth) => props.canEdit && !isFutureMonth(m.month, props.currentMonth);

  return (
    <Table<InvestmentMonth>
      rowKey="month"
      size="small"
      pagination={false}
      loading={props.loading}
      dataSource={props.months}
      columns={[
        { key: 'month', title: t('projectInvestment.month'), dataIndex: 'month', width: 100 },
        {
          key: 'completed',
          title: t('projectInvestment.completedWan'),
          width: 200,
          render: (_, m) => {
            const input = (
              <InputNumber<number>
                min={0}
                value={draftFor(m).wan}
                disabled={!editable(m)}
                onChange={(v) => patch(m.month, { wan: v }, m)}
                style={{ width: 160 }}
                data-testid={`investment-month-${m.month.slice(5, 7)}`}
              />
            );
            return isFutureMonth(m.month, props.currentMonth) ? (
              <Tooltip title={t('projectInvestment.future')}>{input}</Tooltip>
            ) : (
              input
            );
          },
        },
        {
          key: 'note',
          title: t('projectInvestment.note'),
          render: (_, m) => (
            <Input
              value={draftFor(m).note}
              maxLength={500}
              disabled={!editable(m)}
              onChange={(e) => patch(m.month, { note: e.target.value }, m)}
              data-testid={`investment-note-${m.month.slice(5, 7)}`}
            />
          ),
        },
        { key: 'recordedBy', title: t('projectInvestment.recordedBy'), dataIndex: 'recordedByName', width: 140 },
        {
          key: 'updatedAt',
          title: t('projectInvestment.updatedAt'),
          width: 170,
          render: (_, m) => (m.updatedAt ? formatDateTime(m.updatedAt, locale) : null),
        },
        ...(props.canEdit
          ? [
              {
                key: 'save',
                width: 90,
                render: (_: unknown, m: InvestmentMonth) => {
                  const draft = draftFor(m);
                  const clearing = draft.wan === null && m.completedYuan !== null;
                  return (
                    <Button
                      size="small"
                      type={clearing ? 'default' : 'primary'}
                      danger={clearing}
                      disabled={!editable(m) || !isDirty(m, draft) || (draft.wan === null && m.completedYuan === null)}
                      loading={save.isPending && save.variables?.month === m.month}
                      onClick={() => submit(m, draft)}
                      data-testid={`investment-save-${m.month.slice(5, 7)}`}
                    >
                      {t(clearing ? 'projectInvestment.clear' : 'projectInvestment.save')}
                    </Button>
                  );
                },
              },
            ]
          : []),
      ]}
    />
  );
}
