import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../../http/access.js';
import { callerOf, scopeOf } from '../../../http/auth-hook.js';
import { attachmentDisposition, servedMediaType } from '../../../http/file-download.js';
import { localeFrom } from '../../../http/locale.js';
import { problemSchemas } from '../../../http/problem.schema.js';
import { changeRequestSchema } from './change-request.schema.js';
import {
  attachChangeFile,
  changeFileTooLarge,
  downloadChangeFile,
  MAX_CHANGE_FILE_BYTES,
} from './change-request-file.service.js';

const tags = ['enterprises: change requests'];
const idParams = z.strictObject({ id: z.string().min(1).max(64) });
const uploadQuery = z.strictObject({ fileName: z.string().trim().min(1).max(200) });

/**
 * A change request's supporting file. The upload is the raw file as the body, whatever its media type
 * (kept as sent; served only from http/file-download's allow-list): this plugin alone drops the JSON
 * parser and reads every body as bytes, up to 20 MB.
 */
export const changeRequestFileRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_CHANGE_FILE_BYTES }, (_request, body, done) =>
    done(null, body),
  );

  app.post(
    '/enterprise-change-requests/:id/file',
    {
      config: { access: requires('enterprise.requestChange') },
      bodyLimit: MAX_CHANGE_FILE_BYTES,
      // Refuse an oversized upload by its declared length, before reading it.
      preParsing: async (request) => {
        if (Number(request.headers['content-length'] ?? 0) > MAX_CHANGE_FILE_BYTES) throw changeFileTooLarge();
      },
      schema: {
        tags,
        summary: 'Attach the supporting file to a pending request (the raw body, ≤ 20 MB; replaces an earlier one)',
        params: idParams,
        querystring: uploadQuery,
        body: z.unknown().describe('the file itself (≤ 20 MB)'),
        response: { 200: changeRequestSchema, ...problemSchemas(400, 404, 409, 413) },
      },
    },
    async (request) => {
      const locale = localeFrom(request.headers['accept-language']);
      const data = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const mediaType = request.headers['content-type']?.trim() || 'application/octet-stream';
      return ctx.db
        .transaction()
        .execute((trx) =>
          attachChangeFile(
            ctx,
            trx,
            callerOf(request),
            request.params.id,
            { fileName: request.query.fileName, mediaType, data },
            locale,
          ),
        );
    },
  );

  app.get(
    '/enterprise-change-requests/:id/file',
    {
      config: { access: requires('enterprise.view') },
      schema: {
        tags,
        summary: 'Download a change request’s supporting file, as an attachment',
        params: idParams,
        response: { 200: z.unknown().describe('the file'), ...problemSchemas(404) },
      },
    },
    async (request, reply) => {
      const file = await downloadChangeFile(ctx.db, scopeOf(request), request.params.id);
      return reply
        .header('content-type', servedMediaType(file.mediaType))
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('etag', `"${file.sha256}"`)
        .send(file.content);
    },
  );
};
