import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportWorld, W } from './project-reports-world.js';
import { unzip } from './project-reports-zip.js';
import { clients, setUpProjectWorld } from './project-world.js';

/** The reports as files: .docx (a zip with the names, numbers and a chart image) and .xlsx (typed numbers). */
setUpProjectWorld();

const API = '/api/v1/projects/reports';
const mine = () => `taskForceId=${W.tf}`;

beforeAll(async () => {
  await buildReportWorld();
});

describe('files', () => {
  it('writes the monthly summary as .docx with the names, numbers and a chart image', async () => {
    const response = await clients.leader.get(`${API}/monthly.docx?period=2026-10&${mine()}`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('月度汇总-PJT 报告专班-2026-10.docx'));
    const zip = unzip(response.rawPayload);
    const xml = zip.get('word/document.xml')?.toString('utf8') ?? '';
    for (const text of [
      'PJT 报告专班月度汇总',
      '（2026年10月）',
      'PJT 报告甲',
      'PJT 施工许可',
      '450.00',
      '1,200.00',
      '37.5',
      '前期手续',
    ])
      expect(xml).toContain(text);
    expect([...zip.keys()].some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
  });

  it('writes the weekly report as .docx with its lights chart', async () => {
    const response = await clients.leader.get(`${API}/weekly.docx?period=2026-W47&${mine()}`);
    expect(response.statusCode).toBe(200);
    const zip = unzip(response.rawPayload);
    const xml = zip.get('word/document.xml')?.toString('utf8') ?? '';
    for (const text of ['PJT 协调临时用电', 'PJT 规划许可', '红灯', '事项完成']) expect(xml).toContain(text);
    expect([...zip.keys()].filter((name) => name.startsWith('word/media/')).length).toBe(1);
  });

  it('writes the monthly summary as .xlsx with typed numbers and the chart on the summary sheet', async () => {
    const response = await clients.leader.get(`${API}/monthly.xlsx?period=2026-10&${mine()}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('月度汇总-PJT 报告专班-2026-10.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '项目进展', '专班投资', '按期节点', '未按期节点']);
    const progress = book.getWorksheet('项目进展');
    expect(progress?.getRow(2).values).toEqual([
      undefined,
      'PJT 报告专班',
      'PJT-R1',
      'PJT 报告甲',
      '前期手续',
      '红灯',
      2,
      150,
      450,
      1200,
      37.5,
    ]);
    expect(book.getWorksheet('未按期节点')?.getRow(3).getCell(7).value).toBe(2);
    expect(book.getWorksheet('汇总')?.getImages().length).toBe(1);
  });

  it('writes the quarterly and annual files too', async () => {
    for (const [kind, period] of [
      ['quarterly', '2026-Q4'],
      ['annual', '2026'],
    ] as const) {
      const docx = await clients.leader.get(`${API}/${kind}.docx?period=${period}&${mine()}`);
      expect(docx.statusCode).toBe(200);
      expect(unzip(docx.rawPayload).get('word/document.xml')?.toString('utf8').includes('PJT 报告专班')).toBe(true);
      const xlsx = await clients.leader.get(`${API}/${kind}.xlsx?period=${period}&${mine()}`);
      expect(xlsx.statusCode).toBe(200);
    }
  });
});
