/**
 * The enterprise sheet (企业导入导出表): columns, header detection, cell normalisation and per-row
 * validation for the Excel import, and the row shape of the export. Pure: it takes rows as arrays
 * of cell values (the server reads them with ExcelJS) and the zone's parks and industry codes.
 */
export { COLUMN_KEYS, COLUMNS, type ColumnKey, type ColumnSpec, columnOf } from './columns.js';
export {
  type EnterpriseStatus,
  type FourAboveSector,
  SECTOR_LABELS,
  SRDI_LEVEL_LABELS,
  type SrdiLevel,
  STATUS_LABELS,
  sectorOf,
  srdiLevelOf,
  statusOf,
} from './enums.js';
export { type ExportEnterprise, toSheetRow } from './export-row.js';
export { columnKeyOf, findHeader, HEADER_SEARCH_ROWS, type HeaderMatch, type SheetRow } from './header.js';
export {
  cellText,
  codeText,
  halfWidth,
  headerKey,
  parseDate,
  parseNumber,
  parseYear,
  type SheetCell,
} from './normalize.js';
export { type Locale, PROBLEM_CODES, type ProblemCode, problemMessage, type SheetProblem } from './problems.js';
export type { ClassificationKind, SheetClassification, SheetContext, SheetEnterprise } from './record.js';
export { MIN_CLASSIFICATION_YEAR, MIN_FOUNDED_ON, parkKey, type SheetValidation, validateRows } from './validate.js';
