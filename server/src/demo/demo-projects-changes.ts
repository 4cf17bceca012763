import { deriveStage, projectRag, type RagRule, type RagStatus, ragOf } from '@zonehub/project-rules';
import type { WorkingCalendar } from '@zonehub/working-calendar';
import type { NewMilestone, NewProject, ProjectStage } from '../features/projects/project.table.js';
import type { NewProjectChange } from '../features/projects/project-change.table.js';
import { addDays } from './demo-projects-plan.js';
import { demoId } from './seed.js';

/**
 * DEMO DATA (projects' change log): the recent history the demo projects' own dates imply, replayed
 * day by day over the last weeks as the server would have logged it. Each morning the daily job
 * (by no one) turns the lights the passing day turned (green → amber as a due date nears, amber →
 * red once it passes); each item done that day is logged by its owner: done, its light → done, and
 * the project's light and stage if they moved. Nothing is invented beside the seeded dates: due
 * dates moved are not replayed (the seed does not know when they were moved). Deterministic for a
 * given `now`; the last day's state is exactly the stored one.
 */
const HISTORY_DAYS = 42;
const ZONE_OFFSET = '+08:00'; // both demo zones are in Asia/Shanghai

interface ItemState {
  status: RagStatus;
}
interface ProjectState {
  status: RagStatus;
  stage: ProjectStage;
}

export function demoProjectChanges(
  projects: readonly NewProject[],
  milestones: readonly NewMilestone[],
  zoneCodeOf: (zoneId: string) => string,
  today: string,
  now: Date,
  calendar: WorkingCalendar,
  amberWorkdays: number,
  /** The benchmark replays a longer history over its generated projects. */
  historyDays = HISTORY_DAYS,
): NewProjectChange[] {
  const itemsOf = new Map<string, NewMilestone[]>();
  for (const m of milestones) itemsOf.set(m.projectId, [...(itemsOf.get(m.projectId) ?? []), m]);
  const nowIso = now.toISOString();
  // An instant on a zone day, never after the seed's now (today's changes happened earlier today).
  const instant = (day: string, time: string) => {
    const iso = new Date(`${day}T${time}${ZONE_OFFSET}`).toISOString();
    return [iso, nowIso].sort()[0] ?? nowIso;
  };
  const out: NewProjectChange[] = [];
  for (const project of projects) {
    const items = itemsOf.get(project.id) ?? [];
    const zone = zoneCodeOf(project.zoneId);
    type Done = (m: NewMilestone) => string | null;
    const doneThrough =
      (through: string): Done =>
      (m) =>
        m.actualDoneOn && m.actualDoneOn <= through ? m.actualDoneOn : null;
    /** The items' lights and the project's light and stage on `day`, with the items `done` says are done. */
    const stateOn = (day: string, done: Done) => {
      const rules: RagRule[] = [];
      const itemStates = new Map<string, ItemState>();
      for (const m of items) {
        const rule = ragOf({ dueOn: m.dueOn, actualDoneOn: done(m) }, day, calendar, amberWorkdays);
        rules.push(rule);
        itemStates.set(m.id, { status: rule.status });
      }
      const stage = deriveStage(items.map((m) => ({ stepKey: m.stepKey ?? null, actualDoneOn: done(m) })));
      return { items: itemStates, project: { status: projectRag(rules).status, stage } satisfies ProjectState };
    };
    const log = (
      day: string,
      at: string,
      by: string | null,
      change: Pick<NewProjectChange, 'milestoneId' | 'kind' | 'fromValue' | 'toValue'>,
    ) =>
      out.push({
        // The running count keeps ids apart when two changes share an instant (today's, held at now).
        id: demoId(zone, 'change', project.id, change.milestoneId ?? '', change.kind, at, String(out.length)),
        zoneId: project.zoneId,
        projectId: project.id,
        ...change,
        onDay: day,
        at,
        byUserId: by,
        isDemo: 1,
      });
    const diff = (
      before: ReturnType<typeof stateOn>,
      after: ReturnType<typeof stateOn>,
      day: string,
      at: string,
      by: string | null,
    ) => {
      for (const [id, state] of after.items) {
        const was = before.items.get(id)?.status;
        if (was && was !== state.status)
          log(day, at, by, { milestoneId: id, kind: 'milestoneRag', fromValue: was, toValue: state.status });
      }
      if (before.project.status !== after.project.status)
        log(day, at, by, {
          milestoneId: null,
          kind: 'projectRag',
          fromValue: before.project.status,
          toValue: after.project.status,
        });
      if (before.project.stage !== after.project.stage)
        log(day, at, by, {
          milestoneId: null,
          kind: 'stage',
          fromValue: before.project.stage,
          toValue: after.project.stage,
        });
    };

    const first = addDays(today, -historyDays);
    let state = stateOn(addDays(first, -1), doneThrough(addDays(first, -1)));
    for (let day = first; day <= today; day = addDays(day, 1)) {
      const before = doneThrough(addDays(day, -1));
      // 00:10: the daily job — the day passed, nothing new done yet.
      const morning = stateOn(day, before);
      diff(state, morning, day, instant(day, '00:10:00'), null);
      state = morning;
      // During the day: each item done that day, recorded by its owner, one write at a time.
      const doneToday = items.filter((m) => m.actualDoneOn === day).sort((a, b) => a.seq - b.seq);
      const applied = new Set<string>();
      for (const [i, m] of doneToday.entries()) {
        const at = instant(day, `${String(9 + (i % 8)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}:00`);
        const by = m.ownerId ?? null;
        log(day, at, by, { milestoneId: m.id, kind: 'milestoneDone', fromValue: null, toValue: day });
        applied.add(m.id);
        const after = stateOn(day, (x) => before(x) ?? (applied.has(x.id) ? day : null));
        diff(state, after, day, at, by);
        state = after;
      }
    }
  }
  return out;
}
