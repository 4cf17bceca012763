import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from './report-document.js';
import { reportXlsx } from './report-xlsx.js';

describe('the .xlsx writer', () => {
  it('drops what XML cannot carry, so that text from older rows does not make the file unreadable', async () => {
    const doc: ReportDocument = {
      title: '测试报告\uFFFF',
      fileBase: 'x',
      lines: ['统计期间\uFFFE'],
      headline: [],
      tables: [
        {
          title: '一、项目',
          sheet: '项目',
          columns: [{ header: '项目', kind: 'text' }],
          rows: [['旧项目\u0001\uFFFF名称']],
          empty: '无',
        },
      ],
      charts: [],
      notes: [],
    };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await reportXlsx(doc, [])) as unknown as ArrayBuffer);
    expect(book.getWorksheet('汇总')?.getCell('A1').value).toBe('测试报告');
    expect(book.getWorksheet('项目')?.getCell('A2').value).toBe('旧项目名称');
  });
});
