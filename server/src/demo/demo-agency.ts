import { DEMO_USERNAME_BY_ROLE } from '@zonehub/access';
import type { StepKey } from '@zonehub/project-rules';
import { WorkingCalendar } from '@zonehub/working-calendar';
import type { Db } from '../db/database.js';
import type { NewAgencyItem } from '../features/projects/agency/agency.table.js';
import { seedDemoAgencySteps, spreadDemoStates } from './demo-agency-states.js';
import { seededRandom } from './demo-enterprise-generator.js';
import { demoZoneToday } from './demo-projects.js';
import { shiftWorkdays } from './demo-projects-plan.js';
import { CHANGZI, type DemoZone, QINGXU } from './demo-zones.js';
import { demoId } from './seed.js';

/**
 * DEMO DATA (agency service 全代办, issue 5): the approval items the zones handled for the demo
 * projects, derived from the checklist seedDemoProjects wrote so the two agree: an item is approved
 * on the day its milestone was done, open while its milestone is under way, and absent while the
 * milestone has not started. Submission goes back from approval by a share of the statutory limit;
 * a few items go by 容缺受理 (accepted the day they came in) or 承诺制 (approved within days). Per
 * zone one open item stays past its limit and one approval ran late, so the desk and the statistics
 * show both. Deterministic for a given `now`; every row is_demo = 1.
 */

type Desk = 'approval' | 'development' | 'environment' | 'land' | 'housing';

interface ItemSpec {
  item: string;
  desk: Desk;
  /** 法定时限 in working days, as the zones' service guides state them (some already shortened). */
  statutoryDays: number;
  commitmentShare: number;
  toleranceShare: number;
}

const ITEMS: Partial<Record<StepKey, ItemSpec[]>> = {
  approvalFiling: [
    { item: '项目备案', desk: 'development', statutoryDays: 3, commitmentShare: 0.6, toleranceShare: 0 },
  ],
  energyReview: [
    { item: '节能审查', desk: 'development', statutoryDays: 15, commitmentShare: 0.4, toleranceShare: 0.2 },
  ],
  environmentalReview: [
    { item: '环评批复', desk: 'environment', statutoryDays: 20, commitmentShare: 0, toleranceShare: 0.4 },
  ],
  landPreReview: [{ item: '用地预审', desk: 'land', statutoryDays: 20, commitmentShare: 0, toleranceShare: 0.3 }],
  planningPermit: [
    { item: '建设用地规划许可', desk: 'land', statutoryDays: 20, commitmentShare: 0, toleranceShare: 0.2 },
    { item: '建设工程规划许可', desk: 'approval', statutoryDays: 20, commitmentShare: 0.3, toleranceShare: 0.2 },
  ],
  constructionPermit: [
    { item: '施工许可', desk: 'approval', statutoryDays: 7, commitmentShare: 0.5, toleranceShare: 0.3 },
  ],
  completionAcceptance: [
    { item: '竣工验收备案', desk: 'housing', statutoryDays: 5, commitmentShare: 0, toleranceShare: 0 },
  ],
};

/** Which of the zone's real departments (demo-zones.ts) handles each kind of item. */
const DESKS: Record<string, Record<Desk, string>> = {
  [CHANGZI.code]: {
    approval: '行政审批服务局',
    development: '经济发展局',
    environment: '环保服务所',
    land: '自然资源服务所',
    housing: '住建服务所',
  },
  [QINGXU.code]: {
    approval: '行政审批局',
    development: '行政审批局',
    environment: '生态环境分局',
    land: '自然资源所',
    housing: '住建局',
  },
};

/** 经办人 of departments without a demo account (names only; the desk records who handled it). */
const HANDLER_NAMES: Record<string, string[]> = {
  行政审批服务局: ['郭志强', '申晓燕'],
  经济发展局: ['李建平', '牛丽娟'],
  自然资源服务所: ['王海军', '秦文斌'],
  住建服务所: ['赵永胜', '常红霞'],
  行政审批局: ['武晓东', '阎丽萍'],
  生态环境分局: ['张泽宇', '梁慧芳'],
  自然资源所: ['侯建国', '田晓红'],
  住建局: ['贾文涛', '任雅琴'],
};

