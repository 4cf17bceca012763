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

  it('lists every 1- and 2-character piece of the names and initials once', () => {
    const { grams } = searchKeys('星萌科技', [], 'X');
    expect(grams).toEqual(expect.arrayContaining(['星', '星萌', '萌科', '技', 'x', 'xm', 'mk', 'kj']));
    expect(new Set(grams).size).toBe(grams.length);
    expect(grams.every((g) => g.length >= 1 && g.length <= 2)).toBe(true);
  });

  it('folds full-width forms, case and spaces', () => {
    expect(normalizeSearchText(' ＸＭ kj ')).toBe('xmkj');
  });
});
