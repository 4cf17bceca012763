import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requires } from '../../../http/access.js';
import { callerOf } from '../../../http/auth-hook.js';
import { localeFrom } from '../../../http/locale.js';
import { problemSchemas } from '../../../http/problem.schema.js';
import {
  acknowledgeBody,
  createInstructionBody,
  instructionListSchema,
  instructionPageSchema,
  instructionParams,
  instructionSchema,
  listQuery,
  projectParams,
} from './instruction.schema.js';
import {
  acknowledgeInstruction,
  createInstruction,
  instructionIn,
  listForProject,
  listMine,
  listReceived,
  markRead,
} from './instruction.service.js';

const tags = ['projects: instructions'];

/**
 * Leaders' instructions (批示) under /api/v1/projects/instructions. instruction.write (leaders)
 * writes and lists its own (我的批示); instruction.view reads what is addressed to the caller
 * (收到的批示), what is on a project they see, and acknowledges; rows are scoped in the service.
 */
export const instructionRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const write = { access: requires('instruction.write') };
  const view = { access: requires('instruction.view') };

  app.post(
    // '' rather than '/': the route is /api/v1/projects/instructions, documented without a trailing slash.
    '',
    {
      config: write,
      schema: {
        tags,
        summary: 'Write an instruction on a project, a milestone, an action item or a notification about one',
        body: createInstructionBody,
        response: { 201: instructionSchema, ...problemSchemas(400, 403, 404) },
      },
    },
    async (request, reply) => {
      const locale = localeFrom(request.headers['accept-language']);
      const created = await ctx.db
        .transaction()
        .execute((trx) => createInstruction(ctx, trx, callerOf(request), request.body, locale));
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/mine',
    {
      config: write,
      schema: {
        tags,
        summary: 'Instructions the caller wrote (我的批示), newest first, with who read and acknowledged them',
        querystring: listQuery,
        response: { 200: instructionPageSchema, ...problemSchemas(400, 403) },
      },
    },
    async (request) => listMine(ctx.db, callerOf(request), request.query),
  );

  app.get(
    '/received',
    {
      config: view,
      schema: {
        tags,
        summary: 'Instructions addressed to the caller (收到的批示), newest first; pending=true: not acknowledged',
        querystring: listQuery,
        response: { 200: instructionPageSchema, ...problemSchemas(400, 403) },
      },
    },
    async (request) => listReceived(ctx.db, callerOf(request), request.query),
  );

  app.get(
    '/project/:projectId',
    {
      config: view,
      schema: {
        tags,
        summary: 'Instructions on a project, its milestones and its action items',
        params: projectParams,
        response: { 200: instructionListSchema, ...problemSchemas(403, 404) },
      },
    },
    async (request) => listForProject(ctx.db, callerOf(request), request.params.projectId),
  );

  app.get(
    '/:instructionId',
    {
      config: view,
      schema: {
        tags,
        summary: 'One instruction (its author, a recipient, or who sees its project)',
        params: instructionParams,
        response: { 200: instructionSchema, ...problemSchemas(403, 404) },
      },
    },
    async (request) => instructionIn(ctx.db, callerOf(request), request.params.instructionId),
  );

  app.post(
    '/:instructionId/read',
    {
      config: view,
      schema: {
        tags,
        summary: 'Mark an instruction addressed to the caller as read',
        params: instructionParams,
        response: { 200: instructionSchema, ...problemSchemas(403, 404) },
      },
    },
    async (request) =>
      ctx.db.transaction().execute((trx) => markRead(ctx, trx, callerOf(request), request.params.instructionId)),
  );

  app.post(
    '/:instructionId/acknowledge',
    {
      config: view,
      schema: {
        tags,
        summary: 'Acknowledge an instruction addressed to the caller (收悉), with an optional reply',
        params: instructionParams,
        body: acknowledgeBody,
        response: { 200: instructionSchema, ...problemSchemas(400, 403, 404) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) =>
          acknowledgeInstruction(ctx, trx, callerOf(request), request.params.instructionId, request.body),
        ),
  );
};
