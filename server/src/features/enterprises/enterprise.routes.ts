import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { callerOf, scopeOf } from '../../http/auth-hook.js';
import { localeFrom } from '../../http/locale.js';
import { offsetOf, pageResult } from '../../http/pagination.js';
import { problemSchemas } from '../../http/problem.schema.js';
import { countEntries, listEntries } from '../audit/audit.repository.js';
import { auditEntrySchema } from '../audit/audit.schema.js';
import { describeEntries } from '../audit/audit-view.js';
import {
  createEnterpriseBody,
  enterpriseListItemSchema,
  enterpriseListQuery,
  enterpriseSchema,
  toListItem,
  updateEnterpriseBody,
} from './enterprise.schema.js';
import * as service from './enterprise.service.js';
import { countEnterprises, searchEnterprises } from './enterprise-search.repository.js';

const tags = ['enterprises'];
export const enterpriseIdParams = z.strictObject({ id: z.string().min(1).max(64) });
const historyQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const enterpriseRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const view = { access: requires('enterprise.view') };
  const manage = { access: requires('enterprise.manage') };

  app.get(
    '/enterprises',
    {
      config: view,
      schema: {
        tags,
        summary: 'Search enterprises (name part, pinyin, initials, credit code; filters) within the caller’s scope',
        querystring: enterpriseListQuery,
        response: { 200: pageResult(enterpriseListItemSchema) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const q = request.query;
      const total = await countEnterprises(ctx.db, scope, q);
      const rows = await searchEnterprises(ctx.db, scope, q, { offset: offsetOf(q), limit: q.pageSize });
      return { items: rows.map(toListItem), total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/enterprises/:id',
    {
      config: view,
      schema: {
        tags,
        summary: 'One enterprise with former names, contacts and classifications',
        params: enterpriseIdParams,
        response: { 200: enterpriseSchema, ...problemSchemas(404) },
      },
    },
    async (request) => service.enterpriseView(ctx.db, { scope: scopeOf(request) }, request.params.id),
  );

  app.post(
    '/enterprises',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Register an enterprise (park staff: in their own parks)',
        body: createEnterpriseBody,
        response: { 201: enterpriseSchema, ...problemSchemas(400, 409) },
      },
    },
    async (request, reply) => {
      const locale = localeFrom(request.headers['accept-language']);
      const created = await ctx.db
        .transaction()
        .execute((trx) => service.createEnterprise(ctx, trx, callerOf(request), request.body, locale));
      return reply.code(201).send(created);
    },
  );

  app.patch(
    '/enterprises/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit an enterprise’s record',
        params: enterpriseIdParams,
        body: updateEnterpriseBody,
        response: { 200: enterpriseSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) => {
      const locale = localeFrom(request.headers['accept-language']);
      return ctx.db
        .transaction()
        .execute((trx) =>
          service.updateEnterprise(ctx, trx, callerOf(request), request.params.id, request.body, locale),
        );
    },
  );

  app.get(
    '/enterprises/:id/history',
    {
      config: view,
      schema: {
        tags,
        summary: 'The enterprise’s changes from the audit log, newest first',
        params: enterpriseIdParams,
        querystring: historyQuery,
        response: { 200: pageResult(auditEntrySchema), ...problemSchemas(404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      // Visible enterprise first: the history is as scoped as the record.
      await service.enterpriseView(ctx.db, { scope }, request.params.id);
      const q = request.query;
      const filter = { zoneId: scope.zoneId, entityType: 'enterprise', entityId: request.params.id };
      const total = await countEntries(ctx.db, filter);
      const rows = await listEntries(ctx.db, filter, { offset: offsetOf(q), limit: q.pageSize, order: 'desc' });
      const described = await describeEntries(ctx.db, rows, localeFrom(request.headers['accept-language']));
      return { items: described.map((d) => d.view), total, page: q.page, pageSize: q.pageSize };
    },
  );
};
