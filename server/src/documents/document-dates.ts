/**
 * Dates as documents print them (minutes, reports): 2026年12月8日, no leading zeros, times 24-hour,
 * an instant read in the zone's time zone. The rule lives in @zonehub/zone-dates, shared with the
 * web app; lists and file names use its 2026-12-08 forms.
 */
export { documentDate, documentDateAt, documentDateTime } from '@zonehub/zone-dates';
