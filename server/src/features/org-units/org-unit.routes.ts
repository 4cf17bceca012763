import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { callerOf, scopeOf } from '../../http/auth-hook.js';
import { offsetOf, pageResult } from '../../http/pagination.js';
import { problemSchemas } from '../../http/problem.schema.js';
import { countOrgUnits, listOrgUnits } from './org-unit.repository.js';
import {
  createOrgUnitBody,
  orgUnitListQuery,
  orgUnitSchema,
  toOrgUnitView,
  updateOrgUnitBody,
} from './org-unit.schema.js';
import * as service from './org-unit.service.js';

const tags = ['admin: org units'];
const idParams = z.strictObject({ id: z.string().min(1).max(64) });

export const orgUnitRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const access = { access: requires('orgUnit.manage') };

  app.get(
    '/admin/org-units',
    {
      config: access,
      schema: {
        tags,
        summary: 'Departments, task forces and offices of the zone (paginated)',
        querystring: orgUnitListQuery,
        response: { 200: pageResult(orgUnitSchema) },
      },
    },
    async (request) => {
      const { zoneId } = scopeOf(request);
      const q = request.query;
      const total = await countOrgUnits(ctx.db, zoneId, q);
      const rows = await listOrgUnits(ctx.db, zoneId, q, { offset: offsetOf(q), limit: q.pageSize });
      return { items: rows.map((u) => toOrgUnitView(u)), total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.post(
    '/admin/org-units',
    {
      config: access,
      schema: {
        tags,
        summary: 'Create an org unit',
        body: createOrgUnitBody,
        response: { 201: orgUnitSchema, ...problemSchemas(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const unit = await ctx.db
        .transaction()
        .execute((trx) => service.createOrgUnit(ctx, trx, callerOf(request), request.body));
      return reply.code(201).send(unit);
    },
  );

  app.patch(
    '/admin/org-units/:id',
    {
      config: access,
      schema: {
        tags,
        summary: 'Edit an org unit',
        params: idParams,
        body: updateOrgUnitBody,
        response: { 200: orgUnitSchema, ...problemSchemas(400, 404, 409) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) => service.updateOrgUnit(ctx, trx, callerOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/admin/org-units/:id',
    {
      config: access,
      schema: {
        tags,
        summary: 'Delete an org unit without members',
        params: idParams,
        response: { 204: z.null(), ...problemSchemas(404, 409) },
      },
    },
    async (request, reply) => {
      await ctx.db
        .transaction()
        .execute((trx) => service.deleteOrgUnit(ctx, trx, callerOf(request), request.params.id));
      return reply.code(204).send(null);
    },
  );
};
