import { leadReminders } from '@zonehub/investment-rules';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../../http/access.js';
import { callerOf, scopeOf } from '../../../http/auth-hook.js';
import { localeFrom } from '../../../http/locale.js';
import { offsetOf, pageResult } from '../../../http/pagination.js';
import { problemSchemas } from '../../../http/problem.schema.js';
import { leadSummarySchema, reminderSchema, toLeadSummary } from '../leads/lead.schema.js';
import { loadSettings } from '../settings/settings.repository.js';
import { zoneToday } from '../zone-today.js';
import { countActivities, listActivities } from './activity.repository.js';
import {
  activityListQuery,
  activitySchema,
  createActivityBody,
  toActivityView,
  updateActivityBody,
} from './activity.schema.js';
import { createActivity, deleteActivity, updateActivity } from './activity.service.js';
import { countReminded, listReminded } from './reminder.repository.js';

const tags = ['investment: activities'];
const idParams = z.strictObject({ id: z.string().min(1).max(64) });
const reminderQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** The activity timeline and calendar (外出考察, 来访, 会谈, 电话, 备注), and the reminders list. */
export const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const view = { access: requires('investment.view') };
  const manage = { access: requires('investment.manage') };

  app.get(
    '/activities',
    {
      config: view,
      schema: {
        tags,
        summary: 'Activities in scope, newest first; from/to pick those whose days overlap the range',
        querystring: activityListQuery,
        response: { 200: pageResult(activitySchema) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const q = request.query;
      const total = await countActivities(ctx.db, scope, q);
      const rows = await listActivities(ctx.db, scope, q, { offset: offsetOf(q), limit: q.pageSize });
      return { items: rows.map(toActivityView), total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.post(
    '/activities',
    {
      config: manage,
      schema: {
        tags,
        summary: "Log an activity (a lead's, or a task force's study trip); visits may be planned a year ahead",
        body: createActivityBody,
        response: { 201: activitySchema, ...problemSchemas(400, 403) },
      },
    },
    async (request, reply) => {
      const locale = localeFrom(request.headers['accept-language']);
      const activity = await ctx.db
        .transaction()
        .execute((trx) => createActivity(ctx, trx, callerOf(request), request.body, locale));
      return reply.code(201).send(activity);
    },
  );

  app.patch(
    '/activities/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit an activity (its recorder, or anyone who may work its task force)',
        params: idParams,
        body: updateActivityBody,
        response: { 200: activitySchema, ...problemSchemas(400, 403, 404) },
      },
    },
    async (request) => {
      const locale = localeFrom(request.headers['accept-language']);
      return ctx.db
        .transaction()
        .execute((trx) => updateActivity(ctx, trx, callerOf(request), request.params.id, request.body, locale));
    },
  );

  app.delete(
    '/activities/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Delete an activity (its recorder, or anyone who may work its task force)',
        params: idParams,
        response: { 204: z.null(), ...problemSchemas(403, 404) },
      },
    },
    async (request, reply) => {
      await ctx.db.transaction().execute((trx) => deleteActivity(ctx, trx, callerOf(request), request.params.id));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/reminders',
    {
      config: view,
      schema: {
        tags,
        summary: 'Leads in scope with no activity for too long or too long in one pool, worst first',
        querystring: reminderQuery,
        response: {
          200: pageResult(z.object({ lead: leadSummarySchema, reminders: z.array(reminderSchema) })),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const q = request.query;
      const today = await zoneToday(ctx, ctx.db, scope.zoneId);
      const { reminders: settings } = await loadSettings(ctx.db, scope.zoneId);
      const total = await countReminded(ctx.db, scope, { today, settings });
      const rows = await listReminded(ctx.db, scope, { today, settings }, { offset: offsetOf(q), limit: q.pageSize });
      const items = rows.map((row) => {
        const reminders = leadReminders(row, today, settings);
        return { lead: toLeadSummary(row, reminders), reminders };
      });
      return { items, total, page: q.page, pageSize: q.pageSize };
    },
  );
};
