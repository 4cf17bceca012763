import { describe, expect, it } from 'vitest';
import { nameKeys } from './enterprise-names.js';

describe('enterprise name keys', () => {
  it('gives full pinyin and initials of a Chinese name', () => {
    expect(nameKeys('山西星萌科技有限公司')).toEqual({
      namePinyin: 'shanxixingmengkejiyouxiangongsi',
      nameInitials: 'sxxmkjyxgs',
    });
  });

  it('reads 长子 as zhangzi, as the place is called', () => {
    expect(nameKeys('长子县川东液化天然气有限公司').nameInitials).toBe('zzxcdyhtrqyxgs');
  });

  it('keeps Latin letters and digits, drops punctuation', () => {
    expect(nameKeys('山西ABC（集团）2号厂')).toEqual({
      namePinyin: 'shanxiabcjituan2haochang',
      nameInitials: 'sxabcjt2hc',
    });
  });
});
