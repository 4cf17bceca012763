import { createHash } from 'node:crypto';
import type { AppContext, Caller } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import type { Locale } from '../../http/locale.js';
import { projectFieldError } from './project-messages.js';

/** 20 MB: a scanned permit fits; the bytes live in the database (see the migration). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const fileTooLarge = () => new AppError('request.tooLarge', { limit: '20 MB' });

export interface UploadedFile {
  fileName: string;
  mediaType: string;
  data: Buffer;
}

/**
 * The checks and stored fields every project evidence file shares (a milestone's evidence, an agency
 * item's approval): not empty, at most 20 MB, its digest, who uploaded it and when. The caller adds
 * the column naming what the file belongs to.
 */
export function evidenceFileRow(ctx: AppContext, caller: Caller, zoneId: string, file: UploadedFile, locale: Locale) {
  if (file.data.length === 0)
    throw new AppError('validation.failed', { count: 1 }, [projectFieldError(locale, 'body', 'file.empty')]);
  if (file.data.length > MAX_FILE_BYTES) throw fileTooLarge();
  return {
    id: crypto.randomUUID(),
    zoneId,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.data.length,
    sha256: createHash('sha256').update(file.data).digest('hex'),
    content: file.data,
    uploadedBy: caller.principal.userId,
    isDemo: 0,
    createdAt: ctx.clock.now().toISOString(),
  };
}
