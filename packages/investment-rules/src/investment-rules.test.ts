import { describe, expect, it } from 'vitest';
import {
  completionPercent,
  contestScore,
  DEFAULT_REMINDER_SETTINGS,
  DEFAULT_WEIGHTS,
  duplicateReason,
  investorKey,
  keySimilarity,
  leaderboard,
  leadReminders,
  type MoveEvidence,
  missingEvidence,
  moveRefusal,
  nextPool,
  parsePeriod,
  periodOf,
  previousPeriod,
  reminderCutoffs,
  zeroCounts,
} from './index.js';

const none: MoveEvidence = {
  meetingCount: 0,
  signedOn: null,
  signedAmountYuan: null,
  hasContractDocument: false,
  screeningVerdict: null,
  hasEnterprise: false,
  hasSite: false,
  reason: null,
};

describe('pool moves', () => {
  it('moves forward one pool at a time and drops from anywhere', () => {
    expect(moveRefusal('reserve', 'negotiating')).toBeNull();
    expect(moveRefusal('reserve', 'signed')).toBe('skipsPool');
    expect(moveRefusal('signed', 'negotiating')).toBe('backward');
    expect(moveRefusal('landed', 'landed')).toBe('sameStage');
    expect(moveRefusal('signed', 'dropped')).toBeNull();
    expect(moveRefusal('dropped', 'reserve')).toBe('fromDropped');
    expect(nextPool('signed')).toBe('landed');
    expect(nextPool('landed')).toBeNull();
  });

  it('names each missing item of a gate', () => {
    expect(missingEvidence('negotiating', none)).toEqual(['meeting']);
    expect(missingEvidence('negotiating', { ...none, meetingCount: 1 })).toEqual([]);
    expect(missingEvidence('signed', none)).toEqual(['screening', 'signedOn', 'signedAmount', 'contractDocument']);
    expect(
      missingEvidence('signed', {
        ...none,
        screeningVerdict: 'reject',
        signedOn: '2026-04-01',
        signedAmountYuan: 0,
        hasContractDocument: true,
      }),
    ).toEqual(['screeningRejected']);
    expect(
      missingEvidence('signed', {
        ...none,
        screeningVerdict: 'conditional',
        signedOn: '2026-04-01',
        signedAmountYuan: 1,
        hasContractDocument: true,
      }),
    ).toEqual([]);
    expect(missingEvidence('landed', { ...none, hasEnterprise: true })).toEqual(['site']);
    expect(missingEvidence('dropped', { ...none, reason: '  ' })).toEqual(['reason']);
  });
});

describe('periods', () => {
  it('reads years, quarters and months with exclusive ends', () => {
    expect(parsePeriod('2026')).toEqual({ key: '2026', kind: 'year', start: '2026-01-01', end: '2027-01-01' });
    expect(parsePeriod('2026-Q4')).toEqual({ key: '2026-Q4', kind: 'quarter', start: '2026-10-01', end: '2027-01-01' });
    expect(parsePeriod('2026-12')).toEqual({ key: '2026-12', kind: 'month', start: '2026-12-01', end: '2027-01-01' });
    expect(parsePeriod('2026-13')).toBeNull();
    expect(parsePeriod('2026-Q5')).toBeNull();
    expect(parsePeriod('1999')).toBeNull();
  });

  it('steps back across year ends and finds the period of a date', () => {
    const key = (k: string) => previousPeriod(parsePeriod(k) ?? ({} as never)).key;
    expect(key('2026-Q1')).toBe('2025-Q4');
    expect(key('2026-01')).toBe('2025-12');
    expect(key('2026-07')).toBe('2026-06');
    expect(key('2026')).toBe('2025');
    expect(periodOf('quarter', '2026-05-31').key).toBe('2026-Q2');
    expect(periodOf('month', '2026-05-31').key).toBe('2026-05');
  });
});

