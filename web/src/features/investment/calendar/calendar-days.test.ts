import { describe, expect, it } from 'vitest';
import { activitiesByDay, calendarRange, type DatedActivity, isVisit } from './calendar-days';

const activity = (overrides: Partial<DatedActivity>): DatedActivity => ({
  id: 'a1',
  kind: 'meeting',
  happenedOn: '2026-04-10',
  endsOn: null,
  ...overrides,
});

describe('calendarRange', () => {
  it('covers the six weeks a month grid may show', () => {
    expect(calendarRange('2026-04')).toEqual({ from: '2026-03-26', to: '2026-05-12' });
    expect(calendarRange('2026-12')).toEqual({ from: '2026-11-25', to: '2027-01-11' });
  });
});

describe('activitiesByDay', () => {
  it('puts a one-day activity on its day', () => {
    const days = activitiesByDay([activity({})], '2026-04-01', '2026-04-30');
    expect([...days.keys()]).toEqual(['2026-04-10']);
  });

  it('shows a multi-day visit on each of its days', () => {
    const trip = activity({ id: 'trip', kind: 'outboundVisit', happenedOn: '2026-04-14', endsOn: '2026-04-16' });
    const days = activitiesByDay([trip], '2026-04-01', '2026-04-30');
    expect([...days.keys()]).toEqual(['2026-04-14', '2026-04-15', '2026-04-16']);
  });

  it('clips a visit to the range asked for', () => {
    const trip = activity({ kind: 'outboundVisit', happenedOn: '2026-03-30', endsOn: '2026-04-02' });
    expect([...activitiesByDay([trip], '2026-04-01', '2026-04-30').keys()]).toEqual(['2026-04-01', '2026-04-02']);
  });

  it('treats an end before the start as one day', () => {
    const odd = activity({ happenedOn: '2026-04-10', endsOn: '2026-04-08' });
    expect([...activitiesByDay([odd], '2026-04-01', '2026-04-30').keys()]).toEqual(['2026-04-10']);
  });

  it('lists visits before other activities of the same day', () => {
    const days = activitiesByDay(
      [
        activity({ id: 'call', kind: 'call' }),
        activity({ id: 'in', kind: 'inboundVisit' }),
        activity({ id: 'out', kind: 'outboundVisit', happenedOn: '2026-04-09', endsOn: '2026-04-10' }),
      ],
      '2026-04-01',
      '2026-04-30',
    );
    expect(days.get('2026-04-10')?.map((a) => a.id)).toEqual(['out', 'in', 'call']);
    expect(days.get('2026-04-09')?.map((a) => a.id)).toEqual(['out']);
  });

  it('knows the two visit kinds', () => {
    expect(isVisit('outboundVisit')).toBe(true);
    expect(isVisit('inboundVisit')).toBe(true);
    expect(isVisit('meeting')).toBe(false);
  });
});
