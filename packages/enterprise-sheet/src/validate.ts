import { normalizeUscc, usccProblem } from '@zonehub/uscc';
import { findForbiddenCharacter, stripForbiddenCharacters } from '@zonehub/xml-text';
import { type ColumnKey, columnOf } from './columns.js';
import { sectorOf, srdiLevelOf, statusOf } from './enums.js';
import type { HeaderMatch, SheetRow } from './header.js';
import {
  cellText,
  codeText,
  halfWidth,
  isBlank,
  parseDate,
  parseNumber,
  parseYear,
  type SheetCell,
} from './normalize.js';
import type { ProblemCode, SheetProblem } from './problems.js';
import type { ClassificationKind, SheetClassification, SheetContext, SheetEnterprise } from './record.js';

/** Park names and codes compared without spaces, width or case. */
export const parkKey = (text: string): string => halfWidth(text).replace(/\s+/g, '').toLowerCase();

export const MIN_FOUNDED_ON = '1900-01-01';
export const MIN_CLASSIFICATION_YEAR = 1990;
/** 注册资本 up to 1e8 万元 (one trillion yuan); employees up to a million. */
const MAX_CAPITAL_WAN = 100_000_000;
const MAX_EMPLOYEES = 1_000_000;
const TEXT_LIMITS: Partial<Record<ColumnKey, number>> = {
  name: 100,
  formerNames: 500,
  legalRepresentative: 50,
  address: 200,
  contactName: 50,
};

export interface SheetValidation {
  records: SheetEnterprise[];
  problems: SheetProblem[];
  /** Data rows read (blank rows not counted). */
  totalRows: number;
}

/** Validates every data row below the header; collects all problems, never stops at the first. */
export function validateRows(rows: readonly SheetRow[], header: HeaderMatch, context: SheetContext): SheetValidation {
  const records: SheetEnterprise[] = [];
  const problems: SheetProblem[] = [];
  const firstRowOfUscc = new Map<string, number>();
  let totalRows = 0;
  for (const row of rows) {
    if (row.rowNumber <= header.rowNumber) continue;
    const cells = new Map<ColumnKey, { cell: SheetCell; header: string }>();
    for (const [index, column] of header.columns)
      cells.set(column.key, { cell: row.cells[index], header: stripForbiddenCharacters(column.header) });
    if ([...cells.values()].every((c) => isBlank(c.cell))) continue;
    totalRows++;
    const rowProblems: SheetProblem[] = forbiddenCharacterProblems(row.rowNumber, cells);
    const record = readRow(row.rowNumber, cells, context, rowProblems);
    // Duplicates are judged on every valid code, even in a row that has other problems.
    const uscc = normalizeUscc(cellText(cells.get('uscc')?.cell));
    if (uscc && usccProblem(uscc) === null) {
      const first = firstRowOfUscc.get(uscc);
      if (first === undefined) firstRowOfUscc.set(uscc, row.rowNumber);
      else {
        rowProblems.push({
          row: row.rowNumber,
          column: cells.get('uscc')?.header ?? '',
          code: 'uscc.duplicateInFile',
          params: { otherRow: first },
        });
      }
    }
    if (rowProblems.length > 0) problems.push(...rowProblems);
    else if (record) records.push(record);
  }
  return { records, problems, totalRows };
}

type Cells = Map<ColumnKey, { cell: SheetCell; header: string }>;

/**
 * A cell carrying a character XML 1.0 forbids (Excel stores one as _xHHHH_, which reads back as the
 * character) could be neither stored on PostgreSQL (U+0000) nor exported again: it is the row's
 * problem. The cell is then read without those characters, so that it gets no second, garbled
 * problem and the row's other cells are still checked.
 */
function forbiddenCharacterProblems(rowNumber: number, cells: Cells): SheetProblem[] {
  const problems: SheetProblem[] = [];
  for (const entry of cells.values()) {
    if (typeof entry.cell !== 'string') continue;
    const found = findForbiddenCharacter(entry.cell);
    if (!found) continue;
    problems.push({ row: rowNumber, column: entry.header, code: 'text.forbiddenCharacter', params: { ...found } });
    entry.cell = stripForbiddenCharacters(entry.cell);
  }
  return problems;
}

