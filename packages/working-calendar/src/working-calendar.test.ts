import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDaysBetween,
  fromEpochDay,
  isIsoDay,
  STATUTORY_YEARS,
  toEpochDay,
  WorkingCalendar,
} from './index.js';

const calendar = new WorkingCalendar();

function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) days.push(day);
  return days;
}

/** Slow reference: count day by day. */
function countByWalking(cal: WorkingCalendar, from: string, to: string): number {
  if (from === to) return 0;
  const [low, high, sign] = from < to ? [from, to, 1] : [to, from, -1];
  return sign * daysOf(addCalendarDays(low, 1), high).filter((day) => cal.isWorkday(day)).length;
}

describe('day arithmetic', () => {
  it('epoch days agree with Date.UTC and round-trip, 1899–2101', () => {
    for (let epochDay = -25_600; epochDay <= 48_600; epochDay += 1) {
      const expected = new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
      const day = fromEpochDay(epochDay);
      if (day !== expected || toEpochDay(day) !== epochDay) throw new Error(`${epochDay}: ${day} ≠ ${expected}`);
    }
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(fromEpochDay(toEpochDay('1000-03-01'))).toBe('1000-03-01');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2100-02-28', 1)).toBe('2100-03-01');
  });
});

describe('statutory data from chinese-days', () => {
  it('covers 2004–2026 as computed from the package data', () => {
    expect(STATUTORY_YEARS).toEqual({ first: 2004, last: 2026 });
    expect(calendar.covers(2004)).toBe(true);
    expect(calendar.covers(2026)).toBe(true);
    expect(calendar.covers(2003)).toBe(false);
    expect(calendar.covers(2027)).toBe(false);
  });

  it('agrees with the package’s own isWorkday for every covered day (default import works at runtime)', () => {
    expect(typeof chineseDays.isWorkday).toBe('function');
    const days = daysOf(`${STATUTORY_YEARS.first}-01-01`, `${STATUTORY_YEARS.last}-12-31`);
    const disagreements = days.filter((day) => calendar.isWorkday(day) !== chineseDays.isWorkday(day));
    expect(days.length).toBeGreaterThan(8000);
    expect(disagreements).toEqual([]);
  });
});

describe('isWorkday and explain', () => {
  it('National Day 2026: 1–7 October off, make-up workdays Sunday 20 September and Saturday 10 October', () => {
    for (const day of daysOf('2026-10-01', '2026-10-07')) {
      expect(calendar.explain(day)).toEqual({ day, workday: false, reason: 'holiday', name: '国庆节' });
    }
    expect(calendar.explain('2026-09-20')).toEqual({
      day: '2026-09-20',
      workday: true,
      reason: 'makeUpWorkday',
      name: '国庆节',
    });
    expect(calendar.explain('2026-10-10')).toMatchObject({ workday: true, reason: 'makeUpWorkday' });
    expect(calendar.isWorkday('2026-10-08')).toBe(true);
    expect(calendar.explain('2026-10-11')).toEqual({
      day: '2026-10-11',
      workday: false,
      reason: 'weekend',
      name: null,
    });
  });

  it('Spring Festival 2026: 15–23 February off, make-up Saturdays 14 and 28 February', () => {
    for (const day of daysOf('2026-02-15', '2026-02-23')) {
      expect(calendar.explain(day)).toMatchObject({ workday: false, reason: 'holiday', name: '春节' });
    }
    expect(calendar.explain('2026-02-14')).toMatchObject({ workday: true, reason: 'makeUpWorkday', name: '春节' });
    expect(calendar.explain('2026-02-28')).toMatchObject({ workday: true, reason: 'makeUpWorkday', name: '春节' });
    expect(calendar.isWorkday('2026-02-13')).toBe(true);
    expect(calendar.isWorkday('2026-02-24')).toBe(true);
  });

  it('weekends and weekdays of an ordinary week', () => {
    expect(calendar.explain('2026-11-27')).toEqual({ day: '2026-11-27', workday: true, reason: 'weekday', name: null });
    expect(calendar.explain('2026-11-28').reason).toBe('weekend');
    expect(calendar.explain('2026-11-29').reason).toBe('weekend');
    expect(calendar.isWorkday('2026-11-30')).toBe(true);
  });

  it('a year chinese-days does not cover: Monday–Friday until the zone enters overrides', () => {
    // 2027-10-01 is a Friday: a workday without the zone's correction.
    expect(calendar.explain('2027-10-01')).toEqual({ day: '2027-10-01', workday: true, reason: 'weekday', name: null });
    expect(calendar.isWorkday('2027-10-02')).toBe(false);
    const corrected = new WorkingCalendar([{ day: '2027-10-01', kind: 'holiday', name: '国庆节' }]);
    expect(corrected.covers(2027)).toBe(true);
    expect(corrected.covers(2028)).toBe(false);
    expect(corrected.explain('2027-10-01')).toEqual({
      day: '2027-10-01',
      workday: false,
      reason: 'overrideHoliday',
      name: '国庆节',
    });
    expect(corrected.uncoveredYears('2026-05-01', '2028-01-01')).toEqual([2028]);
  });

  it('overrides win in both directions over statutory days and weekends', () => {
    const corrected = new WorkingCalendar([
      { day: '2026-10-05', kind: 'workday', name: '园区值班' },
      { day: '2026-11-30', kind: 'holiday', name: '县庆' },
      { day: '2026-11-28', kind: 'workday', name: '补班' },
      { day: '2026-09-20', kind: 'holiday', name: '取消调休' },
    ]);
    expect(corrected.explain('2026-10-05')).toMatchObject({
      workday: true,
      reason: 'overrideWorkday',
      name: '园区值班',
    });
    expect(corrected.explain('2026-11-30')).toMatchObject({ workday: false, reason: 'overrideHoliday', name: '县庆' });
    expect(corrected.explain('2026-11-28')).toMatchObject({ workday: true, reason: 'overrideWorkday' });
    expect(corrected.isWorkday('2026-09-20')).toBe(false);
    // The statutory calendar itself is untouched.
    expect(calendar.isWorkday('2026-10-05')).toBe(false);
    expect(corrected.overrides().map((o) => o.day)).toEqual(['2026-09-20', '2026-10-05', '2026-11-28', '2026-11-30']);
  });

  it('rejects malformed days and overrides with a RangeError naming the value', () => {
    expect(() => calendar.isWorkday('2026-02-30')).toThrow(/2026-02-30/);
    expect(() => calendar.isWorkday('2026/10/01')).toThrow(RangeError);
    expect(() => new WorkingCalendar([{ day: '20261001', kind: 'holiday', name: 'x' }])).toThrow(/20261001/);
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2025-02-29')).toBe(false);
  });
});

