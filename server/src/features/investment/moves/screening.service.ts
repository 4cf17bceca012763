import type { Db } from '../../../db/database.js';
import type { AppContext, Caller } from '../../../http/context.js';
import { AppError } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import type { ScreeningView } from '../leads/lead.schema.js';
import { zoneToday } from '../zone-today.js';
import { dateProblem } from './date-checks.js';
import { type ScreeningInput, toScreeningView } from './move.schema.js';
import { leadForWrite } from './move.service.js';
import * as repo from './screening.repository.js';

/** Records an environmental access screening (环保准入研判) of a lead; the signing gate reads the latest. */
export async function recordScreening(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  leadId: string,
  input: ScreeningInput,
  locale: Locale,
): Promise<ScreeningView> {
  const lead = await leadForWrite(trx, caller, leadId);
  const today = await zoneToday(ctx, trx, lead.zoneId);
  const problem = dateProblem(locale, 'body.decidedOn', input.decidedOn, today);
  if (problem) throw new AppError('validation.failed', { count: 1 }, [problem]);
  const id = crypto.randomUUID();
  const now = ctx.clock.now().toISOString();
  await repo.insertScreening(trx, {
    id,
    zoneId: lead.zoneId,
    leadId,
    verdict: input.verdict,
    reasons: input.reasons,
    conditions: input.conditions || null,
    decidedBy: input.decidedBy,
    decidedOn: input.decidedOn,
    recordedBy: caller.actor.id,
    isDemo: 0,
    createdAt: now,
  });
  await repo.touchLead(trx, leadId, now);
  const row = await repo.findScreening(trx, id);
  if (!row) throw new Error(`screening ${id} vanished inside its own transaction`);
  const view = toScreeningView(row);
  await recordChange(trx, ctx, caller.principal, {
    action: 'lead.screen',
    entityType: 'leadScreening',
    entityId: id,
    zoneId: lead.zoneId,
    after: { leadId, ...view },
  });
  return view;
}
