import { describe, expect, it } from 'vitest';
import { toQueryString } from './query';

describe('toQueryString', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(toQueryString({ q: '张 三', role: undefined, page: 2, active: false, x: '', y: null })).toBe(
      '?q=%E5%BC%A0+%E4%B8%89&page=2&active=false',
    );
  });

  it('returns an empty string when nothing is left', () => {
    expect(toQueryString({ q: '' })).toBe('');
    expect(toQueryString(undefined)).toBe('');
  });
});
