import { findCycle, milestoneDateProblems } from '@zonehub/project-rules';
import type { Db } from '../../db/database.js';
import type { AppContext, Caller } from '../../http/context.js';
import { AppError, type FieldError, forbidden, notFound } from '../../http/errors.js';
import type { Locale } from '../../http/locale.js';
import { recordChange } from '../audit/audit.service.js';
import * as repo from './milestone.repository.js';
import { type CreateMilestoneBody, OWNER_FIELDS, type UpdateMilestoneBody } from './milestone.schema.js';
import { findProjectRow, userInZone } from './project.repository.js';
import type { Milestone } from './project.schema.js';
import { viewerOf } from './project.service.js';
import type { ProjectRow } from './project.table.js';
import { insertChanges } from './project-change.repository.js';
import type { NewProjectChange } from './project-change.table.js';
import { versionConflict } from './project-conflict.js';
import { PROBLEM_FIELD, projectFieldError } from './project-messages.js';
import { mayWorkProject } from './project-scope.js';
import { mayUpdateMilestone, toFileMeta, toMilestone } from './project-view.js';
import { ragContext, recomputeRag, ruleOf } from './rag.service.js';

const refuse = (errors: FieldError[]) => new AppError('validation.failed', { count: errors.length }, errors);

/** The change log's rows for an item's edit: done date set, due date moved (lights are the recompute's). */
function itemChanges(
  before: { projectId: string; zoneId: string; id: string; dueOn: string; actualDoneOn: string | null },
  changes: { dueOn?: string; actualDoneOn?: string | null },
  meta: { onDay: string; at: string; by: string },
): NewProjectChange[] {
  const row = (kind: NewProjectChange['kind'], fromValue: string | null, toValue: string | null): NewProjectChange => ({
    id: crypto.randomUUID(),
    zoneId: before.zoneId,
    projectId: before.projectId,
    milestoneId: before.id,
    kind,
    fromValue,
    toValue,
    onDay: meta.onDay,
    at: meta.at,
    byUserId: meta.by,
    isDemo: 0,
  });
  const out: NewProjectChange[] = [];
  if (changes.actualDoneOn && changes.actualDoneOn !== before.actualDoneOn)
    out.push(row('milestoneDone', before.actualDoneOn, changes.actualDoneOn));
  if (changes.dueOn !== undefined && changes.dueOn !== before.dueOn)
    out.push(row('dueMoved', before.dueOn, changes.dueOn));
  return out;
}

/** The project in the caller's scope, or 404. */
export async function projectInScope(db: Db, caller: Caller, projectId: string): Promise<ProjectRow> {
  const project = await findProjectRow(db, viewerOf(caller), projectId);
  if (!project) throw notFound('project');
  return project;
}

/** One item as the API shows it (read after the write, inside the same transaction). */
export async function milestoneView(ctx: AppContext, db: Db, caller: Caller, project: ProjectRow, id: string) {
  const [rc, rows, edges, files] = await Promise.all([
    ragContext(ctx, db, project.zoneId),
    repo.listMilestoneRows(db, [project.id]),
    repo.listDependencies(db, [project.id]),
    repo.listFileMetas(db, [project.id]),
  ]);
  const row = rows.find((r) => r.id === id);
  if (!row) throw notFound('milestone');
  return toMilestone(
    row,
    rc,
    edges.filter((e) => e.milestoneId === id).map((e) => e.predecessorId),
    files.filter((f) => f.milestoneId === id).map(toFileMeta),
    mayUpdateMilestone(viewerOf(caller), project.taskForceId, row.ownerId),
  );
}

