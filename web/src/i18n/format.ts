import type { Locale } from './locale';

/** Times are stored in UTC and shown in the zone's time zone (all zones are in China for now). */
export const ZONE_TIME_ZONE = 'Asia/Shanghai';

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A calendar date `YYYY-MM-DD` (no time zone): 2026年11月29日 / Nov 29, 2026. */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** An instant (ISO 8601 with offset) in the zone's time zone: 2026/11/29 14:06:00. */
export function formatDateTime(isoInstant: string, locale: Locale): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: ZONE_TIME_ZONE,
  }).format(date);
}
