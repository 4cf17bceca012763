import { fileDate } from '@zonehub/zone-dates';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { principalOf, scopeOf } from '../../http/auth-hook.js';
import { attachmentDisposition } from '../../http/file-download.js';
import { localeFrom } from '../../http/locale.js';
import { offsetOf, pageResult } from '../../http/pagination.js';
import { zoneTimezone } from '../buildings/building.repository.js';
import { exportAuditXlsx } from './audit.export.js';
import { type AuditFilter, countEntries, listActors, listEntries } from './audit.repository.js';
import { auditEntrySchema, auditExportQuery, auditListQuery } from './audit.schema.js';
import { describeEntries } from './audit-view.js';
import { entityTypeOptions } from './labels/audit-labels.js';

const tags = ['audit'];

/** A system admin reads the whole log; everyone else with audit.view, their zone's entries. */
function filterFor(request: FastifyRequest, query: Omit<AuditFilter, 'zoneId'>): AuditFilter {
  const zoneId = principalOf(request).systemAdmin ? null : scopeOf(request).zoneId;
  return { ...query, zoneId };
}

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const config = { access: requires('audit.view') };

  app.get(
    '/audit-logs',
    {
      config,
      schema: {
        tags,
        summary: 'Search the audit log',
        querystring: auditListQuery,
        response: { 200: pageResult(auditEntrySchema) },
      },
    },
    async (request) => {
      const q = request.query;
      const filter = filterFor(request, q);
      const total = await countEntries(app.ctx.db, filter);
      const rows = await listEntries(app.ctx.db, filter, { offset: offsetOf(q), limit: q.pageSize, order: q.order });
      const described = await describeEntries(app.ctx.db, rows, localeFrom(request.headers['accept-language']));
      return { items: described.map((d) => d.view), total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/audit-logs/actors',
    {
      config,
      schema: {
        tags,
        summary: 'Who appears in the log the caller may read (for the actor filter)',
        response: { 200: z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }) },
      },
    },
    async (request) => ({ items: await listActors(app.ctx.db, filterFor(request, {}).zoneId, 500) }),
  );

  app.get(
    '/audit-logs/entity-types',
    {
      config,
      schema: {
        tags,
        summary: 'The kinds of object the log records, labelled in the caller’s language (for the filter)',
        response: { 200: z.object({ items: z.array(z.object({ value: z.string(), label: z.string() })) }) },
      },
    },
    async (request) => ({ items: entityTypeOptions(localeFrom(request.headers['accept-language'])) }),
  );

  app.get(
    '/audit-logs/export',
    {
      config,
      schema: {
        tags,
        summary: 'Export the filtered audit log as .xlsx',
        querystring: auditExportQuery,
        response: { 200: z.unknown().describe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') },
      },
    },
    async (request, reply) => {
      const locale = localeFrom(request.headers['accept-language']);
      const timeZone = await zoneTimezone(app.ctx.db, scopeOf(request).zoneId);
      const stream = await exportAuditXlsx(app.ctx.db, filterFor(request, request.query), locale, timeZone);
      const day = fileDate(app.ctx.clock.now(), timeZone);
      const name = `${locale === 'en-US' ? 'audit-log' : '审计日志'}-${day}.xlsx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachmentDisposition(name))
        .send(stream);
    },
  );
};
