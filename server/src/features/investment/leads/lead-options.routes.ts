import { rolesWith } from '@zonehub/access';
import { INVESTOR_REGIONS } from '@zonehub/investment-rules';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../../http/access.js';
import { callerOf, scopeOf } from '../../../http/auth-hook.js';
import { AppError, notFound } from '../../../http/errors.js';
import { localeFrom } from '../../../http/locale.js';
import { problemSchemas } from '../../../http/problem.schema.js';
import { recordChange } from '../../audit/audit.service.js';
import { mayWorkTaskForce } from '../lead-scope.js';
import { leadFilterQuery, type SavedFilterView, savedFilterBody, savedFilterSchema } from './lead-input.schema.js';
import { leadFieldError } from './lead-messages.js';
import * as repo from './lead-options.repository.js';

const tags = ['investment: leads'];

const optionsSchema = z.object({
  taskForces: z.array(z.object({ id: z.string(), name: z.string(), mine: z.boolean() })),
  methods: z.array(z.object({ id: z.string(), name: z.string(), active: z.boolean() })),
  parks: z.array(z.object({ id: z.string(), name: z.string() })),
  owners: z.array(
    z.object({ id: z.string(), displayName: z.string(), searchKeys: z.string(), taskForceIds: z.array(z.string()) }),
  ),
  regions: z.array(z.string()),
});

/** A stored query read back through the list's schema: a filter saved by an older version still parses. */
function savedFilterView(row: { id: string; name: string; query: string; createdAt: string }): SavedFilterView {
  const parsed = leadFilterQuery.safeParse(JSON.parse(row.query));
  return { id: row.id, name: row.name, query: parsed.success ? parsed.data : {}, createdAt: row.createdAt };
}

/** What the lead forms need, and each person's saved list filters (per zone, their own only). */
export const leadOptionRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const view = { access: requires('investment.view') };

  app.get(
    '/options',
    {
      config: view,
      schema: {
        tags,
        summary: "The lead forms' choices: task forces (the caller's first), methods, parks, owners, regions",
        response: { 200: optionsSchema },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const [taskForces, methods, parks, owners] = [
        await repo.taskForcesOf(ctx.db, scope.zoneId),
        await repo.methodsOf(ctx.db, scope.zoneId),
        await repo.parksOf(ctx.db, scope.zoneId),
        await repo.ownersOf(ctx.db, scope.zoneId, rolesWith('investment.manage')),
      ];
      const marked = taskForces.map((t) => ({ ...t, mine: mayWorkTaskForce(scope, t.id) }));
      return {
        taskForces: [...marked.filter((t) => t.mine), ...marked.filter((t) => !t.mine)],
        methods: methods.map((m) => ({ id: m.id, name: m.name, active: Number(m.active) === 1 })),
        parks,
        owners,
        regions: [...INVESTOR_REGIONS],
      };
    },
  );

  app.get(
    '/saved-filters',
    {
      config: view,
      schema: { tags, summary: "The caller's saved lead-list filters", response: { 200: z.array(savedFilterSchema) } },
    },
    async (request) => {
      const caller = callerOf(request);
      return (await repo.savedFiltersOf(ctx.db, caller.scope.zoneId, caller.principal.userId)).map(savedFilterView);
    },
  );

  app.post(
    '/saved-filters',
    {
      config: view,
      schema: {
        tags,
        summary: "Save the lead list's filters under a name (the query is checked as the list checks it)",
        body: savedFilterBody,
        response: { 201: savedFilterSchema, ...problemSchemas(400, 409) },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const locale = localeFrom(request.headers['accept-language']);
      const { zoneId } = caller.scope;
      const userId = caller.principal.userId;
      const saved = await ctx.db.transaction().execute(async (trx) => {
        if (await repo.savedFilterNamed(trx, zoneId, userId, request.body.name))
          throw new AppError('validation.failed', { count: 1 }, [
            leadFieldError(locale, 'body.name', 'savedFilter.nameTaken', { name: request.body.name }),
          ]);
        const row = {
          id: crypto.randomUUID(),
          zoneId,
          userId,
          name: request.body.name,
          query: JSON.stringify(request.body.query),
          createdAt: ctx.clock.now().toISOString(),
        };
        await repo.insertSavedFilter(trx, row);
        const view = savedFilterView(row);
        await recordChange(trx, ctx, caller.principal, {
          action: 'lead.savedFilter.create',
          entityType: 'leadSavedFilter',
          entityId: row.id,
          zoneId,
          after: view,
        });
        return view;
      });
      return reply.code(201).send(saved);
    },
  );

  app.delete(
    '/saved-filters/:id',
    {
      config: view,
      schema: {
        tags,
        summary: "Delete one of the caller's saved filters",
        params: z.strictObject({ id: z.string().min(1).max(64) }),
        response: { 204: z.null(), ...problemSchemas(404) },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      await ctx.db.transaction().execute(async (trx) => {
        const row = await repo.ownSavedFilter(trx, caller.scope.zoneId, caller.principal.userId, request.params.id);
        if (!row) throw notFound('savedFilter');
        await repo.deleteSavedFilter(trx, row.id);
        await recordChange(trx, ctx, caller.principal, {
          action: 'lead.savedFilter.delete',
          entityType: 'leadSavedFilter',
          entityId: row.id,
          zoneId: caller.scope.zoneId,
          before: savedFilterView(row),
        });
      });
      return reply.code(204).send(null);
    },
  );
};
