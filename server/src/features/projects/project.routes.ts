import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { callerOf } from '../../http/auth-hook.js';
import { localeFrom } from '../../http/locale.js';
import { offsetOf, pageResult } from '../../http/pagination.js';
import { problemSchemas } from '../../http/problem.schema.js';
import { ganttListQuery, ganttPage, ganttPageSchema, ganttSchema, projectGantt } from './gantt.service.js';
import { handOverLead } from './handover.service.js';
import {
  createProjectBody,
  handoverBody,
  projectDetailSchema,
  projectListQuery,
  projectSummarySchema,
  updateProjectBody,
} from './project.schema.js';
import { createProject, getProjectDetail, listProjects, updateProject, viewerOf } from './project.service.js';

const tags = ['projects'];
const idParams = z.strictObject({ id: z.string().min(1).max(64) });

/** Projects: the list, the list's Gantt, create, hand over a landed lead, read, edit. */
export const projectRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const view = { access: requires('project.view') };
  const manage = { access: requires('project.manage') };
  const localeOf = (headers: { 'accept-language'?: string }) => localeFrom(headers['accept-language']);

  // '' rather than '/': the list is /api/v1/projects, documented and matched without a trailing slash.
  app.get(
    '',
    {
      config: view,
      schema: {
        tags,
        summary: 'Projects the caller may see, filtered (incl. by light), sorted and paged',
        querystring: projectListQuery,
        response: { 200: pageResult(projectSummarySchema) },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await listProjects(ctx.db, viewerOf(callerOf(request)), q, {
        offset: offsetOf(q),
        limit: q.pageSize,
      });
      return { ...page, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/gantt',
    {
      config: view,
      schema: {
        tags,
        summary:
          "A page of the filtered list's Gantt (by code): phases and milestones, baseline against plan and actual",
        querystring: ganttListQuery,
        response: { 200: ganttPageSchema },
      },
    },
    async (request) => ganttPage(ctx, ctx.db, viewerOf(callerOf(request)), request.query),
  );

  app.post(
    '',
    {
      config: manage,
      schema: {
        tags,
        summary: "Create a project with phases and (by default) its kind's checklist planned on working days",
        body: createProjectBody,
        response: { 201: projectDetailSchema, ...problemSchemas(400, 403, 409) },
      },
    },
    async (request, reply) => {
      const detail = await ctx.db
        .transaction()
        .execute((trx) => createProject(ctx, trx, callerOf(request), request.body, localeOf(request.headers)));
      return reply.code(201).send(detail);
    },
  );

  app.post(
    '/from-lead/:leadId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'A landed lead becomes a project in one step (its figures, site, task force and phase 1)',
        params: z.strictObject({ leadId: z.string().min(1).max(64) }),
        body: handoverBody,
        response: { 201: projectDetailSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const detail = await ctx.db
        .transaction()
        .execute((trx) =>
          handOverLead(ctx, trx, callerOf(request), request.params.leadId, request.body, localeOf(request.headers)),
        );
      return reply.code(201).send(detail);
    },
  );

  app.get(
    '/:id',
    {
      config: view,
      schema: {
        tags,
        summary: 'A project with its phases, checklist (each light with its rule) and calendar coverage',
        params: idParams,
        response: { 200: projectDetailSchema, ...problemSchemas(404) },
      },
    },
    async (request) => getProjectDetail(ctx, ctx.db, viewerOf(callerOf(request)), request.params.id),
  );

  app.get(
    '/:id/gantt',
    {
      config: view,
      schema: {
        tags,
        summary: "A project's Gantt: phases and milestones, baseline against plan and actual",
        params: idParams,
        response: { 200: ganttSchema, ...problemSchemas(404) },
      },
    },
    async (request) => projectGantt(ctx, ctx.db, viewerOf(callerOf(request)), request.params.id),
  );

  app.patch(
    '/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit project fields and phases (version guards against a concurrent save)',
        params: idParams,
        body: updateProjectBody,
        response: { 200: projectDetailSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) =>
          updateProject(ctx, trx, callerOf(request), request.params.id, request.body, localeOf(request.headers)),
        ),
  );
};
