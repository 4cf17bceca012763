import ExcelJS from 'exceljs';
import type { Client } from './helper.js';

/** Helpers the import tests share: build an .xlsx from rows, and upload one as a client. */
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function workbook(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1');
  rows.forEach((row, i) => {
    sheet.getRow(i + 1).values = row;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const uploader =
  (client: () => Client, fileName: string) =>
  (file: Buffer, query = '', headers: Record<string, string> = {}) =>
    client().post(`/api/v1/enterprise-import?fileName=${fileName}${query}`, file, { 'content-type': XLSX, ...headers });
