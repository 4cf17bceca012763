import { DEMO_USERNAME_BY_ROLE } from '@zonehub/access';
import { deriveStage, projectRag, ragOf, STEP_NAMES_ZH } from '@zonehub/project-rules';
import { WorkingCalendar } from '@zonehub/working-calendar';
import type { Db } from '../db/database.js';
import { pinyinSearchKeys } from '../features/enterprises/enterprise-names.js';
import type { NewMilestone, NewProject, ProjectPhaseTable } from '../features/projects/project.table.js';
import { DEFAULT_SETTINGS } from '../features/projects/settings.repository.js';
import { seededRandom } from './demo-enterprise-generator.js';
import { demoProjectChanges } from './demo-projects-changes.js';
import { CHANGZI_PROJECTS } from './demo-projects-named.js';
import { type DemoProjectSpec, planPhase, resolveDue } from './demo-projects-plan.js';
import { QINGXU_PROJECTS } from './demo-projects-qingxu.js';
import { CHANGZI, type DemoZone, QINGXU } from './demo-zones.js';
import { demoId } from './seed.js';

/**
 * DEMO DATA (projects, issue 5): the projects the articles name, each with its phases, a checklist
 * planned from its kind's template, owners from its task force's demo staff and finish-to-start
 * dependencies; 星萌冻干 is the investment demo's landed lead handed over. Stage and lights are
 * derived here exactly as the server derives them (today in the zone, statutory calendar, the
 * default amber threshold), so a recompute right after seeding changes nothing. Runs inside
 * seedDemo's transaction after seedDemoInvestment. Every row is_demo = 1.
 */

/** The demo zones have no project settings: the server lights them with the default threshold. */
const AMBER_WORKDAYS = DEFAULT_SETTINGS.amberWorkdays;

const ZONE_TIMEZONE = 'Asia/Shanghai';

export const demoZoneToday = (now: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE_TIMEZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);

interface ProjectRows {
  projects: NewProject[];
  phases: ProjectPhaseTable[];
  milestones: NewMilestone[];
  dependencies: { milestoneId: string; predecessorId: string }[];
  leadLinks: { leadName: string; zoneId: string; projectId: string }[];
}

interface ZoneContext {
  zone: DemoZone;
  zoneId: string;
  today: string;
  stamp: string;
  calendar: WorkingCalendar;
  random: () => number;
  /** The task force's demo staff, by task-force name, in a stable order. */
  staff: Map<string, string[]>;
  leaderId: string;
  demoTaskForceUserId: string;
}

/** The demo staff demo-investment created for each task force (usernames `cz.` / `qx.` + pinyin). */
async function staffOf(trx: Db, zone: DemoZone): Promise<Map<string, string[]>> {
  const unitName = new Map(zone.taskForces.map((name) => [demoId(zone.code, 'unit', name), name]));
  const prefix = zone.code === CHANGZI.code ? 'cz.' : 'qx.';
  const rows = await trx
    .selectFrom('userOrgUnits')
    .innerJoin('users', 'users.id', 'userOrgUnits.userId')
    .select(['users.id', 'users.username', 'userOrgUnits.orgUnitId'])
    .where('userOrgUnits.orgUnitId', 'in', [...unitName.keys()])
    .where('users.username', 'like', `${prefix}%`)
    .orderBy('users.username')
    .execute();
  const staff = new Map<string, string[]>();
  for (const r of rows) {
    const name = unitName.get(r.orgUnitId);
    if (name) staff.set(name, [...(staff.get(name) ?? []), r.id]);
  }
  return staff;
}

