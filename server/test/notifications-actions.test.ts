import type { WorkingCalendar } from '@zonehub/working-calendar';
import { beforeAll, describe, expect, it } from 'vitest';
import { sendProjectAlerts } from '../src/features/notifications/project-alerts.service.js';
import type { NewMeetingOutcome } from '../src/features/projects/meetings/meeting.table.js';
import { loadCalendar } from '../src/features/projects/rag.service.js';
import { clients, createProject, ids, type ProjectView, setUpProjectWorld, t, today, zoneId } from './project-world.js';

/**
 * Alerts for action items (交办事项) from dispatch meetings. The meetings are written straight into
 * their tables here: this file tests the alerts, not the meetings API.
 */
setUpProjectWorld();

let calendar: WorkingCalendar;
let project: ProjectView;
const meetingId = crypto.randomUUID();
const seriesId = crypto.randomUUID();
const stamp = () => t.clock.now().toISOString();

async function addOutcome(over: Partial<NewMeetingOutcome> & { text: string }): Promise<string> {
  const id = crypto.randomUUID();
  await t.ctx.db
    .insertInto('meetingOutcomes')
    .values({
      id,
      zoneId,
      meetingId,
      seriesId,
      agendaItemId: null,
      projectId: project.id,
      kind: 'action',
      ownerId: ids['user:taskForceMember'] ?? null,
      dueOn: today,
      status: 'open',
      result: null,
      closedOn: null,
      closedBy: null,
      closedInMeetingId: null,
      version: 1,
      isDemo: 0,
      createdAt: stamp(),
      updatedAt: stamp(),
      ...over,
    })
    .execute();
  return id;
}

const told = (subjectId: string) =>
  t.ctx.db
    .selectFrom('notifications')
    .select(['userId', 'kind', 'link', 'params', 'dedupeKey'])
    .where('subjectId', '=', subjectId)
    .orderBy('userId')
    .execute();

const outcomes: Record<string, string> = {};

beforeAll(async () => {
  calendar = await loadCalendar(t.ctx.db, zoneId);
  project = await createProject(clients.admin);
  await t.ctx.db
    .insertInto('meetingSeries')
    .values({
      id: seriesId,
      zoneId,
      name: 'PJT 专班周调度会',
      cadence: 'weekly',
      taskForceId: project.taskForceId,
      chairId: null,
      defaultPlace: null,
      isActive: 1,
      version: 1,
      isDemo: 0,
      createdBy: null,
      createdAt: stamp(),
      updatedAt: stamp(),
    })
    .execute();
  await t.ctx.db
    .insertInto('meetings')
    .values({
      id: meetingId,
      zoneId,
      seriesId,
      heldOn: calendar.addWorkdays(today, -10),
      startsAt: null,
      place: null,
      onSite: 0,
      siteEnterpriseId: null,
      summary: null,
      version: 1,
      isDemo: 0,
      createdBy: null,
      createdAt: stamp(),
      updatedAt: stamp(),
    })
    .execute();
  outcomes.soon = await addOutcome({ text: 'PJT 协调电力增容', dueOn: calendar.addWorkdays(today, 1) });
  outcomes.late = await addOutcome({ text: 'PJT 办结环评批复', dueOn: calendar.addWorkdays(today, -2) });
  outcomes.unowned = await addOutcome({
    text: 'PJT 无人认领',
    ownerId: null,
    projectId: null,
    dueOn: calendar.addWorkdays(today, -1),
  });
  outcomes.far = await addOutcome({ text: 'PJT 远期', dueOn: calendar.addWorkdays(today, 20) });
  outcomes.closed = await addOutcome({
    text: 'PJT 已办结',
    dueOn: calendar.addWorkdays(today, -3),
    status: 'closed',
    result: '已完成',
    closedOn: today,
  });
  outcomes.decision = await addOutcome({ text: 'PJT 决定', kind: 'decision', dueOn: null, status: 'closed' });
  await sendProjectAlerts(t.ctx.db, t.clock.now());
});

describe('action item alerts', () => {
  it('tells the owner of an open action due within the amber threshold, linking to the meeting', async () => {
    const rows = await told(outcomes.soon as string);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      userId: ids['user:taskForceMember'],
      kind: 'actionDueSoon',
      link: `/projects/meetings/${meetingId}`,
    });
    expect(JSON.parse(rows[0]?.params ?? '{}')).toEqual({
      projectName: project.name,
      itemName: 'PJT 协调电力增容',
      dueOn: calendar.addWorkdays(today, 1),
      meetingTitle: `PJT 专班周调度会 ${calendar.addWorkdays(today, -10)}`,
      slackDays: 1,
    });
  });

  it('tells the owner of an overdue action with the working days it is late', async () => {
    const rows = await told(outcomes.late as string);
    expect(rows.map((r) => r.kind)).toEqual(['actionOverdue']);
    expect(JSON.parse(rows[0]?.params ?? '{}')).toMatchObject({ overdueDays: 2 });
  });

  it('sends an unowned action without a project to the series’ task force', async () => {
    const members = await t.ctx.db
      .selectFrom('userOrgUnits')
      .select('userId')
      .where('orgUnitId', '=', project.taskForceId)
      .orderBy('userId')
      .execute();
    const rows = await told(outcomes.unowned as string);
    expect(rows.map((r) => r.userId)).toEqual(members.map((m) => m.userId));
    expect(rows.every((r) => r.kind === 'actionOverdue')).toBe(true);
  });

  it('leaves far, closed and non-action outcomes alone, and repeats nothing', async () => {
    for (const key of ['far', 'closed', 'decision']) expect(await told(outcomes[key] as string)).toEqual([]);
    expect((await sendProjectAlerts(t.ctx.db, t.clock.now())).created).toBe(0);
  });
});
