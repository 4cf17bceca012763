/**
 * The projects benchmark's data (issue 5): generated projects in the demo zone 长子, each with two
 * phases and 15 milestones planned from @zonehub/project-rules' templates on the statutory working
 * calendar, finish-to-start dependencies from the template, and believable actual dates. Stage and
 * lights are derived as server/src/demo/demo-projects.ts derives them (zone's today, the default
 * amber threshold, no zone overrides), so the server's recompute agrees with what is stored.
 */
import { randomUUID } from 'node:crypto';
import {
  deriveStage,
  type ProjectKind,
  planFromTemplate,
  projectRag,
  ragOf,
  STEP_NAMES_ZH,
  TEMPLATES,
} from '@zonehub/project-rules';
import { WorkingCalendar } from '@zonehub/working-calendar';
// The server's request types augment fastify's; naming it brings its declarations into this program.
import type {} from 'fastify';
import { sql } from 'kysely';
import type { DatabaseConfig } from '../server/src/config/config.js';
import { openDatabase } from '../server/src/db/database.js';
import { seededRandom } from '../server/src/demo/demo-enterprise-generator.js';
import { demoZoneToday } from '../server/src/demo/demo-projects.js';
import { demoProjectChanges } from '../server/src/demo/demo-projects-changes.js';
import { addDays } from '../server/src/demo/demo-projects-plan.js';
import { CHANGZI } from '../server/src/demo/demo-zones.js';
import { demoId } from '../server/src/demo/seed.js';
import type { NewMilestone, NewProject, ProjectPhaseTable } from '../server/src/features/projects/project.table.js';
import { DEFAULT_SETTINGS } from '../server/src/features/projects/settings.repository.js';

export const MILESTONES_PER_PROJECT = 15;
const KINDS: readonly ProjectKind[] = ['new', 'expansion', 'renovation'];
/** Rows per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const CHUNK_ROWS = 500;
/** Share of the items due before today that are done (the rest are late: red). */
const DONE_WHEN_DUE = 0.98;
/** The change log replayed over the generated projects' last four months (as the demo replays six weeks). */
const CHANGE_HISTORY_DAYS = 120;

/** The earlier of two YYYY-MM-DD days (strings: Math.min does not apply). */
const earlier = (a: string, b: string) => (a.localeCompare(b) <= 0 ? a : b);

interface Rows {
  projects: NewProject[];
  phases: ProjectPhaseTable[];
  milestones: NewMilestone[];
  dependencies: { milestoneId: string; predecessorId: string }[];
}

interface Context {
  zoneId: string;
  today: string;
  stamp: string;
  calendar: WorkingCalendar;
  random: () => number;
  staff: Map<string, string[]>;
  leaderId: string | null;
}