function addProject(ctx: ZoneContext, spec: DemoProjectSpec, rows: ProjectRows): void {
  const { zone, zoneId, calendar, today } = ctx;
  const projectId = demoId(zone.code, 'project', spec.key);
  const staff = ctx.staff.get(spec.taskForce) ?? [];
  const multiPhase = spec.phases.filter((p) => !p.plannedOnly).length > 1;
  const rules = [];
  const stageItems = [];
  let seq = 0;
  let firstStart: string | null = null;
  for (const [index, phase] of spec.phases.entries()) {
    const phaseId = demoId(zone.code, 'phase', spec.key, String(index + 1));
    const items = phase.plannedOnly ? [] : planPhase(phase, spec.kind, calendar, today, ctx.random);
    const idOf = (stepKey: string) => demoId(zone.code, 'milestone', spec.key, String(index + 1), stepKey);
    for (const item of items) {
      seq++;
      const rule = ragOf(item, today, calendar, AMBER_WORKDAYS);
      rules.push(rule);
      stageItems.push({ stepKey: item.stepKey, actualDoneOn: item.actualDoneOn });
      const open = item.actualDoneOn === null;
      const ownerId =
        open && spec.openItemsToDemoAccount
          ? ctx.demoTaskForceUserId
          : (staff[seq % Math.max(staff.length, 1)] ?? null);
      rows.milestones.push({
        id: idOf(item.stepKey),
        zoneId,
        projectId,
        phaseId,
        seq,
        stepKey: item.stepKey,
        name: multiPhase ? `${STEP_NAMES_ZH[item.stepKey]}（${phase.name.slice(0, 2)}）` : STEP_NAMES_ZH[item.stepKey],
        ownerId,
        plannedStartOn: item.plannedStartOn,
        dueOn: item.dueOn,
        baselineStartOn: item.baselineStartOn,
        baselineDueOn: item.baselineDueOn,
        actualStartOn: item.actualStartOn,
        actualDoneOn: item.actualDoneOn,
        ragStatus: rule.status,
        slackWorkdays: rule.slackWorkdays,
        notes: item.notes,
        version: 1,
        isDemo: 1,
        createdAt: ctx.stamp,
        updatedAt: ctx.stamp,
      });
      for (const before of item.after)
        rows.dependencies.push({ milestoneId: idOf(item.stepKey), predecessorId: idOf(before) });
    }
    const starts = items.map((i) => i.plannedStartOn).sort();
    const dues = items.map((i) => i.dueOn).sort();
    const actualStarts = items.flatMap((i) => (i.actualStartOn ? [i.actualStartOn] : [])).sort();
    const allDone = items.length > 0 && items.every((i) => i.actualDoneOn !== null);
    const plannedStartOn = phase.plannedOnly
      ? resolveDue(calendar, today, phase.plannedOnly.start)
      : (starts[0] ?? null);
    firstStart ??= plannedStartOn;
    rows.phases.push({
      id: phaseId,
      projectId,
      seq: index + 1,
      name: phase.name,
      investmentYuan: phase.investmentYuan,
      capacity: phase.capacity,
      expectedRevenueYuan: phase.expectedRevenueYuan ?? null,
      expectedTaxYuan: phase.expectedTaxYuan ?? null,
      expectedJobs: phase.expectedJobs ?? null,
      plannedStartOn,
      plannedEndOn: phase.plannedOnly
        ? resolveDue(calendar, today, phase.plannedOnly.end)
        : (dues[dues.length - 1] ?? null),
      actualStartOn: actualStarts[0] ?? null,
      actualEndOn: allDone
        ? (items
            .map((i) => i.actualDoneOn ?? '')
            .sort()
            .pop() ?? null)
        : null,
      isDemo: 1,
    });
  }
  const rag = projectRag(rules);
  const signedOn = spec.signedOn ?? firstStart ?? today;
  rows.projects.push({
    id: projectId,
    zoneId,
    code: '',
    name: spec.name,
    searchKeys: pinyinSearchKeys(spec.name),
    enterpriseId: spec.enterprise ? demoId(zone.code, 'enterprise', spec.enterprise) : null,
    parkId: demoId(zone.code, 'park', spec.park),
    parcelId: spec.parcel ? demoId(zone.code, 'parcel', spec.parcel) : null,
    buildingId: null,
    kind: spec.kind,
    isTransformation: spec.transformation ? 1 : 0,
    totalInvestmentYuan: spec.totalInvestmentYuan,
    taskForceId: demoId(zone.code, 'unit', spec.taskForce),
    leaderInChargeId: ctx.leaderId,
    leadId: null,
    signedOn,
    stage: deriveStage(stageItems),
    ragStatus: rag.status,
    ragSlackWorkdays: rag.slackWorkdays,
    description: spec.description,
    version: 1,
    isDemo: 1,
    createdBy: null,
    createdAt: ctx.stamp,
    updatedAt: ctx.stamp,
  });
  if (spec.leadName) rows.leadLinks.push({ leadName: spec.leadName, zoneId, projectId });
}

