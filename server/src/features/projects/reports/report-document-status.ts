import { COLORS } from './report-charts.js';
import type { ReportDocument } from './report-document.js';
import { documentHead, type ZoneLabel } from './report-document-head.js';
import { CHANGE_ZH, changeValue, RAG_ZH, STAGE_ZH, wan } from './report-words.js';
import type { MonthlyReport, WeeklyReport } from './reports.schema.js';

/** 周调度报告 and 月度汇总 as documents (report-document.ts describes the shape). */
export function weeklyDocument(r: WeeklyReport, zone: ZoneLabel): ReportDocument {
  const h = r.headline;
  return {
    ...documentHead('weekly', r, zone),
    headline: [
      { label: '项目数', value: h.projects, kind: 'int' },
      { label: '项目亮灯变化', value: h.lightsTurned, kind: 'int' },
      { label: '其中转为红灯', value: h.turnedRed, kind: 'int' },
      { label: '阶段推进', value: h.stageMoves, kind: 'int' },
      { label: '完成事项', value: h.itemsDone, kind: 'int' },
      { label: '时限调整', value: h.deadlinesMoved, kind: 'int' },
      { label: '红灯（逾期）事项', value: h.redItems, kind: 'int' },
      { label: '未办结交办事项', value: h.openActions, kind: 'int' },
      { label: '其中已逾期', value: h.overdueActions, kind: 'int' },
      { label: '本周召开调度会', value: h.meetings, kind: 'int' },
    ],
    tables: [
      {
        title: '本周状态变化',
        sheet: '状态变化',
        columns: [
          { header: '日期', kind: 'date', width: 12 },
          { header: '专班', kind: 'text', width: 18 },
          { header: '项目', kind: 'text', width: 28 },
          { header: '事项', kind: 'text', width: 16 },
          { header: '变化', kind: 'text', width: 14 },
          { header: '由', kind: 'text', width: 12 },
          { header: '至', kind: 'text', width: 12 },
        ],
        rows: r.changes.map((c) => [
          c.onDay,
          c.taskForceName,
          c.projectName,
          c.milestoneName ?? '',
          CHANGE_ZH[c.kind] ?? c.kind,
          changeValue(c.kind, c.fromValue),
          changeValue(c.kind, c.toValue),
        ]),
        empty: '本周无状态变化。',
      },
      {
        title: '红灯事项（逾期未完成）',
        sheet: '红灯事项',
        columns: [
          { header: '专班', kind: 'text', width: 18 },
          { header: '项目', kind: 'text', width: 28 },
          { header: '事项', kind: 'text', width: 16 },
          { header: '责任人', kind: 'text', width: 12 },
          { header: '时限', kind: 'date', width: 12 },
          { header: '逾期工作日', kind: 'int', width: 12 },
        ],
        rows: r.redItems.map((i) => [
          i.taskForceName,
          i.projectName,
          i.milestoneName,
          i.ownerName ?? '',
          i.dueOn,
          i.overdueWorkdays,
        ]),
        empty: '无逾期事项。',
      },
      {
        title: '未办结交办事项',
        sheet: '交办事项',
        columns: [
          { header: '会议', kind: 'text', width: 20 },
          { header: '项目', kind: 'text', width: 24 },
          { header: '交办内容', kind: 'text', width: 32 },
          { header: '责任人', kind: 'text', width: 12 },
          { header: '交办日期', kind: 'date', width: 12 },
          { header: '完成时限', kind: 'date', width: 12 },
          { header: '已历时（工作日）', kind: 'int', width: 12 },
          { header: '是否逾期', kind: 'text', width: 10 },
        ],
        rows: r.openActions.map((a) => [
          a.seriesName,
          a.projectName ?? '',
          a.text,
          a.ownerName ?? '',
          a.assignedOn,
          a.dueOn,
          a.ageWorkdays,
          a.overdue ? '逾期' : '',
        ]),
        empty: '无未办结交办事项。',
      },
      {
        title: '本周调度会',
        sheet: '调度会',
        columns: [
          { header: '日期', kind: 'date', width: 12 },
          { header: '会议', kind: 'text', width: 22 },
          { header: '专班', kind: 'text', width: 18 },
          { header: '地点', kind: 'text', width: 22 },
          { header: '现场交办', kind: 'text', width: 22 },
          { header: '交办事项', kind: 'int', width: 10 },
          { header: '决定事项', kind: 'int', width: 10 },
        ],
        rows: r.meetings.map((m) => [
          m.heldOn,
          m.seriesName,
          m.taskForceName ?? '全区',
          m.place ?? '',
          m.onSite ? `现场（${m.siteEnterpriseName ?? ''}）` : '',
          m.actionsAssigned,
          m.decisions,
        ]),
        empty: '本周未召开调度会。',
      },
    ],
    charts: [
      {
        title: '各专班项目红黄绿灯',
        unit: '个',
        categories: r.lightsByTaskForce.map((t) => t.taskForceName),
        series: (['red', 'amber', 'green', 'done'] as const).map((light) => ({
          name: RAG_ZH[light] ?? light,
          values: r.lightsByTaskForce.map((t) => t[light]),
          color: COLORS[light],
          stack: 'lights',
        })),
      },
    ],
    notes: [
      '亮灯按截至日的剩余工作日计算（法定节假日与调休、本区日历调整）；逾期工作日为时限至截至日的工作日数。',
      '交办事项已历时为自交办会议之日至截至日的工作日数。',
    ],
  };
}

