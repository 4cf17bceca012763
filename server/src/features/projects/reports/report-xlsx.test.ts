import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from './report-document.js';
import { reportXlsx } from './report-xlsx.js';

const doc: ReportDocument = {
  title: '=1+1专班2026年10月月度汇总',
  titleParts: ['=1+1专班', '月度汇总'],
  dateLine: '（2026年10月）',
  fileBase: 'x',
  lines: ['@统计期间'],
  headline: [{ label: '完成投资（万元）', value: -1234.5, kind: 'wan' }],
  tables: [
    {
      title: '一、项目',
      sheet: '项目',
      columns: [
        { header: '项目', kind: 'text' },
        { header: '完成率（%）', kind: 'percent' },
      ],
      rows: [
        ['=HYPERLINK("http://evil.example","点击")', -37.5],
        ['星萌冻干', 12],
      ],
      empty: '无',
    },
  ],
  charts: [],
  notes: ['+说明'],
};

describe('the .xlsx writer', () => {
  it('guards text a spreadsheet would take for a formula and keeps numbers, negative ones too, as numbers', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await reportXlsx(doc, [])) as unknown as ExcelJS.Buffer);
    const summary = book.getWorksheet('汇总');
    expect(summary?.getCell('A1').value).toBe("'=1+1专班2026年10月月度汇总");
    expect(summary?.getCell('A2').value).toBe("'@统计期间");
    expect(summary?.getCell('B5').value).toBe(-1234.5);
    expect(summary?.getCell('A7').value).toBe("'+说明");
    const table = book.getWorksheet('项目');
    expect(table?.getCell('A2').value).toBe(`'=HYPERLINK("http://evil.example","点击")`);
    expect(table?.getCell('B2').value).toBe(-37.5);
    expect(table?.getCell('A3').value).toBe('星萌冻干');
  });

  it('drops what XML cannot carry, so that text from older rows does not make the file unreadable', async () => {
    const doc: ReportDocument = {
      title: '测试报告\uFFFF',
      titleParts: ['测试报告'],
      dateLine: '',
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