/** Codes XM-<year>-NNN as the server numbers them (nextProjectCode), in signing order within the zone. */
function assignCodes(projects: NewProject[]): void {
  const counters = new Map<string, number>();
  const bySigning = [...projects].sort(
    (a, b) => (a.signedOn ?? '').localeCompare(b.signedOn ?? '') || a.id.localeCompare(b.id),
  );
  for (const p of bySigning) {
    const year = (p.signedOn ?? '').slice(0, 4);
    const n = (counters.get(`${p.zoneId}/${year}`) ?? 0) + 1;
    counters.set(`${p.zoneId}/${year}`, n);
    p.code = `XM-${year}-${String(n).padStart(3, '0')}`;
  }
}

export async function seedDemoProjects(trx: Db, now: Date): Promise<void> {
  const stamp = now.toISOString();
  const today = demoZoneToday(now);
  const calendar = new WorkingCalendar();
  const rows: ProjectRows = { projects: [], phases: [], milestones: [], dependencies: [], leadLinks: [] };
  for (const [zone, specs] of [
    [CHANGZI, CHANGZI_PROJECTS],
    [QINGXU, QINGXU_PROJECTS],
  ] as const) {
    const ctx: ZoneContext = {
      zone,
      zoneId: demoId('zone', zone.code),
      today,
      stamp,
      calendar,
      random: seededRandom(
        [...`projects/${zone.code}`].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261),
      ),
      staff: await staffOf(trx, zone),
      leaderId: demoId('user', DEMO_USERNAME_BY_ROLE.leader),
      demoTaskForceUserId: demoId('user', DEMO_USERNAME_BY_ROLE.taskForceMember),
    };
    for (const spec of specs) addProject(ctx, spec, rows);
  }
  assignCodes(rows.projects);
  for (const link of rows.leadLinks) {
    const lead = await trx
      .selectFrom('leads')
      .select(['id', 'stage'])
      .where('zoneId', '=', link.zoneId)
      .where('name', '=', link.leadName)
      .executeTakeFirst();
    if (lead?.stage !== 'landed') throw new Error(`demo: lead ${link.leadName} is missing or not landed`);
    const project = rows.projects.find((p) => p.id === link.projectId);
    if (project) project.leadId = lead.id;
  }
  // Few rows (a dozen projects, under 200 items): one statement per table keeps the seed cheap.
  await trx.insertInto('projects').values(rows.projects).execute();
  await trx.insertInto('projectPhases').values(rows.phases).execute();
  await trx.insertInto('projectMilestones').values(rows.milestones).execute();
  await trx.insertInto('milestoneDependencies').values(rows.dependencies).execute();
  for (const p of rows.projects)
    if (p.leadId) await trx.updateTable('leads').set({ projectId: p.id }).where('id', '=', p.leadId).execute();
  // The change log of the last weeks, replayed from these rows' dates (a few hundred rows).
  const zoneCode = new Map([CHANGZI, QINGXU].map((z) => [demoId('zone', z.code), z.code]));
  const changes = demoProjectChanges(
    rows.projects,
    rows.milestones,
    (id) => zoneCode.get(id) ?? '',
    today,
    now,
    calendar,
    AMBER_WORKDAYS,
  );
  for (let i = 0; i < changes.length; i += 500)
    await trx
      .insertInto('projectChanges')
      .values(changes.slice(i, i + 500))
      .execute();
}
