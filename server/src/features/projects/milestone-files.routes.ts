import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { callerOf } from '../../http/auth-hook.js';
import { attachmentDisposition, servedMediaType } from '../../http/file-download.js';
import { localeFrom } from '../../http/locale.js';
import { problemSchemas } from '../../http/problem.schema.js';
import { milestoneParams } from './milestone.schema.js';
import { downloadMilestoneFile, fileTooLarge, MAX_FILE_BYTES, uploadMilestoneFile } from './milestone-files.service.js';
import { fileMetaSchema } from './project.schema.js';

const tags = ['projects: milestones'];

/**
 * An item's evidence files. The upload is the raw file as the body, whatever its media type (kept as
 * sent; served only from http/file-download's allow-list): this plugin alone drops the JSON parser
 * and reads every body as bytes, up to 20 MB.
 */
export const milestoneFileRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES }, (_request, body, done) =>
    done(null, body),
  );

  app.post(
    '/:id/milestones/:milestoneId/files',
    {
      config: { access: requires('project.view') },
      bodyLimit: MAX_FILE_BYTES,
      // Refuse an oversized upload by its declared length, before reading it.
      preParsing: async (request) => {
        if (Number(request.headers['content-length'] ?? 0) > MAX_FILE_BYTES) throw fileTooLarge();
      },
      schema: {
        tags,
        summary: 'Attach evidence to an item (the raw body, any media type, ≤ 20 MB); its owner may too',
        params: milestoneParams,
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
          uploadMilestoneFile(
            ctx,
            trx,
            callerOf(request),
            { projectId: request.params.id, milestoneId: request.params.milestoneId },
            { fileName: request.query.fileName, mediaType, data },
            localeFrom(request.headers['accept-language']),
          ),
        );
      return reply.code(201).send(meta);
    },
  );

  app.get(
    '/:id/milestones/:milestoneId/files/:fileId',
    {
      config: { access: requires('project.view') },
      schema: {
        tags,
        summary: 'Download an evidence file, as an attachment (its media type if allowed, else octet-stream)',
        params: milestoneParams.extend({ fileId: z.string().min(1).max(64) }),
        response: { 200: z.unknown().describe('the file'), ...problemSchemas(404) },
      },
    },
    async (request, reply) => {
      const file = await downloadMilestoneFile(ctx.db, callerOf(request), {
        projectId: request.params.id,
        milestoneId: request.params.milestoneId,
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
