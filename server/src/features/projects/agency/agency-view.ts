import { hasPermission } from '@zonehub/access';
import type { WorkingCalendar } from '@zonehub/working-calendar';
import type { Db } from '../../../db/database.js';
import type { AppContext, Scope } from '../../../http/context.js';
import { notFound } from '../../../http/errors.js';
import { zoneToday } from '../../investment/zone-today.js';
import { mayWorkProject } from '../project-scope.js';
import { toFileMeta } from '../project-view.js';
import { loadCalendar } from '../rag.service.js';
import type { AgencyItemWithNames } from './agency.repository.js';
import * as repo from './agency.repository.js';
import type { AgencyItem } from './agency.schema.js';
import { correctionPeriods, statutoryClock } from './agency-clock.js';
import { AGENCY_STATES, type AgencyRoles, type AgencyState, type AgencyStep, availableSteps } from './agency-flow.js';

/** The caller works the item as its task force (the project's task force, zone admins). */
export const mayWorkItem = (scope: Scope, item: { taskForceId: string }) => mayWorkProject(scope, item.taskForceId);

/** The caller handles the item as its department (its department's staff; zone admins hold agency.handle too). */
export function isItemDepartment(scope: Scope, item: { departmentId: string }): boolean {
  if (!hasPermission(scope.role, 'agency.handle')) return false;
  return scope.role !== 'departmentStaff' || scope.orgUnitIds.includes(item.departmentId);
}

export const rolesOf = (scope: Scope, item: { taskForceId: string; departmentId: string }): AgencyRoles => ({
  taskForce: mayWorkItem(scope, item),
  department: isItemDepartment(scope, item),
});

export const stateOf = (row: { state: string }): AgencyState =>
  (AGENCY_STATES as readonly string[]).includes(row.state) ? (row.state as AgencyState) : 'draft';

export interface Timing {
  today: string;
  calendar: WorkingCalendar;
}

/** The zone's today and working calendar: every day of the agency service is the zone's. */
export async function timingOf(ctx: AppContext, db: Db, zoneId: string): Promise<Timing> {
  const [today, calendar] = await Promise.all([zoneToday(ctx, db, zoneId), loadCalendar(db, zoneId)]);
  return { today, calendar };
}

type StepRow = Awaited<ReturnType<typeof repo.listSteps>>[number];
type FileRow = Awaited<ReturnType<typeof repo.listFileMeta>>[number];

/** The API shape of an item: its state, the steps stamped so far, its clock, and the buttons the caller has. */
export function toAgencyItem(
  row: AgencyItemWithNames,
  extras: { steps: StepRow[]; files: FileRow[] },
  timing: Timing,
  scope: Scope,
): AgencyItem {
  const statutoryDays = Number(row.statutoryDays);
  const state = stateOf(row);
  const steps = extras.steps.map((s) => ({
    step: s.step as AgencyStep,
    on: s.stepOn,
    reason: s.reason,
    actorName: s.actorName,
  }));
  const clock = statutoryClock(
    { acceptedOn: row.acceptedOn, approvedOn: row.approvedOn, statutoryDays },
    correctionPeriods(steps),
    timing.today,
    timing.calendar,
  );
  const roles = rolesOf(scope, row);
  const lastReturn = steps.filter((s) => s.step === 'return').at(-1);
  return {
    id: row.id,
    projectId: row.projectId,
    projectName: row.projectName,
    enterpriseName: row.enterpriseName,
    item: row.item,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    state,
    submittedOn: row.submittedOn,
    acceptedOn: row.acceptedOn,
    approvedOn: row.approvedOn,
    approvalDocNo: row.approvalDocNo,
    returnReason: state === 'returned' ? (lastReturn?.reason ?? null) : null,
    statutoryDays,
    tolerance: Number(row.toleranceFlag) === 1,
    commitment: Number(row.commitmentFlag) === 1,
    handledById: row.handledById,
    handledByName: row.handledByName,
    notes: row.notes,
    ...clock,
    steps,
    files: extras.files.map(toFileMeta),
    actions: availableSteps(state, roles),
    version: Number(row.version),
    canUpdate: roles.taskForce || roles.department,
    updatedAt: row.updatedAt,
  };
}

/** Items with their steps and files, two queries for the lot. */
export async function toAgencyItems(
  db: Db,
  rows: AgencyItemWithNames[],
  timing: Timing,
  scope: Scope,
): Promise<AgencyItem[]> {
  const ids = rows.map((r) => r.id);
  const [steps, files] = await Promise.all([repo.listSteps(db, ids), repo.listFileMeta(db, ids)]);
  const group = <T extends { agencyItemId: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const x of list) map.set(x.agencyItemId, [...(map.get(x.agencyItemId) ?? []), x]);
    return map;
  };
  const stepsOf = group(steps);
  const filesOf = group(files);
  return rows.map((row) =>
    toAgencyItem(row, { steps: stepsOf.get(row.id) ?? [], files: filesOf.get(row.id) ?? [] }, timing, scope),
  );
}

/** One item as the caller sees it (after a write, in the write's transaction). */
export async function agencyItemView(
  db: Db,
  caller: { scope: Scope },
  zoneId: string,
  projectId: string,
  id: string,
  timing: Timing,
): Promise<AgencyItem> {
  const row = await repo.findItem(db, zoneId, projectId, id);
  if (!row) throw notFound('agencyItem');
  const [item] = await toAgencyItems(db, [row], timing, caller.scope);
  if (!item) throw notFound('agencyItem');
  return item;
}