describe('workdaysBetween', () => {
  it('counts working days in (from, to] across National Day 2026', () => {
    // (30 Sep, 9 Oct]: 1–7 off, 8 and 9 worked.
    expect(calendar.workdaysBetween('2026-09-30', '2026-10-09')).toBe(2);
    // (25 Sep, 12 Oct]: 25–27 Mid-autumn, 28–30 Sep worked, 1–7 off, 8, 9, 10 (make-up), 12 worked.
    expect(calendar.workdaysBetween('2026-09-25', '2026-10-12')).toBe(7);
    expect(calendar.workdaysBetween('2026-10-12', '2026-09-25')).toBe(-7);
    expect(calendar.workdaysBetween('2026-10-03', '2026-10-03')).toBe(0);
    expect(calendar.workdaysBetween('2026-10-02', '2026-10-03')).toBe(0);
  });

  it('matches a day-by-day count across year ends, uncovered years and overrides', () => {
    const corrected = new WorkingCalendar([
      { day: '2027-01-01', kind: 'holiday', name: '元旦' },
      { day: '2027-02-06', kind: 'workday', name: '春节调休' },
    ]);
    const pairs: [string, string][] = [
      ['2025-12-15', '2027-03-01'],
      ['2027-03-01', '2025-12-15'],
      ['2003-12-20', '2004-01-31'],
      ['1999-06-01', '2000-06-01'],
      ['2026-12-31', '2027-01-04'],
    ];
    for (const [from, to] of pairs) {
      expect(calendar.workdaysBetween(from, to)).toBe(countByWalking(calendar, from, to));
      expect(corrected.workdaysBetween(from, to)).toBe(countByWalking(corrected, from, to));
    }
    expect(corrected.workdaysBetween('2026-12-31', '2027-01-04')).toBe(1);
  });

  it('handles 30,000 calls over three years (the cumulative index makes each a pair of lookups)', () => {
    const cal = new WorkingCalendar([{ day: '2027-05-03', kind: 'holiday', name: '劳动节' }]);
    const start = toEpochDay('2025-01-01');
    let checksum = 0;
    for (let i = 0; i < 30_000; i += 1) {
      const from = addCalendarDays('2025-01-01', (i * 7919) % 1095);
      const to = addCalendarDays('2025-01-01', (i * 104_729) % 1095);
      checksum += cal.workdaysBetween(from, to);
    }
    expect(Number.isFinite(checksum)).toBe(true);
    expect(calendarDaysBetween('2025-01-01', addCalendarDays('2025-01-01', 1094))).toBe(1094);
    expect(toEpochDay('2025-01-01')).toBe(start);
  });
});

