import { guardCells } from '@zonehub/formula-guard';
import { CONTEST_METRICS, type ContestMetric } from '@zonehub/investment-rules';
import ExcelJS from 'exceljs';
import { xmlSafeWorkbook } from '../../../http/xlsx-download.js';
import type { ContestRow, ContestView } from './contest.schema.js';

const YUAN_PER_WAN = 10_000;
const isAmount = (m: ContestMetric) => m === 'signedAmountYuan' || m === 'landedAmountYuan';

/** Column titles of the counts; amounts are shown in 万元 (the rows carry yuan). */
const METRIC_TITLES: Record<ContestMetric, string> = {
  newLeads: '新增项目信息',
  visits: '考察/来访',
  negotiating: '转入在谈',
  signedCount: '签约个数',
  signedAmountYuan: '签约金额（万元）',
  landedCount: '落地个数',
  landedAmountYuan: '落地金额（万元）',
};

/** Weight units: per item, and per 亿元 for the amounts (as contestScore counts them). */
const WEIGHT_UNITS: Record<ContestMetric, string> = {
  newLeads: '分/个',
  visits: '分/次',
  negotiating: '分/个',
  signedCount: '分/个',
  signedAmountYuan: '分/亿元',
  landedCount: '分/个',
  landedAmountYuan: '分/亿元',
};

const metricValue = (row: ContestRow, m: ContestMetric) =>
  isAmount(m) ? Math.round((row.counts[m] / YUAN_PER_WAN) * 100) / 100 : row.counts[m];

/** 上升 3 / 下降 1 / 持平 / 新上榜: the rank change as a reader of the sheet says it. */
function changeText(row: ContestRow): string {
  if (row.rankChange === null) return '新上榜';
  if (row.rankChange > 0) return `上升 ${row.rankChange}`;
  if (row.rankChange < 0) return `下降 ${-row.rankChange}`;
  return '持平';
}

function addBoard(
  workbook: ExcelJS.Workbook,
  title: string,
  nameTitle: string,
  rows: readonly ContestRow[],
  extra: { header: string; value: (row: ContestRow) => string | number | null }[],
) {
  const sheet = workbook.addWorksheet(title);
  const headers = ['排名', '名次变化', nameTitle, ...CONTEST_METRICS.map((m) => METRIC_TITLES[m]), '得分'];
  sheet.columns = [...headers, ...extra.map((e) => e.header)].map((header, i) => ({
    header,
    width: i === 2 ? 28 : 14,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows)
    sheet.addRow(
      guardCells([
        row.rank,
        changeText(row),
        row.name,
        ...CONTEST_METRICS.map((m) => metricValue(row, m)),
        row.score,
        ...extra.map((e) => e.value(row)),
      ]),
    );
}

/** The leaderboard as an .xlsx: task forces, people, and the weights and period it was scored with. */
export async function contestWorkbook(contest: ContestView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addBoard(workbook, '专班排名', '专班', contest.taskForces, [
    { header: '目标完成率（%）', value: (r) => r.completion },
  ]);
  addBoard(workbook, '个人排名', '姓名', contest.people, [{ header: '所在专班', value: (r) => r.taskForceName ?? '' }]);
  const settings = workbook.addWorksheet('权重与期间');
  settings.columns = [
    { header: '项目', width: 20 },
    { header: '值', width: 14 },
    { header: '单位', width: 12 },
  ];
  settings.getRow(1).font = { bold: true };
  settings.addRow(['期间', contest.period, '']);
  settings.addRow(['对比期间', contest.previousPeriod, '']);
  for (const m of CONTEST_METRICS)
    settings.addRow([`权重：${METRIC_TITLES[m].replace('（万元）', '')}`, contest.weights[m], WEIGHT_UNITS[m]]);
  return Buffer.from(await xmlSafeWorkbook(workbook).xlsx.writeBuffer());
}
