import { STATUTORY_YEARS, type WorkingCalendar } from '@zonehub/working-calendar';
import type { Scope } from '../../http/context.js';
import type { MilestoneViewRow } from './milestone.repository.js';
import type { PhaseRow, ProjectSummaryRow } from './project.repository.js';
import type { FileMeta, Milestone, Phase, ProjectSummary } from './project.schema.js';
import { mayWorkProject } from './project-scope.js';
import { type RagContext, ruleOf } from './rag.service.js';

/** Named mappers from rows to the API shapes: no raw row leaves the server. */
const num = (v: number | string | null) => (v === null ? null : Number(v));

export function toSummary(row: ProjectSummaryRow): ProjectSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    isTransformation: Number(row.isTransformation) === 1,
    stage: row.stage,
    ragStatus: row.ragStatus,
    ragSlackWorkdays: num(row.ragSlackWorkdays),
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    parkId: row.parkId,
    parkName: row.parkName,
    taskForceId: row.taskForceId,
    taskForceName: row.taskForceName,
    leaderInChargeId: row.leaderInChargeId,
    leaderInChargeName: row.leaderInChargeName,
    totalInvestmentYuan: num(row.totalInvestmentYuan),
    signedOn: row.signedOn,
    openItems: Number(row.openItems ?? 0),
    overdueItems: Number(row.overdueItems ?? 0),
    nextDue: row.nextDueName && row.nextDueOn ? { name: row.nextDueName, dueOn: row.nextDueOn } : null,
    updatedAt: row.updatedAt,
    version: Number(row.version),
  };
}

export const toPhase = (row: PhaseRow): Phase => ({
  id: row.id,
  seq: Number(row.seq),
  name: row.name,
  investmentYuan: num(row.investmentYuan),
  capacity: row.capacity,
  expectedRevenueYuan: num(row.expectedRevenueYuan),
  expectedTaxYuan: num(row.expectedTaxYuan),
  expectedJobs: num(row.expectedJobs),
  plannedStartOn: row.plannedStartOn,
  plannedEndOn: row.plannedEndOn,
  actualStartOn: row.actualStartOn,
  actualEndOn: row.actualEndOn,
});

export const toFileMeta = (row: Omit<FileMeta, 'sizeBytes'> & { sizeBytes: number | string }): FileMeta => ({
  id: row.id,
  fileName: row.fileName,
  mediaType: row.mediaType,
  sizeBytes: Number(row.sizeBytes),
  uploadedBy: row.uploadedBy,
  createdAt: row.createdAt,
});

/** Whether the caller may update this item: the project's workers everything, its owner their part. */
export const mayUpdateMilestone = (
  viewer: { scope: Scope; userId: string },
  taskForceId: string,
  ownerId: string | null,
) =>
  mayWorkProject(viewer.scope, taskForceId) ||
  (ownerId !== null && ownerId === viewer.userId && viewer.scope.enterpriseId === null);

/** A milestone as the API shows it; the light and its rule are computed for today, as shown. */
export function toMilestone(
  row: MilestoneViewRow,
  rc: RagContext,
  predecessorIds: string[],
  files: FileMeta[],
  canUpdate: boolean,
): Milestone {
  const rule = ruleOf(rc, row);
  return {
    id: row.id,
    seq: Number(row.seq),
    phaseId: row.phaseId,
    stepKey: row.stepKey,
    name: row.name,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    plannedStartOn: row.plannedStartOn,
    dueOn: row.dueOn,
    baselineStartOn: row.baselineStartOn,
    baselineDueOn: row.baselineDueOn,
    actualStartOn: row.actualStartOn,
    actualDoneOn: row.actualDoneOn,
    ragStatus: rule.status,
    slackWorkdays: rule.slackWorkdays,
    rule,
    predecessorIds,
    files,
    notes: row.notes,
    version: Number(row.version),
    canUpdate,
  };
}

/** How far the calendar is known, and which years the plan reaches that it does not know. */
export function calendarCoverage(calendar: WorkingCalendar, milestones: { plannedStartOn: string; dueOn: string }[]) {
  let coveredThrough = STATUTORY_YEARS.last;
  while (calendar.covers(coveredThrough + 1)) coveredThrough += 1;
  const years = new Set<number>();
  for (const m of milestones) {
    const from = Number(m.plannedStartOn.slice(0, 4));
    const to = Number(m.dueOn.slice(0, 4));
    for (let y = Math.min(from, to); y <= Math.max(from, to); y += 1) years.add(y);
  }
  const uncoveredYears = [...years].filter((y) => !calendar.covers(y)).sort((a, b) => a - b);
  return { coveredThrough, uncoveredYears };
}
