import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../../http/access.js';
import { callerOf } from '../../../http/auth-hook.js';
import { localeFrom } from '../../../http/locale.js';
import { problemSchemas } from '../../../http/problem.schema.js';
import {
  createMeetingBody,
  createSeriesBody,
  meetingDetailSchema,
  meetingOptionsSchema,
  meetingPageSchema,
  meetingParams,
  meetingsQuery,
  projectMeetingsSchema,
  projectParams,
  seriesListSchema,
  seriesParams,
  seriesSchema,
  updateMeetingBody,
  updateSeriesBody,
} from './meeting.schema.js';
import {
  createMeeting,
  getMeetingDetail,
  listSeriesMeetings,
  projectMeetings,
  updateMeeting,
} from './meeting.service.js';
import { meetingMinutesDocx } from './meeting-minutes.js';
import { meetingOutcomeRoutes } from './meeting-outcome.routes.js';
import {
  createSeries,
  deleteSeries,
  getSeries,
  listSeries,
  meetingOptions,
  updateSeries,
} from './meeting-series.service.js';

const tags = ['projects: dispatch meetings'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const attachment = (name: string) =>
  `attachment; filename="${encodeURI(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * Dispatch meetings (调度会) under /api/v1/projects/meetings: series, their meetings, outcomes and
 * minutes. meeting.view reads (rows scoped by series: task forces theirs, leaders/admins/park staff
 * all); meeting.manage writes, and the service admits only who may manage the series.
 */
export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const view = { access: requires('meeting.view') };
  const manage = { access: requires('meeting.manage') };
  const localeOf = (headers: { 'accept-language'?: string }) => localeFrom(headers['accept-language']);

  app.get(
    '/options',
    {
      config: view,
      schema: {
        tags,
        summary: 'Task forces, people and projects the meeting forms pick from',
        response: { 200: meetingOptionsSchema, ...problemSchemas(403) },
      },
    },
    async (request) => meetingOptions(ctx.db, callerOf(request)),
  );

  app.get(
    '/series',
    {
      config: view,
      schema: {
        tags,
        summary: 'Meeting series the caller sees, with last and next meeting and open actions',
        response: { 200: seriesListSchema, ...problemSchemas(403) },
      },
    },
    async (request) => listSeries(ctx, ctx.db, callerOf(request)),
  );

  app.post(
    '/series',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Create a meeting series (task force: its members; zone-wide: zone admins and investment staff)',
        body: createSeriesBody,
        response: { 201: seriesSchema, ...problemSchemas(400, 403) },
      },
    },
    async (request, reply) => {
      const series = await ctx.db
        .transaction()
        .execute((trx) => createSeries(ctx, trx, callerOf(request), request.body, localeOf(request.headers)));
      return reply.code(201).send(series);
    },
  );

  app.get(
    '/series/:seriesId',
    {
      config: view,
      schema: {
        tags,
        summary: 'One series',
        params: seriesParams,
        response: { 200: seriesSchema, ...problemSchemas(403, 404) },
      },
    },
    async (request) => getSeries(ctx, ctx.db, callerOf(request), request.params.seriesId),
  );

  app.patch(
    '/series/:seriesId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit or deactivate a series (version guards)',
        params: seriesParams,
        body: updateSeriesBody,
        response: { 200: seriesSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) =>
          updateSeries(ctx, trx, callerOf(request), request.params.seriesId, request.body, localeOf(request.headers)),
        ),
  );

  app.delete(
    '/series/:seriesId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Delete a series that never met (409 meeting.seriesHasMeetings otherwise: deactivate it)',
        params: seriesParams,
        response: { 204: z.null(), ...problemSchemas(403, 404, 409) },
      },
    },
    async (request, reply) => {
      await ctx.db.transaction().execute((trx) => deleteSeries(ctx, trx, callerOf(request), request.params.seriesId));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/series/:seriesId/meetings',
    {
      config: view,
      schema: {
        tags,
        summary: "A series' meetings, newest first, with agenda and open-action counts",
        params: seriesParams,
        querystring: meetingsQuery,
        response: { 200: meetingPageSchema, ...problemSchemas(400, 403, 404) },
      },
    },
    async (request) => listSeriesMeetings(ctx, ctx.db, callerOf(request), request.params.seriesId, request.query),
  );

  app.post(
    '/series/:seriesId/meetings',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Hold a meeting: date, time, place, on site at an enterprise, attendees, agenda',
        params: seriesParams,
        body: createMeetingBody,
        response: { 201: meetingDetailSchema, ...problemSchemas(400, 403, 404) },
      },
    },
    async (request, reply) => {
      const meeting = await ctx.db
        .transaction()
        .execute((trx) =>
          createMeeting(ctx, trx, callerOf(request), request.params.seriesId, request.body, localeOf(request.headers)),
        );
      return reply.code(201).send(meeting);
    },
  );

  app.get(
    '/project/:projectId',
    {
      config: view,
      schema: {
        tags,
        summary: "The project page's tab: meetings with the project on the agenda, and its action items",
        params: projectParams,
        response: { 200: projectMeetingsSchema, ...problemSchemas(403, 404) },
      },
    },
    async (request) => projectMeetings(ctx, ctx.db, callerOf(request), request.params.projectId),
  );

  app.get(
    '/:meetingId',
    {
      config: view,
      schema: {
        tags,
        summary: 'A meeting: attendees, agenda, outcomes and the carried-over actions with their age',
        params: meetingParams,
        response: { 200: meetingDetailSchema, ...problemSchemas(403, 404) },
      },
    },
    async (request) => getMeetingDetail(ctx, ctx.db, callerOf(request), request.params.meetingId),
  );

  app.patch(
    '/:meetingId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit a meeting (version guards; attendees and agenda replace the lists when given)',
        params: meetingParams,
        body: updateMeetingBody,
        response: { 200: meetingDetailSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) =>
          updateMeeting(ctx, trx, callerOf(request), request.params.meetingId, request.body, localeOf(request.headers)),
        ),
  );

  app.get(
    '/:meetingId/minutes.docx',
    {
      config: view,
      schema: {
        tags,
        summary: 'The minutes (会议纪要) as .docx',
        params: meetingParams,
        response: { 200: z.unknown().describe(DOCX), ...problemSchemas(403, 404) },
      },
    },
    async (request, reply) => {
      const { fileName, body } = await meetingMinutesDocx(ctx, ctx.db, callerOf(request), request.params.meetingId);
      return reply.type(DOCX).header('content-disposition', attachment(fileName)).send(body);
    },
  );

  await app.register(meetingOutcomeRoutes);
};
