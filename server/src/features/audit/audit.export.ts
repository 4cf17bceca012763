import { PassThrough } from 'node:stream';
import { guardCells } from '@zonehub/formula-guard';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/database.js';
import type { Locale } from '../../http/locale.js';
import { type AuditFilter, listEntries } from './audit.repository.js';

const PAGE = 1000;

const HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['序号', '时间 (UTC)', '操作人', 'IP', '操作', '对象类型', '对象编号', '修改前', '修改后', '哈希'],
  'en-US': ['Seq', 'Time (UTC)', 'Actor', 'IP', 'Action', 'Entity type', 'Entity id', 'Before', 'After', 'Hash'],
};

/**
 * Streams the filtered log into an .xlsx, a page of rows at a time, so a long log exports in
 * constant memory. Returns the stream to send; errors end it (the client sees a broken download).
 */
export function exportAuditXlsx(db: Db, filter: AuditFilter, locale: Locale): PassThrough {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(locale === 'en-US' ? 'Audit log' : '审计日志');
  sheet.columns = HEADERS[locale].map((header, i) => ({ header, width: [8, 24, 14, 16, 22, 14, 38, 50, 50, 20][i] }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const run = async () => {
    for (let offset = 0; ; offset += PAGE) {
      const rows = await listEntries(db, filter, { offset, limit: PAGE, order: 'asc' });
      for (const r of rows) {
        sheet
          .addRow(
            guardCells([
              Number(r.seq),
              r.occurredAt,
              r.actorName,
              r.ip,
              r.action,
              r.entityType,
              r.entityId,
              r.before,
              r.after,
              r.hash,
            ]),
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
