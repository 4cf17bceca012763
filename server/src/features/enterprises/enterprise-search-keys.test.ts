import { describe, expect, it } from 'vitest';
import { normalizeSearchText, searchKeys } from './enterprise-search-keys.js';

describe('enterprise search keys', () => {
  it('keeps names, pinyin, initials and code on separate lines', () => {
    const keys = searchKeys('山西星萌科技有限公司', ['星萌食品厂'], '91140428MA0K123456');
    expect(keys.body.split('\n')).toEqual([
      '山西星萌科技有限公司',
      'shanxixingmengkejiyouxiangongsi',
      'sxxmkjyxgs',
      '星萌食品厂',
      'xingmengshipinchang',
      'xmspc',
      '91140428ma0k123456',
    ]);
  });

  it('lists every 2-character piece and the last character of the names and initials, once', () => {
    const { grams } = searchKeys('星萌科技', [], 'X');
    expect([...grams].sort()).toEqual(['kj', 'j', 'mk', 'xm', '技', '星萌', '科技', '萌科'].sort());
    expect(new Set(grams).size).toBe(grams.length);
  });

  it('gives every character of a key as the start of some gram (1-character terms are prefix ranges)', () => {
    const { grams } = searchKeys('山西星萌', ['萌'], 'X');
    for (const c of ['山', '西', '星', '萌', 's', 'x', 'm']) expect(grams.some((g) => g.startsWith(c))).toBe(true);
  });

  it('folds full-width forms, case and spaces', () => {
    expect(normalizeSearchText(' ＸＭ kj ')).toBe('xmkj');
  });
});
