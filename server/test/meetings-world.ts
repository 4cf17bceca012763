import { strFromU8, unzipSync } from 'fflate';
import { expect } from 'vitest';
import type { Client } from './helper.js';
import { clients, ids, t } from './project-world.js';

/** Helpers of the dispatch-meeting tests: the API's shapes and factories made through the API. */
export const MEETINGS = '/api/v1/projects/meetings';

export interface SeriesView {
  id: string;
  name: string;
  cadence: string;
  taskForceId: string | null;
  meetingCount: number;
  lastHeldOn: string | null;
  nextDueOn: string | null;
  openActions: number;
  overdueActions: number;
  canManage: boolean;
  version: number;
}
export interface OutcomeView {
  id: string;
  meetingId: string;
  agendaItemId: string | null;
  kind: string;
  text: string;
  ownerId: string | null;
  ownerName: string | null;
  dueOn: string | null;
  status: string;
  result: string | null;
  closedOn: string | null;
  closedInMeetingId: string | null;
  projectId: string | null;
  version: number;
}
export interface ActionView extends OutcomeView {
  seriesName: string;
  raisedOn: string;
  ageWorkdays: number;
  overdue: boolean;
  canManage: boolean;
}
export interface MeetingView {
  id: string;
  series: SeriesView;
  heldOn: string;
  place: string | null;
  placeKind: string;
  onSite: boolean;
  siteEnterpriseName: string | null;
  attendees: { userId: string | null; name: string; organization: string | null }[];
  agenda: { id: string; topic: string; projectId: string | null; projectName: string | null }[];
  outcomes: OutcomeView[];
  carriedOver: ActionView[];
  canManage: boolean;
  version: number;
}

export async function createSeries(body: Record<string, unknown> = {}, client: Client = clients.member) {
  const response = await client.post(`${MEETINGS}/series`, {
    name: `MTG 周调度${Math.random().toString(36).slice(2, 7)}`,
    cadence: 'weekly',
    taskForceId: ids.星萌冻干项目专班,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<SeriesView>();
}

export async function holdMeeting(
  series: { id: string },
  body: Record<string, unknown>,
  client: Client = clients.member,
) {
  const response = await client.post(`${MEETINGS}/series/${series.id}/meetings`, {
    heldOn: '2025-09-29',
    startsAt: '09:00',
    place: '管委会三楼会议室',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<MeetingView>();
}

export async function addOutcome(
  meeting: { id: string },
  body: Record<string, unknown>,
  client: Client = clients.member,
) {
  const response = await client.post(`${MEETINGS}/${meeting.id}/outcomes`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<OutcomeView>();
}

export async function meetingOf(meeting: { id: string }, client: Client = clients.member) {
  const response = await client.get(`${MEETINGS}/${meeting.id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<MeetingView>();
}

/** Rows of the meeting tables, to show a refused request wrote nothing. */
export async function meetingCounts() {
  const db = t.ctx.db;
  const n = async (
    table: 'meetings' | 'meetingOutcomes' | 'meetingSeries' | 'meetingAttendees' | 'meetingAgendaItems',
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    series: await n('meetingSeries'),
    meetings: await n('meetings'),
    outcomes: await n('meetingOutcomes'),
    attendees: await n('meetingAttendees'),
    agenda: await n('meetingAgendaItems'),
  };
}

/** The text of one file inside a zip (a .docx is one), or null when the zip has no such entry. */
export function zipEntryText(zip: Buffer, name: string): string | null {
  const entry = unzipSync(new Uint8Array(zip), { filter: (file) => file.name === name })[name];
  return entry ? strFromU8(entry) : null;
}
