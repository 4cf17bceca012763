import { WorkingCalendar } from '@zonehub/working-calendar';
import { describe, expect, it } from 'vitest';
import {
  deriveStage,
  findCycle,
  milestoneDateProblems,
  PROJECT_KINDS,
  PROJECT_STAGES,
  planFromTemplate,
  projectRag,
  type RagRule,
  ragOf,
  STEP_KEYS,
  STEP_NAMES_EN,
  STEP_NAMES_ZH,
  type StepKey,
  TEMPLATES,
} from './index.js';

const calendar = new WorkingCalendar();

describe('templates and planFromTemplate', () => {
  it('names every step in both languages', () => {
    expect(STEP_KEYS.map((key) => STEP_NAMES_ZH[key])).toEqual([
      '立项备案',
      '能评',
      '环评',
      '用地预审',
      '土地出让',
      '规划许可',
      '施工许可',
      '开工',
      '主体完工',
      '竣工验收',
      '投产',
      '达产',
    ]);
    for (const key of STEP_KEYS) expect(STEP_NAMES_EN[key].length).toBeGreaterThan(0);
  });

  it('new builds use every step; expansion skips the land steps; renovation also skips planning', () => {
    expect(TEMPLATES.new.map((step) => step.stepKey)).toEqual([...STEP_KEYS]);
    const expansion = TEMPLATES.expansion.map((step) => step.stepKey);
    expect(expansion).not.toContain('landTransfer');
    expect(expansion).not.toContain('landPreReview');
    expect(expansion).toContain('planningPermit');
    const renovation = TEMPLATES.renovation.map((step) => step.stepKey);
    expect(renovation).not.toContain('landTransfer');
    expect(renovation).not.toContain('landPreReview');
    expect(renovation).toContain('constructionPermit');
    expect(TEMPLATES.new.find((step) => step.stepKey === 'environmentalReview')?.workdays).toBe(30);
  });

  it('every template names only earlier steps of its own kind in `after`', () => {
    for (const kind of PROJECT_KINDS) {
      const seen = new Set<StepKey>();
      for (const step of TEMPLATES[kind]) {
        for (const key of step.after) expect(seen.has(key), `${kind}.${step.stepKey} after ${key}`).toBe(true);
        expect(step.workdays).toBeGreaterThan(0);
        seen.add(step.stepKey);
      }
    }
  });

  it('plans start on working days, respect `after`, and last the template’s working days', () => {
    // Start on National Day 2026: the first step starts on 8 October.
    for (const kind of PROJECT_KINDS) {
      const plan = planFromTemplate(kind, '2026-10-01', calendar);
      expect(plan.map((step) => step.seq)).toEqual(plan.map((_, index) => index + 1));
      expect(plan[0]?.plannedStartOn).toBe('2026-10-08');
      const byKey = new Map(plan.map((step) => [step.stepKey, step]));
      for (const step of plan) {
        const template = TEMPLATES[kind].find((t) => t.stepKey === step.stepKey);
        expect(calendar.isWorkday(step.plannedStartOn)).toBe(true);
        expect(calendar.isWorkday(step.dueOn)).toBe(true);
        expect(calendar.workdaysBetween(step.plannedStartOn, step.dueOn) + 1).toBe(template?.workdays);
        expect(step.after).toEqual(template?.after);
        for (const key of step.after) {
          const predecessorDue = byKey.get(key)?.dueOn ?? '';
          expect(step.plannedStartOn > predecessorDue).toBe(true);
        }
        if (step.after.length > 0) {
          const latest =
            step.after
              .map((key) => byKey.get(key)?.dueOn ?? '')
              .sort()
              .at(-1) ?? '';
          expect(step.plannedStartOn).toBe(calendar.addWorkdays(latest, 1));
        }
      }
    }
  });

  it('a five-day filing started on 28 September 2026 is due after the National Day holiday', () => {
    const [filing, energy] = planFromTemplate('new', '2026-09-28', calendar);
    // 28, 29, 30 Sep, then 8 and 9 Oct.
    expect(filing).toMatchObject({ stepKey: 'approvalFiling', plannedStartOn: '2026-09-28', dueOn: '2026-10-09' });
    // 10 Oct is a make-up Saturday, so the next step starts then.
    expect(energy).toMatchObject({ stepKey: 'energyReview', plannedStartOn: '2026-10-10' });
  });
});

describe('deriveStage', () => {
  const done = (...keys: (StepKey | null)[]) => keys.map((stepKey) => ({ stepKey, actualDoneOn: '2026-11-02' }));
  const open = (...keys: StepKey[]) => keys.map((stepKey) => ({ stepKey, actualDoneOn: null }));

  it('reaches each stage from its step', () => {
    expect(deriveStage([])).toBe('signed');
    expect(deriveStage(open(...STEP_KEYS))).toBe('signed');
    expect(deriveStage(done(null))).toBe('signed');
    expect(deriveStage(done('environmentalReview'))).toBe('preliminary');
    expect(deriveStage(done('approvalFiling', 'landTransfer'))).toBe('preliminary');
    expect(deriveStage(done('constructionPermit'))).toBe('started');
    expect(deriveStage(done('constructionStart'))).toBe('underConstruction');
    expect(deriveStage(done('structureDone'))).toBe('underConstruction');
    expect(deriveStage(done('completionAcceptance'))).toBe('completed');
    expect(deriveStage(done('productionStart'))).toBe('producing');
    expect(deriveStage(done('fullCapacity'))).toBe('atCapacity');
    expect(deriveStage(done('customStep' as StepKey))).toBe('signed');
  });

  it('the highest stage reached wins whatever the order', () => {
    expect(deriveStage([...done('productionStart', 'approvalFiling'), ...open('fullCapacity')])).toBe('producing');
    expect(deriveStage(done(...[...STEP_KEYS].reverse()))).toBe('atCapacity');
    expect(PROJECT_STAGES).toHaveLength(7);
  });
});