describe('contest', () => {
  it('scores counts with the weights, amounts per 亿元', () => {
    const counts = { ...zeroCounts(), newLeads: 3, visits: 2, signedCount: 1, signedAmountYuan: 256_000_000 };
    expect(contestScore(counts, DEFAULT_WEIGHTS)).toBe(3 + 4 + 10 + 5.12);
    expect(contestScore(counts, { ...DEFAULT_WEIGHTS, visits: 0 })).toBe(3 + 10 + 5.12);
  });

  it('ranks with ties and rank changes against the previous period', () => {
    const board = leaderboard(
      [
        { key: 'a', entry: 'A', score: 10 },
        { key: 'b', entry: 'B', score: 30 },
        { key: 'c', entry: 'C', score: 10 },
        { key: 'd', entry: 'D', score: 5 },
      ],
      [
        { key: 'a', score: 50 },
        { key: 'b', score: 1 },
        { key: 'c', score: 20 },
      ],
    );
    expect(board.map((r) => [r.entry, r.rank, r.previousRank, r.rankChange])).toEqual([
      ['B', 1, 3, 2],
      ['A', 2, 1, -1],
      ['C', 2, 2, 0],
      ['D', 4, null, null],
    ]);
  });

  it('gives completion only against a positive target', () => {
    expect(completionPercent(3, 4)).toBe(75);
    expect(completionPercent(5, 3)).toBe(166.7);
    expect(completionPercent(5, 0)).toBeNull();
    expect(completionPercent(5, null)).toBeNull();
  });
});

describe('investor names', () => {
  it('reduces names to their distinctive part', () => {
    expect(investorKey('深圳市华强电子有限公司')).toBe('深圳市华强电子');
    expect(investorKey('深圳市华强电子（集团）股份有限公司')).toBe('深圳市华强电子');
    expect(investorKey('ＡＢＣ Ｔｅｃｈ Co., Ltd.')).toBe('abctech');
  });

  it('warns on credit code, same name, pinyin, containment and look-alikes, not on strangers', () => {
    const e = (key: string, pinyin = '', uscc: string | null = null) => ({ key, pinyin, uscc });
    expect(duplicateReason(e('甲', '', 'X'), e('乙', '', 'X'))).toBe('uscc');
    expect(duplicateReason(e('浙江同景新能源'), e('浙江同景新能源'))).toBe('sameName');
    expect(duplicateReason(e('浙江通景新能源', 'zjtj'), e('浙江同景新能源', 'zjtj'))).toBe('samePinyin');
    expect(duplicateReason(e('同景新能源'), e('浙江同景新能源'))).toBe('contains');
    expect(duplicateReason(e('浙江同景新能源科技'), e('浙江同景新能源集团科技'))).toBe('similar');
    expect(duplicateReason(e('浙江同景能源科技'), e('浙江同景新能源科技'))).toBe('similar');
    expect(duplicateReason(e('佛山华美陶瓷'), e('浙江同景新能源'))).toBeNull();
    expect(keySimilarity('深圳电子信息', '香港智能硬件')).toBe(0);
  });
});

describe('reminders', () => {
  const lead = {
    stage: 'reserve' as const,
    stageEnteredOn: '2026-01-01',
    lastActivityOn: '2026-10-01',
    registeredOn: '2026-01-01',
  };

  it('reminds idle and stale open leads, never done ones', () => {
    expect(leadReminders(lead, '2026-11-29', DEFAULT_REMINDER_SETTINGS)).toEqual([
      { kind: 'idle', days: 59, limit: 30 },
      { kind: 'stale', days: 332, limit: 90 },
    ]);
    expect(leadReminders({ ...lead, lastActivityOn: '2026-11-20' }, '2026-11-29', DEFAULT_REMINDER_SETTINGS)).toEqual([
      { kind: 'stale', days: 332, limit: 90 },
    ]);
    expect(leadReminders({ ...lead, stage: 'landed' }, '2026-11-29', DEFAULT_REMINDER_SETTINGS)).toEqual([]);
  });

  it('gives cut-off dates that agree with the per-lead rule', () => {
    const cut = reminderCutoffs('2026-11-29', DEFAULT_REMINDER_SETTINGS);
    expect(cut.idleBefore).toBe('2026-10-30');
    expect(
      leadReminders({ ...lead, lastActivityOn: '2026-10-29' }, '2026-11-29', DEFAULT_REMINDER_SETTINGS)[0]?.kind,
    ).toBe('idle');
    expect(
      leadReminders({ ...lead, lastActivityOn: '2026-10-30' }, '2026-11-29', DEFAULT_REMINDER_SETTINGS)[0]?.kind,
    ).toBe('stale');
    expect(cut.staleBefore.reserve).toBe('2026-08-31');
  });
});
