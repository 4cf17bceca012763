import { STAGES } from '@zonehub/investment-rules';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../../http/access.js';
import { callerOf, scopeOf } from '../../../http/auth-hook.js';
import { localeFrom } from '../../../http/locale.js';
import { offsetOf, pageResult } from '../../../http/pagination.js';
import { problemSchemas } from '../../../http/problem.schema.js';
import { duplicateMatchSchema, leadDetailSchema, leadSummarySchema } from './lead.schema.js';
import * as service from './lead.service.js';
import { leadAttachmentRoutes } from './lead-attachments.routes.js';
import { getLeadDetail } from './lead-detail.service.js';
import { findDuplicates } from './lead-duplicates.js';
import { exportLeadsXlsx } from './lead-export.js';
import {
  createLeadBody,
  duplicatesQuery,
  leadBoardQuery,
  leadFilterQuery,
  leadListQuery,
  updateLeadBody,
} from './lead-input.schema.js';
import { leadBoard, listLeadPage, reminderContext } from './lead-list.service.js';
import { leadOptionRoutes } from './lead-options.routes.js';

const tags = ['investment: leads'];
const idParams = z.strictObject({ id: z.string().min(1).max(64) });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const attachment = (name: string) =>
  `attachment; filename="${encodeURI(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Leads (项目信息): the list, the Kanban's first pages, export, duplicates, create, read, edit. */
export const leadRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const view = { access: requires('investment.view') };
  const manage = { access: requires('investment.manage') };

  app.get(
    '/leads',
    {
      config: view,
      schema: {
        tags,
        summary: 'Leads the caller may see, filtered, sorted and paged (more cards of one pool: ?stage=)',
        querystring: leadListQuery,
        response: { 200: pageResult(leadSummarySchema) },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await listLeadPage(ctx, ctx.db, scopeOf(request), q, { offset: offsetOf(q), limit: q.pageSize });
      return { ...page, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/leads/board',
    {
      config: view,
      schema: {
        tags,
        summary: "The Kanban: each pool's total and first cards, newest change first",
        querystring: leadBoardQuery,
        response: {
          200: z.object({
            pools: z.array(
              z.object({ stage: z.enum(STAGES), total: z.number().int(), items: z.array(leadSummarySchema) }),
            ),
          }),
        },
      },
    },
    async (request) => leadBoard(ctx, ctx.db, scopeOf(request), request.query, request.query.perPool),
  );

  app.get(
    '/leads/export.xlsx',
    {
      config: view,
      schema: {
        tags,
        summary: 'Every matching lead (up to 50,000) as .xlsx with Chinese headers, amounts in 万元',
        querystring: leadFilterQuery,
        response: { 200: z.unknown().describe(XLSX) },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const r = await reminderContext(ctx, ctx.db, scope.zoneId);
      const stream = await exportLeadsXlsx(ctx.db, scope, request.query, r);
      const name = `项目信息台账-${r.today}.xlsx`;
      return reply.header('content-type', XLSX).header('content-disposition', attachment(name)).send(stream);
    },
  );

  app.get(
    '/leads/duplicates',
    {
      config: view,
      schema: {
        tags,
        summary: 'Leads of the zone whose investor looks like this one (outside the scope: named, not shown)',
        querystring: duplicatesQuery,
        response: { 200: z.object({ items: z.array(duplicateMatchSchema) }) },
      },
    },
    async (request) => ({ items: await findDuplicates(ctx.db, scopeOf(request), request.query) }),
  );

  app.post(
    '/leads',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Register a lead in the reserve pool; answers it with any look-alike investors',
        body: createLeadBody,
        response: {
          201: z.object({ lead: leadDetailSchema, duplicates: z.array(duplicateMatchSchema) }),
          ...problemSchemas(400, 403),
        },
      },
    },
    async (request, reply) => {
      const locale = localeFrom(request.headers['accept-language']);
      const created = await ctx.db
        .transaction()
        .execute((trx) => service.createLead(ctx, trx, callerOf(request), request.body, locale));
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/leads/:id',
    {
      config: view,
      schema: {
        tags,
        summary: 'A lead with its screenings, files, moves and the gate to its next pool',
        params: idParams,
        response: { 200: leadDetailSchema, ...problemSchemas(404) },
      },
    },
    async (request) => getLeadDetail(ctx, ctx.db, scopeOf(request), request.params.id),
  );

  app.patch(
    '/leads/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit a lead at the version the caller saw (a stale version answers 409)',
        params: idParams,
        body: updateLeadBody,
        response: { 200: leadDetailSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) => {
      const locale = localeFrom(request.headers['accept-language']);
      return ctx.db
        .transaction()
        .execute((trx) => service.updateLead(ctx, trx, callerOf(request), request.params.id, request.body, locale));
    },
  );

  await app.register(leadAttachmentRoutes);
  await app.register(leadOptionRoutes);
};
