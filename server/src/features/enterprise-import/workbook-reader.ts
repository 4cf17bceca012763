import { Readable } from 'node:stream';
import {
  findHeader,
  HEADER_SEARCH_ROWS,
  type HeaderMatch,
  type SheetCell,
  type SheetRow,
} from '@zonehub/enterprise-sheet';
import ExcelJS from 'exceljs';
import { checkZip } from '../../documents/zip-limits.js';
import { partsBeforeSheets } from './zip-order.js';

/** Why a file is not a workbook we can read; worded by the service in the caller's language. */
export type UnreadableReason = 'notZip' | 'legacyXls' | 'damaged' | 'unsafeZip';

/** What an uploaded workbook may unpack to: a 50,000-row sheet is about 50 MB unpacked. */
export const WORKBOOK_LIMITS = { maxEntries: 1_000, maxInflatedBytes: 200 * 1024 * 1024 };
export const WORKBOOK_LIMIT_TEXT = '200 MB';

export type ReadResult =
  | { ok: true; sheetName: string; rows: SheetRow[]; header: HeaderMatch | null; rowsRead: number }
  /** The header sheet has more than `maxDataRows` rows below its header: reading stopped there. */
  | { ok: false; reason: 'tooManyRows'; header: HeaderMatch; rowsRead: number }
  | { ok: false; reason: UnreadableReason; rowsRead: number };

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (buffer: Buffer, signature: number[]) => signature.every((byte, i) => buffer[i] === byte);

/** Formulas read as their cached result, rich text as its plain text, errors as empty. */
function plain(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return plain(value.result as ExcelJS.CellValue);
  if ('hyperlink' in value) return value.text;
  return null;
}

function sheetRow(row: ExcelJS.Row): SheetRow {
  const values = Array.isArray(row.values) ? row.values : [];
  // row.values is 1-based (index 0 is always empty) and sparse.
  const cells: SheetCell[] = [];
  for (let i = 1; i < values.length; i++) cells.push(plain(values[i] as ExcelJS.CellValue));
  return { rowNumber: row.number, cells };
}

/** As ExcelJS's `eachRow` without empty rows: a row written with only styles has no value. */
const hasValue = (row: SheetRow) => row.cells.some((cell) => cell !== null);

/**
 * Reads an uploaded .xlsx row by row (ExcelJS's streaming reader, so the workbook is never held
 * whole): checks the ZIP signature first (a renamed .csv or a legacy .xls is refused before ExcelJS
 * sees it) and what it unpacks to (zip-limits.ts), then takes the first worksheet that has a
 * recognisable header row in its top rows; when none has, the first worksheet with `header: null`
 * (and no rows: nothing is imported from it). Reading stops at the first data row past
 * `maxDataRows`, so an over-cap sheet is refused without reading the rest of it.
 */
export async function readWorkbook(buffer: Buffer, maxDataRows: number): Promise<ReadResult> {
  if (!startsWith(buffer, ZIP_SIGNATURE)) {
    return { ok: false, reason: startsWith(buffer, OLE_SIGNATURE) ? 'legacyXls' : 'notZip', rowsRead: 0 };
  }
  // Before ExcelJS unpacks anything: a small file may inflate to gigabytes.
  const zip = checkZip(buffer, WORKBOOK_LIMITS);
  if (!zip.ok) {
    const reason = zip.reason === 'tooLarge' || zip.reason === 'tooManyEntries' ? 'unsafeZip' : 'damaged';
    return { ok: false, reason, rowsRead: 0 };
  }
  const ordered = partsBeforeSheets(buffer);
  if (!ordered) return { ok: false, reason: 'damaged', rowsRead: 0 };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([ordered]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let rowsRead = 0;
  let firstName: string | null = null;
  try {
    for await (const sheet of reader) {
      const name = String((sheet as unknown as { name?: string }).name ?? '');
      firstName ??= name;
      const top: SheetRow[] = [];
      let header: HeaderMatch | null = null;
      const rows: SheetRow[] = [];
      let dataRows = 0;
      for await (const raw of sheet) {
        rowsRead++;
        const row = sheetRow(raw);
        if (!hasValue(row)) continue;
        if (header) {
          if (row.rowNumber <= header.rowNumber) continue;
          if (++dataRows > maxDataRows) return { ok: false, reason: 'tooManyRows', header, rowsRead };
          rows.push(row);
        } else if (row.rowNumber <= HEADER_SEARCH_ROWS) {
          top.push(row);
          header = findHeader(top);
          if (header) rows.push(...top);
        }
      }
      if (header) return { ok: true, sheetName: name, rows, header, rowsRead };
    }
  } catch {
    return { ok: false, reason: 'damaged', rowsRead };
  }
  if (firstName === null) return { ok: false, reason: 'damaged', rowsRead };
  return { ok: true, sheetName: firstName, rows: [], header: null, rowsRead };
}
