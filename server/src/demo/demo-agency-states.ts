import type { WorkingCalendar } from '@zonehub/working-calendar';
import type { Db } from '../db/database.js';
import type { AgencyItemStepTable, NewAgencyItem } from '../features/projects/agency/agency.table.js';
import { stateFromDates } from '../features/projects/agency/agency-flow.js';
import { shiftWorkdays } from './demo-projects-plan.js';

/**
 * DEMO DATA (agency states, issue 10): the demo's approval items in every state of the desk. The
 * dates seedDemoAgency planned give most items their state. Per department with two items in hand,
 * one is back with the applicant for correction (退回补正, its clock standing still). The demo
 * department account's desk gets one item of each open state, reopening its latest approvals as
 * needed: just in (待受理), in hand (已受理), out for correction. One item per zone elsewhere is
 * still being prepared by its task force (未提交). Returns the day each returned item went back.
 */
export function spreadDemoStates(
  rows: NewAgencyItem[],
  calendar: WorkingCalendar,
  today: string,
  deskId: string,
): Map<string, string> {
  const ago = (n: number) => shiftWorkdays(calendar, today, -n);
  for (const row of rows)
    row.state = stateFromDates({
      submittedOn: row.submittedOn ?? null,
      acceptedOn: row.acceptedOn ?? null,
      approvedOn: row.approvedOn ?? null,
    });
  // The item past its limit stays in hand: the desk and the statistics show one (seedDemoAgency).
  const late = (r: NewAgencyItem) =>
    r.acceptedOn !== null &&
    r.acceptedOn !== undefined &&
    calendar.workdaysBetween(r.acceptedOn, today) > r.statutoryDays;
  const returnedOn = new Map<string, string>();
  const byDepartment = new Map<string, NewAgencyItem[]>();
  for (const row of rows) byDepartment.set(row.departmentId, [...(byDepartment.get(row.departmentId) ?? []), row]);
  for (const [departmentId, items] of byDepartment) {
    const accepted = items.filter((r) => r.state === 'accepted' && r.commitmentFlag === 0 && r.acceptedOn && !late(r));
    const back = accepted[0];
    if (back?.acceptedOn && accepted.length > 1) {
      back.state = 'returned';
      returnedOn.set(back.id, [ago(2), back.acceptedOn].sort()[1] ?? back.acceptedOn);
    }
    if (departmentId === deskId) fillDesk(items, ago, returnedOn);
  }
  for (const zoneId of new Set(rows.map((r) => r.zoneId))) {
    const elsewhere = rows.filter((r) => r.zoneId === zoneId && r.departmentId !== deskId && !late(r));
    const draft = elsewhere.find((r) => r.state === 'submitted') ?? elsewhere.find((r) => r.state === 'accepted');
    if (draft)
      Object.assign(draft, {
        state: 'draft',
        submittedOn: null,
        acceptedOn: null,
        handledById: null,
        handledByName: null,
        notes: '专班正在准备申报材料。',
      });
  }
  for (const row of rows) if (row.state === 'returned') row.notes = '专家评审意见要求补充论证材料，已一次性告知补正。';
  return returnedOn;
}

/** The demo department's desk: one item of each open state, reopening its latest approvals for the missing ones. */
function fillDesk(items: NewAgencyItem[], ago: (n: number) => string, returnedOn: Map<string, string>): void {
  const approved = items
    .filter((r) => r.state === 'approved')
    .sort((a, b) => (b.approvedOn ?? '').localeCompare(a.approvedOn ?? ''));
  const reopen = (state: 'submitted' | 'accepted' | 'returned') => {
    if (items.some((r) => r.state === state)) return;
    const row = approved.shift();
    if (!row) return;
    const fresh = state === 'submitted';
    Object.assign(row, {
      state,
      submittedOn: ago(fresh ? 1 : state === 'accepted' ? 4 : 8),
      acceptedOn: fresh ? null : ago(state === 'accepted' ? 3 : 7),
      approvedOn: null,
      commitmentFlag: 0,
      toleranceFlag: 0,
      notes: null,
      ...(fresh ? { handledById: null, handledByName: null } : {}),
    });
    if (state === 'returned') returnedOn.set(row.id, ago(2));
  };
  reopen('submitted');
  reopen('accepted');
  reopen('returned');
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
