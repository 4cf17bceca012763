import { planFromTemplate, STEP_NAMES_ZH } from '@zonehub/project-rules';
import type { Db } from '../../db/database.js';
import type { AppContext, Caller } from '../../http/context.js';
import { conflict, forbidden, notFound } from '../../http/errors.js';
import type { Locale } from '../../http/locale.js';
import { recordChange } from '../audit/audit.service.js';
import { pinyinSearchKeys } from '../enterprises/enterprise-names.js';
import * as milestones from './milestone.repository.js';
import * as repo from './project.repository.js';
import type {
  CreateProjectBody,
  PhaseInput,
  ProjectDetail,
  ProjectListQuery,
  ProjectSummary,
  UpdateProjectBody,
} from './project.schema.js';
import type { ProjectPhaseTable } from './project.table.js';
import { checkReferences } from './project-checks.js';
import { versionConflict } from './project-conflict.js';
import { mayWorkProject, type ProjectViewer } from './project-scope.js';
import { calendarCoverage, mayUpdateMilestone, toFileMeta, toMilestone, toPhase, toSummary } from './project-view.js';
import { ragContext, recomputeRag } from './rag.service.js';

export const viewerOf = (caller: Caller): ProjectViewer => ({ scope: caller.scope, userId: caller.principal.userId });

export async function listProjects(
  db: Db,
  viewer: ProjectViewer,
  q: ProjectListQuery & { q?: string },
  page: { offset: number; limit: number },
): Promise<{ items: ProjectSummary[]; total: number }> {
  const { rows, total } = await repo.listSummaryRows(db, viewer, q, page);
  return { items: rows.map(toSummary), total };
}

export async function getProjectDetail(
  ctx: AppContext,
  db: Db,
  viewer: ProjectViewer,
  id: string,
): Promise<ProjectDetail> {
  const row = await repo.findSummaryRow(db, viewer, id);
  if (!row) throw notFound('project');
  const [rc, phases, items, edges, files] = await Promise.all([
    ragContext(ctx, db, row.zoneId),
    repo.listPhases(db, [id]),
    milestones.listMilestoneRows(db, [id]),
    milestones.listDependencies(db, [id]),
    milestones.listFileMetas(db, [id]),
  ]);
  const canEdit = mayWorkProject(viewer.scope, row.taskForceId);
  return {
    ...toSummary(row),
    parcelId: row.parcelId,
    buildingId: row.buildingId,
    leadId: row.leadId,
    description: row.description,
    phases: phases.map(toPhase),
    milestones: items.map((m) =>
      toMilestone(
        m,
        rc,
        edges.filter((e) => e.milestoneId === m.id).map((e) => e.predecessorId),
        files.filter((f) => f.milestoneId === m.id).map(toFileMeta),
        mayUpdateMilestone(viewer, row.taskForceId, m.ownerId),
      ),
    ),
    calendar: calendarCoverage(rc.calendar, items),
    canEdit,
  };
}

const phaseRow = (projectId: string, seq: number, p: PhaseInput): ProjectPhaseTable => ({
  id: p.id ?? crypto.randomUUID(),
  projectId,
  seq,
  name: p.name,
  investmentYuan: p.investmentYuan ?? null,
  capacity: p.capacity ?? null,
  expectedRevenueYuan: p.expectedRevenueYuan ?? null,
  expectedTaxYuan: p.expectedTaxYuan ?? null,
  expectedJobs: p.expectedJobs ?? null,
  plannedStartOn: p.plannedStartOn ?? null,
  plannedEndOn: p.plannedEndOn ?? null,
  actualStartOn: p.actualStartOn ?? null,
  actualEndOn: p.actualEndOn ?? null,
  isDemo: 0,
});

/** The kind's standard checklist from `start`, on working days; the plan is also the baseline. */
async function planTemplate(
  ctx: AppContext,
  trx: Db,
  zoneId: string,
  projectId: string,
  body: CreateProjectBody,
  start: string,
) {
  const rc = await ragContext(ctx, trx, zoneId);
  const steps = planFromTemplate(body.kind, start, rc.calendar);
  const now = ctx.clock.now().toISOString();
  const idOf = new Map(steps.map((s) => [s.stepKey, crypto.randomUUID()]));
  await milestones.insertMilestones(
    trx,
    steps.map((s) => ({
      id: idOf.get(s.stepKey) ?? crypto.randomUUID(),
      zoneId,
      projectId,
      phaseId: null,
      seq: s.seq,
      stepKey: s.stepKey,
      name: STEP_NAMES_ZH[s.stepKey],
      ownerId: body.checklistOwnerId,
      plannedStartOn: s.plannedStartOn,
      dueOn: s.dueOn,
      baselineStartOn: s.plannedStartOn,
      baselineDueOn: s.dueOn,
      ragStatus: 'green',
      slackWorkdays: null,
      version: 1,
      isDemo: 0,
      createdAt: now,
      updatedAt: now,
    })),
  );
  await milestones.insertDependencies(
    trx,
    steps.flatMap((s) =>
      s.after.flatMap((p) => {
        const milestoneId = idOf.get(s.stepKey);
        const predecessorId = idOf.get(p);
        return milestoneId && predecessorId ? [{ milestoneId, predecessorId }] : [];
      }),
    ),
  );
}

