import { type ProjectKind, planFromTemplate, STEP_KEYS, type StepKey } from '@zonehub/project-rules';
import type { WorkingCalendar } from '@zonehub/working-calendar';

/**
 * DEMO DATA (projects): turns a phase's description (what is done, when the open items fall due)
 * into a checklist planned from the kind's template, with believable actual dates for what is done.
 * Pure: the calendar, today and the PRNG come in, so the same seed date gives the same rows.
 */

/** When an open item falls due: working days from today (negative: overdue), or a year's end. */
export type DueSpec = { inWorkdays: number } | { endOfYear: number } | { startOfYear: number };

export interface DemoPhaseSpec {
  name: string;
  investmentYuan: number;
  capacity: string | null;
  expectedRevenueYuan?: number;
  expectedTaxYuan?: number;
  expectedJobs?: number;
  /** No checklist yet (a planned later phase): only the phase's planned span. */
  plannedOnly?: { start: DueSpec; end: DueSpec };
  /** Every step up to this one (in STEP_KEYS order) is done; null: none is. */
  doneThrough?: StepKey | null;
  /** Template steps left out of this phase's checklist. */
  omit?: StepKey[];
  /** A fixed plan start (past facts); otherwise the plan is placed so the first `due` step lands on it. */
  planStart?: string;
  /** Actual completion dates stated or implied by the article. */
  actualDone?: Partial<Record<StepKey, string>>;
  /** Due dates of open items; the first (in STEP_KEYS order) anchors the plan, later ones replan. */
  due?: Partial<Record<StepKey, DueSpec>>;
  notes?: Partial<Record<StepKey, string>>;
}

export interface DemoProjectSpec {
  key: string;
  name: string;
  kind: ProjectKind;
  transformation: boolean;
  taskForce: string;
  enterprise: string | null;
  park: string;
  parcel: string | null;
  totalInvestmentYuan: number;
  /** Stated signing date; otherwise the start of the first phase's plan. */
  signedOn?: string;
  /** The investment lead (by name) this project was handed over from. */
  leadName?: string;
  /** Open items belong to the demo `taskforce` account (so its own views are not empty). */
  openItemsToDemoAccount?: boolean;
  description: string;
  phases: DemoPhaseSpec[];
}

/** One checklist item of a phase, before it gets ids, an owner and its light. */
export interface PlannedItem {
  stepKey: StepKey;
  /** Predecessors within the phase (steps left out are bridged to their own predecessors). */
  after: StepKey[];
  plannedStartOn: string;
  dueOn: string;
  baselineStartOn: string;
  baselineDueOn: string;
  actualStartOn: string | null;
  actualDoneOn: string | null;
  notes: string | null;
}

const DAY_MS = 86_400_000;

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** n working days after day (n ≥ 0), or |n| working days before it (n < 0). */
export function shiftWorkdays(calendar: WorkingCalendar, day: string, n: number): string {
  if (n >= 0) return calendar.addWorkdays(day, n);
  let at = day;
  for (let left = -n; left > 0; ) {
    at = addDays(at, -1);
    if (calendar.isWorkday(at)) left--;
  }
  return at;
}

const lastWorkdayOnOrBefore = (calendar: WorkingCalendar, day: string) => {
  let at = day;
  while (!calendar.isWorkday(at)) at = addDays(at, -1);
  return at;
};

export function resolveDue(calendar: WorkingCalendar, today: string, due: DueSpec): string {
  const year = Number(today.slice(0, 4));
  if ('inWorkdays' in due) return shiftWorkdays(calendar, calendar.addWorkdays(today, 0), due.inWorkdays);
  if ('endOfYear' in due) return lastWorkdayOnOrBefore(calendar, `${year + due.endOfYear}-12-31`);
  return calendar.addWorkdays(`${year + due.startOfYear}-01-01`, 0);
}

const order = (key: StepKey) => STEP_KEYS.indexOf(key);
const maxDay = (a: string | null, b: string | null) => (a === null ? b : b === null || a > b ? a : b);
const minDay = (a: string, b: string) => (a < b ? a : b);

