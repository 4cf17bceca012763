import { describe, expect, it } from 'vitest';
import { rankChangeText, rankChangeView } from './rank-change';

describe('rank change display', () => {
  it('shows places gained as an up arrow', () => {
    expect(rankChangeView(2)).toEqual({ kind: 'up', places: 2 });
    expect(rankChangeText(rankChangeView(2), '新')).toBe('↑2');
  });

  it('shows places lost as a down arrow with a positive count', () => {
    expect(rankChangeView(-1)).toEqual({ kind: 'down', places: 1 });
    expect(rankChangeText(rankChangeView(-1), '新')).toBe('↓1');
  });

  it('shows an unchanged rank as a dash', () => {
    expect(rankChangeView(0)).toEqual({ kind: 'same' });
    expect(rankChangeText(rankChangeView(0), '新')).toBe('—');
  });

  it('marks a row without a previous rank as new, in the given language', () => {
    expect(rankChangeView(null)).toEqual({ kind: 'new' });
    expect(rankChangeText(rankChangeView(null), '新')).toBe('新');
    expect(rankChangeText(rankChangeView(null), 'new')).toBe('new');
  });
});
