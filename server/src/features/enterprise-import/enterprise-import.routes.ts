import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { callerOf, scopeOf } from '../../http/auth-hook.js';
import { AppError } from '../../http/errors.js';
import { localeFrom } from '../../http/locale.js';
import { problemSchemas } from '../../http/problem.schema.js';
import { enterpriseListQuery } from '../enterprises/enterprise.schema.js';
import { zoneFileDate } from '../zones/zone-day.js';
import { exportEnterprisesXlsx } from './enterprise-export.js';
import { commitBody, importJobSchema, importModeQuery, jobParams } from './import.schema.js';
import { jobView, MAX_UPLOAD_BYTES, previewImport } from './import.service.js';
import { startCommit } from './import-commit.service.js';
import * as repo from './import-job.repository.js';
import { buildTemplate } from './template.js';

const tags = ['registry: import'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const xlsxResponse = z.unknown().describe(XLSX);
const tooLarge = () => new AppError('import.tooLarge', { limit: '20 MB' });

const attachment = (name: string) =>
  `attachment; filename="${encodeURI(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * Excel import and export of enterprises. The upload is the raw .xlsx body (this plugin alone parses
 * xlsx and octet-stream bodies, up to 20 MB); its name comes in ?fileName=.
 */
export const enterpriseImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  for (const type of [XLSX, 'application/octet-stream']) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_request, body, done) =>
      done(null, body),
    );
  }

  app.get(
    '/enterprise-import/template',
    {
      config: { access: requires('enterprise.import') },
      schema: {
        tags,
        summary: 'The import template (.xlsx): data sheet, instructions, allowed values, industry codes',
        response: { 200: xlsxResponse },
      },
    },
    async (request, reply) => {
      const zoneId = scopeOf(request).zoneId;
      const [parks, industries] = await Promise.all([repo.zoneParks(ctx.db, zoneId), repo.industryCodes(ctx.db)]);
      const file = await buildTemplate(parks, industries, localeFrom(request.headers['accept-language']));
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment('企业导入模板.xlsx'))
        .send(file);
    },
  );

  app.post(
    '/enterprise-import',
    {
      config: { access: requires('enterprise.import') },
      bodyLimit: MAX_UPLOAD_BYTES,
      // Refuse an oversized upload by its declared length, before reading it.
      preParsing: async (request) => {
        if (Number(request.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) throw tooLarge();
      },
      schema: {
        tags,
        summary: 'Upload a filled sheet (raw .xlsx body): validates every row and returns the preview; writes nothing',
        querystring: importModeQuery,
        body: z.unknown().describe(`${XLSX} (the file itself, ≤ 20 MB)`),
        response: { 200: importJobSchema, ...problemSchemas(400, 403, 413, 415, 422) },
      },
    },
    async (request) => {
      const locale = localeFrom(request.headers['accept-language']);
      if (!Buffer.isBuffer(request.body)) {
        throw new AppError('import.notXlsx', {
          reason: locale === 'en-US' ? 'send the file itself as the body' : '请直接上传文件本身',
        });
      }
      if (request.body.length > MAX_UPLOAD_BYTES) throw tooLarge();
      const fileName = request.query.fileName ?? 'upload.xlsx';
      return previewImport(ctx, callerOf(request), { data: request.body, fileName }, request.query.mode, locale);
    },
  );

  app.get(
    '/enterprise-import/:id',
    {
      config: { access: requires('enterprise.import') },
      schema: {
        tags,
        summary: 'An import: status, progress, every error, the preview',
        params: jobParams,
        response: { 200: importJobSchema, ...problemSchemas(404) },
      },
    },
    async (request) =>
      jobView(ctx, scopeOf(request).zoneId, request.params.id, localeFrom(request.headers['accept-language'])),
  );

  app.post(
    '/enterprise-import/:id/commit',
    {
      config: { access: requires('enterprise.import') },
      schema: {
        tags,
        summary: 'Import a validated sheet in one transaction (in the background; poll GET /enterprise-import/:id)',
        params: jobParams,
        body: commitBody,
        response: { 202: importJobSchema, ...problemSchemas(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const locale = localeFrom(request.headers['accept-language']);
      const view = await startCommit(ctx, callerOf(request), request.params.id, request.body.mode, locale, (error) =>
        app.log.error({ err: error, importJob: request.params.id }, 'enterprise import failed'),
      );
      return reply.code(202).send(view);
    },
  );

  app.get(
    '/enterprises/export',
    {
      config: { access: requires('enterprise.view') },
      schema: {
        tags,
        summary: 'Export the filtered enterprise list as .xlsx, with the columns the import reads',
        querystring: enterpriseListQuery,
        response: { 200: xlsxResponse },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const stream = await exportEnterprisesXlsx(ctx.db, scope, request.query);
      const name = `企业名单-${await zoneFileDate(ctx, ctx.db, scope.zoneId)}.xlsx`;
      return reply.header('content-type', XLSX).header('content-disposition', attachment(name)).send(stream);
    },
  );
};
