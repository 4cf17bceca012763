import type { Readable } from 'node:stream';
import { guardCells } from '@zonehub/formula-guard';
import { listDateTime } from '@zonehub/zone-dates';
import type { Db } from '../../db/database.js';
import type { Locale } from '../../http/locale.js';
import { streamXlsx } from '../../http/xlsx-download.js';
import { type AuditFilter, listEntries } from './audit.repository.js';
import type { AuditEntryView } from './audit.schema.js';
import { describeEntries } from './audit-view.js';

const HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['序号', '时间', '操作人', 'IP', '操作', '对象类型', '对象', '对象编号', '修改前', '修改后', '哈希'],
  'en-US': ['Seq', 'Time', 'Actor', 'IP', 'Action', 'Object type', 'Object', 'Object id', 'Before', 'After', 'Hash'],
};
const WIDTHS = [8, 20, 14, 16, 20, 14, 36, 38, 50, 50, 20];

/** An object as the reader knows it: 星萌科技有限公司（9114…）. */
function objectCell(entry: AuditEntryView, locale: Locale): string | null {
  if (entry.entityName === null) return entry.entityCode;
  if (entry.entityCode === null || entry.entityCode === entry.entityName) return entry.entityName;
  return locale === 'en-US'
    ? `${entry.entityName} (${entry.entityCode})`
    : `${entry.entityName}（${entry.entityCode}）`;
}

/** Values one field a line, with the field's label: 名称: 审计测试部. */
function valuesCell(value: unknown, labels: Record<string, string>): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  return Object.entries(value)
    .map(([key, inner]) => `${labels[key] ?? key}: ${typeof inner === 'string' ? inner : JSON.stringify(inner)}`)
    .join('\n');
}

/**
 * Streams the filtered log into an .xlsx, a page of rows at a time, so a long log exports in
 * constant memory. Labels, names and times as the page shows them: the reader's language, the
 * zone's time zone. Resolves once the first page is written (see streamXlsx).
 */
export function exportAuditXlsx(db: Db, filter: AuditFilter, locale: Locale, timeZone: string): Promise<Readable> {
  return streamXlsx({
    name: locale === 'en-US' ? 'Audit log' : '审计日志',
    columns: HEADERS[locale].map((header, i) => ({ header, width: WIDTHS[i] })),
    page: async (offset, limit) =>
      describeEntries(db, await listEntries(db, filter, { offset, limit, order: 'asc' }), locale),
    cells: ({ row, view }) =>
      guardCells([
        view.seq,
        listDateTime(view.occurredAt, timeZone, true),
        view.actorLabel,
        view.ip,
        view.actionLabel,
        view.entityTypeLabel,
        objectCell(view, locale),
        view.entityId,
        valuesCell(view.before, view.fieldLabels),
        valuesCell(view.after, view.fieldLabels),
        row.hash,
      ]),
  });
}