interface MilestoneFact {
  projectId: string;
  zoneId: string;
  stepKey: string | null;
  plannedStartOn: string;
  actualStartOn: string | null;
  actualDoneOn: string | null;
  phaseName: string | null;
  phaseSeq: number | null;
}

function milestonesOf(trx: Db): Promise<MilestoneFact[]> {
  return trx
    .selectFrom('projectMilestones')
    .innerJoin('projects', 'projects.id', 'projectMilestones.projectId')
    .leftJoin('projectPhases', 'projectPhases.id', 'projectMilestones.phaseId')
    .select([
      'projects.id as projectId',
      'projects.zoneId',
      'projectMilestones.stepKey',
      'projectMilestones.plannedStartOn',
      'projectMilestones.actualStartOn',
      'projectMilestones.actualDoneOn',
      'projectPhases.name as phaseName',
      'projectPhases.seq as phaseSeq',
    ])
    .where('projects.isDemo', '=', 1)
    .where('projectMilestones.stepKey', 'in', Object.keys(ITEMS))
    .orderBy('projects.code')
    .orderBy('projectMilestones.seq')
    .execute();
}

interface ZoneRun {
  zone: DemoZone;
  zoneId: string;
  today: string;
  calendar: WorkingCalendar;
  random: () => number;
  stamp: string;
  overdueLeft: number;
  lateLeft: number;
}

const pick = <T>(random: () => number, list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];

function handlerOf(run: ZoneRun, department: string): { handledById: string | null; handledByName: string | null } {
  // The demo department account sits in 长子's 环保服务所 (seed.ts PLACEMENT): its items are its own.
  if (run.zone.code === CHANGZI.code && department === DESKS[CHANGZI.code]?.environment)
    return {
      handledById: demoId('user', DEMO_USERNAME_BY_ROLE.departmentStaff),
      handledByName: '部门工作人员（演示）',
    };
  return { handledById: null, handledByName: pick(run.random, HANDLER_NAMES[department] ?? []) ?? null };
}

function itemRow(run: ZoneRun, m: MilestoneFact, spec: ItemSpec, label: string): NewAgencyItem | null {
  const { calendar, today, random } = run;
  const department = DESKS[run.zone.code]?.[spec.desk];
  if (!department) return null;
  const commitment = random() < spec.commitmentShare;
  const tolerance = !commitment && random() < spec.toleranceShare;
  const limit = spec.statutoryDays;
  let submittedOn: string;
  let approvedOn: string | null = null;
  let notes: string | null = null;
  if (m.actualDoneOn !== null) {
    approvedOn = m.actualDoneOn;
    let days = commitment ? 1 + Math.floor(random() * 2) : Math.ceil(limit * (0.35 + 0.6 * random()));
    // The late one must still have been submitted after its milestone began.
    const lateFrom = shiftWorkdays(calendar, approvedOn, -(limit + 3));
    if (!commitment && run.lateLeft > 0 && limit >= 15 && lateFrom >= m.plannedStartOn) {
      days = limit + 3;
      run.lateLeft -= 1;
      notes = '专家评审意见修改后重新报审，超出法定时限。';
    }
    submittedOn = shiftWorkdays(calendar, approvedOn, -days);
  } else if (m.plannedStartOn <= today) {
    submittedOn = m.actualStartOn ?? m.plannedStartOn;
    if (calendar.workdaysBetween(submittedOn, today) > limit) {
      if (run.overdueLeft > 0) {
        run.overdueLeft -= 1;
        notes = '待企业补充专项论证材料，已超法定时限，专班督办。';
      } else {
        // Resubmitted after 补正: the clock restarts on the day the complete papers came in.
        submittedOn = shiftWorkdays(calendar, today, -Math.max(1, Math.floor(limit * (0.2 + 0.5 * random()))));
        notes = '补正材料后重新提交。';
      }
    }
  } else return null;
  const inProgress = approvedOn === null && calendar.workdaysBetween(submittedOn, today) < 1 && !tolerance;
  const acceptedOn =
    tolerance || submittedOn === approvedOn ? submittedOn : inProgress ? null : nextDay(run, submittedOn, approvedOn);
  if (tolerance) notes = notes ?? '容缺受理，次要材料承诺后补。';
  if (commitment) notes = notes ?? '告知承诺制办理。';
  return {
    id: demoId(run.zone.code, 'agency', m.projectId, label),
    zoneId: run.zoneId,
    projectId: m.projectId,
    item: label,
    departmentId: demoId(run.zone.code, 'unit', department),
    submittedOn,
    acceptedOn,
    approvedOn,
    statutoryDays: limit,
    toleranceFlag: tolerance ? 1 : 0,
    commitmentFlag: commitment ? 1 : 0,
    ...(acceptedOn === null ? { handledById: null, handledByName: null } : handlerOf(run, department)),
    notes,
    state: 'draft',
    version: 1,
    isDemo: 1,
    createdAt: run.stamp,
    updatedAt: run.stamp,
  };
}