/** Date problems (with the predecessors' state) and references, all named at once; nothing written. */
async function checkItem(
  db: Db,
  project: ProjectRow,
  item: {
    id: string | null;
    phaseId: string | null;
    ownerId: string | null;
    plannedStartOn: string;
    dueOn: string;
    actualStartOn: string | null;
    actualDoneOn: string | null;
  },
  today: string,
  predecessorIds: string[],
  locale: Locale,
): Promise<void> {
  const errors: FieldError[] = [];
  const preds =
    predecessorIds.length === 0
      ? []
      : await db
          .selectFrom('projectMilestones')
          .select(['id', 'actualDoneOn'])
          .where('projectId', '=', project.id)
          .where('id', 'in', predecessorIds)
          .execute();
  if (preds.length !== new Set(predecessorIds).size)
    errors.push(projectFieldError(locale, 'body.predecessorIds', 'predecessor.notInProject'));
  const done = preds.every((p) => p.actualDoneOn !== null);
  for (const problem of milestoneDateProblems(item, today, done))
    errors.push(
      projectFieldError(locale, PROBLEM_FIELD[problem], problem, { plannedStartOn: item.plannedStartOn, today }),
    );
  if (item.phaseId !== null) {
    const phase = await db
      .selectFrom('projectPhases')
      .select('id')
      .where('id', '=', item.phaseId)
      .where('projectId', '=', project.id)
      .executeTakeFirst();
    if (!phase) errors.push(projectFieldError(locale, 'body.phaseId', 'phase.notInProject'));
  }
  if (item.ownerId !== null && !(await userInZone(db, item.ownerId, project.zoneId)))
    errors.push(projectFieldError(locale, 'body.ownerId', 'user.notInZone'));
  if (errors.length > 0) throw refuse(errors);
}

export async function createMilestone(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  projectId: string,
  body: CreateMilestoneBody,
  locale: Locale,
): Promise<Milestone> {
  const project = await projectInScope(trx, caller, projectId);
  if (!mayWorkProject(caller.scope, project.taskForceId)) throw forbidden();
  const rc = await ragContext(ctx, trx, project.zoneId);
  const item = { id: null, ...body, actualStartOn: null, actualDoneOn: null };
  await checkItem(trx, project, item, rc.today, body.predecessorIds, locale);
  const id = crypto.randomUUID();
  const now = ctx.clock.now().toISOString();
  // Lit as the recompute would light it, so a new item is not logged as a light that turned.
  const light = ruleOf(rc, { dueOn: body.dueOn, actualDoneOn: null });
  await repo.insertMilestones(trx, [
    {
      id,
      zoneId: project.zoneId,
      projectId,
      phaseId: body.phaseId,
      seq: await repo.nextSeq(trx, projectId),
      stepKey: null,
      name: body.name,
      ownerId: body.ownerId,
      plannedStartOn: body.plannedStartOn,
      dueOn: body.dueOn,
      baselineStartOn: body.plannedStartOn,
      baselineDueOn: body.dueOn,
      ragStatus: light.status,
      slackWorkdays: light.slackWorkdays,
      notes: body.notes,
      version: 1,
      isDemo: 0,
      createdAt: now,
      updatedAt: now,
    },
  ]);
  await repo.insertDependencies(
    trx,
    [...new Set(body.predecessorIds)].map((predecessorId) => ({ milestoneId: id, predecessorId })),
  );
  await recomputeRag(ctx, trx, project.zoneId, projectId, { by: caller.principal.userId });
  const after = await milestoneView(ctx, trx, caller, project, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'projectMilestone.create',
    entityType: 'projectMilestone',
    entityId: id,
    zoneId: project.zoneId,
    after,
  });
  return after;
}