describe('ragOf and projectRag', () => {
  const amber = 5;
  const today = '2026-11-02'; // Monday
  const rag = (dueOn: string, actualDoneOn: string | null = null) =>
    ragOf({ dueOn, actualDoneOn }, today, calendar, amber);

  it('slack boundaries: due today amber, slack = amber amber, amber + 1 green, overdue red, done', () => {
    expect(rag(today)).toEqual({ status: 'amber', slackWorkdays: 0, amberWorkdays: 5, dueOn: today, today });
    expect(rag('2026-11-09')).toMatchObject({ status: 'amber', slackWorkdays: 5 });
    expect(rag('2026-11-10')).toMatchObject({ status: 'green', slackWorkdays: 6 });
    expect(rag('2026-10-30')).toMatchObject({ status: 'red', slackWorkdays: -1 });
    expect(rag('2026-10-30', '2026-10-29')).toEqual({
      status: 'done',
      slackWorkdays: null,
      amberWorkdays: 5,
      dueOn: '2026-10-30',
      today,
    });
  });

  it('counts working days: amber + 1 calendar days over a holiday is still amber', () => {
    const rule = ragOf({ dueOn: '2026-10-09', actualDoneOn: null }, '2026-09-30', calendar, 2);
    expect(rule).toMatchObject({ status: 'amber', slackWorkdays: 2 });
  });

  it('due on Friday and today Saturday is red even though no working day has passed', () => {
    expect(ragOf({ dueOn: '2026-11-27', actualDoneOn: null }, '2026-11-28', calendar, 5)).toMatchObject({
      status: 'red',
      slackWorkdays: 0,
    });
  });

  it('projectRag takes the worst open item and is done only when everything is', () => {
    const green = rag('2026-12-31');
    const amberSoon = rag('2026-11-03');
    const amberLater = rag('2026-11-06');
    const red = rag('2026-10-20');
    const finished = rag('2026-10-01', '2026-09-30');
    expect(projectRag([green, amberLater, amberSoon, finished])).toEqual({ status: 'amber', slackWorkdays: 1 });
    expect(projectRag([green, red, amberSoon])).toEqual({ status: 'red', slackWorkdays: red.slackWorkdays });
    expect(projectRag([finished, green])).toEqual({ status: 'green', slackWorkdays: green.slackWorkdays });
    expect(projectRag([finished, finished])).toEqual({ status: 'done', slackWorkdays: null });
    expect(projectRag([] as RagRule[])).toEqual({ status: 'green', slackWorkdays: null });
  });
});

describe('findCycle', () => {
  const edge = (milestoneId: string, predecessorId: string) => ({ milestoneId, predecessorId });

  it('null for a DAG, including diamonds and shared predecessors', () => {
    expect(findCycle([])).toBeNull();
    expect(findCycle([edge('d', 'b'), edge('d', 'c'), edge('b', 'a'), edge('c', 'a'), edge('e', 'd')])).toBeNull();
  });

  it('returns a 3-cycle in edge order with the first id repeated', () => {
    const cycle = findCycle([edge('x', 'a'), edge('a', 'b'), edge('b', 'c'), edge('c', 'a')]);
    expect(cycle).toEqual(['a', 'b', 'c', 'a']);
  });

  it('returns a self-loop as [id, id]', () => {
    expect(findCycle([edge('a', 'b'), edge('b', 'b')])).toEqual(['b', 'b']);
  });

  it('walks a long chain without overflowing the stack', () => {
    const chain = Array.from({ length: 10_000 }, (_, i) => edge(`m${i}`, `m${i + 1}`));
    expect(findCycle(chain)).toBeNull();
    expect(findCycle([...chain, edge('m10000', 'm0')])).toHaveLength(10_002);
  });
});

describe('milestoneDateProblems', () => {
  const today = '2026-11-02';
  const fine = { plannedStartOn: '2026-10-08', dueOn: '2026-11-20', actualStartOn: '2026-10-09', actualDoneOn: null };

  it('none for consistent dates', () => {
    expect(milestoneDateProblems(fine, today, false)).toEqual([]);
    expect(milestoneDateProblems({ ...fine, actualDoneOn: today }, today, true)).toEqual([]);
  });

  it('names each problem', () => {
    expect(milestoneDateProblems({ ...fine, dueOn: '2026-10-07' }, today, true)).toEqual(['dueBeforeStart']);
    expect(milestoneDateProblems({ ...fine, actualStartOn: '2026-11-03' }, today, true)).toEqual([
      'actualStartInFuture',
    ]);
    expect(milestoneDateProblems({ ...fine, actualDoneOn: '2026-11-03' }, today, true)).toEqual(['actualDoneInFuture']);
    expect(milestoneDateProblems({ ...fine, actualDoneOn: '2026-10-08' }, today, true)).toEqual(['doneBeforeStart']);
    expect(milestoneDateProblems({ ...fine, actualDoneOn: '2026-10-30' }, today, false)).toEqual([
      'predecessorNotDone',
    ]);
    expect(
      milestoneDateProblems(
        { plannedStartOn: '2026-12-01', dueOn: '2026-11-01', actualStartOn: '2026-12-05', actualDoneOn: '2026-12-04' },
        today,
        false,
      ),
    ).toEqual(['dueBeforeStart', 'actualStartInFuture', 'actualDoneInFuture', 'doneBeforeStart', 'predecessorNotDone']);
  });
});
