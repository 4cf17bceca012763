import { describe, expect, it } from 'vitest';
import type { LeadSummary } from '../leads/lead.types';
import { boardColumns, canDropOn, daysInPool, dropTargets } from './board-model';

const card = (id: string, stage: LeadSummary['stage'] = 'reserve'): LeadSummary => ({
  id,
  code: id,
  name: `lead ${id}`,
  stage,
  version: 1,
  investorName: 'x',
  investorRegion: null,
  investorProvince: null,
  investorCity: null,
  industryCode: null,
  industryName: null,
  chainName: null,
  plannedInvestmentYuan: null,
  signedAmountYuan: null,
  methodId: null,
  methodName: null,
  ownerId: null,
  ownerName: null,
  taskForceId: 'tf',
  taskForceName: null,
  targetParkId: null,
  targetParkName: null,
  registeredOn: '2026-01-01',
  stageEnteredOn: '2026-01-01',
  lastActivityOn: null,
  signedOn: null,
  landedOn: null,
  reminders: [],
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('boardColumns', () => {
  it('lists the five stages in pool order, empty when the server left one out', () => {
    const columns = boardColumns([{ stage: 'signed', total: 1, items: [card('a', 'signed')] }], {}, 2);
    expect(columns.map((c) => c.stage)).toEqual(['reserve', 'negotiating', 'signed', 'landed', 'dropped']);
    expect(columns[0]).toEqual({ stage: 'reserve', total: 0, cards: [], nextPage: null });
    expect(columns[2]?.cards.map((c) => c.id)).toEqual(['a']);
  });

  it('offers the next page until every card of the pool is loaded', () => {
    const pools = [{ stage: 'reserve' as const, total: 5, items: [card('a'), card('b')] }];
    expect(boardColumns(pools, {}, 2)[0]?.nextPage).toBe(2);
    expect(boardColumns(pools, { reserve: [[card('c'), card('d')]] }, 2)[0]?.nextPage).toBe(3);
    const all = boardColumns(pools, { reserve: [[card('c'), card('d')], [card('e')]] }, 2)[0];
    expect(all?.nextPage).toBeNull();
    expect(all?.cards.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('does not repeat a card that shifted into the next page', () => {
    const pools = [{ stage: 'reserve' as const, total: 4, items: [card('a'), card('b')] }];
    const column = boardColumns(pools, { reserve: [[card('b'), card('c')]] }, 2)[0];
    expect(column?.cards.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(column?.nextPage).toBe(3);
  });
});

describe('drop targets', () => {
  it('allow one pool forward or dropping, never back nor skipping', () => {
    expect(dropTargets('reserve')).toEqual(['negotiating', 'dropped']);
    expect(dropTargets('signed')).toEqual(['landed', 'dropped']);
    expect(dropTargets('dropped')).toEqual([]);
    expect(canDropOn('negotiating', 'reserve')).toBe(false);
    expect(canDropOn('reserve', 'signed')).toBe(false);
  });
});

describe('daysInPool', () => {
  it('counts days since the lead entered its pool', () => {
    expect(daysInPool({ stageEnteredOn: '2026-11-01' }, '2026-11-29')).toBe(28);
    expect(daysInPool({ stageEnteredOn: '2026-11-30' }, '2026-11-29')).toBe(0);
  });
});

describe('boardColumns after the pool shrank', () => {
  it('stops offering pages once a page comes back short', () => {
    const pools = [{ stage: 'reserve' as const, total: 5, items: [card('a'), card('b')] }];
    expect(boardColumns(pools, { reserve: [[card('c')]] }, 2)[0]?.nextPage).toBeNull();
  });
});
