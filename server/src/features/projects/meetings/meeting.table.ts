import type { Generated, Insertable, Selectable } from 'kysely';

/** Dispatch meetings (调度会), migration 20261129T1750. Dates YYYY-MM-DD in the zone's time zone. */
export type MeetingCadence = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'annual';
export type OutcomeKind = 'info' | 'decision' | 'action';
export type OutcomeStatus = 'open' | 'closed';
/** Where a meeting is held: the committee's office, at a firm, or on a construction site. */
export type MeetingPlaceKind = 'office' | 'firm' | 'site';

export interface MeetingSeriesTable {
  id: string;
  zoneId: string;
  name: string;
  cadence: MeetingCadence;
  /** The task force whose series this is; null for a zone-wide series (e.g. the leaders' 季分析). */
  taskForceId: string | null;
  chairId: string | null;
  defaultPlace: string | null;
  isActive: number;
  version: number;
  isDemo: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}
export type MeetingSeriesRow = Selectable<MeetingSeriesTable>;

export interface MeetingTable {
  id: string;
  zoneId: string;
  seriesId: string;
  heldOn: string;
  /** HH:mm */
  startsAt: string | null;
  place: string | null;
  /** 现场交办: held at a firm or on a site (placeKind other than office). */
  onSite: number;
  /** migration 20261207T1120; defaults to office. */
  placeKind: Generated<MeetingPlaceKind>;
  siteEnterpriseId: string | null;
  summary: string | null;
  version: number;
  isDemo: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}
export type MeetingRow = Selectable<MeetingTable>;
export type NewMeeting = Insertable<MeetingTable>;

export interface MeetingAttendeeTable {
  id: string;
  meetingId: string;
  /** A platform user, or null for an outside attendee named by text (e.g. the enterprise's manager). */
  userId: string | null;
  name: string;
  organization: string | null;
  isDemo: number;
}

export interface MeetingAgendaItemTable {
  id: string;
  meetingId: string;
  seq: number;
  projectId: string | null;
  topic: string;
  isDemo: number;
}

export interface MeetingOutcomeTable {
  id: string;
  zoneId: string;
  meetingId: string;
  seriesId: string;
  agendaItemId: string | null;
  projectId: string | null;
  kind: OutcomeKind;
  text: string;
  /** Action items only: who carries it out and by when. */
  ownerId: string | null;
  dueOn: string | null;
  /** info and decision are recorded closed; an action is open until closed with a result. */
  status: OutcomeStatus;
  result: string | null;
  closedOn: string | null;
  closedBy: string | null;
  closedInMeetingId: string | null;
  version: number;
  isDemo: number;
  createdAt: string;
  updatedAt: string;
}
export type MeetingOutcomeRow = Selectable<MeetingOutcomeTable>;
export type NewMeetingOutcome = Insertable<MeetingOutcomeTable>;
