/**
 * Dates as documents print them (minutes, reports): 2026年12月8日, no leading zeros, times 24-hour.
 * Lists and file names keep 2026-12-08. An instant is read in the zone's time zone, never the
 * server's: a report generated at 00:30 Beijing time is dated that day, not the UTC day before.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day (YYYY-MM-DD, already the zone's) → 2026年12月8日. */
export function documentDate(day: string): string {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`not a calendar day: ${day}`);
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

function zoneParts(instant: Date | string, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** An instant → its day in the zone's time zone, 2026年12月8日. */
export const documentDateAt = (instant: Date | string, timeZone: string) =>
  documentDate(zoneParts(instant, timeZone).day);

/** An instant → 2026年12月8日 09:05 in the zone's time zone. */
export function documentDateTime(instant: Date | string, timeZone: string): string {
  const { day, time } = zoneParts(instant, timeZone);
  return `${documentDate(day)} ${time}`;
}
