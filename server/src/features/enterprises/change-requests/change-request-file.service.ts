import { createHash } from 'node:crypto';
import type { Db } from '../../../db/database.js';
import type { AppContext, Caller, Scope } from '../../../http/context.js';
import { AppError, notFound } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import { fieldError } from '../enterprise-field-errors.js';
import * as repo from './change-request.repository.js';
import type { ChangeRequestView } from './change-request.schema.js';
import { changeRequestView } from './change-request.service.js';

/** 20 MB: a scanned licence or resolution fits; the bytes live in the database (see the migration). */
export const MAX_CHANGE_FILE_BYTES = 20 * 1024 * 1024;
export const changeFileTooLarge = () => new AppError('enterpriseChange.fileTooLarge', { limit: '20 MB' });

/**
 * The supporting file of a pending request (a new business licence, a shareholders' resolution),
 * sent by the enterprise after the request itself; a second file replaces the first.
 */
export async function attachChangeFile(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  file: { fileName: string; mediaType: string; data: Buffer },
  locale: Locale,
): Promise<ChangeRequestView> {
  const request = await repo.findRequest(trx, caller.scope, id);
  if (!request) throw notFound('changeRequest');
  if (file.data.length === 0) {
    throw new AppError('validation.failed', { count: 1 }, [fieldError(locale, 'body', 'changeRequest.fileEmpty')]);
  }
  if (file.data.length > MAX_CHANGE_FILE_BYTES) throw changeFileTooLarge();
  const meta = {
    fileName: file.fileName,
    fileMediaType: file.mediaType,
    fileSizeBytes: file.data.length,
    fileSha256: createHash('sha256').update(file.data).digest('hex'),
  };
  if (!(await repo.attachFile(trx, id, { ...meta, fileContent: file.data }))) {
    throw new AppError('enterpriseChange.decided');
  }
  await recordChange(trx, ctx, caller.principal, {
    action: 'enterprise.changeRequest.file',
    entityType: 'enterprise',
    entityId: request.enterpriseId,
    zoneId: caller.scope.zoneId,
    after: { changeRequestId: id, ...meta },
  });
  return changeRequestView(trx, caller.scope, id);
}

export async function downloadChangeFile(db: Db, scope: Scope, id: string) {
  if (!(await repo.findRequest(db, scope, id))) throw notFound('changeRequest');
  const row = await repo.fileOf(db, id);
  if (!row?.fileName || !row.fileContent) throw notFound('file');
  return {
    fileName: row.fileName,
    mediaType: row.fileMediaType ?? 'application/octet-stream',
    sha256: row.fileSha256 ?? '',
    content: Buffer.from(row.fileContent),
  };
}
