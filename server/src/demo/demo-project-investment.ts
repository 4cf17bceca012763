import type { Db } from '../db/database.js';
import type { NewInvestmentMonth } from '../features/projects/investment/investment-month.table.js';
import { seededRandom } from './demo-enterprise-generator.js';
import { demoZoneToday } from './demo-projects.js';
import { CHANGZI, QINGXU } from './demo-zones.js';
import { demoId } from './seed.js';

/**
 * DEMO DATA (investment completed, issue 5 item 4). Two sources:
 * - 清徐 2022–2024 from the article: 2023 工业投资完成24.1亿元, 转型项目占94.5%. The three projects built
 *   then (demo-projects-qingxu.ts) carry exactly 2,410,000,000 yuan in 2023, 2,277,450,000 of it on
 *   transformation projects, so the summary computes the published figure; each project's years add
 *   up to its total investment.
 * - Every other demo project, the previous and the current year through the current month, from its
 *   own dates: nothing before signing, a little design and land money before construction starts,
 *   then an S-curve to completion or production (overdue: on until today), seasonal (winter and the
 *   Spring Festival are slow), never more than the phase's investment. 星萌's phase 2 thus spends
 *   through now and phase 1 (done 2023) nothing.
 * Runs inside seedDemo's transaction after the projects. Deterministic for a given now; is_demo = 1.
 */

const WAN = 10_000;
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
/** Construction slows in the cold months and around the Spring Festival. */
const SEASON = [0.55, 0.45, 0.9, 1, 1.05, 1.05, 1, 1, 1.05, 1.05, 0.95, 0.8];
const season = (index: number) => SEASON[index % 12] ?? 1;

