import type { WorkingCalendar } from '@zonehub/working-calendar';
import type {
  MeetingAgendaItemTable,
  MeetingAttendeeTable,
  MeetingCadence,
  MeetingSeriesTable,
  NewMeeting,
  NewMeetingOutcome,
} from '../features/projects/meetings/meeting.table.js';
import { CHANGZI } from './demo-zones.js';
import { demoId } from './seed.js';

/** DEMO DATA (dispatch meetings): the row builders demo-meetings.ts writes its year of meetings with. */

export const ZONE = CHANGZI.code;

export interface Rows {
  series: MeetingSeriesTable[];
  meetings: NewMeeting[];
  attendees: MeetingAttendeeTable[];
  agenda: MeetingAgendaItemTable[];
  outcomes: NewMeetingOutcome[];
}

export interface Ctx {
  zoneId: string;
  today: string;
  stamp: string;
  calendar: WorkingCalendar;
  random: () => number;
  rows: Rows;
  users: Map<string, string>;
}

export const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
export const mondayOf = (day: string) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
export const pick = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;
export const fill = (text: string, values: Record<string, number>) =>
  text.replace(/\{(\w)\}/g, (_, k: string) => String(values[k] ?? ''));

/** A meeting's id and row; attendees are the given users plus outside people. */
export function addMeeting(
  c: Ctx,
  seriesId: string,
  key: string,
  heldOn: string,
  m: {
    startsAt: string;
    place: string;
    onSite: boolean;
    siteEnterpriseId: string | null;
    people: string[];
    outside: [string, string][];
  },
): string {
  const id = demoId(ZONE, 'meeting', key, heldOn);
  c.rows.meetings.push({
    id,
    zoneId: c.zoneId,
    seriesId,
    heldOn,
    startsAt: m.startsAt,
    place: m.place,
    onSite: m.onSite ? 1 : 0,
    placeKind: m.onSite ? 'firm' : 'office',
    siteEnterpriseId: m.siteEnterpriseId,
    summary: null,
    version: 1,
    isDemo: 1,
    createdBy: null,
    createdAt: c.stamp,
    updatedAt: c.stamp,
  });
  for (const [i, userId] of m.people.entries())
    c.rows.attendees.push({
      id: demoId(ZONE, 'attendee', id, String(i)),
      meetingId: id,
      userId,
      name: c.users.get(userId) ?? '',
      organization: null,
      isDemo: 1,
    });
  for (const [i, [name, organization]] of m.outside.entries())
    c.rows.attendees.push({
      id: demoId(ZONE, 'attendee', id, `x${i}`),
      meetingId: id,
      userId: null,
      name,
      organization,
      isDemo: 1,
    });
  return id;
}

export function addAgenda(c: Ctx, meetingId: string, seq: number, topic: string, projectId: string | null): string {
  const id = demoId(ZONE, 'agenda', meetingId, String(seq));
  c.rows.agenda.push({ id, meetingId, seq, projectId, topic, isDemo: 1 });
  return id;
}

export interface Held {
  id: string;
  heldOn: string;
}

/** One outcome; an action closes `closeAfter` meetings later (at that meeting) unless that is still to come. */
export function addOutcome(
  c: Ctx,
  seriesId: string,
  meetings: Held[],
  index: number,
  o: { kind: 'info' | 'decision' | 'action'; text: string; agendaItemId: string | null; projectId: string | null },
  action?: {
    ownerId: string;
    dueWorkdays: number;
    result: string;
    closeAfter: number | null;
    closedBy: string;
    /** Closed by this day outside any meeting, when no later meeting closes it. */
    closedBetween?: boolean;
  },
): void {
  const meeting = meetings[index] as Held;
  const atMeeting = action && action.closeAfter !== null ? meetings[index + action.closeAfter] : undefined;
  const dueOn = action ? c.calendar.addWorkdays(meeting.heldOn, action.dueWorkdays) : null;
  const between =
    !atMeeting && action?.closedBetween && dueOn && dueOn <= c.today ? { id: null, heldOn: dueOn } : undefined;
  const closing = atMeeting ?? between;
  const isAction = o.kind === 'action';
  c.rows.outcomes.push({
    id: demoId(ZONE, 'outcome', meeting.id, String(c.rows.outcomes.length)),
    zoneId: c.zoneId,
    meetingId: meeting.id,
    seriesId,
    agendaItemId: o.agendaItemId,
    projectId: o.projectId,
    kind: o.kind,
    text: o.text,
    ownerId: action?.ownerId ?? null,
    dueOn,
    status: isAction && !closing ? 'open' : 'closed',
    result: closing ? (action?.result ?? null) : null,
    closedOn: isAction ? (closing?.heldOn ?? null) : meeting.heldOn,
    closedBy: closing ? (action?.closedBy ?? null) : null,
    closedInMeetingId: atMeeting?.id ?? null,
    version: 1,
    isDemo: 1,
    createdAt: c.stamp,
    updatedAt: c.stamp,
  });
}

/**
 * How many meetings later an action is closed: most at the next one to four meetings; of the last six
 * weeks' actions about half are still open (they carry over with real ages), older ones never are.
 */
export function closeAfter(c: Ctx, index: number, count: number): number | null {
  const r = c.random();
  if (count - index <= 6 && r < 0.5) return null;
  const after = r < 0.6 ? 1 : r < 0.8 ? 2 : r < 0.92 ? 3 : 4;
  return index + after < count ? after : null;
}

export function newSeries(
  c: Ctx,
  key: string,
  name: string,
  cadence: MeetingCadence,
  taskForceId: string | null,
  chairId: string | null,
  place: string,
): string {
  const id = demoId(ZONE, 'meetingSeries', key);
  c.rows.series.push({
    id,
    zoneId: c.zoneId,
    name,
    cadence,
    taskForceId,
    chairId,
    defaultPlace: place,
    isActive: 1,
    version: 1,
    isDemo: 1,
    createdBy: null,
    createdAt: c.stamp,
    updatedAt: c.stamp,
  });
  return id;
}
