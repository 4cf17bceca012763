import type { Db } from '../../../db/database.js';
import type { AppContext, Caller } from '../../../http/context.js';
import { forbidden, notFound } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import { evidenceFileRow } from '../evidence-file.js';
import type { FileMeta } from '../project.schema.js';
import { viewerOf } from '../project.service.js';
import { toFileMeta } from '../project-view.js';
import * as repo from './agency.repository.js';
import { rolesOf, stateOf } from './agency-view.js';

/**
 * The approval's file (批复文件) of an item, held and served like a milestone's evidence (same size
 * limit, bytes in the database, http/file-download's allow-list on the way out). The department or
 * the task force attaches it once the item is accepted or approved.
 */
export async function uploadAgencyFile(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  ids: { projectId: string; itemId: string },
  file: { fileName: string; mediaType: string; data: Buffer },
  locale: Locale,
): Promise<FileMeta> {
  const row = await repo.findItem(trx, caller.scope.zoneId, ids.projectId, ids.itemId);
  if (!row) throw notFound('agencyItem');
  const roles = rolesOf(caller.scope, row);
  if (!roles.taskForce && !roles.department) throw forbidden();
  if (!['accepted', 'approved'].includes(stateOf(row))) throw forbidden();
  const stored = { ...evidenceFileRow(ctx, caller, row.zoneId, file, locale), agencyItemId: row.id };
  await repo.insertFile(trx, stored);
  const meta = toFileMeta(stored);
  await recordChange(trx, ctx, caller.principal, {
    action: 'agencyItem.file.create',
    entityType: 'agencyItemFile',
    entityId: stored.id,
    zoneId: row.zoneId,
    after: { ...meta, agencyItemId: row.id, sha256: stored.sha256 },
  });
  return meta;
}

/** Whoever sees the item (its department's desk, the project's viewers) may download its files. */
export async function downloadAgencyFile(
  db: Db,
  caller: Caller,
  ids: { projectId: string; itemId: string; fileId: string },
) {
  const visible = await repo.isVisible(db, viewerOf(caller), ids.projectId, ids.itemId);
  if (!visible) throw notFound('agencyItem');
  const row = await repo.fileWithContent(db, ids.itemId, ids.fileId);
  if (!row) throw notFound('file');
  return { fileName: row.fileName, mediaType: row.mediaType, sha256: row.sha256, content: Buffer.from(row.content) };
}
