import type { Action, MeetingInput, PlaceKind } from './meetings.api';

/** The "召开会议" form's values, before they become the API body. */
export interface HoldMeetingValues {
  heldOn: string;
  startsAt: string | null;
  place: string | null;
  /** In the office, at a firm or on a site (调度会开到企业、开到工地). */
  placeKind: PlaceKind;
  siteEnterpriseId: string | null;
  summary: string | null;
  /** Platform users picked from the list. */
  userIds: string[];
  /** Outside attendees, one a line: "姓名 单位" or "姓名，单位" (name first). */
  outside: string | null;
  agenda: { topic?: string | null; projectId?: string | null }[];
}

const blankToNull = (v: string | null | undefined) => (v && v.trim() !== '' ? v.trim() : null);

/** One outside attendee from a line: the first word is the name, the rest the organization. */
export function parseOutsideLine(line: string): { name: string; organization: string | null } | null {
  const trimmed = line.trim();
  if (trimmed === '') return null;
  const [name = '', ...rest] = trimmed.split(/[\s,，、]+/);
  return { name, organization: blankToNull(rest.join(' ')) };
}

/** The API body of a new meeting: users and outside people as attendees, empty agenda rows dropped. */
export function meetingBody(v: HoldMeetingValues): MeetingInput {
  const outside = (v.outside ?? '')
    .split('\n')
    .map(parseOutsideLine)
    .filter((a) => a !== null);
  return {
    heldOn: v.heldOn,
    startsAt: blankToNull(v.startsAt),
    place: blankToNull(v.place),
    placeKind: v.placeKind,
    onSite: v.placeKind !== 'office',
    siteEnterpriseId: v.placeKind === 'office' ? null : (v.siteEnterpriseId ?? null),
    summary: blankToNull(v.summary),
    attendees: [
      ...v.userIds.map((userId) => ({ userId, name: null, organization: null })),
      ...outside.map((a) => ({ userId: null, ...a })),
    ],
    agenda: v.agenda.flatMap((a) => {
      const topic = blankToNull(a.topic);
      return topic ? [{ topic, projectId: a.projectId ?? null }] : [];
    }),
  };
}

/** A carried-over item's open list and the ones closed at this meeting, the way the minutes split them. */
export function splitCarriedOver(meetingId: string, items: Action[]): { open: Action[]; closedHere: Action[] } {
  return {
    open: items.filter((a) => a.closedInMeetingId !== meetingId),
    closedHere: items.filter((a) => a.closedInMeetingId === meetingId),
  };
}
