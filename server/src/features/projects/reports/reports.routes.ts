import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../../http/access.js';
import { callerOf } from '../../../http/auth-hook.js';
import { localeFrom } from '../../../http/locale.js';
import { problemSchemas } from '../../../http/problem.schema.js';
import { CONTENT_TYPES, type ReportFormat, reportFile } from './report-files.js';
import { REPORT_KINDS, type ReportKind } from './report-period.js';
import { findZoneLabel } from './reports.repository.js';
import { reportQuery, reportSchema } from './reports.schema.js';
import { buildReport } from './reports.service.js';

const tags = ['projects: reports'];

const TITLES: Record<ReportKind, string> = {
  weekly: 'Weekly dispatch report (周调度报告) for an ISO week, e.g. 2026-W48 (default this week)',
  monthly: 'Monthly summary (月度汇总) for a month, e.g. 2026-11 (default this month)',
  quarterly: 'Quarterly analysis (季度分析) for a quarter, e.g. 2026-Q4 (default this quarter)',
  annual: 'Annual review (年度交账) for a year, e.g. 2026 (default this year)',
};

/** RFC 5987: an ASCII fallback for old clients and the UTF-8 name for everyone else. */
const attachment = (name: string) =>
  `attachment; filename="${encodeURI(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * Generated reports, mounted at /api/v1/projects/reports: GET /<kind> is the report as JSON (the
 * page's preview), /<kind>.docx and /<kind>.xlsx the files. All under project.report, scoped to the
 * caller's projects; `taskForceId` narrows to one task force. Reports only read: through `readDb`,
 * outside any transaction, so a long write never makes them wait and they never hold the writer.
 */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const config = { access: requires('project.report') };

  for (const kind of REPORT_KINDS) {
    app.get(
      `/${kind}`,
      {
        config,
        schema: {
          tags,
          summary: TITLES[kind],
          querystring: reportQuery,
          response: { 200: reportSchema, ...problemSchemas(400, 403) },
        },
      },
      async (request) =>
        buildReport(
          ctx,
          ctx.readDb,
          callerOf(request),
          kind,
          request.query,
          localeFrom(request.headers['accept-language']),
        ),
    );

    for (const format of ['docx', 'xlsx'] as const satisfies readonly ReportFormat[]) {
      app.get(
        `/${kind}.${format}`,
        {
          config,
          schema: {
            tags,
            summary: `${TITLES[kind]} as .${format}`,
            querystring: reportQuery,
            response: { 200: z.unknown().describe(CONTENT_TYPES[format]), ...problemSchemas(400, 403) },
          },
        },
        async (request, reply) => {
          const caller = callerOf(request);
          const locale = localeFrom(request.headers['accept-language']);
          const model = await buildReport(ctx, ctx.readDb, caller, kind, request.query, locale);
          const file = await reportFile(model, await findZoneLabel(ctx.readDb, caller.scope.zoneId), format);
          return reply
            .header('content-type', CONTENT_TYPES[format])
            .header('content-disposition', attachment(file.fileName))
            .send(file.body);
        },
      );
    }
  }
};
