/**
 * The one rule for dates, in the web app and on the server (lists, exports, documents, file names):
 * - lists, tables, spreadsheets and file names: 2026-12-08 (and 2026-12-08 09:05 with a time);
 * - documents (minutes, reports): 2026年12月8日, no leading zeros;
 * - times 24-hour; weeks (ISO, Monday first, in the year of their Thursday) as 2026年第50周;
 * - an instant is always read in the zone's time zone, never the machine's: 01:30 on 8 December in
 *   Beijing is 2026-12-08, although it is still 7 December in UTC.
 */
export type DateLocale = 'zh-CN' | 'en-US';

/** The zones are in China; a zone without a time zone of its own uses this one. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function dayParts(day: string): [number, number, number] {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`not a calendar day: ${day}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const instantOf = (instant: Date | string) => (typeof instant === 'string' ? new Date(instant) : instant);

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsIn(instant: Date | string, timeZone: string) {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  const date = instantOf(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an instant: ${String(instant)}`);
  const parts = format.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
    seconds: part('second'),
  };
}

/** The calendar day (YYYY-MM-DD) an instant falls on in the zone's time zone. */
export const zoneDay = (instant: Date | string, timeZone: string): string => partsIn(instant, timeZone).day;

/** The time of day (HH:mm, 24-hour) of an instant in the zone's time zone. */
export const zoneTime = (instant: Date | string, timeZone: string): string => partsIn(instant, timeZone).time;

/** An instant as lists and spreadsheets show it: 2026-12-08 09:05 (with `:ss` when asked). */
export function listDateTime(instant: Date | string, timeZone: string, withSeconds = false): string {
  const { day, time, seconds } = partsIn(instant, timeZone);
  return `${day} ${time}${withSeconds ? `:${seconds}` : ''}`;
}

/** The date in a file name: the zone's day of the instant, 2026-12-08 (or 20261208 compact). */
export function fileDate(instant: Date | string, timeZone: string, compact = false): string {
  const day = zoneDay(instant, timeZone);
  return compact ? day.replaceAll('-', '') : day;
}

/** A calendar day as documents print it: 2026年12月8日 (en-US: December 8, 2026). */
export function documentDate(day: string, locale: DateLocale = 'zh-CN'): string {
  const [y, m, d] = dayParts(day);
  return locale === 'en-US' ? `${EN_MONTHS[m - 1]} ${d}, ${y}` : `${y}年${m}月${d}日`;
}

/** An instant's day in the zone as documents print it: 2026年12月8日. */
export const documentDateAt = (instant: Date | string, timeZone: string, locale: DateLocale = 'zh-CN'): string =>
  documentDate(zoneDay(instant, timeZone), locale);

/** An instant as documents print it: 2026年12月8日 09:05 in the zone's time zone. */
export function documentDateTime(instant: Date | string, timeZone: string, locale: DateLocale = 'zh-CN'): string {
  const { day, time } = partsIn(instant, timeZone);
  return `${documentDate(day, locale)} ${time}`;
}

/** Monday of ISO week 1 of a year (the week holding 4 January), in UTC milliseconds. */
function isoWeekOneMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  return jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
}

/** The ISO week key (2026-W50) holding a calendar day. */
export function isoWeekOf(day: string): string {
  const [y, m, d] = dayParts(day);
  const ms = Date.UTC(y, m - 1, d);
  const thursday = ms + (3 - ((new Date(ms).getUTCDay() + 6) % 7)) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - isoWeekOneMonday(year)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday (YYYY-MM-DD) of an ISO week key, or null if it is not one. */
export function isoWeekMonday(key: string): string | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!match) return null;
  return new Date(isoWeekOneMonday(Number(match[1])) + (Number(match[2]) - 1) * 7 * DAY_MS).toISOString().slice(0, 10);
}

/** An ISO week key in words: 2026-W50 → 2026年第50周 (en-US: Week 50, 2026). */
export function weekWords(key: string, locale: DateLocale = 'zh-CN'): string {
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!match) throw new RangeError(`not an ISO week: ${key}`);
  return locale === 'en-US' ? `Week ${Number(match[2])}, ${match[1]}` : `${match[1]}年第${Number(match[2])}周`;
}
