import { z } from 'zod';

export interface DayRange {
  min: string;
  max: string;
}

/**
 * Plans and events: milestones, projects and their phases, meetings and action items, leads and
 * their moves and activities, agency items, occupancies, calendar corrections, and the filters over
 * them. The same years the zone's working calendar can be shown for; a day outside them is a typo,
 * and one such day once cost seconds of working-day arithmetic or a 500.
 */
export const DAY_RANGE: DayRange = { min: '2000-01-01', max: '2100-12-31' };

/** Facts that may predate the platform by decades: an enterprise's founding, a zone's approval, a building's completion, a land agreement. */
export const HISTORIC_DAY_RANGE: DayRange = { min: '1900-01-01', max: '2100-12-31' };

/**
 * A real calendar day written YYYY-MM-DD within the range; outside it the field error is
 * `dateOutOfRange` with the bounds (validation.ts words it). Inputs only: responses may carry older
 * data and are not bounded.
 */
export const dayBetween = (range: DayRange) =>
  z.iso
    .date({ abort: true })
    .refine((value) => value >= range.min && value <= range.max, { params: { dateRange: range } })
    .describe(`YYYY-MM-DD, ${range.min} to ${range.max}`);

export const day = dayBetween(DAY_RANGE);
export const historicDay = dayBetween(HISTORIC_DAY_RANGE);