/** Reads one row; problems go to `out`. Returns the record when uscc and name could be read. */
function readRow(rowNumber: number, cells: Cells, context: SheetContext, out: SheetProblem[]): SheetEnterprise | null {
  const report = (key: ColumnKey, code: ProblemCode, params: Record<string, string | number> = {}) =>
    out.push({ row: rowNumber, column: cells.get(key)?.header ?? columnOf(key).header, code, params });
  const raw = (key: ColumnKey): SheetCell => cells.get(key)?.cell;
  const text = (key: ColumnKey): string | null => {
    const value = cellText(raw(key));
    if (!value) return null;
    const max = TEXT_LIMITS[key];
    if (max !== undefined && value.length > max) {
      report(key, 'text.tooLong', { max, length: value.length });
      return null;
    }
    return value;
  };

  const uscc = readUscc(raw('uscc'), (code, params) => report('uscc', code, params));
  const name = text('name');
  if (isBlank(raw('name'))) report('name', 'required');

  const capitalWan = readNumber(raw('registeredCapital'), 0, MAX_CAPITAL_WAN, false, (c, p) =>
    report('registeredCapital', c, p),
  );
  const employees = readNumber(raw('employees'), 0, MAX_EMPLOYEES, true, (c, p) => report('employees', c, p));
  const foundedOn = readDate(raw('foundedOn'), context.today, (c, p) => report('foundedOn', c, p));

  let parkId: string | null = null;
  const parkText = cellText(raw('park'));
  if (parkText) {
    parkId = context.parks.get(parkKey(parkText)) ?? null;
    if (!parkId) report('park', 'park.unknown', { value: parkText });
  }

  const industryCode = readIndustryCode(raw('industryCode'), context.industryCodes, (c, p) =>
    report('industryCode', c, p),
  );

  let status = statusOf('在营');
  const statusText = cellText(raw('status'));
  if (statusText) {
    status = statusOf(statusText);
    if (!status) report('status', 'status.unknown', { value: statusText });
  }

  const contactName = text('contactName');
  const phoneText = halfWidth(cellText(raw('contactPhone')));
  if (phoneText && !/^\+?[\d\s()-]{7,20}$/.test(phoneText))
    report('contactPhone', 'phone.invalid', { value: phoneText });

  const classifications = readClassifications(raw, context.today, report);
  const formerNames = (text('formerNames') ?? '')
    .split(/[;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

  if (!uscc || !name || !status) return null;
  return {
    row: rowNumber,
    uscc,
    name,
    formerNames,
    legalRepresentative: text('legalRepresentative'),
    registeredCapitalYuan: capitalWan === null ? null : Math.round(capitalWan * 10000 * 100) / 100,
    foundedOn,
    address: text('address'),
    parkId,
    industryCode,
    status,
    employees,
    contact: contactName ? { name: contactName, phone: phoneText || null } : null,
    classifications,
  };
}

type Report = (code: ProblemCode, params: Record<string, string | number>) => void;

function readUscc(cell: SheetCell, report: Report): string | null {
  const code = normalizeUscc(cellText(cell));
  if (!code) {
    report('required', {});
    return null;
  }
  const problem = usccProblem(code);
  if (!problem) return code;
  switch (problem.rule) {
    case 'length':
      report('uscc.length', { length: problem.length });
      break;
    case 'character':
      report('uscc.character', { position: problem.position, character: problem.character });
      break;
    case 'checkDigit':
      report('uscc.checkDigit', { expected: problem.expected, actual: problem.actual });
      break;
  }
  return null;
}

function readNumber(cell: SheetCell, min: number, max: number, integer: boolean, report: Report): number | null {
  if (isBlank(cell)) return null;
  const value = parseNumber(cell);
  if (value === null) {
    report('number.invalid', { value: cellText(cell) });
    return null;
  }
  if (integer && !Number.isInteger(value)) {
    report('number.notInteger', { value: cellText(cell) });
    return null;
  }
  if (value < min || value > max) {
    report('number.outOfRange', { value, min, max });
    return null;
  }
  return value;
}

function readDate(cell: SheetCell, today: string, report: Report): string | null {
  if (isBlank(cell)) return null;
  const date = parseDate(cell);
  if (!date) {
    report('date.invalid', { value: cellText(cell) });
    return null;
  }
  if (date < MIN_FOUNDED_ON || date > today) {
    report('date.outOfRange', { value: date, min: MIN_FOUNDED_ON, max: today });
    return null;
  }
  return date;
}

/** Accepts 3511, "C3511", " 35 11 " and codes whose leading zero a numeric cell dropped (111 → 0111). */
function readIndustryCode(cell: SheetCell, codes: ReadonlySet<string>, report: Report): string | null {
  if (isBlank(cell)) return null;
  const text = codeText(cell);
  const withoutSection = /^[A-T]\d+$/.test(text) ? text.slice(1) : text;
  for (const candidate of [text, withoutSection, `0${withoutSection}`]) {
    if (codes.has(candidate)) return candidate;
  }
  report('industry.unknown', { value: cellText(cell) });
  return null;
}

const YEAR_COLUMNS: [ColumnKey, ClassificationKind][] = [
  ['aboveScaleIndustrialYear', 'aboveScaleIndustrial'],
  ['fourAboveYear', 'fourAbove'],
  ['highTechYear', 'highTech'],
  ['srdiYear', 'srdi'],
  ['chainLeaderYear', 'chainLeader'],
];

function readClassifications(
  raw: (key: ColumnKey) => SheetCell,
  today: string,
  report: (key: ColumnKey, code: ProblemCode, params?: Record<string, string | number>) => void,
): SheetClassification[] {
  const maxYear = Number(today.slice(0, 4)) + 1;
  const result: SheetClassification[] = [];
  const sectorText = cellText(raw('fourAboveSector'));
  const sector = sectorText ? sectorOf(sectorText) : null;
  if (sectorText && !sector) report('fourAboveSector', 'sector.unknown', { value: sectorText });
  const levelText = cellText(raw('srdiLevel'));
  const level = levelText ? srdiLevelOf(levelText) : null;
  if (levelText && !level) report('srdiLevel', 'srdiLevel.unknown', { value: levelText });

  for (const [key, kind] of YEAR_COLUMNS) {
    const cell = raw(key);
    if (isBlank(cell)) {
      if (kind === 'fourAbove' && sectorText) report(key, 'year.required', { other: '四上行业' });
      if (kind === 'srdi' && levelText) report(key, 'year.required', { other: '专精特新级别' });
      continue;
    }
    const year = parseYear(cell);
    if (year === null) {
      report(key, 'year.invalid', { value: cellText(cell) });
      continue;
    }
    if (year < MIN_CLASSIFICATION_YEAR || year > maxYear) {
      report(key, 'year.outOfRange', { value: year, min: MIN_CLASSIFICATION_YEAR, max: maxYear });
      continue;
    }
    if (kind === 'fourAbove' && !sectorText) report('fourAboveSector', 'sector.required');
    if (kind === 'srdi' && !levelText) report('srdiLevel', 'srdiLevel.required');
    result.push({
      kind,
      sector: kind === 'fourAbove' ? sector : null,
      level: kind === 'srdi' ? level : null,
      year,
    });
  }
  return result;
}
