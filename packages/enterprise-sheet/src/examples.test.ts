import { describe, expect, it } from 'vitest';
import { COLUMNS, findHeader, parkKey, type SheetContext, validateRows } from './index.js';

/** The park and the industry code the examples name, as the zone's template lists them. */
const example = (key: string): string => COLUMNS.find((c) => c.key === key)?.example ?? '';
const context: SheetContext = {
  industryCodes: new Set([example('industryCode')]),
  parks: new Map([[parkKey(example('park')), 'park-example']]),
  today: '2026-12-07',
};

describe('the template’s examples (填写说明)', () => {
  it('every example passes its column’s validator, the credit code’s check digit included', () => {
    const rows = [
      { rowNumber: 1, cells: COLUMNS.map((c) => c.header) },
      { rowNumber: 2, cells: COLUMNS.map((c) => c.example || null) },
    ];
    const header = findHeader(rows);
    if (!header) throw new Error('no header row');
    const result = validateRows(rows, header, context);
    expect(result.problems).toEqual([]);
    expect(result.records).toHaveLength(1);
  });

  it('every required column shows an example', () => {
    expect(COLUMNS.filter((c) => c.required && !c.example).map((c) => c.key)).toEqual([]);
  });
});