/** Accepted the working day after submission, never after approval or today. */
function nextDay(run: ZoneRun, submittedOn: string, approvedOn: string | null): string {
  const next = shiftWorkdays(run.calendar, submittedOn, 1);
  const cap = approvedOn ?? run.today;
  return next > cap ? submittedOn : next;
}

export async function seedDemoAgency(trx: Db, now: Date): Promise<void> {
  const today = demoZoneToday(now);
  const calendar = new WorkingCalendar();
  const facts = await milestonesOf(trx);
  const rows: NewAgencyItem[] = [];
  for (const zone of [CHANGZI, QINGXU]) {
    const run: ZoneRun = {
      zone,
      zoneId: demoId('zone', zone.code),
      today,
      calendar,
      random: seededRandom(
        [...`agency/${zone.code}`].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261),
      ),
      stamp: now.toISOString(),
      overdueLeft: 1,
      lateLeft: 1,
    };
    const mine = facts.filter((m) => m.zoneId === run.zoneId);
    for (const m of mine) {
      const later = m.phaseSeq !== null && m.phaseSeq > 1 && m.phaseName !== null;
      for (const spec of ITEMS[m.stepKey as StepKey] ?? []) {
        // 二期（企业孵化中心） labels its item 环评批复（二期）: the phase's short name, no nested brackets.
        const phase = m.phaseName?.replace(/（.*$/, '');
        const row = itemRow(run, m, spec, later ? `${spec.item}（${phase}）` : spec.item);
        if (row) rows.push(row);
      }
    }
  }
  ensureOpenForDemoDesk(rows, calendar, today);
  const desk = demoId(CHANGZI.code, 'unit', DESKS[CHANGZI.code]?.environment ?? '');
  const returnedOn = spreadDemoStates(rows, calendar, today, desk);
  if (rows.length > 0) await trx.insertInto('agencyItems').values(rows).execute();
  await seedDemoAgencySteps(trx, rows, returnedOn, now);
}

/**
 * The demo department account must find something to do: when the plan leaves 长子's 环保服务所 with
 * nothing open, its latest approval is reopened as just submitted (容缺, accepted the same day).
 */
function ensureOpenForDemoDesk(rows: NewAgencyItem[], calendar: WorkingCalendar, today: string): void {
  const desk = demoId(CHANGZI.code, 'unit', DESKS[CHANGZI.code]?.environment ?? '');
  const ours = rows.filter((r) => r.departmentId === desk);
  if (ours.length === 0 || ours.some((r) => r.approvedOn === null)) return;
  const last = ours.reduce((a, b) => ((a.approvedOn ?? '') >= (b.approvedOn ?? '') ? a : b));
  const submittedOn = shiftWorkdays(calendar, today, -3);
  Object.assign(last, {
    submittedOn,
    acceptedOn: submittedOn,
    approvedOn: null,
    toleranceFlag: 1,
    commitmentFlag: 0,
    notes: '容缺受理，次要材料承诺后补。',
  });
}