/** Splits a total in 万元 over weights with the largest remainder, so the parts add up exactly. */
export function spreadWan(totalWan: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (totalWan * w) / sum);
  const parts = raw.map(Math.floor);
  const order = raw.map((r, i) => ({ i, rest: r - Math.floor(r) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const left = totalWan - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k++) {
    const at = order[k]?.i ?? 0;
    parts[at] = (parts[at] ?? 0) + 1;
  }
  return parts;
}

/** 清徐: what each historical project completed per year (万元) from which month to which, and its plans. */
interface History {
  key: string;
  years: { year: number; from: number; to: number; totalWan: number; planWan: number }[];
}
const QINGXU_HISTORY: History[] = [
  {
    key: 'meijin-coke-upgrade', // 16亿
    years: [
      { year: 2022, from: 3, to: 12, totalWan: 26_000, planWan: 30_000 },
      { year: 2023, from: 1, to: 12, totalWan: 120_345, planWan: 118_000 },
      { year: 2024, from: 1, to: 3, totalWan: 13_655, planWan: 13_000 },
    ],
  },
  {
    key: 'gengyang-coke-upgrade', // 13.5亿
    years: [
      { year: 2022, from: 5, to: 12, totalWan: 16_000, planWan: 15_000 },
      { year: 2023, from: 1, to: 12, totalWan: 107_400, planWan: 102_000 },
      { year: 2024, from: 1, to: 4, totalWan: 11_600, planWan: 13_000 },
    ],
  },
  {
    key: 'jinmei-depot', // 1.8亿, not a transformation project
    years: [
      { year: 2023, from: 3, to: 12, totalWan: 13_255, planWan: 15_000 },
      { year: 2024, from: 1, to: 1, totalWan: 4_745, planWan: 5_000 },
    ],
  },
];
/** The article's year: only the history above counts in it, whatever the seed date. */
const QINGXU_PUBLISHED_YEAR = 2023;

interface Rows {
  months: NewInvestmentMonth[];
  plans: { projectId: string; zoneId: string; year: number; plannedYuan: number }[];
}

interface ProjectFacts {
  id: string;
  zoneId: string;
  signedOn: string | null;
  taskForceId: string;
}

interface PhaseFacts {
  projectId: string;
  investmentYuan: number | null;
  plannedEndOn: string | null;
  items: { stepKey: string | null; plannedStartOn: string; dueOn: string; actualDoneOn: string | null }[];
}

/** Where a phase's money goes: design and land before construction starts, the rest while building. */
function phaseCurve(phase: PhaseFacts, signedOn: string, today: string): Map<number, number> | null {
  const investment = phase.investmentYuan ?? 0;
  const dateOf = (step: string) => {
    const item = phase.items.find((i) => i.stepKey === step);
    if (!item) return null;
    return item.actualDoneOn ?? (item.dueOn < today ? today : item.dueOn);
  };
  const start = phase.items.map((i) => i.plannedStartOn).sort()[0];
  const build = dateOf('constructionStart');
  const end = [dateOf('completionAcceptance'), dateOf('productionStart'), phase.plannedEndOn]
    .filter((d): d is string => d !== null)
    .sort()
    .pop();
  if (investment <= 0 || !start || !build || !end) return null;
  const first = monthIndex((start > signedOn ? start : signedOn).slice(0, 7));
  const building = Math.max(first, monthIndex(build.slice(0, 7)));
  const last = Math.max(building, monthIndex(end.slice(0, 7)));
  const curve = new Map<number, number>();
  const before = building - first;
  for (let m = first; m < building; m++) curve.set(m, (investment * 0.06) / before);
  const n = last - building + 1;
  const hump = Array.from({ length: n }, (_, i) => (Math.sin((Math.PI * (i + 0.5)) / n) + 0.35) * season(building + i));
  const sum = hump.reduce((a, b) => a + b, 0);
  const share = before > 0 ? 0.94 : 1;
  for (const [i, w] of hump.entries()) curve.set(building + i, (investment * share * w) / sum);
  return curve;
}

function dayOfMonthShare(today: string): number {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return d / new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** When a month's figure is reported: the 10th of the next month, 09:00 in the zone, or now for the current one. */
function reportedAt(monthIdx: number, currentIdx: number, stamp: string): string {
  if (monthIdx >= currentIdx) return stamp;
  const next = monthOf(monthIdx + 1);
  const at = `${next}-10T01:00:00.000Z`;
  return at < stamp ? at : stamp;
}

function addCurves(
  rows: Rows,
  project: ProjectFacts,
  phases: PhaseFacts[],
  window: { from: number; to: number; today: string; stamp: string; skipYear: number | null },
  recordedBy: string | null,
): void {
  const random = seededRandom(
    [...project.id].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261),
  );
  const signedOn = project.signedOn ?? window.today;
  const total = new Map<number, number>();
  const expected = new Map<number, number>();
  for (const phase of phases) {
    const curve = phaseCurve(phase, signedOn, window.today);
    if (!curve) continue;
    let spent = 0;
    for (const [m, amount] of [...curve.entries()].sort((a, b) => a[0] - b[0])) {
      expected.set(Math.floor(m / 12), (expected.get(Math.floor(m / 12)) ?? 0) + amount);
      const partial = m === window.to ? dayOfMonthShare(window.today) : 1;
      const noisy = Math.round((amount * (0.85 + random() * 0.3) * partial) / WAN) * WAN;
      const capped = Math.min(noisy, Math.max(0, (phase.investmentYuan ?? 0) - spent));
      spent += capped;
      if (m <= window.to) total.set(m, (total.get(m) ?? 0) + capped);
    }
  }
  for (const [m, amount] of [...total.entries()].sort((a, b) => a[0] - b[0])) {
    if (m < window.from || m > window.to || amount <= 0 || Math.floor(m / 12) === window.skipYear) continue;
    rows.months.push({
      projectId: project.id,
      zoneId: project.zoneId,
      month: monthOf(m),
      completedYuan: amount,
      note: null,
      recordedBy,
      version: 1,
      isDemo: 1,
      updatedAt: reportedAt(m, window.to, window.stamp),
    });
  }
  // The plan: what the schedule expects of the year, with the usual margin, in 百万元.
  for (let year = Math.floor(window.from / 12); year <= Math.floor(window.to / 12); year++) {
    const planned = Math.round(((expected.get(year) ?? 0) * 1.08) / 1_000_000) * 1_000_000;
    if (planned > 0 && year !== window.skipYear)
      rows.plans.push({ projectId: project.id, zoneId: project.zoneId, year, plannedYuan: planned });
  }
}

function addHistory(
  rows: Rows,
  history: History,
  zoneId: string,
  currentIdx: number,
  stamp: string,
  by: string | null,
) {
  const projectId = demoId(QINGXU.code, 'project', history.key);
  for (const y of history.years) {
    const indexes = Array.from({ length: y.to - y.from + 1 }, (_, i) => y.year * 12 + y.from - 1 + i);
    const parts = spreadWan(y.totalWan, indexes.map(season));
    for (const [i, m] of indexes.entries())
      if (m <= currentIdx)
        rows.months.push({
          projectId,
          zoneId,
          month: monthOf(m),
          completedYuan: (parts[i] ?? 0) * WAN,
          note: null,
          recordedBy: by,
          version: 1,
          isDemo: 1,
          updatedAt: reportedAt(m, currentIdx, stamp),
        });
    rows.plans.push({ projectId, zoneId, year: y.year, plannedYuan: y.planWan * WAN });
  }
}

export async function seedDemoProjectInvestment(trx: Db, now: Date): Promise<void> {
  const today = demoZoneToday(now);
  const stamp = now.toISOString();
  const currentIdx = monthIndex(today.slice(0, 7));
  const zoneIds = [CHANGZI, QINGXU].map((z) => demoId('zone', z.code));
  const projects = await trx
    .selectFrom('projects')
    .select(['id', 'zoneId', 'signedOn', 'taskForceId'])
    .where('zoneId', 'in', zoneIds)
    .where('isDemo', '=', 1)
    .orderBy('id')
    .execute();
  const phaseRows = await trx
    .selectFrom('projectPhases')
    .select(['id', 'projectId', 'investmentYuan', 'plannedEndOn'])
    .where(
      'projectId',
      'in',
      projects.map((p) => p.id),
    )
    .orderBy('projectId')
    .orderBy('seq')
    .execute();
  const items = await trx
    .selectFrom('projectMilestones')
    .select(['phaseId', 'stepKey', 'plannedStartOn', 'dueOn', 'actualDoneOn'])
    .where(
      'projectId',
      'in',
      projects.map((p) => p.id),
    )
    .execute();
  // Who reports a project's figures: the first demo member of its task force.
  const members = await trx
    .selectFrom('userOrgUnits')
    .innerJoin('users', 'users.id', 'userOrgUnits.userId')
    .select(['userOrgUnits.orgUnitId', 'users.id'])
    .where('users.isDemo', '=', 1)
    .orderBy('users.username')
    .execute();
  const reporter = (taskForceId: string) => members.find((m) => m.orgUnitId === taskForceId)?.id ?? null;

  const rows: Rows = { months: [], plans: [] };
  const qingxuId = demoId('zone', QINGXU.code);
  const historical = new Set(QINGXU_HISTORY.map((h) => demoId(QINGXU.code, 'project', h.key)));
  for (const history of QINGXU_HISTORY) {
    const project = projects.find((p) => p.id === demoId(QINGXU.code, 'project', history.key));
    if (!project) throw new Error(`demo: 清徐 project ${history.key} is missing`);
    addHistory(rows, history, qingxuId, currentIdx, stamp, reporter(project.taskForceId));
  }
  const window = { from: (Math.floor(currentIdx / 12) - 1) * 12, to: currentIdx, today, stamp };
  for (const project of projects) {
    if (historical.has(project.id)) continue;
    const phases = phaseRows
      .filter((ph) => ph.projectId === project.id)
      .map((ph) => ({ ...ph, items: items.filter((i) => i.phaseId === ph.id) }));
    const skipYear = project.zoneId === qingxuId ? QINGXU_PUBLISHED_YEAR : null;
    addCurves(rows, project, phases, { ...window, skipYear }, reporter(project.taskForceId));
  }
  const stampPlans = rows.plans.map((p) => ({ ...p, updatedBy: null, isDemo: 1, updatedAt: stamp }));
  for (let i = 0; i < rows.months.length; i += 500)
    await trx
      .insertInto('projectInvestmentMonths')
      .values(rows.months.slice(i, i + 500))
      .execute();
  if (stampPlans.length > 0) await trx.insertInto('projectInvestmentPlans').values(stampPlans).execute();
}
