import { DEFAULT_TIME_ZONE, documentDate, listDateTime, weekWords, zoneDay, zoneTime } from '@zonehub/zone-dates';
import type { Locale } from './locale';

/**
 * How the web app shows numbers and dates: the one rule of @zonehub/zone-dates, the server's too.
 * Lists and tables show 2026-12-08 (and 2026-12-08 14:05), documents 2026年12月8日, weeks
 * 2026年第50周; times are 24-hour in the zone's time zone, never the browser's.
 */

/** Times are stored in UTC and shown in the zone's time zone (all zones are in China for now). */
export const ZONE_TIME_ZONE = DEFAULT_TIME_ZONE;

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** A calendar date (YYYY-MM-DD, no time zone) as lists show it: 2026-12-08, in both languages. */
export function formatDate(isoDate: string, _locale?: Locale): string {
  return DAY.exec(isoDate)?.[0] ?? isoDate;
}

/** An instant (ISO 8601 with offset) as lists show it, in the zone's time zone: 2026-12-08 14:05. */
export function formatDateTime(isoInstant: string, _locale?: Locale, withSeconds = false): string {
  if (Number.isNaN(Date.parse(isoInstant))) return isoInstant;
  return listDateTime(isoInstant, ZONE_TIME_ZONE, withSeconds);
}

/** An instant's time of day in the zone: 14:05, 24-hour. */
export function formatTime(isoInstant: string): string {
  if (Number.isNaN(Date.parse(isoInstant))) return isoInstant;
  return zoneTime(isoInstant, ZONE_TIME_ZONE);
}

/** A calendar date as documents print it (minutes, reports): 2026年12月8日 / December 8, 2026. */
export function formatDocumentDate(isoDate: string, locale: Locale): string {
  const day = DAY.exec(isoDate)?.[0];
  return day ? documentDate(day, locale) : isoDate;
}

/** An ISO week key as people say it: 2026-W50 → 2026年第50周 / Week 50, 2026. */
export function formatWeek(isoWeek: string, locale: Locale): string {
  return /^\d{4}-W\d{2}$/.test(isoWeek) ? weekWords(isoWeek, locale) : isoWeek;
}

/** Today (YYYY-MM-DD) in the zone's time zone: after midnight Beijing time it is already tomorrow. */
export function zoneToday(now: Date = new Date()): string {
  return zoneDay(now, ZONE_TIME_ZONE);
}
