import { describe, expect, it } from 'vitest';
import { matchesName } from './name-filter';

const xingmeng = { label: '星萌冻干食品产业园项目', searchKeys: 'xingmengdongganshipinchanyeyuanxiangmu\nxmdgspcyyxm' };

describe('matchesName (the pickers’ pinyin search)', () => {
  it('matches a part of the name, the full pinyin or the initials, in any case', () => {
    for (const typed of ['星萌', 'xm', 'XM', 'xingmeng', 'Xing Meng', 'dgsp', ''])
      expect(matchesName(typed, xingmeng), typed).toBe(true);
  });

  it('matches nothing else, and never across two keys', () => {
    expect(matchesName('qqq', xingmeng)).toBe(false);
    // "mu" + "xm": the end of the pinyin line and the start of the initials line.
    expect(matchesName('muxm', xingmeng)).toBe(false);
    expect(matchesName('xm', { label: '其他项目' })).toBe(false);
  });
});
