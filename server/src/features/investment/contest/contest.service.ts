import {
  CONTEST_METRICS,
  type ContestCounts,
  type ContestWeights,
  completionPercent,
  contestScore,
  leaderboard,
  previousPeriod,
  zeroCounts,
} from '@zonehub/investment-rules';
import type { Db } from '../../../db/database.js';
import type { AppContext, Scope } from '../../../http/context.js';
import type { Locale } from '../../../http/locale.js';
import { TASK_FORCE_BOUND } from '../lead-scope.js';
import { loadSettings } from '../settings/settings.repository.js';
import { listTaskForces, loadTargets, type TargetRow } from '../settings/targets.repository.js';
import { type ContestGroup, countContestGroups, personNames } from './contest.repository.js';
import type { ContestRow, ContestView } from './contest.schema.js';
import { resolvePeriod } from './contest-period.js';

const add = (into: ContestCounts, counts: ContestCounts) => {
  for (const m of CONTEST_METRICS) into[m] += counts[m];
};

/**
 * Whose people rows the caller sees: the contest board of task forces is public inside the zone, but
 * task-force-bound roles (investment staff, task-force members) see people only for the work done in
 * their own task forces, and park staff (who work no task force) see no people at all.
 */
function peopleTaskForces(scope: Scope): ReadonlySet<string> | 'all' {
  if (TASK_FORCE_BOUND.has(scope.role)) return new Set(scope.orgUnitIds);
  if (scope.parkIds !== null || scope.enterpriseId !== null) return new Set();
  return 'all';
}

function totalsBy(groups: readonly ContestGroup[], keyOf: (g: ContestGroup) => string | null) {
  const totals = new Map<string, ContestCounts>();
  for (const g of groups) {
    const k = keyOf(g);
    if (k === null) continue;
    let counts = totals.get(k);
    if (!counts) {
      counts = zeroCounts();
      totals.set(k, counts);
    }
    add(counts, g.counts);
  }
  return totals;
}

function targetsOf(rows: readonly TargetRow[], counts: ContestCounts) {
  return rows.map((t) => ({
    metric: t.metric,
    target: t.target,
    actual: counts[t.metric],
    completion: completionPercent(counts[t.metric], t.target),
  }));
}

/**
 * Overall completion of a task force: the plain mean of its metric completions that have a (positive)
 * target, one decimal. A plain mean rather than a weighted one because targets are set per metric in
 * their own units; the weights already make the score, and the completion answers "how far along the
 * targets the zone set is this task force", each target counting alike. Over-achievement is not capped.
 */
function overallCompletion(targets: readonly { completion: number | null }[]): number | null {
  const values = targets.map((t) => t.completion).filter((c): c is number => c !== null);
  if (values.length === 0) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

function scored(totals: Map<string, ContestCounts>, weights: ContestWeights) {
  return [...totals].map(([key, counts]) => ({ key, counts, score: contestScore(counts, weights) }));
}

export async function buildContest(
  ctx: AppContext,
  db: Db,
  scope: Scope,
  periodKey: string | undefined,
  locale: Locale,
): Promise<ContestView> {
  const { zoneId } = scope;
  const period = await resolvePeriod(ctx, db, zoneId, periodKey, locale);
  const before = previousPeriod(period);
  const [settings, taskForces, targets, current, previous] = await Promise.all([
    loadSettings(db, zoneId),
    listTaskForces(db, zoneId),
    loadTargets(db, zoneId, period.key),
    countContestGroups(db, zoneId, period),
    countContestGroups(db, zoneId, before),
  ]);
  const { weights } = settings;
  const names = new Map(taskForces.map((t) => [t.id, t.name]));

  // Task forces: every one of the zone's, zero rows included, in code order before ranking.
  const forceTotals = (groups: readonly ContestGroup[]) => {
    const totals = new Map(taskForces.map((t) => [t.id, zeroCounts()]));
    for (const [id, counts] of totalsBy(groups, (g) => g.taskForceId)) {
      const into = totals.get(id);
      if (into) add(into, counts);
    }
    return totals;
  };
  const forceBoard = leaderboard(
    scored(forceTotals(current), weights).map((e) => ({ ...e, entry: e })),
    scored(forceTotals(previous), weights),
  );
  const taskForceRows: ContestRow[] = forceBoard.map((r) => {
    const rowTargets = targetsOf(
      targets.filter((t) => t.taskForceId === r.entry.key),
      r.entry.counts,
    );
    return {
      key: `taskForce:${r.entry.key}`,
      id: r.entry.key,
      name: names.get(r.entry.key) ?? '',
      counts: r.entry.counts,
      score: r.score,
      rank: r.rank,
      previousRank: r.previousRank,
      rankChange: r.rankChange,
      targets: rowTargets,
      completion: overallCompletion(rowTargets),
    };
  });

  // People: those with at least one counted item in a task force whose people the caller may see.
  const visible = peopleTaskForces(scope);
  const personOf = (g: ContestGroup) =>
    g.personId !== null && names.has(g.taskForceId) && (visible === 'all' || visible.has(g.taskForceId))
      ? g.personId
      : null;
  const personTotals = totalsBy(current, personOf);
  const people = await personNames(db, [...personTotals.keys()]);
  const workedIn = new Map<string, Set<string>>();
  for (const g of current) {
    const person = personOf(g);
    if (person !== null) workedIn.set(person, (workedIn.get(person) ?? new Set()).add(g.taskForceId));
  }
  const byName = scored(personTotals, weights).sort((a, b) =>
    (people.get(a.key) ?? '').localeCompare(people.get(b.key) ?? '', 'zh-CN'),
  );
  const personBoard = leaderboard(
    byName.map((e) => ({ ...e, entry: e })),
    scored(totalsBy(previous, personOf), weights),
  );
  const peopleRows: ContestRow[] = personBoard.map((r) => ({
    key: `user:${r.entry.key}`,
    id: r.entry.key,
    name: people.get(r.entry.key) ?? '',
    taskForceName: taskForces
      .filter((t) => workedIn.get(r.entry.key)?.has(t.id))
      .map((t) => t.name)
      .join('、'),
    counts: r.entry.counts,
    score: r.score,
    rank: r.rank,
    previousRank: r.previousRank,
    rankChange: r.rankChange,
    targets: [],
    completion: null,
  }));

  return { period: period.key, previousPeriod: before.key, weights, taskForces: taskForceRows, people: peopleRows };
}
