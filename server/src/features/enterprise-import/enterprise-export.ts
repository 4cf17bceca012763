import { PassThrough } from 'node:stream';
import { COLUMNS, toSheetRow } from '@zonehub/enterprise-sheet';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/database.js';
import type { Scope } from '../../http/context.js';
import { parseFormerNames } from '../enterprises/enterprise.writer.js';
import { type EnterpriseSearchFilter, searchEnterprises } from '../enterprises/enterprise-search.repository.js';
import { exportExtras } from './import-job.repository.js';
import { DATA_SHEET } from './template.js';

const PAGE = 1000;

/**
 * Streams the filtered enterprise list into an .xlsx with exactly the import's columns, a page at a
 * time in constant memory, so an export can be edited and imported back (mode "update").
 */
export function exportEnterprisesXlsx(db: Db, scope: Scope, filter: EnterpriseSearchFilter): PassThrough {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const run = async () => {
    for (let offset = 0; ; offset += PAGE) {
      const rows = await searchEnterprises(db, scope, filter, { offset, limit: PAGE });
      const { extras, contacts } = await exportExtras(
        db,
        rows.map((r) => r.id),
      );
      for (const r of rows) {
        const extra = extras.get(r.id);
        const contact = contacts.get(r.id);
        sheet
          .addRow(
            toSheetRow({
              ...r,
              formerNames: parseFormerNames(extra?.formerNames),
              address: extra?.address ?? null,
              contactName: contact?.name ?? null,
              contactPhone: contact?.phone ?? null,
            }),
          )
          .commit();
      }
      if (rows.length < PAGE) break;
    }
    sheet.commit();
    await workbook.commit();
  };
  run().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}
