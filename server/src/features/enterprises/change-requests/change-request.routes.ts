import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../../http/access.js';
import { callerOf, scopeOf } from '../../../http/auth-hook.js';
import { localeFrom } from '../../../http/locale.js';
import { offsetOf, pageResult } from '../../../http/pagination.js';
import { problemSchemas } from '../../../http/problem.schema.js';
import { enterpriseView } from '../enterprise.service.js';
import * as repo from './change-request.repository.js';
import {
  approveChangeBody,
  changeRequestListQuery,
  changeRequestSchema,
  rejectChangeBody,
  submitChangeBody,
  toChangeRequestView,
} from './change-request.schema.js';
import * as service from './change-request.service.js';

const tags = ['enterprises: change requests'];
const id = z.string().min(1).max(64);
const idParams = z.strictObject({ id });

/**
 * Change requests (变更申请) for an enterprise's registered facts: the enterprise submits, zone admins
 * (and park staff, for their parks' enterprises) review. Every list is scoped like the enterprises.
 */
export const changeRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const review = { access: requires('enterprise.reviewChange') };

  app.post(
    '/enterprises/:id/change-requests',
    {
      config: { access: requires('enterprise.requestChange') },
      schema: {
        tags,
        summary: 'Propose new values for the enterprise’s registered facts, with a reason',
        params: idParams,
        body: submitChangeBody,
        response: { 201: changeRequestSchema, ...problemSchemas(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const locale = localeFrom(request.headers['accept-language']);
      const created = await ctx.db
        .transaction()
        .execute((trx) => service.submitChange(ctx, trx, callerOf(request), request.params.id, request.body, locale));
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/enterprises/:id/change-requests',
    {
      config: { access: requires('enterprise.view') },
      schema: {
        tags,
        summary: 'The enterprise’s change requests, newest first',
        params: idParams,
        querystring: changeRequestListQuery,
        response: { 200: pageResult(changeRequestSchema), ...problemSchemas(404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      // Visible enterprise first: its requests are as scoped as the record.
      await enterpriseView(ctx.db, { scope }, request.params.id);
      const q = request.query;
      const filter = { status: q.status, enterpriseId: request.params.id };
      const total = await repo.countRequests(ctx.db, scope, filter);
      const rows = await repo.listRequests(ctx.db, scope, filter, {
        offset: offsetOf(q),
        limit: q.pageSize,
        order: 'desc',
      });
      return { items: rows.map(toChangeRequestView), total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/enterprise-change-requests',
    {
      config: review,
      schema: {
        tags,
        summary: 'Change requests to review (pending: oldest first), of the enterprises in the caller’s scope',
        querystring: changeRequestListQuery,
        response: { 200: pageResult(changeRequestSchema) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const q = request.query;
      const filter = { status: q.status };
      const total = await repo.countRequests(ctx.db, scope, filter);
      const rows = await repo.listRequests(ctx.db, scope, filter, {
        offset: offsetOf(q),
        limit: q.pageSize,
        order: q.status === 'pending' ? 'asc' : 'desc',
      });
      return { items: rows.map(toChangeRequestView), total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.post(
    '/enterprise-change-requests/:id/approve',
    {
      config: review,
      schema: {
        tags,
        summary: 'Approve: the proposed values are written to the enterprise (audited), the submitter is told',
        params: idParams,
        body: approveChangeBody,
        response: { 200: changeRequestSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) => {
      const locale = localeFrom(request.headers['accept-language']);
      return ctx.db
        .transaction()
        .execute((trx) =>
          service.approveChange(ctx, trx, callerOf(request), request.params.id, request.body.note ?? null, locale),
        );
    },
  );

  app.post(
    '/enterprise-change-requests/:id/reject',
    {
      config: review,
      schema: {
        tags,
        summary: 'Reject with a reason; the record stays, the submitter is told',
        params: idParams,
        body: rejectChangeBody,
        response: { 200: changeRequestSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) => service.rejectChange(ctx, trx, callerOf(request), request.params.id, request.body.reason)),
  );
};
