import { findHeader, type HeaderMatch, type SheetCell, type SheetRow } from '@zonehub/enterprise-sheet';
import ExcelJS from 'exceljs';
import { checkZip } from '../../documents/zip-limits.js';

/** Why a file is not a workbook we can read; worded by the service in the caller's language. */
export type UnreadableReason = 'notZip' | 'legacyXls' | 'damaged' | 'unsafeZip';

/** What an uploaded workbook may unpack to: a 50,000-row sheet is about 50 MB unpacked. */
export const WORKBOOK_LIMITS = { maxEntries: 1_000, maxInflatedBytes: 200 * 1024 * 1024 };
export const WORKBOOK_LIMIT_TEXT = '200 MB';

export type ReadResult =
  | { ok: true; sheetName: string; rows: SheetRow[]; header: HeaderMatch | null }
  | { ok: false; reason: UnreadableReason };

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

function rowsOf(sheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values : [];
    // row.values is 1-based (index 0 is always empty) and sparse.
    const cells: SheetCell[] = [];
    for (let i = 1; i < values.length; i++) cells.push(plain(values[i] as ExcelJS.CellValue));
    rows.push({ rowNumber, cells });
  });
  return rows;
}

/**
 * Reads an uploaded .xlsx: checks the ZIP signature first (a renamed .csv or a legacy .xls is refused
 * before ExcelJS sees it) and what it unpacks to (zip-limits.ts), then takes the first worksheet that has a recognisable header row; when
 * none has, the first worksheet with `header: null`.
 */
export async function readWorkbook(buffer: Buffer): Promise<ReadResult> {
  if (!startsWith(buffer, ZIP_SIGNATURE)) {
    return { ok: false, reason: startsWith(buffer, OLE_SIGNATURE) ? 'legacyXls' : 'notZip' };
  }
  // Before ExcelJS unpacks anything: a small file may inflate to gigabytes.
  const zip = checkZip(buffer, WORKBOOK_LIMITS);
  if (!zip.ok)
    return {
      ok: false,
      reason: zip.reason === 'tooLarge' || zip.reason === 'tooManyEntries' ? 'unsafeZip' : 'damaged',
    };
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings predate Node's generic Buffer; the bytes are the same.
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  let first: { sheetName: string; rows: SheetRow[] } | null = null;
  for (const sheet of workbook.worksheets) {
    const rows = rowsOf(sheet);
    const header = findHeader(rows);
    if (header) return { ok: true, sheetName: sheet.name, rows, header };
    first ??= { sheetName: sheet.name, rows };
  }
  if (!first) return { ok: false, reason: 'damaged' };
  return { ok: true, ...first, header: null };
}
