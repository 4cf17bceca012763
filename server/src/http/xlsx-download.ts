import { PassThrough, type Readable } from 'node:stream';
import { xmlSafe } from '@zonehub/xml-text';
import ExcelJS from 'exceljs';

type Cells = unknown[] | Record<string, unknown>;

export interface PagedSheet<Row> {
  name: string;
  options?: Partial<ExcelJS.AddWorksheetOptions>;
  /** The header row is written bold from these. */
  columns: Partial<ExcelJS.Column>[];
  /** Reads one page; a page shorter than asked for is the last. */
  page: (offset: number, limit: number) => Promise<Row[]>;
  /** A row's cells, by column position (array) or by column key (object). */
  cells: (row: Row) => Cells;
  pageSize?: number;
  maxRows?: number;
}

/** Older rows may carry characters XML cannot hold; one such cell would make the whole file unreadable. */
function safe(cells: Cells): ExcelJS.CellValue[] | Record<string, ExcelJS.CellValue> {
  if (Array.isArray(cells)) return cells.map((v) => xmlSafe(v) as ExcelJS.CellValue);
  return Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, xmlSafe(v) as ExcelJS.CellValue]));
}

/**
 * Streams a list into an .xlsx a page at a time, in constant memory. The first page is read and
 * written before this resolves, so whatever fails there (the query, the mapping of a row) is an
 * ordinary error response, not a 200 whose file stops mid-way; the later pages are read while the
 * client downloads. A failure after that (the database going away mid-export) can only cut the
 * response short, which the client sees as a failed download rather than a file that looks whole.
 */
export async function streamXlsx<Row>(spec: PagedSheet<Row>): Promise<Readable> {
  const pageSize = spec.pageSize ?? 1000;
  const maxRows = spec.maxRows ?? Number.POSITIVE_INFINITY;
  const limitAt = (offset: number) => Math.min(pageSize, maxRows - offset);
  const first = await spec.page(0, limitAt(0));

  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(spec.name, spec.options);
  sheet.columns = spec.columns;
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const write = (rows: readonly Row[]) => {
    for (const row of rows) sheet.addRow(safe(spec.cells(row))).commit();
  };
  write(first);

  const rest = async () => {
    let offset = 0;
    let rows = first;
    while (rows.length === limitAt(offset) && offset + rows.length < maxRows) {
      offset += rows.length;
      rows = await spec.page(offset, limitAt(offset));
      write(rows);
    }
    sheet.commit();
    await workbook.commit();
  };
  rest().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}

/**
 * The same for a workbook built in memory, just before it is written: every string cell stripped of
 * the characters XML cannot carry (ExcelJS drops C0 controls itself, but not U+FFFE and U+FFFF).
 */
export function xmlSafeWorkbook(workbook: ExcelJS.Workbook): ExcelJS.Workbook {
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') {
          const safe = xmlSafe(cell.value);
          if (safe !== cell.value) cell.value = safe;
        }
      }),
    ),
  );
  return workbook;
}
