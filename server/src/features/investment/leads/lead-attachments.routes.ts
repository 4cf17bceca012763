import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../../http/access.js';
import { callerOf, scopeOf } from '../../../http/auth-hook.js';
import { AppError } from '../../../http/errors.js';
import { attachmentDisposition, servedMediaType } from '../../../http/file-download.js';
import { localeFrom } from '../../../http/locale.js';
import { problemSchemas } from '../../../http/problem.schema.js';
import { attachmentMetaSchema } from './lead.schema.js';
import {
  attachmentTooLarge,
  downloadAttachment,
  MAX_ATTACHMENT_BYTES,
  removeAttachment,
  uploadAttachment,
} from './lead-attachments.service.js';
import { leadFieldError } from './lead-messages.js';

const tags = ['investment: leads'];
const leadParams = z.strictObject({ id: z.string().min(1).max(64) });
const fileParams = leadParams.extend({ attachmentId: z.string().min(1).max(64) });
const uploadQuery = z.strictObject({
  kind: z.enum(['contract', 'other']).default('other'),
  fileName: z.string().trim().min(1).max(200),
});

/**
 * A lead's files. The upload is the raw file as the body, whatever its media type (kept as sent;
 * served only from http/file-download's allow-list):
 * this plugin alone drops the JSON parser and reads every body as bytes, up to 20 MB.
 */
export const leadAttachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES }, (_request, body, done) =>
    done(null, body),
  );

  app.post(
    '/leads/:id/attachments',
    {
      config: { access: requires('investment.manage') },
      bodyLimit: MAX_ATTACHMENT_BYTES,
      // Refuse an oversized upload by its declared length, before reading it.
      preParsing: async (request) => {
        if (Number(request.headers['content-length'] ?? 0) > MAX_ATTACHMENT_BYTES) throw attachmentTooLarge();
      },
      schema: {
        tags,
        summary: 'Attach a file (the raw body, any media type, ≤ 20 MB); kind=contract marks the contract',
        params: leadParams,
        querystring: uploadQuery,
        body: z.unknown().describe('the file itself (≤ 20 MB)'),
        response: { 201: attachmentMetaSchema, ...problemSchemas(400, 403, 404, 413) },
      },
    },
    async (request, reply) => {
      const locale = localeFrom(request.headers['accept-language']);
      const data = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      if (!Buffer.isBuffer(request.body) && request.body !== undefined)
        throw new AppError('validation.failed', { count: 1 }, [leadFieldError(locale, 'body', 'attachment.empty')]);
      const mediaType = request.headers['content-type']?.trim() || 'application/octet-stream';
      const meta = await ctx.db
        .transaction()
        .execute((trx) =>
          uploadAttachment(
            ctx,
            trx,
            callerOf(request),
            request.params.id,
            { kind: request.query.kind, fileName: request.query.fileName, mediaType, data },
            locale,
          ),
        );
      return reply.code(201).send(meta);
    },
  );

  app.get(
    '/leads/:id/attachments/:attachmentId',
    {
      config: { access: requires('investment.view') },
      schema: {
        tags,
        summary: 'Download a file of a lead, as an attachment (its media type if allowed, else octet-stream)',
        params: fileParams,
        response: { 200: z.unknown().describe('the file'), ...problemSchemas(404) },
      },
    },
    async (request, reply) => {
      const file = await downloadAttachment(ctx.db, scopeOf(request), request.params.id, request.params.attachmentId);
      return reply
        .header('content-type', servedMediaType(file.mediaType))
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('etag', `"${file.sha256}"`)
        .send(file.content);
    },
  );

  app.delete(
    '/leads/:id/attachments/:attachmentId',
    {
      config: { access: requires('investment.manage') },
      schema: {
        tags,
        summary: 'Delete a file of a lead (not the contract a signing move used)',
        params: fileParams,
        response: { 204: z.null(), ...problemSchemas(403, 404, 409) },
      },
    },
    async (request, reply) => {
      await ctx.db
        .transaction()
        .execute((trx) =>
          removeAttachment(ctx, trx, callerOf(request), request.params.id, request.params.attachmentId),
        );
      return reply.code(204).send(null);
    },
  );
};
