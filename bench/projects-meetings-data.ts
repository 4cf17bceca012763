/**
 * The benchmarks' dispatch-meeting history (issue 5): in a zone whose projects are already written
 * (bench/projects-data.ts), one weekly series per task force (周调度会) held on the first working day
 * of every week for the last `years` years, each meeting with 2–4 task-force attendees, 3–6 agenda
 * items on the task force's projects and 3–6 outcomes. Outcomes are info, decision or action; an
 * action has an owner and a due day and is closed (result, closed in the series' next meeting after
 * it was done) unless it is still due or one of the few left overdue, as a real register has them.
 * Used by the projects and the reports benchmarks; rows are is_demo = 1 and stamped with `now`.
 */
import { randomUUID } from 'node:crypto';
import { WorkingCalendar } from '@zonehub/working-calendar';
import type { Db } from '../server/src/db/database.js';
import { seededRandom } from '../server/src/demo/demo-enterprise-generator.js';
import { demoZoneToday } from '../server/src/demo/demo-projects.js';
import { addDays } from '../server/src/demo/demo-projects-plan.js';
import { CHANGZI } from '../server/src/demo/demo-zones.js';
import { demoId } from '../server/src/demo/seed.js';
import type {
  MeetingAgendaItemTable,
  MeetingAttendeeTable,
  MeetingSeriesTable,
  NewMeeting,
  NewMeetingOutcome,
  OutcomeKind,
} from '../server/src/features/projects/meetings/meeting.table.js';

/** Rows per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const CHUNK_ROWS = 500;
/** Share of past-due actions closed; the rest stay open and overdue. */
const CLOSED_WHEN_DUE = 0.93;

const TOPICS = ['进度调度', '手续办理', '要素保障', '施工推进', '设备进场', '资金拨付', '问题协调'];
const INFO = ['通报本周形象进度', '通报手续办理情况', '通报要素保障进展'];
const DECISIONS = ['同意调整施工组织方案', '确定下周完成节点', '同意提请县政府协调'];
const ACTIONS = ['协调供电部门完成临时用电', '督促施工单位增加作业面', '办理施工许可补正材料', '对接银行落实贷款'];
const RESULTS = ['已完成', '已办结，材料已归档', '已落实'];

export interface BenchMeetingsOptions {
  /** Default 长子 of the demo seed. */
  zoneId?: string;
  /** Default: the zone's today for `now`. */
  today?: string;
  /** Default 3. */
  years?: number;
  /** Default 5_000: the same seed gives the same contents (ids are fresh). */
  seed?: number;
  now?: Date;
}

export interface SeededMeetings {
  series: number;
  meetings: number;
  attendees: number;
  agendaItems: number;
  outcomes: number;
  openActions: number;
}

interface TaskForce {
  id: string;
  name: string;
  staff: string[];
  names: Map<string, string>;
  projects: string[];
}

/** The zone's task forces with their staff and their projects (the agenda's subjects). */
async function taskForcesOf(db: Db, zoneId: string): Promise<TaskForce[]> {
  const units = await db
    .selectFrom('orgUnits')
    .select(['id', 'name'])
    .where('zoneId', '=', zoneId)
    .where('kind', '=', 'taskForce')
    .orderBy('id')
    .execute();
  const staff = await db
    .selectFrom('userOrgUnits')
    .innerJoin('orgUnits', 'orgUnits.id', 'userOrgUnits.orgUnitId')
    .innerJoin('users', 'users.id', 'userOrgUnits.userId')
    .select(['userOrgUnits.orgUnitId', 'userOrgUnits.userId', 'users.displayName'])
    .where('orgUnits.zoneId', '=', zoneId)
    .orderBy('userOrgUnits.userId')
    .execute();
  const projects = await db
    .selectFrom('projects')
    .select(['id', 'taskForceId'])
    .where('zoneId', '=', zoneId)
    .orderBy('id')
    .execute();
  return units.map((u) => ({
    ...u,
    staff: staff.filter((s) => s.orgUnitId === u.id).map((s) => s.userId),
    names: new Map(staff.map((s) => [s.userId, s.displayName])),
    projects: projects.filter((p) => p.taskForceId === u.id).map((p) => p.id),
  }));
}

/** Monday of the week of `day` (YYYY-MM-DD). */
function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

async function insertChunked<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) await insert(rows.slice(i, i + CHUNK_ROWS));
}