/** Creates a project (and its phases and template checklist); `leadId` when handed over from a lead. */
export async function createProject(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  body: CreateProjectBody,
  locale: Locale,
  leadId: string | null = null,
): Promise<ProjectDetail> {
  const zoneId = caller.scope.zoneId;
  await checkReferences(trx, zoneId, body, locale);
  if (!mayWorkProject(caller.scope, body.taskForceId)) throw forbidden();
  const now = ctx.clock.now().toISOString();
  const rc = await ragContext(ctx, trx, zoneId);
  const code = body.code ?? (await repo.nextProjectCode(trx, zoneId, rc.today.slice(0, 4)));
  const taken = await trx
    .selectFrom('projects')
    .select('id')
    .where('zoneId', '=', zoneId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (taken) throw conflict(`code ${code}`);
  const id = crypto.randomUUID();
  await repo.insertProject(trx, {
    id,
    zoneId,
    code,
    name: body.name,
    searchKeys: pinyinSearchKeys(body.name),
    enterpriseId: body.enterpriseId,
    parkId: body.parkId,
    parcelId: body.parcelId,
    buildingId: body.buildingId,
    kind: body.kind,
    isTransformation: body.isTransformation ? 1 : 0,
    totalInvestmentYuan: body.totalInvestmentYuan,
    taskForceId: body.taskForceId,
    leaderInChargeId: body.leaderInChargeId,
    leadId,
    signedOn: body.signedOn,
    stage: 'signed',
    ragStatus: 'green',
    ragSlackWorkdays: null,
    description: body.description,
    version: 1,
    isDemo: 0,
    createdBy: caller.principal.userId,
    createdAt: now,
    updatedAt: now,
  });
  await repo.insertPhases(
    trx,
    body.phases.map((p, i) => phaseRow(id, i + 1, { ...p, id: undefined })),
  );
  if (body.template) await planTemplate(ctx, trx, zoneId, id, body, body.signedOn ?? rc.today);
  // A new project's first lights and stage are not changes: its creation is the event (audited below).
  await recomputeRag(ctx, trx, zoneId, id, { record: false });
  const detail = await getProjectDetail(ctx, trx, viewerOf(caller), id);
  const { milestones: _items, ...after } = detail;
  await recordChange(trx, ctx, caller.principal, {
    action: 'project.create',
    entityType: 'project',
    entityId: id,
    zoneId,
    after: { ...after, milestoneCount: detail.milestones.length },
  });
  return detail;
}

/** PATCH: project fields and the phase list, guarded by the version. */
export async function updateProject(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  body: UpdateProjectBody,
  locale: Locale,
): Promise<ProjectDetail> {
  const viewer = viewerOf(caller);
  const row = await repo.findProjectRow(trx, viewer, id);
  if (!row) throw notFound('project');
  if (!mayWorkProject(caller.scope, row.taskForceId)) throw forbidden();
  if (body.taskForceId && !mayWorkProject(caller.scope, body.taskForceId)) throw forbidden();
  await checkReferences(trx, row.zoneId, body, locale);
  const before = await getProjectDetail(ctx, trx, viewer, id);
  const { version, phases, isTransformation, ...fields } = body;
  const saved = await repo.updateProjectIfVersion(trx, id, version, {
    ...fields,
    ...(isTransformation === undefined ? {} : { isTransformation: isTransformation ? 1 : 0 }),
    ...(fields.name === undefined ? {} : { searchKeys: pinyinSearchKeys(fields.name) }),
    updatedAt: ctx.clock.now().toISOString(),
  });
  if (!saved) throw await versionConflict(trx, 'project', row);
  if (phases) {
    const existing = new Set(before.phases.map((p) => p.id));
    const kept = phases.filter((p) => p.id !== undefined && existing.has(p.id));
    await repo.deletePhases(
      trx,
      before.phases.filter((p) => !kept.some((k) => k.id === p.id)).map((p) => p.id),
    );
    // Renumber in two passes so the (project, seq) unique constraint never sees two equal seqs.
    for (const [i, p] of kept.entries()) await repo.updatePhase(trx, p.id ?? '', { seq: 1000 + i });
    for (const [i, p] of phases.entries()) {
      const next = phaseRow(id, i + 1, p);
      if (p.id !== undefined && existing.has(p.id)) await repo.updatePhase(trx, p.id, next);
      else await repo.insertPhases(trx, [{ ...next, id: crypto.randomUUID() }]);
    }
  }
  const after = await getProjectDetail(ctx, trx, viewer, id);
  const strip = ({ milestones: _m, ...rest }: ProjectDetail) => rest;
  await recordChange(trx, ctx, caller.principal, {
    action: 'project.update',
    entityType: 'project',
    entityId: id,
    zoneId: row.zoneId,
    before: strip(before),
    after: strip(after),
  });
  return after;
}