/** Phase 1 is the kind's whole template; phase 2 (二期) the first steps of it, up to 15 items in all. */
function addProject(ctx: Context, index: number, rows: Rows): void {
  const { calendar, today, random } = ctx;
  const kind = KINDS[index % KINDS.length] ?? 'new';
  const taskForce = CHANGZI.taskForces[index % CHANGZI.taskForces.length] ?? '';
  const park = CHANGZI.parks[index % CHANGZI.parks.length]?.code ?? 'central';
  const projectId = randomUUID();
  const staff = ctx.staff.get(taskForce) ?? [];
  // Signed between about two years ago and three months ahead: done, late, due soon and far-off items.
  const start = calendar.addWorkdays(addDays(today, Math.floor(random() * 820) - 730), 0);
  const template = TEMPLATES[kind];
  const phasePlans = [
    { name: '一期', plan: planFromTemplate(kind, start, calendar) },
    {
      name: '二期',
      plan: planFromTemplate(kind, calendar.addWorkdays(start, 250), calendar).slice(
        0,
        MILESTONES_PER_PROJECT - template.length,
      ),
    },
  ];
  const rules = [];
  const stageItems = [];
  let seq = 0;
  for (const [phaseIndex, phase] of phasePlans.entries()) {
    const phaseId = randomUUID();
    const idOf = new Map(phase.plan.map((s) => [s.stepKey, randomUUID()]));
    const doneOn = new Map<string, string>();
    const actualStarts: string[] = [];
    for (const step of phase.plan) {
      seq++;
      const predsDone = step.after.map((k) => doneOn.get(k));
      const allPredsDone = predsDone.every((d) => d !== undefined);
      const latestPred = predsDone.reduce<string>((m, d) => (d !== undefined && d > m ? d : m), '');
      let actualStartOn: string | null = null;
      let actualDoneOn: string | null = null;
      if (allPredsDone && step.dueOn < today && random() < DONE_WHEN_DUE) {
        const near = calendar.addWorkdays(addDays(step.dueOn, Math.floor(random() * 7) - 3), 0);
        const done = [near, latestPred].sort().pop() ?? near;
        actualDoneOn = earlier(done, today);
        actualStartOn = earlier(step.plannedStartOn, actualDoneOn);
        doneOn.set(step.stepKey, actualDoneOn);
      } else if (allPredsDone && step.plannedStartOn <= today) {
        actualStartOn = [step.plannedStartOn, latestPred].sort().pop() ?? step.plannedStartOn;
        if (actualStartOn > today) actualStartOn = today;
      }
      if (actualStartOn) actualStarts.push(actualStartOn);
      const rule = ragOf({ dueOn: step.dueOn, actualDoneOn }, today, calendar, DEFAULT_SETTINGS.amberWorkdays);
      rules.push(rule);
      stageItems.push({ stepKey: step.stepKey, actualDoneOn });
      const id = idOf.get(step.stepKey) ?? randomUUID();
      rows.milestones.push({
        id,
        zoneId: ctx.zoneId,
        projectId,
        phaseId,
        seq,
        stepKey: step.stepKey,
        name: `${STEP_NAMES_ZH[step.stepKey]}（${phase.name}）`,
        ownerId: staff[seq % Math.max(staff.length, 1)] ?? null,
        plannedStartOn: step.plannedStartOn,
        dueOn: step.dueOn,
        baselineStartOn: step.plannedStartOn,
        baselineDueOn: step.dueOn,
        actualStartOn,
        actualDoneOn,
        ragStatus: rule.status,
        slackWorkdays: rule.slackWorkdays,
        notes: null,
        version: 1,
        isDemo: 1,
        createdAt: ctx.stamp,
        updatedAt: ctx.stamp,
      });
      for (const before of step.after) {
        const predecessorId = idOf.get(before);
        if (predecessorId) rows.dependencies.push({ milestoneId: id, predecessorId });
      }
    }
    const dues = phase.plan.map((s) => s.dueOn).sort();
    const allDone = doneOn.size === phase.plan.length;
    rows.phases.push({
      id: phaseId,
      projectId,
      seq: phaseIndex + 1,
      name: phase.name,
      investmentYuan: Math.round(50 + random() * 950) * 1e5,
      capacity: null,
      expectedRevenueYuan: null,
      expectedTaxYuan: null,
      expectedJobs: null,
      plannedStartOn: phase.plan[0]?.plannedStartOn ?? null,
      plannedEndOn: dues[dues.length - 1] ?? null,
      actualStartOn: actualStarts.sort()[0] ?? null,
      actualEndOn: allDone ? ([...doneOn.values()].sort().pop() ?? null) : null,
      isDemo: 1,
    });
  }
  const rag = projectRag(rules);
  rows.projects.push({
    id: projectId,
    zoneId: ctx.zoneId,
    code: `XM-B-${String(index + 1).padStart(5, '0')}`,
    name: `基准测试项目${String(index + 1).padStart(4, '0')}`,
    enterpriseId: null,
    parkId: demoId(CHANGZI.code, 'park', park),
    parcelId: null,
    buildingId: null,
    kind,
    isTransformation: kind === 'renovation' ? 1 : 0,
    totalInvestmentYuan: Math.round(100 + random() * 9900) * 1e5,
    taskForceId: demoId(CHANGZI.code, 'unit', taskForce),
    leaderInChargeId: ctx.leaderId,
    leadId: null,
    signedOn: start,
    stage: deriveStage(stageItems),
    ragStatus: rag.status,
    ragSlackWorkdays: rag.slackWorkdays,
    description: null,
    version: 1,
    isDemo: 1,
    createdBy: null,
    createdAt: ctx.stamp,
    updatedAt: ctx.stamp,
  });
}