/** Writes the meeting history in one transaction and returns the row counts. */
export async function seedBenchMeetings(db: Db, options: BenchMeetingsOptions = {}): Promise<SeededMeetings> {
  const now = options.now ?? new Date();
  const zoneId = options.zoneId ?? demoId('zone', CHANGZI.code);
  const today = options.today ?? demoZoneToday(now);
  const years = options.years ?? 3;
  const random = seededRandom(options.seed ?? 5_000);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const calendar = new WorkingCalendar();
  const stamp = now.toISOString();
  const first = mondayOf(addDays(today, -Math.round(years * 365.25)));
  const series: MeetingSeriesTable[] = [];
  const meetings: NewMeeting[] = [];
  const attendees: MeetingAttendeeTable[] = [];
  const agenda: MeetingAgendaItemTable[] = [];
  const outcomes: NewMeetingOutcome[] = [];
  for (const tf of await taskForcesOf(db, zoneId)) {
    const seriesId = randomUUID();
    series.push({
      id: seriesId,
      zoneId,
      name: `${tf.name}周调度会`,
      cadence: 'weekly',
      taskForceId: tf.id,
      chairId: tf.staff[0] ?? null,
      defaultPlace: '管委会三楼会议室',
      isActive: 1,
      version: 1,
      isDemo: 1,
      createdBy: null,
      createdAt: stamp,
      updatedAt: stamp,
    });
    // The series' meetings in order, so a closed action can name the meeting that closed it.
    const held: { id: string; on: string }[] = [];
    for (let week = first; week <= today; week = addDays(week, 7)) {
      const heldOn = calendar.addWorkdays(week, 0);
      if (heldOn > today || mondayOf(heldOn) !== week) continue; // a week of holidays: no meeting
      held.push({ id: randomUUID(), on: heldOn });
    }
    const meetingOnOrAfter = (day: string) => held.find((m) => m.on >= day) ?? null;
    for (const meeting of held) {
      meetings.push({
        id: meeting.id,
        zoneId,
        seriesId,
        heldOn: meeting.on,
        startsAt: '09:00',
        place: '管委会三楼会议室',
        onSite: 0,
        siteEnterpriseId: null,
        summary: null,
        version: 1,
        isDemo: 1,
        createdBy: tf.staff[0] ?? null,
        createdAt: stamp,
        updatedAt: stamp,
      });
      const present = tf.staff.slice(0, 2 + Math.floor(random() * 3));
      for (const userId of present)
        attendees.push({
          id: randomUUID(),
          meetingId: meeting.id,
          userId,
          name: tf.names.get(userId) ?? '',
          organization: tf.name,
          isDemo: 1,
        });
      const items = Array.from({ length: 3 + Math.floor(random() * 4) }, (_, i) => {
        const projectId = tf.projects.length > 0 ? pick(tf.projects) : null;
        const row = { id: randomUUID(), meetingId: meeting.id, seq: i + 1, projectId, topic: pick(TOPICS), isDemo: 1 };
        agenda.push(row);
        return row;
      });
      const count = 3 + Math.floor(random() * 4);
      for (let i = 0; i < count; i++) {
        const item = items[i % items.length];
        const roll = random();
        const kind: OutcomeKind = roll < 0.3 ? 'info' : roll < 0.5 ? 'decision' : 'action';
        const base = {
          id: randomUUID(),
          zoneId,
          meetingId: meeting.id,
          seriesId,
          agendaItemId: item?.id ?? null,
          projectId: item?.projectId ?? null,
          kind,
          version: 1,
          isDemo: 1,
          createdAt: stamp,
          updatedAt: stamp,
        };
        if (kind !== 'action') {
          const text = kind === 'info' ? pick(INFO) : pick(DECISIONS);
          outcomes.push({
            ...base,
            text,
            ownerId: null,
            dueOn: null,
            status: 'closed',
            result: null,
            closedOn: meeting.on,
            closedBy: null,
            closedInMeetingId: meeting.id,
          });
          continue;
        }
        const dueOn = calendar.addWorkdays(meeting.on, 3 + Math.floor(random() * 13));
        const ownerId = tf.staff.length > 0 ? pick(tf.staff) : null;
        const doneOn = calendar.addWorkdays(dueOn, Math.floor(random() * 5) - 2);
        const closing = dueOn < today && random() < CLOSED_WHEN_DUE ? meetingOnOrAfter(doneOn) : null;
        outcomes.push({
          ...base,
          text: pick(ACTIONS),
          ownerId,
          dueOn,
          status: closing ? 'closed' : 'open',
          result: closing ? pick(RESULTS) : null,
          closedOn: closing ? closing.on : null,
          closedBy: closing ? ownerId : null,
          closedInMeetingId: closing ? closing.id : null,
        });
      }
    }
  }
  await db.transaction().execute(async (trx) => {
    await insertChunked(series, (c) => trx.insertInto('meetingSeries').values(c).execute());
    await insertChunked(meetings, (c) => trx.insertInto('meetings').values(c).execute());
    await insertChunked(attendees, (c) => trx.insertInto('meetingAttendees').values(c).execute());
    await insertChunked(agenda, (c) => trx.insertInto('meetingAgendaItems').values(c).execute());
    await insertChunked(outcomes, (c) => trx.insertInto('meetingOutcomes').values(c).execute());
  });
  return {
    series: series.length,
    meetings: meetings.length,
    attendees: attendees.length,
    agendaItems: agenda.length,
    outcomes: outcomes.length,
    openActions: outcomes.filter((o) => o.kind === 'action' && o.status === 'open').length,
  };
}
