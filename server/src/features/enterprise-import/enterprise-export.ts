import type { Readable } from 'node:stream';
import { COLUMNS, toSheetRow } from '@zonehub/enterprise-sheet';
import type { Db } from '../../db/database.js';
import type { Scope } from '../../http/context.js';
import { streamXlsx } from '../../http/xlsx-download.js';
import { parseFormerNames } from '../enterprises/enterprise.writer.js';
import { type EnterpriseSearchFilter, searchEnterprises } from '../enterprises/enterprise-search.repository.js';
import { exportExtras } from './import-job.repository.js';
import { DATA_SHEET } from './template.js';

/**
 * Streams the filtered enterprise list into an .xlsx with exactly the import's columns, a page at a
 * time in constant memory, so an export can be edited and imported back (mode "update"). Resolves
 * once the first page is written (see streamXlsx).
 */
export function exportEnterprisesXlsx(db: Db, scope: Scope, filter: EnterpriseSearchFilter): Promise<Readable> {
  return streamXlsx({
    name: DATA_SHEET,
    options: { views: [{ state: 'frozen', ySplit: 1 }] },
    columns: COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width })),
    page: async (offset, limit) => {
      const rows = await searchEnterprises(db, scope, filter, { offset, limit });
      const { extras, contacts } = await exportExtras(
        db,
        rows.map((r) => r.id),
      );
      return rows.map((r) => ({ row: r, extra: extras.get(r.id), contact: contacts.get(r.id) }));
    },
    cells: ({ row, extra, contact }) =>
      toSheetRow({
        ...row,
        formerNames: parseFormerNames(extra?.formerNames),
        address: extra?.address ?? null,
        contactName: contact?.name ?? null,
        contactPhone: contact?.phone ?? null,
      }),
  });
}