type Db = ReturnType<typeof openDatabase>['db'];

/** 长子's task-force staff by task-force name, so items have owners as in the demo. */
async function staffOf(db: Db, zoneId: string): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('userOrgUnits')
    .innerJoin('orgUnits', 'orgUnits.id', 'userOrgUnits.orgUnitId')
    .select(['orgUnits.name as unit', 'userOrgUnits.userId'])
    .where('orgUnits.zoneId', '=', zoneId)
    .where('orgUnits.kind', '=', 'taskForce')
    .orderBy('userOrgUnits.userId')
    .execute();
  const staff = new Map<string, string[]>();
  for (const r of rows) staff.set(r.unit, [...(staff.get(r.unit) ?? []), r.userId]);
  return staff;
}

async function insertChunked<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) await insert(rows.slice(i, i + CHUNK_ROWS));
}

export interface LoadedProjects {
  projects: number;
  milestones: number;
  dependencies: number;
  /** project_changes rows replayed from the generated dates over the last CHANGE_HISTORY_DAYS. */
  changes: number;
  /** Generated projects by stored light, to read the red list's size against. */
  byRag: Record<string, number>;
}

/** Generates the projects and writes them into the running server's database, then `analyze`. */
export async function loadProjects(database: DatabaseConfig, count: number): Promise<LoadedProjects> {
  const handle = openDatabase(database);
  try {
    const db = handle.db;
    const zoneId = demoId('zone', CHANGZI.code);
    const now = new Date();
    const leader = await db.selectFrom('users').select('id').where('username', '=', 'leader').executeTakeFirst();
    const ctx: Context = {
      zoneId,
      today: demoZoneToday(now),
      stamp: now.toISOString(),
      calendar: new WorkingCalendar(),
      random: seededRandom(2_000),
      staff: await staffOf(db, zoneId),
      leaderId: leader?.id ?? null,
    };
    const rows: Rows = { projects: [], phases: [], milestones: [], dependencies: [] };
    for (let i = 0; i < count; i++) addProject(ctx, i, rows);
    const changes = demoProjectChanges(
      rows.projects,
      rows.milestones,
      () => 'bench',
      ctx.today,
      now,
      ctx.calendar,
      DEFAULT_SETTINGS.amberWorkdays,
      CHANGE_HISTORY_DAYS,
    );
    await db.transaction().execute(async (trx) => {
      await insertChunked(rows.projects, (c) => trx.insertInto('projects').values(c).execute());
      await insertChunked(rows.phases, (c) => trx.insertInto('projectPhases').values(c).execute());
      await insertChunked(rows.milestones, (c) => trx.insertInto('projectMilestones').values(c).execute());
      await insertChunked(rows.dependencies, (c) => trx.insertInto('milestoneDependencies').values(c).execute());
      await insertChunked(changes, (c) => trx.insertInto('projectChanges').values(c).execute());
    });
    // Fresh statistics, as a database that has run a while has them (PRAGMA optimize / autovacuum).
    await sql`analyze`.execute(db);
    const byRag: Record<string, number> = {};
    for (const p of rows.projects) byRag[p.ragStatus] = (byRag[p.ragStatus] ?? 0) + 1;
    return {
      projects: rows.projects.length,
      milestones: rows.milestones.length,
      dependencies: rows.dependencies.length,
      changes: changes.length,
      byRag,
    };
  } finally {
    await handle.destroy();
  }
}

// The meeting history lives beside it (file size); the reports benchmark imports it from here.
export { type BenchMeetingsOptions, type SeededMeetings, seedBenchMeetings } from './projects-meetings-data.js';
