import type { WorkingCalendar } from '@zonehub/working-calendar';
import type { Db } from '../db/database.js';
import type { AgencyItemStepTable, NewAgencyItem } from '../features/projects/agency/agency.table.js';
import { stateFromDates } from '../features/projects/agency/agency-flow.js';
import { shiftWorkdays } from './demo-projects-plan.js';

/**
 * DEMO DATA (agency states, issue 10): the demo's approval items in every state of the desk. The
 * dates seedDemoAgency planned give most items their state; per department desk that has open work,
 * one accepted item is back with the applicant for correction (退回补正, the clock standing still)
 * and one is just in (待受理). One item per zone is still being prepared by its task force (未提交).
 * Then each item gets the steps its dates imply, handled by its recorded handler.
 */
export function spreadDemoStates(rows: NewAgencyItem[], calendar: WorkingCalendar, today: string): Map<string, string> {
  for (const row of rows)
    row.state = stateFromDates({
      submittedOn: row.submittedOn ?? null,
      acceptedOn: row.acceptedOn ?? null,
      approvedOn: row.approvedOn ?? null,
    });
  const byDepartment = new Map<string, NewAgencyItem[]>();
  for (const row of rows) byDepartment.set(row.departmentId, [...(byDepartment.get(row.departmentId) ?? []), row]);
  for (const items of byDepartment.values()) {
    const accepted = items.filter((r) => r.state === 'accepted' && r.commitmentFlag === 0);
    const returned = accepted[0];
    if (returned && accepted.length > 1) returned.state = 'returned';
    const fresh = accepted[1];
    if (fresh && !items.some((r) => r.state === 'submitted')) {
      Object.assign(fresh, {
        state: 'submitted',
        submittedOn: shiftWorkdays(calendar, today, -1),
        acceptedOn: null,
        handledById: null,
        handledByName: null,
        toleranceFlag: 0,
        notes: null,
      });
    }
  }
  const zones = new Set(rows.map((r) => r.zoneId));
  for (const zoneId of zones) {
    const draft = rows.find((r) => r.zoneId === zoneId && r.state === 'submitted');
    if (draft) Object.assign(draft, { state: 'draft', submittedOn: null, notes: '专班正在准备申报材料。' });
  }
  const returnedOn = new Map<string, string>();
  for (const row of rows)
    if (row.state === 'returned' && row.acceptedOn) {
      // Back with the applicant since two working days ago (never before acceptance).
      const back = shiftWorkdays(calendar, today, -2);
      row.notes = '专家评审意见要求补充论证材料，已一次性告知补正。';
      returnedOn.set(row.id, [back, row.acceptedOn].sort()[1] ?? back);
    }
  return returnedOn;
}

/** The steps of each demo item, in order. */
export async function seedDemoAgencySteps(
  trx: Db,
  rows: NewAgencyItem[],
  returnedOn: Map<string, string>,
  now: Date,
): Promise<void> {
  const steps: AgencyItemStepTable[] = [];
  const stamp = now.toISOString();
  const add = (row: NewAgencyItem, step: string, on: string, handled: boolean, reason: string | null = null) =>
    steps.push({
      id: `${row.id}:${step}`,
      zoneId: row.zoneId,
      agencyItemId: row.id,
      seq: steps.filter((s) => s.agencyItemId === row.id).length + 1,
      step,
      stepOn: on,
      reason,
      actorId: handled ? (row.handledById ?? null) : null,
      actorName: handled ? (row.handledByName ?? null) : null,
      createdAt: stamp,
    });
  for (const row of rows) {
    if (row.submittedOn) add(row, 'submit', row.submittedOn, false);
    if (row.acceptedOn) add(row, 'accept', row.acceptedOn, true);
    const back = returnedOn.get(row.id);
    if (row.state === 'returned' && back)
      add(row, 'return', back, true, '请补充项目选址论证报告和专家评审意见修改说明。');
    if (row.approvedOn) add(row, 'approve', row.approvedOn, true);
  }
  for (let i = 0; i < steps.length; i += 200)
    await trx
      .insertInto('agencyItemSteps')
      .values(steps.slice(i, i + 200))
      .execute();
}