export async function updateMilestone(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  projectId: string,
  id: string,
  body: UpdateMilestoneBody,
  locale: Locale,
): Promise<Milestone> {
  const project = await projectInScope(trx, caller, projectId);
  const row = await repo.findMilestone(trx, projectId, id);
  if (!row) throw notFound('milestone');
  if (!mayWorkProject(caller.scope, project.taskForceId)) {
    if (!mayUpdateMilestone(viewerOf(caller), project.taskForceId, row.ownerId)) throw forbidden();
    const allowed: readonly string[] = OWNER_FIELDS;
    if (Object.keys(body).some((key) => !allowed.includes(key))) throw forbidden();
  }
  if (Number(row.version) !== body.version) throw await versionConflict(trx, 'projectMilestone', row);
  const rc = await ragContext(ctx, trx, project.zoneId);
  const { version, ...changes } = body;
  const merged = { ...row, ...changes };
  const preds = await trx
    .selectFrom('milestoneDependencies')
    .select('predecessorId')
    .where('milestoneId', '=', id)
    .execute();
  await checkItem(
    trx,
    project,
    merged,
    rc.today,
    preds.map((p) => p.predecessorId),
    locale,
  );
  const before = await milestoneView(ctx, trx, caller, project, id);
  const at = ctx.clock.now().toISOString();
  const saved = await repo.updateMilestoneIfVersion(trx, id, version, { ...changes, updatedAt: at });
  if (!saved) throw await versionConflict(trx, 'projectMilestone', row);
  await insertChanges(trx, itemChanges(row, changes, { onDay: rc.today, at, by: caller.principal.userId }));
  await recomputeRag(ctx, trx, project.zoneId, projectId, { by: caller.principal.userId });
  const after = await milestoneView(ctx, trx, caller, project, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'projectMilestone.update',
    entityType: 'projectMilestone',
    entityId: id,
    zoneId: project.zoneId,
    before,
    after,
  });
  return after;
}

export async function deleteMilestone(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  projectId: string,
  id: string,
): Promise<void> {
  const project = await projectInScope(trx, caller, projectId);
  if (!mayWorkProject(caller.scope, project.taskForceId)) throw forbidden();
  const before = await milestoneView(ctx, trx, caller, project, id);
  await repo.deleteMilestone(trx, id);
  await recomputeRag(ctx, trx, project.zoneId, projectId, { by: caller.principal.userId });
  await recordChange(trx, ctx, caller.principal, {
    action: 'projectMilestone.delete',
    entityType: 'projectMilestone',
    entityId: id,
    zoneId: project.zoneId,
    before,
  });
}

/** Replaces an item's finish-to-start predecessors; a cycle is refused, named by the items' names. */
export async function setPredecessors(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  projectId: string,
  id: string,
  predecessorIds: string[],
  locale: Locale,
): Promise<Milestone> {
  const project = await projectInScope(trx, caller, projectId);
  if (!mayWorkProject(caller.scope, project.taskForceId)) throw forbidden();
  const items = await trx
    .selectFrom('projectMilestones')
    .select(['id', 'name'])
    .where('projectId', '=', projectId)
    .execute();
  const nameOf = new Map(items.map((i) => [i.id, i.name]));
  if (!nameOf.has(id)) throw notFound('milestone');
  const wanted = [...new Set(predecessorIds)];
  if (wanted.includes(id)) throw refuse([projectFieldError(locale, 'body.predecessorIds', 'predecessor.self')]);
  if (wanted.some((p) => !nameOf.has(p)))
    throw refuse([projectFieldError(locale, 'body.predecessorIds', 'predecessor.notInProject')]);
  const edges = (await repo.listDependencies(trx, [projectId])).filter((e) => e.milestoneId !== id);
  const cycle = findCycle([...edges, ...wanted.map((predecessorId) => ({ milestoneId: id, predecessorId }))]);
  if (cycle) throw new AppError('project.dependencyCycle', { cycle: cycle.map((c) => nameOf.get(c) ?? c).join(' → ') });
  const before = await milestoneView(ctx, trx, caller, project, id);
  await repo.replacePredecessors(trx, id, wanted);
  const after = await milestoneView(ctx, trx, caller, project, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'projectMilestone.predecessors',
    entityType: 'projectMilestone',
    entityId: id,
    zoneId: project.zoneId,
    before: before.predecessorIds,
    after: after.predecessorIds,
  });
  return after;
}
