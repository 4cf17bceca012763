import { guardCells } from '@zonehub/formula-guard';
import ExcelJS from 'exceljs';
import { xmlSafeWorkbook } from '../../../http/xlsx-download.js';
import type { InvestmentSummary } from './investment.schema.js';
import { percentOf } from './investment-share.js';

/** Amounts are shown in 万元 (the summary carries yuan), unrounded so the sheet's sums are the API's. */
const wan = (yuan: number | null) => (yuan === null ? null : yuan / 10_000);
const WAN_FORMAT = '#,##0.00';

function sheetOf(workbook: ExcelJS.Workbook, title: string, columns: { header: string; width: number }[]) {
  const sheet = workbook.addWorksheet(title);
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

/** The year's summary as .xlsx: months (with the transformation share), projects, task forces. */
export async function investmentWorkbook(summary: InvestmentSummary): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const months = sheetOf(workbook, '月度', [
    { header: '月份', width: 12 },
    { header: '工业投资完成（万元）', width: 20 },
    { header: '转型项目完成投资（万元）', width: 24 },
    { header: '其他项目（万元）', width: 18 },
    { header: '转型项目占比（%）', width: 18 },
  ]);
  for (const m of summary.months) {
    const share = percentOf(m.transformationYuan, m.completedYuan);
    const other = m.completedYuan - m.transformationYuan;
    months.addRow([m.month, wan(m.completedYuan), wan(m.transformationYuan), wan(other), share]);
  }
  const t = summary.totals;
  months.addRow([
    `${summary.year}年合计`,
    wan(t.completedYuan),
    wan(t.transformationYuan),
    wan(t.completedYuan - t.transformationYuan),
    t.transformationSharePct,
  ]).font = { bold: true };
  months.addRow(['年度计划（万元）', wan(t.plannedYuan), null, null, null]);
  months.addRow(['计划完成率（%）', t.completionPct, null, null, null]);
  for (const col of [2, 3, 4]) months.getColumn(col).numFmt = WAN_FORMAT;

  const projects = sheetOf(workbook, '项目', [
    { header: '项目编号', width: 14 },
    { header: '项目名称', width: 36 },
    { header: '专班', width: 24 },
    { header: '转型项目', width: 10 },
    { header: '年度计划（万元）', width: 18 },
    { header: '完成投资（万元）', width: 18 },
    { header: '完成率（%）', width: 12 },
  ]);
  for (const p of summary.projects)
    projects.addRow(
      guardCells([
        p.code,
        p.name,
        p.taskForceName,
        p.isTransformation ? '是' : '否',
        wan(p.plannedYuan),
        wan(p.completedYuan),
        p.pct,
      ]),
    );
  for (const col of [5, 6]) projects.getColumn(col).numFmt = WAN_FORMAT;

  const taskForces = sheetOf(workbook, '专班', [
    { header: '专班', width: 28 },
    { header: '年度计划（万元）', width: 18 },
    { header: '完成投资（万元）', width: 18 },
    { header: '完成率（%）', width: 12 },
  ]);
  for (const tf of summary.byTaskForce)
    taskForces.addRow(guardCells([tf.name, wan(tf.plannedYuan), wan(tf.completedYuan), tf.pct]));
  for (const col of [2, 3]) taskForces.getColumn(col).numFmt = WAN_FORMAT;
  return Buffer.from(await xmlSafeWorkbook(workbook).xlsx.writeBuffer());
}