export function planPhase(
  spec: DemoPhaseSpec,
  kind: ProjectKind,
  calendar: WorkingCalendar,
  today: string,
  random: () => number,
): PlannedItem[] {
  const omit = new Set(spec.omit ?? []);
  const due = spec.due ?? {};
  const dueKeys = (Object.keys(due) as StepKey[]).sort((a, b) => order(a) - order(b));
  const reference = spec.planStart ?? calendar.addWorkdays(today, 0);
  let plan = planFromTemplate(kind, reference, calendar);
  // Without a stated start, the plan is placed so that its first open item falls due when stated.
  const anchor = spec.planStart ? undefined : dueKeys.find((k) => plan.some((s) => s.stepKey === k));
  const anchorSpec = anchor ? due[anchor] : undefined;
  const anchored = plan.find((s) => s.stepKey === anchor);
  if (anchored && anchorSpec) {
    const delta = calendar.workdaysBetween(anchored.dueOn, resolveDue(calendar, today, anchorSpec));
    plan = planFromTemplate(kind, shiftWorkdays(calendar, reference, delta), calendar);
  }
  const afterOf = new Map(plan.map((s) => [s.stepKey, s.after]));
  const bridged = (keys: StepKey[]): StepKey[] =>
    keys.flatMap((k) => (omit.has(k) ? bridged(afterOf.get(k) ?? []) : [k]));
  const items = new Map<StepKey, PlannedItem>();
  for (const s of plan)
    if (!omit.has(s.stepKey))
      items.set(s.stepKey, {
        stepKey: s.stepKey,
        after: [...new Set(bridged(s.after))],
        plannedStartOn: s.plannedStartOn,
        dueOn: s.dueOn,
        baselineStartOn: s.plannedStartOn,
        baselineDueOn: s.dueOn,
        actualStartOn: null,
        actualDoneOn: null,
        notes: spec.notes?.[s.stepKey] ?? null,
      });
  for (const key of dueKeys)
    if (key !== anchor) replan(items, key, resolveDue(calendar, today, due[key] ?? { inWorkdays: 0 }), calendar);
  // A phase with a stated start keeps the template plan as its baseline; the others were never replanned.
  if (!spec.planStart)
    for (const item of items.values()) {
      item.baselineStartOn = item.plannedStartOn;
      item.baselineDueOn = item.dueOn;
    }
  fillActuals([...items.values()], spec, calendar, today, random);
  return [...items.values()];
}

/** Moves an item's due date and shifts everything that waits on it by the same working days. */
function replan(items: Map<StepKey, PlannedItem>, key: StepKey, dueOn: string, calendar: WorkingCalendar): void {
  const item = items.get(key);
  if (!item) return;
  const delta = calendar.workdaysBetween(item.dueOn, dueOn);
  item.dueOn = dueOn;
  item.plannedStartOn = minDay(item.plannedStartOn, dueOn);
  const waiting = new Set<StepKey>();
  const visit = (k: StepKey) => {
    for (const other of items.values())
      if (other.after.includes(k) && !waiting.has(other.stepKey)) {
        waiting.add(other.stepKey);
        visit(other.stepKey);
      }
  };
  visit(key);
  for (const k of waiting) {
    const next = items.get(k);
    if (!next) continue;
    next.plannedStartOn = shiftWorkdays(calendar, next.plannedStartOn, delta);
    next.dueOn = shiftWorkdays(calendar, next.dueOn, delta);
  }
}

/** Done items finish near their due date (a few days either side), never before their predecessors. */
function fillActuals(
  items: PlannedItem[],
  spec: DemoPhaseSpec,
  calendar: WorkingCalendar,
  today: string,
  random: () => number,
): void {
  const doneUpTo = spec.doneThrough ? order(spec.doneThrough) : -1;
  const byKey = new Map(items.map((i) => [i.stepKey, i]));
  // Predecessors come first in STEP_KEYS order, so one pass in that order sees them settled.
  for (const item of [...items].sort((a, b) => order(a.stepKey) - order(b.stepKey))) {
    const preds = item.after.map((k) => byKey.get(k));
    const predsDone = preds.every((p) => p?.actualDoneOn);
    const predDone = preds.reduce<string | null>((m, p) => maxDay(m, p?.actualDoneOn ?? null), null);
    if (order(item.stepKey) <= doneUpTo) {
      const stated = spec.actualDone?.[item.stepKey];
      const near = calendar.addWorkdays(addDays(item.dueOn, Math.floor(random() * 7) - 3), 0);
      const done = minDay(maxDay(stated ?? near, predDone) ?? near, today);
      const startBase = stated ? (predDone ?? item.plannedStartOn) : (maxDay(item.plannedStartOn, predDone) ?? done);
      item.actualDoneOn = done;
      item.actualStartOn = minDay(startBase, done);
    } else if (predsDone && item.plannedStartOn <= today) {
      item.actualStartOn = minDay(maxDay(item.plannedStartOn, predDone) ?? today, today);
    }
  }
}
