import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires, signedIn } from '../../../http/access.js';
import { callerOf } from '../../../http/auth-hook.js';
import { localeFrom } from '../../../http/locale.js';
import { problemSchemas } from '../../../http/problem.schema.js';
import {
  agencyDepartmentsSchema,
  agencyItemParams,
  agencyItemSchema,
  agencyListQuery,
  agencyListSchema,
  agencyStatsQuery,
  agencyStatsSchema,
  agencyStepBody,
  createAgencyItemBody,
  updateAgencyItemBody,
} from './agency.schema.js';
import {
  agencyDepartments,
  agencyStats,
  createAgencyItem,
  listProjectAgencyItems,
  listScopedAgencyItems,
  updateAgencyItem,
} from './agency.service.js';
import { stampStep } from './agency-steps.service.js';

const tags = ['projects: agency service'];

/**
 * The agency service (全代办). Per project under project.view; across projects and for updates any
 * signed-in caller reaches the service, which admits project viewers and the handling departments
 * (agency.handle) and checks per item who may change what.
 */
export const agencyRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const localeOf = (headers: { 'accept-language'?: string }) => localeFrom(headers['accept-language']);

  app.get(
    '/agency-items',
    {
      config: { access: signedIn() },
      schema: {
        tags,
        summary: 'Approval items across projects (departments: theirs; task forces: their projects; leaders: all)',
        querystring: agencyListQuery,
        response: { 200: agencyListSchema, ...problemSchemas(400, 403) },
      },
    },
    async (request) => listScopedAgencyItems(ctx, ctx.db, callerOf(request), request.query),
  );

  app.get(
    '/agency-departments',
    {
      config: { access: signedIn() },
      schema: {
        tags,
        summary: 'The departments of the zone that handle approval items (for the item form and filters)',
        response: { 200: agencyDepartmentsSchema, ...problemSchemas(403) },
      },
    },
    async (request) => agencyDepartments(ctx.db, callerOf(request)),
  );

  app.get(
    '/agency-stats',
    {
      config: { access: signedIn() },
      schema: {
        tags,
        summary: 'Per department: items, approved, mean and max working days to approval, open overdue',
        querystring: agencyStatsQuery,
        response: { 200: agencyStatsSchema, ...problemSchemas(400, 403) },
      },
    },
    async (request) => agencyStats(ctx, ctx.db, callerOf(request), request.query),
  );

  app.get(
    '/:id/agency-items',
    {
      config: { access: requires('project.view') },
      schema: {
        tags,
        summary: "A project's approval items with working days against the statutory limit",
        params: z.strictObject({ id: z.string().min(1).max(64) }),
        response: { 200: agencyListSchema, ...problemSchemas(403, 404) },
      },
    },
    async (request) => listProjectAgencyItems(ctx, ctx.db, callerOf(request), request.params.id),
  );

  app.post(
    '/:id/agency-items',
    {
      config: { access: requires('project.manage') },
      schema: {
        tags,
        summary: 'Add an approval item handled for the enterprise',
        params: z.strictObject({ id: z.string().min(1).max(64) }),
        body: createAgencyItemBody,
        response: { 201: agencyItemSchema, ...problemSchemas(400, 403, 404) },
      },
    },
    async (request, reply) => {
      const item = await ctx.db
        .transaction()
        .execute((trx) =>
          createAgencyItem(ctx, trx, callerOf(request), request.params.id, request.body, localeOf(request.headers)),
        );
      return reply.code(201).send(item);
    },
  );

  app.patch(
    '/:id/agency-items/:itemId',
    {
      config: { access: signedIn() },
      schema: {
        tags,
        summary: 'Update an approval item (version guards; departments: the notes of theirs; dates come from steps)',
        params: agencyItemParams,
        body: updateAgencyItemBody,
        response: { 200: agencyItemSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) =>
          updateAgencyItem(
            ctx,
            trx,
            callerOf(request),
            request.params.id,
            request.params.itemId,
            request.body,
            localeOf(request.headers),
          ),
        ),
  );

  app.post(
    '/:id/agency-items/:itemId/steps',
    {
      config: { access: signedIn() },
      schema: {
        tags,
        summary:
          'Take a step (submit, accept, return for correction, resubmit, approve), stamped with the day and the caller',
        params: agencyItemParams,
        body: agencyStepBody,
        response: { 200: agencyItemSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) =>
          stampStep(
            ctx,
            trx,
            callerOf(request),
            { projectId: request.params.id, itemId: request.params.itemId },
            request.body,
            localeOf(request.headers),
          ),
        ),
  );
};
