import { COLORS } from './report-charts.js';
import type { DocColumn, ReportDocument } from './report-document.js';
import { documentHead, type ZoneLabel } from './report-document-head.js';
import { METRIC_ZH, RAG_ZH, STAGE_ZH, wan } from './report-words.js';
import type { AnnualReport, QuarterlyReport } from './reports.schema.js';

/** 季度分析 and 年度交账 as documents (report-document.ts describes the shape). */
const PLAN_COLUMNS: DocColumn[] = [
  { header: '计划节点', kind: 'int', width: 10 },
  { header: '其中已完成', kind: 'int', width: 10 },
  { header: '本季完成节点', kind: 'int', width: 12 },
  { header: '计划投资（万元）', kind: 'wan', width: 14 },
  { header: '完成投资（万元）', kind: 'wan', width: 14 },
  { header: '延误节点', kind: 'int', width: 10 },
  { header: '平均延误（工作日）', kind: 'decimal', width: 14 },
  { header: '最大延误（工作日）', kind: 'int', width: 14 },
];

type PlanFigures = QuarterlyReport['headline'];
const planCells = (x: Omit<PlanFigures, 'projects'>) => [
  x.milestonesPlanned,
  x.milestonesPlannedDone,
  x.milestonesDone,
  wan(x.investmentPlanYuan),
  wan(x.investmentDoneYuan),
  x.slippedItems,
  x.meanSlipWorkdays,
  x.maxSlipWorkdays,
];

export function quarterlyDocument(r: QuarterlyReport, zone: ZoneLabel): ReportDocument {
  const h = r.headline;
  return {
    ...documentHead('quarterly', r, zone),
    headline: [
      { label: '项目数', value: h.projects, kind: 'int' },
      { label: '计划节点（按基线时限）', value: h.milestonesPlanned, kind: 'int' },
      { label: '其中已完成', value: h.milestonesPlannedDone, kind: 'int' },
      { label: '本季完成节点', value: h.milestonesDone, kind: 'int' },
      { label: '计划投资（万元）', value: wan(h.investmentPlanYuan), kind: 'wan' },
      { label: '完成投资（万元）', value: wan(h.investmentDoneYuan), kind: 'wan' },
      { label: '延误节点', value: h.slippedItems, kind: 'int' },
      { label: '平均延误（工作日）', value: h.meanSlipWorkdays, kind: 'decimal' },
    ],
    tables: [
      {
        title: '各专班计划与实际',
        sheet: '专班计划与实际',
        columns: [
          { header: '专班', kind: 'text', width: 20 },
          { header: '项目数', kind: 'int', width: 8 },
          ...PLAN_COLUMNS,
        ],
        rows: r.taskForces.map((t) => [t.taskForceName, t.projects, ...planCells(t)]),
        empty: '无专班。',
      },
      {
        title: '各项目计划与实际',
        sheet: '项目计划与实际',
        columns: [
          { header: '专班', kind: 'text', width: 18 },
          { header: '项目编号', kind: 'text', width: 14 },
          { header: '项目', kind: 'text', width: 28 },
          { header: '阶段', kind: 'text', width: 10 },
          { header: '亮灯', kind: 'text', width: 8 },
          ...PLAN_COLUMNS,
        ],
        rows: r.projects.map((p) => [
          p.taskForceName,
          p.code,
          p.projectName,
          STAGE_ZH[p.stage] ?? p.stage,
          RAG_ZH[p.ragStatus] ?? p.ragStatus,
          ...planCells(p),
        ]),
        empty: '无项目。',
      },
    ],
    charts: [
      {
        title: '各专班节点延误（工作日）',
        unit: '工作日',
        categories: r.taskForces.map((t) => t.taskForceName),
        series: [
          { name: '平均延误', values: r.taskForces.map((t) => t.meanSlipWorkdays), color: COLORS.amber },
          { name: '最大延误', values: r.taskForces.map((t) => t.maxSlipWorkdays), color: COLORS.red },
        ],
      },
      {
        title: '各专班本季计划与完成投资（万元）',
        unit: '万元',
        categories: r.taskForces.map((t) => t.taskForceName),
        series: [
          { name: '计划', values: r.taskForces.map((t) => wan(t.investmentPlanYuan)), color: COLORS.plan },
          { name: '完成', values: r.taskForces.map((t) => wan(t.investmentDoneYuan)), color: COLORS.actual },
        ],
      },
    ],
    notes: [
      '计划节点：基线时限（首次计划）落在本季度的节点；其中已完成为截至日已完成的。',
      '本季计划投资为年度计划投资的四分之一（计划按年填报）。',
      '延误：基线时限至实际完成日（未完成的至截至日）的工作日数，提前或未到期的按 0 计；平均值按全部计划节点计算。',
    ],
  };
}