describe('addWorkdays', () => {
  it('n = 0 is the day itself when a working day, else the next working day', () => {
    expect(calendar.addWorkdays('2026-09-30', 0)).toBe('2026-09-30');
    expect(calendar.addWorkdays('2026-10-01', 0)).toBe('2026-10-08');
    expect(calendar.addWorkdays('2026-11-28', 0)).toBe('2026-11-30');
  });

  it('jumps holidays and counts make-up workdays', () => {
    expect(calendar.addWorkdays('2026-09-30', 1)).toBe('2026-10-08');
    expect(calendar.addWorkdays('2026-09-30', 3)).toBe('2026-10-10');
    expect(calendar.addWorkdays('2026-09-30', 4)).toBe('2026-10-12');
    expect(calendar.addWorkdays('2026-12-31', 1)).toBe('2027-01-01');
    expect(
      new WorkingCalendar([{ day: '2027-01-01', kind: 'holiday', name: '元旦' }]).addWorkdays('2026-12-31', 1),
    ).toBe('2027-01-04');
  });

  it('is the inverse of workdaysBetween, forwards and backwards', () => {
    for (const [day, n] of [
      ['2026-02-10', 10],
      ['2026-09-18', 25],
      ['2025-12-20', 300],
      ['2026-10-12', -4],
      ['2027-01-15', -30],
    ] as const) {
      const result = calendar.addWorkdays(day, n);
      expect(calendar.isWorkday(result)).toBe(true);
      if (n > 0) expect(calendar.workdaysBetween(day, result)).toBe(n);
      else {
        // (result, day] holds the |n| − 1 working days after result, plus day itself if it is one.
        expect(calendar.workdaysBetween(result, day) - (calendar.isWorkday(day) ? 1 : 0)).toBe(-n - 1);
      }
    }
    expect(calendar.addWorkdays('2026-10-12', -4)).toBe('2026-09-30');
    expect(calendar.addWorkdays('2026-10-08', -1)).toBe('2026-09-30');
    expect(() => calendar.addWorkdays('2026-10-08', 1.5)).toThrow(RangeError);
  });
});

describe('far-apart dates', () => {
  it('counts working days across thousands of years at once (arithmetic, not a walk)', () => {
    const fresh = new WorkingCalendar([{ day: '8000-03-06', kind: 'holiday', name: '远期' }]);
    const started = performance.now();
    const all = fresh.workdaysBetween('1000-01-01', '9999-12-31');
    const back = fresh.addWorkdays('9999-12-31', -all);
    const forward = fresh.addWorkdays('1000-01-01', 2_000_000);
    expect(performance.now() - started).toBeLessThan(100);
    expect(fresh.workdaysBetween('9999-12-31', '1000-01-01')).toBe(-all);
    expect(fresh.workdaysBetween(back, '9999-12-31')).toBe(all);
    expect(fresh.workdaysBetween('1000-01-01', forward)).toBe(2_000_000);
    expect(fresh.isWorkday(forward)).toBe(true);
  });

  it('agrees with a day-by-day count far from the statutory years, and with overrides out there', () => {
    const corrected = new WorkingCalendar([
      { day: '2399-12-31', kind: 'holiday', name: '远期' },
      { day: '2400-01-01', kind: 'workday', name: '远期调休' },
      { day: '1996-02-19', kind: 'holiday', name: '早年' },
    ]);
    for (const [from, to] of [
      ['2026-06-01', '2401-03-01'],
      ['1990-01-01', '2005-01-01'],
      ['2401-03-01', '2026-06-01'],
    ] as const) {
      expect(calendar.workdaysBetween(from, to)).toBe(countByWalking(calendar, from, to));
      expect(corrected.workdaysBetween(from, to)).toBe(countByWalking(corrected, from, to));
    }
    expect(corrected.addWorkdays('2399-12-30', 1)).toBe('2400-01-01');
    expect(corrected.addWorkdays('2026-06-01', 97_813)).toBe(walkWorkdays(corrected, '2026-06-01', 97_813));
  });
});

function walkWorkdays(cal: WorkingCalendar, from: string, n: number): string {
  let day = from;
  for (let left = n; left > 0; ) {
    day = addCalendarDays(day, 1);
    if (cal.isWorkday(day)) left -= 1;
  }
  return day;
}
