import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signedIn } from '../../../http/access.js';
import { callerOf } from '../../../http/auth-hook.js';
import { attachmentDisposition, servedMediaType } from '../../../http/file-download.js';
import { localeFrom } from '../../../http/locale.js';
import { problemSchemas } from '../../../http/problem.schema.js';
import { fileTooLarge, MAX_FILE_BYTES } from '../evidence-file.js';
import { fileMetaSchema } from '../project.schema.js';
import { agencyItemParams } from './agency.schema.js';
import { downloadAgencyFile, uploadAgencyFile } from './agency-files.service.js';

const tags = ['projects: agency service'];

/**
 * The approval's file (批复文件) of an item, uploaded and served as milestone evidence is: the raw
 * file as the body (≤ 20 MB, media type as sent), downloaded as an attachment through the allow-list.
 * Any signed-in caller reaches the routes; the service admits the item's department and task force
 * (upload) and whoever sees the item (download).
 */
export const agencyFileRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES }, (_request, body, done) =>
    done(null, body),
  );

  app.post(
    '/:id/agency-items/:itemId/files',
    {
      config: { access: signedIn() },
      bodyLimit: MAX_FILE_BYTES,
      preParsing: async (request) => {
        if (Number(request.headers['content-length'] ?? 0) > MAX_FILE_BYTES) throw fileTooLarge();
      },
      schema: {
        tags,
        summary: "Attach the approval's file to an accepted or approved item (the raw body, ≤ 20 MB)",
        params: agencyItemParams,
        querystring: z.strictObject({ fileName: z.string().trim().min(1).max(200) }),
        body: z.unknown().describe('the file itself (≤ 20 MB)'),
        response: { 201: fileMetaSchema, ...problemSchemas(400, 403, 404, 413) },
      },
    },
    async (request, reply) => {
      const data = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const mediaType = request.headers['content-type']?.trim() || 'application/octet-stream';
      const meta = await ctx.db
        .transaction()
        .execute((trx) =>
          uploadAgencyFile(
            ctx,
            trx,
            callerOf(request),
            { projectId: request.params.id, itemId: request.params.itemId },
            { fileName: request.query.fileName, mediaType, data },
            localeFrom(request.headers['accept-language']),
          ),
        );
      return reply.code(201).send(meta);
    },
  );

  app.get(
    '/:id/agency-items/:itemId/files/:fileId',
    {
      config: { access: signedIn() },
      schema: {
        tags,
        summary: "Download an item's approval file, as an attachment (its media type if allowed, else octet-stream)",
        params: agencyItemParams.extend({ fileId: z.string().min(1).max(64) }),
        response: { 200: z.unknown().describe('the file'), ...problemSchemas(404) },
      },
    },
    async (request, reply) => {
      const file = await downloadAgencyFile(ctx.db, callerOf(request), {
        projectId: request.params.id,
        itemId: request.params.itemId,
        fileId: request.params.fileId,
      });
      return reply
        .header('content-type', servedMediaType(file.mediaType))
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('etag', `"${file.sha256}"`)
        .send(file.content);
    },
  );
};
