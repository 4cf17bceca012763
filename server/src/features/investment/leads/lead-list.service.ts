import { leadReminders, STAGES, type Stage } from '@zonehub/investment-rules';
import type { Db } from '../../../db/database.js';
import type { AppContext, Scope } from '../../../http/context.js';
import { loadSettings } from '../settings/settings.repository.js';
import { zoneToday } from '../zone-today.js';
import * as repo from './lead.repository.js';
import { type LeadSummary, type LeadSummaryRow, toLeadSummary } from './lead.schema.js';
import type { LeadFilter } from './lead-input.schema.js';

/** The zone's today and reminder settings: what reminders are computed (and filtered) against. */
export async function reminderContext(ctx: AppContext, db: Db, zoneId: string): Promise<repo.ReminderContext> {
  const [today, settings] = [await zoneToday(ctx, db, zoneId), await loadSettings(db, zoneId)];
  return { today, settings: settings.reminders };
}

export const summariesOf = (rows: LeadSummaryRow[], r: repo.ReminderContext): LeadSummary[] =>
  rows.map((row) => toLeadSummary(row, leadReminders(row, r.today, r.settings)));

export async function listLeadPage(
  ctx: AppContext,
  db: Db,
  scope: Scope,
  filter: LeadFilter,
  page: { offset: number; limit: number },
): Promise<{ items: LeadSummary[]; total: number }> {
  const r = await reminderContext(ctx, db, scope.zoneId);
  const total = await repo.countLeads(db, scope, filter, r);
  const rows = total > page.offset ? await repo.listLeads(db, scope, filter, r, page) : [];
  return { items: summariesOf(rows, r), total };
}

export interface BoardPool {
  stage: Stage;
  total: number;
  items: LeadSummary[];
}

/**
 * The Kanban's first page per pool: one grouped count and one short indexed query per pool, so the
 * board costs the same with 100 leads or 10,000. A `stage` filter leaves the other pools empty.
 */
export async function leadBoard(
  ctx: AppContext,
  db: Db,
  scope: Scope,
  filter: LeadFilter,
  perPool: number,
): Promise<{ pools: BoardPool[] }> {
  const r = await reminderContext(ctx, db, scope.zoneId);
  const counts = await repo.countByStage(db, scope, filter, r);
  const open = STAGES.filter((stage) => (counts.get(stage) ?? 0) > 0);
  const cards = await repo.firstCards(db, scope, filter, r, open, perPool);
  const pools: BoardPool[] = STAGES.map((stage) => ({
    stage,
    total: counts.get(stage) ?? 0,
    items: summariesOf(cards.get(stage) ?? [], r),
  }));
  return { pools };
}
