import { describe, expect, it } from 'vitest';
import { diffAuditValues, fieldPathLabel, showValue } from './audit-diff';

describe('diffAuditValues', () => {
  it('lists changed, added and removed fields and leaves equal ones out', () => {
    expect(
      diffAuditValues(
        { displayName: '张三', role: 'parkStaff', active: true, note: 'x' },
        { displayName: '张三', role: 'zoneAdmin', active: true, parkIds: ['p1'] },
      ),
    ).toEqual([
      { field: 'role', kind: 'changed', before: 'parkStaff', after: 'zoneAdmin' },
      { field: 'note', kind: 'removed', before: 'x', after: undefined },
      { field: 'parkIds', kind: 'added', before: undefined, after: ['p1'] },
    ]);
  });

  it('treats a creation (no before) as every field added and a deletion as every field removed', () => {
    expect(diffAuditValues(null, { name: '东园' })).toEqual([
      { field: 'name', kind: 'added', before: undefined, after: '东园' },
    ]);
    expect(diffAuditValues({ name: '东园' }, null)).toEqual([
      { field: 'name', kind: 'removed', before: '东园', after: undefined },
    ]);
  });

  it('flattens nested objects to dotted paths and compares arrays whole', () => {
    expect(diffAuditValues({ a: { b: 1, c: 2 }, l: [1, 2] }, { a: { b: 1, c: 3 }, l: [1, 2] })).toEqual([
      { field: 'a.c', kind: 'changed', before: 2, after: 3 },
    ]);
  });
});

describe('showValue', () => {
  it('shows strings as they are and anything else as JSON', () => {
    expect(showValue('abc')).toBe('abc');
    expect(showValue(null)).toBe('null');
    expect(showValue(['a'])).toBe('["a"]');
    expect(showValue(undefined)).toBe('');
  });
});

describe('fieldPathLabel', () => {
  it('names each segment of a field path in the reader’s words, unknown ones by their code', () => {
    const labels = { standardLand: '标准地指标', plotRatio: '容积率', zoneId: '所属开发区' };
    expect(fieldPathLabel('zoneId', labels)).toBe('所属开发区');
    expect(fieldPathLabel('standardLand.plotRatio', labels)).toBe('标准地指标 · 容积率');
    expect(fieldPathLabel('extra', labels)).toBe('extra');
  });
});
