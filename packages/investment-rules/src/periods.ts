/**
 * Contest periods by key: a year ("2026"), a quarter ("2026-Q2") or a month ("2026-05"). Bounds are
 * calendar dates in the zone's time zone, end exclusive, compared with the ISO dates the records keep.
 */
export type PeriodKind = 'year' | 'quarter' | 'month';

export interface Period {
  key: string;
  kind: PeriodKind;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** The day after the last day, YYYY-MM-DD. */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const firstOf = (year: number, month: number) => `${year}-${pad(month)}-01`;
const monthStart = (year: number, month0: number) => firstOf(year + Math.floor(month0 / 12), (month0 % 12) + 1);

function build(kind: PeriodKind, year: number, index: number): Period {
  if (kind === 'year') return { key: String(year), kind, start: firstOf(year, 1), end: firstOf(year + 1, 1) };
  if (kind === 'quarter')
    return {
      key: `${year}-Q${index}`,
      kind,
      start: monthStart(year, (index - 1) * 3),
      end: monthStart(year, index * 3),
    };
  return { key: `${year}-${pad(index)}`, kind, start: monthStart(year, index - 1), end: monthStart(year, index) };
}

/** The period a key names, or null when the key is not one (years 2000–2100). */
export function parsePeriod(key: string): Period | null {
  const match = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  if (match[2]) return build('quarter', year, Number(match[2]));
  if (match[3]) return build('month', year, Number(match[3]));
  return build('year', year, 0);
}

/** The period of the same kind just before this one (2026-Q1 → 2025-Q4). */
export function previousPeriod(period: Period): Period {
  const year = Number(period.key.slice(0, 4));
  if (period.kind === 'year') return build('year', year - 1, 0);
  const index = Number(period.key.slice(period.kind === 'quarter' ? 6 : 5));
  if (index > 1) return build(period.kind, year, index - 1);
  return build(period.kind, year - 1, period.kind === 'quarter' ? 4 : 12);
}

/** The period of a kind holding a date (YYYY-MM-DD). */
export function periodOf(kind: PeriodKind, date: string): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (kind === 'year') return build('year', year, 0);
  if (kind === 'quarter') return build('quarter', year, Math.ceil(month / 3));
  return build('month', year, month);
}