export function monthlyDocument(r: MonthlyReport, zone: ZoneLabel): ReportDocument {
  const h = r.headline;
  const missedOrHit = (rows: MonthlyReport['hit']) =>
    rows.map((m) => [
      m.taskForceName,
      m.projectName,
      m.milestoneName,
      m.ownerName ?? '',
      m.dueOn,
      m.actualDoneOn,
      m.lateWorkdays,
    ]);
  const itemColumns = [
    { header: '专班', kind: 'text' as const, width: 18 },
    { header: '项目', kind: 'text' as const, width: 28 },
    { header: '事项', kind: 'text' as const, width: 16 },
    { header: '责任人', kind: 'text' as const, width: 12 },
    { header: '时限', kind: 'date' as const, width: 12 },
    { header: '实际完成', kind: 'date' as const, width: 12 },
    { header: '延误工作日', kind: 'int' as const, width: 12 },
  ];
  return {
    ...documentHead('monthly', r, zone),
    headline: [
      { label: '项目数', value: h.projects, kind: 'int' },
      { label: '本月完成事项', value: h.itemsDone, kind: 'int' },
      { label: '按期完成节点', value: h.hit, kind: 'int' },
      { label: '未按期节点', value: h.missed, kind: 'int' },
      { label: '本月完成投资（万元）', value: wan(h.monthYuan), kind: 'wan' },
      { label: '年累计完成投资（万元）', value: wan(h.ytdYuan), kind: 'wan' },
      { label: '年度计划投资（万元）', value: wan(h.planYuan), kind: 'wan' },
      { label: '年度计划完成率（%）', value: h.ytdPercent, kind: 'percent' },
    ],
    tables: [
      {
        title: '项目进展',
        sheet: '项目进展',
        columns: [
          { header: '专班', kind: 'text', width: 18 },
          { header: '项目编号', kind: 'text', width: 14 },
          { header: '项目', kind: 'text', width: 28 },
          { header: '阶段', kind: 'text', width: 10 },
          { header: '亮灯', kind: 'text', width: 8 },
          { header: '本月完成事项', kind: 'int', width: 12 },
          { header: '本月完成投资（万元）', kind: 'wan', width: 14 },
          { header: '年累计（万元）', kind: 'wan', width: 14 },
          { header: '年度计划（万元）', kind: 'wan', width: 14 },
          { header: '完成率（%）', kind: 'percent', width: 10 },
        ],
        rows: r.projects.map((p) => [
          p.taskForceName,
          p.code,
          p.projectName,
          STAGE_ZH[p.stage] ?? p.stage,
          RAG_ZH[p.ragStatus] ?? p.ragStatus,
          p.itemsDone,
          wan(p.monthYuan),
          wan(p.ytdYuan),
          wan(p.planYuan),
          p.ytdPercent,
        ]),
        empty: '无项目。',
      },
      {
        title: '各专班完成投资',
        sheet: '专班投资',
        columns: [
          { header: '专班', kind: 'text', width: 20 },
          { header: '本月完成（万元）', kind: 'wan', width: 14 },
          { header: '年累计（万元）', kind: 'wan', width: 14 },
          { header: '年度计划（万元）', kind: 'wan', width: 14 },
          { header: '完成率（%）', kind: 'percent', width: 10 },
        ],
        rows: r.investmentByTaskForce.map((t) => [
          t.taskForceName,
          wan(t.monthYuan),
          wan(t.ytdYuan),
          wan(t.planYuan),
          t.ytdPercent,
        ]),
        empty: '无投资数据。',
      },
      {
        title: '按期完成的节点',
        sheet: '按期节点',
        columns: itemColumns,
        rows: missedOrHit(r.hit),
        empty: '本月无按期完成的节点。',
      },
      {
        title: '未按期的节点',
        sheet: '未按期节点',
        columns: itemColumns,
        rows: missedOrHit(r.missed),
        empty: '本月无未按期节点。',
      },
    ],
    charts: [
      {
        title: '各专班完成投资与年度计划（万元）',
        unit: '万元',
        categories: r.investmentByTaskForce.map((t) => t.taskForceName),
        series: [
          { name: '年度计划', values: r.investmentByTaskForce.map((t) => wan(t.planYuan)), color: COLORS.plan },
          { name: '年累计完成', values: r.investmentByTaskForce.map((t) => wan(t.ytdYuan)), color: COLORS.actual },
          { name: '本月完成', values: r.investmentByTaskForce.map((t) => wan(t.monthYuan)), color: COLORS.month },
        ],
      },
    ],
    notes: [
      '按期完成：本月完成且不晚于时限；未按期：时限在本月且已过而未完成，或本月完成但晚于时限。',
      '阶段与亮灯为截至日的状态；投资金额单位为万元（系统以元记录）。',
    ],
  };
}
