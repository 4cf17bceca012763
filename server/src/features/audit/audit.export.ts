import type { Readable } from 'node:stream';
import { guardCells } from '@zonehub/formula-guard';
import type { Db } from '../../db/database.js';
import type { Locale } from '../../http/locale.js';
import { streamXlsx } from '../../http/xlsx-download.js';
import { type AuditFilter, listEntries } from './audit.repository.js';

const HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['序号', '时间 (UTC)', '操作人', 'IP', '操作', '对象类型', '对象编号', '修改前', '修改后', '哈希'],
  'en-US': ['Seq', 'Time (UTC)', 'Actor', 'IP', 'Action', 'Entity type', 'Entity id', 'Before', 'After', 'Hash'],
};
const WIDTHS = [8, 24, 14, 16, 22, 14, 38, 50, 50, 20];

/**
 * Streams the filtered log into an .xlsx, a page of rows at a time, so a long log exports in
 * constant memory. Resolves once the first page is written (see streamXlsx).
 */
export function exportAuditXlsx(db: Db, filter: AuditFilter, locale: Locale): Promise<Readable> {
  return streamXlsx({
    name: locale === 'en-US' ? 'Audit log' : '审计日志',
    columns: HEADERS[locale].map((header, i) => ({ header, width: WIDTHS[i] })),
    page: (offset, limit) => listEntries(db, filter, { offset, limit, order: 'asc' }),
    cells: (r) =>
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
  });
}