export function annualDocument(r: AnnualReport, zone: ZoneLabel): ReportDocument {
  const h = r.headline;
  return {
    ...documentHead('annual', r, zone),
    headline: [
      { label: '项目数', value: h.projects, kind: 'int' },
      { label: '开工项目', value: h.started, kind: 'int' },
      { label: '竣工项目', value: h.completed, kind: 'int' },
      { label: '投产项目', value: h.producing, kind: 'int' },
      { label: '完成节点', value: h.milestonesDone, kind: 'int' },
      { label: '按期完成率（%）', value: h.onTimePercent, kind: 'percent' },
      { label: '完成投资（万元）', value: wan(h.investmentDoneYuan), kind: 'wan' },
      { label: '计划投资（万元）', value: wan(h.investmentPlanYuan), kind: 'wan' },
    ],
    tables: [
      {
        title: '各专班项目推进交账',
        sheet: '专班交账',
        columns: [
          { header: '专班', kind: 'text', width: 20 },
          { header: '目标完成率（%）', kind: 'percent', width: 14 },
          { header: '项目数', kind: 'int', width: 8 },
          { header: '开工', kind: 'int', width: 8 },
          { header: '竣工', kind: 'int', width: 8 },
          { header: '投产', kind: 'int', width: 8 },
          { header: '完成节点', kind: 'int', width: 10 },
          { header: '按期率（%）', kind: 'percent', width: 10 },
          { header: '完成投资（万元）', kind: 'wan', width: 14 },
          { header: '计划投资（万元）', kind: 'wan', width: 14 },
          { header: '投资完成率（%）', kind: 'percent', width: 14 },
        ],
        rows: r.taskForces.map((t) => [
          t.taskForceName,
          t.targetCompletion,
          t.projects,
          t.started,
          t.completed,
          t.producing,
          t.milestonesDone,
          t.onTimePercent,
          wan(t.investmentDoneYuan),
          wan(t.investmentPlanYuan),
          t.investmentPercent,
        ]),
        empty: '无专班。',
      },
      {
        title: '各专班招商目标与完成',
        sheet: '招商目标',
        columns: [
          { header: '专班', kind: 'text', width: 20 },
          { header: '指标', kind: 'text', width: 20 },
          { header: '目标', kind: 'decimal', width: 12 },
          { header: '完成', kind: 'decimal', width: 12 },
          { header: '完成率（%）', kind: 'percent', width: 12 },
        ],
        rows: r.taskForces.flatMap((t) =>
          t.targets.map((x) => {
            const amount = x.metric.endsWith('Yuan');
            return [
              t.taskForceName,
              METRIC_ZH[x.metric as keyof typeof METRIC_ZH] ?? x.metric,
              amount ? wan(x.target) : x.target,
              amount ? wan(x.actual) : x.actual,
              x.completion,
            ];
          }),
        ),
        empty: '本年度未设置招商目标。',
      },
    ],
    charts: [
      {
        title: '各专班目标完成率与投资完成率（%）',
        unit: '%',
        categories: r.taskForces.map((t) => t.taskForceName),
        series: [
          { name: '招商目标完成率', values: r.taskForces.map((t) => t.targetCompletion), color: COLORS.accent },
          { name: '投资计划完成率', values: r.taskForces.map((t) => t.investmentPercent), color: COLORS.actual },
          { name: '节点按期率', values: r.taskForces.map((t) => t.onTimePercent), color: COLORS.green },
        ],
      },
    ],
    notes: [
      '招商目标与完成取自招商大比拼（本年度目标；完成率为各指标完成率的平均值）。',
      '开工、竣工、投产：本年度完成“开工”“竣工验收”“投产”节点的项目数；按期率：本年完成的节点中不晚于时限完成的比例。',
    ],
  };
}
