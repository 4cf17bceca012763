import { unguardFormula } from '@zonehub/formula-guard';

/**
 * Cell normalisation: what real sheets put in a cell (numbers stored as text, full-width forms,
 * thousands separators, stray spaces, dates as Excel serials, JS Dates or text) turned into one
 * plain value, or a reason it cannot be.
 */
export type SheetCell = string | number | boolean | Date | null | undefined;

/** Full-width ASCII forms and the ideographic space become their half-width twins. */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * The text of a cell, trimmed (inner spaces kept), or '' when empty; an export's formula guard
 * (an apostrophe before = + - @) is dropped, so an exported sheet imports back unchanged.
 */
export function cellText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return unguardFormula(String(cell))
    .replace(/[\u200B\uFEFF]/g, '')
    .replace(/\u3000/g, ' ')
    .trim();
}

export const isBlank = (cell: SheetCell): boolean => cellText(cell) === '';

/** A code as typed by people: half-width, no spaces at all, upper case. */
export function codeText(cell: SheetCell): string {
  return halfWidth(cellText(cell)).replace(/\s+/g, '').toUpperCase();
}

/** A header reduced to what identifies it: no spaces, brackets, asterisks; half-width; lower case. */
export function headerKey(text: string): string {
  return halfWidth(text)
    .replace(/[\s()[\]【】<>《》*＊:：]/g, '')
    .toLowerCase();
}

/** A number from a numeric cell or from text like "1,200.5" / "１２００" / " 300 ". */
export function parseNumber(cell: SheetCell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const text = halfWidth(cell).replace(/[\s,，]/g, '');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  return Number(text);
}

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A date as YYYY-MM-DD from a Date (ExcelJS reads date cells as UTC midnight), an Excel serial
 * (days since 1899-12-30, the 1900 system every modern sheet uses), or text: 2022-04-01, 2022/4/1,
 * 2022.4.1, 2022年4月1日, 20220401. Null when it is none of these or not a real calendar day.
 */
export function parseDate(cell: SheetCell): string | null {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime())
      ? null
      : isoOf(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  if (typeof cell === 'number') return dateFromNumber(cell);
  if (typeof cell !== 'string') return null;
  const text = halfWidth(cell).replace(/\s+/g, '');
  const parts = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (parts) return isoOf(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  if (/^\d{1,5}(\.\d+)?$/.test(text)) return dateFromNumber(Number(text));
  return null;
}

function dateFromNumber(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  // 19000101–29991231 typed as a number is a yyyymmdd date, not a serial (serials stop at 2958465).
  if (Number.isInteger(value) && value >= 19000101 && value <= 29991231) {
    return isoOf(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100);
  }
  if (value < 1 || value > 2958465) return null;
  return new Date(EXCEL_EPOCH_UTC + Math.floor(value) * DAY_MS).toISOString().slice(0, 10);
}

/** A year from 2024, "2024", "2024年" or "２０２４". */
export function parseYear(cell: SheetCell): number | null {
  const text = halfWidth(cellText(cell))
    .replace(/\s+/g, '')
    .replace(/年(度)?$/, '');
  return /^\d{4}$/.test(text) ? Number(text) : null;
}
