/**
 * One formatter per time zone: building an Intl.DateTimeFormat costs far more than formatting with
 * one, and list routes asked for the zone's day on every request (a few per cent of the server's CPU
 * under the mixed-role load).
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The date (YYYY-MM-DD) the instant `at` falls on in `timeZone`. */
export function dayIn(timeZone: string, at: Date): string {
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(at);
}
