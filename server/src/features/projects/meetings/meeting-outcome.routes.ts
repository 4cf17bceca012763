import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requires } from '../../../http/access.js';
import { callerOf } from '../../../http/auth-hook.js';
import { localeFrom } from '../../../http/locale.js';
import { problemSchemas } from '../../../http/problem.schema.js';
import {
  actionListSchema,
  actionsQuery,
  closeOutcomeBody,
  createOutcomeBody,
  meetingParams,
  outcomeParams,
  outcomeSchema,
  updateOutcomeBody,
} from './meeting.schema.js';
import { closeOutcome, createOutcome, listActions, updateOutcome } from './meeting-outcome.service.js';

const tags = ['projects: dispatch meetings'];

/** Outcomes of meetings and action items across series (same prefix as meetings.routes.ts). */
export const meetingOutcomeRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const localeOf = (headers: { 'accept-language'?: string }) => localeFrom(headers['accept-language']);

  app.get(
    '/actions',
    {
      config: { access: requires('meeting.view') },
      schema: {
        tags,
        summary: 'Action items across the series the caller sees (status, owner, project, series, overdue, mine)',
        querystring: actionsQuery,
        response: { 200: actionListSchema, ...problemSchemas(400, 403) },
      },
    },
    async (request) => listActions(ctx, ctx.db, callerOf(request), request.query),
  );

  app.post(
    '/:meetingId/outcomes',
    {
      config: { access: requires('meeting.manage') },
      schema: {
        tags,
        summary: 'Record information, a decision, or an action item (owner and due date required)',
        params: meetingParams,
        body: createOutcomeBody,
        response: { 201: outcomeSchema, ...problemSchemas(400, 403, 404) },
      },
    },
    async (request, reply) => {
      const outcome = await ctx.db
        .transaction()
        .execute((trx) =>
          createOutcome(ctx, trx, callerOf(request), request.params.meetingId, request.body, localeOf(request.headers)),
        );
      return reply.code(201).send(outcome);
    },
  );

  app.patch(
    '/outcomes/:outcomeId',
    {
      config: { access: requires('meeting.manage') },
      schema: {
        tags,
        summary: 'Edit an outcome (version guards; a new owner is notified)',
        params: outcomeParams,
        body: updateOutcomeBody,
        response: { 200: outcomeSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) =>
          updateOutcome(ctx, trx, callerOf(request), request.params.outcomeId, request.body, localeOf(request.headers)),
        ),
  );

  app.post(
    '/outcomes/:outcomeId/close',
    {
      config: { access: requires('meeting.manage') },
      schema: {
        tags,
        summary: 'Close an action item with its result (销号), optionally at a meeting of the series',
        params: outcomeParams,
        body: closeOutcomeBody,
        response: { 200: outcomeSchema, ...problemSchemas(400, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) =>
          closeOutcome(ctx, trx, callerOf(request), request.params.outcomeId, request.body, localeOf(request.headers)),
        ),
  );
};
