import { COLUMNS, type ColumnKey } from './columns.js';
import { cellText, headerKey, type SheetCell } from './normalize.js';

export interface SheetRow {
  /** 1-based, as the sheet shows it. */
  rowNumber: number;
  /** Cells by 0-based column index. */
  cells: readonly SheetCell[];
}

export interface HeaderMatch {
  /** The sheet row number of the header row. */
  rowNumber: number;
  /** Column index → which column it is and the header as written. */
  columns: Map<number, { key: ColumnKey; header: string }>;
  /** Required columns the header row lacks (their canonical headers). */
  missing: string[];
  /** Headers present but not recognised (ignored on import). */
  ignored: string[];
}

/** How many known headers a row needs to be taken for the header row. */
const MIN_MATCHES = 3;
/** Header rows sit near the top: a title row or two, perhaps a note. */
export const HEADER_SEARCH_ROWS = 10;

const KEY_BY_HEADER = new Map<string, ColumnKey>();
for (const column of COLUMNS) {
  for (const text of [column.header, ...column.variants]) {
    if (!KEY_BY_HEADER.has(headerKey(text))) KEY_BY_HEADER.set(headerKey(text), column.key);
  }
}

export const columnKeyOf = (header: string): ColumnKey | null => KEY_BY_HEADER.get(headerKey(header)) ?? null;

/**
 * The first of the top rows whose cells name enough known columns; null when none does. A column
 * named twice counts once (the leftmost wins), so a stray duplicate cannot shadow the real one.
 */
export function findHeader(rows: readonly SheetRow[]): HeaderMatch | null {
  for (const row of rows) {
    if (row.rowNumber > HEADER_SEARCH_ROWS) break;
    const columns = new Map<number, { key: ColumnKey; header: string }>();
    const seen = new Set<ColumnKey>();
    const ignored: string[] = [];
    row.cells.forEach((cell, index) => {
      const header = cellText(cell);
      if (!header) return;
      const key = columnKeyOf(header);
      if (key && !seen.has(key)) {
        seen.add(key);
        columns.set(index, { key, header });
      } else ignored.push(header);
    });
    if (seen.size >= MIN_MATCHES) {
      const missing = COLUMNS.filter((c) => c.required && !seen.has(c.key)).map((c) => c.header);
      return { rowNumber: row.rowNumber, columns, missing, ignored };
    }
  }
  return null;
}
