import {
  COLUMNS,
  type ColumnKey,
  type Locale,
  SECTOR_LABELS,
  SRDI_LEVEL_LABELS,
  STATUS_LABELS,
} from '@zonehub/enterprise-sheet';
import { guardCells } from '@zonehub/formula-guard';
import ExcelJS from 'exceljs';
import { xmlSafeWorkbook } from '../../http/xlsx-download.js';

export const DATA_SHEET = '企业信息';
const VALUES_SHEET = '可选值';
/** Rows of the data sheet that carry drop-down lists; more rows can be typed, just without the list. */
const LIST_ROWS = 1000;

export interface TemplateParks {
  name: string;
  code: string;
}
export interface TemplateIndustry {
  code: string;
  level: string;
  name: string;
}

const LEVEL_LABELS: Record<string, string> = { section: '门类', division: '大类', group: '中类', class: '小类' };

/** The data sheet's header row: bold, frozen, sized; required columns in red. Codes are text cells. */
export function addDataSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.font = { bold: true, ...(c.required ? { color: { argb: 'FFC00000' } } : {}) };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } };
  });
  for (const key of ['uscc', 'industryCode', 'contactPhone'] as const) sheet.getColumn(key).numFmt = '@';
  return sheet;
}

function addLists(sheet: ExcelJS.Worksheet, lists: Partial<Record<ColumnKey, string>>): void {
  for (const [key, formula] of Object.entries(lists)) {
    const column = sheet.getColumn(key);
    for (let row = 2; row <= LIST_ROWS + 1; row++) {
      sheet.getCell(row, column.number).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorStyle: 'warning',
      };
    }
  }
}

/**
 * The import template: 企业信息 (headers only, drop-down lists for park, status, sector and SRDI
 * level), 填写说明 (one line per column), 可选值 (the zone's parks and every enumeration) and
 * 行业代码 (the whole GB/T 4754-2017 table).
 */
export async function buildTemplate(
  parks: readonly TemplateParks[],
  industries: readonly TemplateIndustry[],
  locale: Locale,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ZoneHub';
  const data = addDataSheet(workbook);

  const guide = workbook.addWorksheet('填写说明');
  const en = locale === 'en-US';
  guide.columns = [
    { header: en ? 'Column' : '列名', width: 20 },
    { header: en ? 'Required' : '是否必填', width: 10 },
    { header: en ? 'Format' : '填写要求', width: 70 },
    { header: en ? 'Example' : '示例', width: 32 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const c of COLUMNS)
    guide.addRow([c.header, c.required ? (en ? 'yes' : '是') : en ? 'no' : '否', c.format[locale], c.example]);
  guide.addRow([]);
  guide.addRow([
    en
      ? 'Columns are matched by header name, in any order; a title row above the header and blank rows are fine. Every row is checked before anything is written.'
      : '列按表头名称识别，顺序不限；表头上方可有标题行，空行会跳过。导入前逐行校验，全部无误才会写入。',
  ]);

  const values = workbook.addWorksheet(VALUES_SHEET);
  values.columns = [
    { header: '所属园区', width: 32 },
    { header: '园区编码', width: 12 },
    { header: '企业状态', width: 10 },
    { header: '四上行业', width: 20 },
    { header: '专精特新级别', width: 16 },
  ];
  values.getRow(1).font = { bold: true };
  const statuses = Object.values(STATUS_LABELS);
  const sectors = Object.values(SECTOR_LABELS);
  const levels = Object.values(SRDI_LEVEL_LABELS);
  const rows = Math.max(parks.length, statuses.length, sectors.length, levels.length);
  for (let i = 0; i < rows; i++) {
    values.addRow(guardCells([parks[i]?.name, parks[i]?.code, statuses[i], sectors[i], levels[i]]));
  }
  const range = (column: string, count: number) => `'${VALUES_SHEET}'!$${column}$2:$${column}$${count + 1}`;
  addLists(data, {
    ...(parks.length > 0 ? { park: range('A', parks.length) } : {}),
    status: range('C', statuses.length),
    fourAboveSector: range('D', sectors.length),
    srdiLevel: range('E', levels.length),
  });

  const codes = workbook.addWorksheet('行业代码');
  codes.columns = [
    { header: '行业代码', width: 10 },
    { header: '层级', width: 8 },
    { header: '名称', width: 60 },
  ];
  codes.getRow(1).font = { bold: true };
  for (const i of industries) codes.addRow([i.code, LEVEL_LABELS[i.level] ?? i.level, i.name]);
  codes.getColumn(1).numFmt = '@';

  return Buffer.from(await xmlSafeWorkbook(workbook).xlsx.writeBuffer());
}
