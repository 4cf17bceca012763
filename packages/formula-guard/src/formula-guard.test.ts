import { describe, expect, it } from 'vitest';
import { guardCells, guardFormula, guardRecord, unguardFormula } from './index.js';

describe('guardFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","点击")', `'=HYPERLINK("http://evil.example","点击")`],
    ['+86 138 0000 0000', `'+86 138 0000 0000`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ["'=quoted already", `''=quoted already`],
  ])('prefixes %j with an apostrophe, so a spreadsheet shows it as text', (text, guarded) => {
    expect(guardFormula(text)).toBe(guarded);
  });

  it('leaves other text, numbers (negative ones too), dates, booleans and empty cells alone', () => {
    const date = new Date('2026-01-05T00:00:00Z');
    for (const value of ['星萌冻干项目专班', 'a=b', ' =1', '', "'专班", '—', -12.5, 0, date, true, null, undefined])
      expect(guardFormula(value)).toBe(value);
  });
});

describe('guardCells and guardRecord', () => {
  it('guard every string of a row, whatever its shape, and nothing else', () => {
    expect(guardCells(['=1+1', -3, null, '专班'])).toEqual(["'=1+1", -3, null, '专班']);
    expect(guardRecord({ name: '@x', amountWan: -5, note: null })).toEqual({ name: "'@x", amountWan: -5, note: null });
  });
});

describe('unguardFormula', () => {
  it('undoes the guard, and only the guard, so an exported sheet imports back unchanged', () => {
    for (const text of ['=HYPERLINK("x")', '+86 138', '-2', '@A1', '\t=1', '专班', "'quoted", "'=x", "''-1", ''])
      expect(unguardFormula(guardFormula(text))).toBe(text);
    expect(unguardFormula("'专班")).toBe("'专班");
  });
});
