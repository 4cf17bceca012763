import { describe, expect, it } from 'vitest';
import { formatYuan } from './money';

describe('formatYuan', () => {
  it('shows 万元 below 1 亿 and 亿元 from there', () => {
    expect(formatYuan(5_000_000, 'zh-CN')).toBe('500万元');
    expect(formatYuan(1_500_000_000, 'zh-CN')).toBe('15亿元');
    expect(formatYuan(123_456, 'zh-CN')).toBe('12.35万元');
  });

  it('keeps the same units in English', () => {
    expect(formatYuan(5_000_000, 'en-US')).toBe('500 × 10k yuan');
  });
});
