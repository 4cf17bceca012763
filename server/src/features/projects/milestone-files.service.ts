import type { Db } from '../../db/database.js';
import type { AppContext, Caller } from '../../http/context.js';
import { forbidden, notFound } from '../../http/errors.js';
import type { Locale } from '../../http/locale.js';
import { recordChange } from '../audit/audit.service.js';
import { evidenceFileRow } from './evidence-file.js';
import * as repo from './milestone.repository.js';
import { projectInScope } from './milestone.service.js';
import type { FileMeta } from './project.schema.js';
import { viewerOf } from './project.service.js';
import { mayUpdateMilestone, toFileMeta } from './project-view.js';

export { fileTooLarge, MAX_FILE_BYTES } from './evidence-file.js';

/** An item's evidence file (a permit, a photo of the site): its project's workers and its owner upload. */
export async function uploadMilestoneFile(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  ids: { projectId: string; milestoneId: string },
  file: { fileName: string; mediaType: string; data: Buffer },
  locale: Locale,
): Promise<FileMeta> {
  const project = await projectInScope(trx, caller, ids.projectId);
  const item = await repo.findMilestone(trx, ids.projectId, ids.milestoneId);
  if (!item) throw notFound('milestone');
  if (!mayUpdateMilestone(viewerOf(caller), project.taskForceId, item.ownerId)) throw forbidden();
  const row = { ...evidenceFileRow(ctx, caller, project.zoneId, file, locale), milestoneId: item.id };
  await repo.insertFile(trx, row);
  const meta = toFileMeta(row);
  await recordChange(trx, ctx, caller.principal, {
    action: 'projectMilestone.file.create',
    entityType: 'milestoneFile',
    entityId: row.id,
    zoneId: project.zoneId,
    after: { ...meta, milestoneId: item.id, sha256: row.sha256 },
  });
  return meta;
}

export async function downloadMilestoneFile(
  db: Db,
  caller: Caller,
  ids: { projectId: string; milestoneId: string; fileId: string },
) {
  await projectInScope(db, caller, ids.projectId);
  if (!(await repo.findMilestone(db, ids.projectId, ids.milestoneId))) throw notFound('milestone');
  const row = await repo.fileWithContent(db, ids.milestoneId, ids.fileId);
  if (!row) throw notFound('file');
  return { fileName: row.fileName, mediaType: row.mediaType, sha256: row.sha256, content: Buffer.from(row.content) };
}
