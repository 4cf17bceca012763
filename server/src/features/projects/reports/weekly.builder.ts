import { ageWorkdays, isOverdue } from '../meetings/meeting-rules.js';
import { doneBy, itemsByProject, overdueWorkdays, type ReportRules, statesAsOf, taskForcesOf } from './report-asof.js';
import type { ReportHeader } from './report-header.js';
import type {
  ReportActionRow,
  ReportChangeRow,
  ReportMeetingRow,
  ReportMilestoneRow,
  ReportProjectRow,
} from './reports.repository.js';
import type { WeeklyReport } from './reports.schema.js';

export interface WeeklyRows {
  projects: ReportProjectRow[];
  milestones: ReportMilestoneRow[];
  /** Changes whose day falls in the week. */
  changes: ReportChangeRow[];
  /** Meetings held in the week. */
  meetings: ReportMeetingRow[];
  /** Action items open at the end of the as-of day. */
  actions: ReportActionRow[];
}

/**
 * 周调度报告: what changed in the week (lights turned, stage moves, items done, deadlines moved), the
 * red items (open and past their due day on the as-of day, as the RAG rule has it; most overdue first), the open action items (age and overdue by the meetings' own rules) and the
 * meetings held. The lights-by-task-force chart counts each project's light as of the as-of day.
 */
export function buildWeekly(header: ReportHeader, rows: WeeklyRows, rules: ReportRules): WeeklyReport {
  const day = rules.period.asOf;
  const byId = new Map(rows.projects.map((p) => [p.id, p]));
  const ref = (projectId: string) => {
    const p = byId.get(projectId);
    return { projectId, projectName: p?.name ?? '', taskForceName: p?.taskForceName ?? '' };
  };

  const changes = rows.changes
    .filter((c) => byId.has(c.projectId))
    .map((c) => ({
      ...ref(c.projectId),
      milestoneName: c.milestoneName,
      kind: c.kind,
      fromValue: c.fromValue,
      toValue: c.toValue,
      onDay: c.onDay,
    }));
  const count = (pred: (c: (typeof changes)[number]) => boolean) => changes.filter(pred).length;

  const redItems = rows.milestones
    .filter((m) => byId.has(m.projectId) && !doneBy(m, day) && m.dueOn < day)
    .map((m) => ({
      ...ref(m.projectId),
      milestoneName: m.name,
      ownerName: m.ownerName,
      dueOn: m.dueOn,
      overdueWorkdays: overdueWorkdays(m.dueOn, day, rules.calendar),
    }))
    .sort((a, b) => b.overdueWorkdays - a.overdueWorkdays || a.dueOn.localeCompare(b.dueOn));

  const openActions = rows.actions.map((a) => ({
    id: a.id,
    seriesName: a.seriesName,
    projectName: a.projectName,
    text: a.text,
    ownerName: a.ownerName,
    assignedOn: a.assignedOn,
    dueOn: a.dueOn,
    ageWorkdays: ageWorkdays(a.assignedOn, day, rules.calendar),
    overdue: isOverdue(a, true, day),
  }));

  const states = statesAsOf(rows.projects, itemsByProject(rows.milestones), rules);
  const lightsByTaskForce = taskForcesOf(rows.projects).map((tf) => {
    const counts = { green: 0, amber: 0, red: 0, done: 0 };
    for (const p of rows.projects) {
      const state = states.get(p.id);
      if (p.taskForceId === tf.id && state) counts[state.ragStatus] += 1;
    }
    return { taskForceId: tf.id, taskForceName: tf.name, ...counts };
  });

  const meetings = rows.meetings.map((m) => ({
    id: m.id,
    seriesName: m.seriesName,
    taskForceName: m.taskForceName,
    heldOn: m.heldOn,
    place: m.place,
    onSite: m.onSite === 1,
    siteEnterpriseName: m.siteEnterpriseName,
    actionsAssigned: m.actionsAssigned,
    decisions: m.decisions,
  }));

  return {
    kind: 'weekly',
    ...header,
    headline: {
      projects: rows.projects.length,
      lightsTurned: count((c) => c.kind === 'projectRag'),
      turnedRed: count((c) => c.kind === 'projectRag' && c.toValue === 'red'),
      stageMoves: count((c) => c.kind === 'stage'),
      itemsDone: count((c) => c.kind === 'milestoneDone'),
      deadlinesMoved: count((c) => c.kind === 'dueMoved'),
      redItems: redItems.length,
      openActions: openActions.length,
      overdueActions: openActions.filter((a) => a.overdue).length,
      meetings: meetings.length,
    },
    lightsByTaskForce,
    changes,
    redItems,
    openActions,
    meetings,
  };
}
