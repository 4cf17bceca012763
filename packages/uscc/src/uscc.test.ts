import { describe, expect, it } from 'vitest';
import { composeUscc, normalizeUscc, orgCodeCheckCharacter, usccCheckCharacter, usccProblem } from './index.js';

describe('USCC (GB 32100-2015)', () => {
  it('accepts published valid codes', () => {
    // Codes printed on public business licences.
    expect(usccProblem('91350100M000100Y43')).toBeNull();
    expect(usccProblem('91110000802100433B')).toBeNull();
  });

  it('names the expected check character when it is wrong', () => {
    expect(usccProblem('91350100M000100Y44')).toEqual({ rule: 'checkDigit', expected: '3', actual: '4' });
  });

  it('names the rule that fails: length, then characters', () => {
    expect(usccProblem('9135010')).toEqual({ rule: 'length', length: 7 });
    expect(usccProblem('91350100M000100I43')).toEqual({ rule: 'character', position: 16, character: 'I' });
  });

  it('computes the check character over the first 17', () => {
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('computes the GB 11714 organisation code check character', () => {
    // The worked example of GB 11714: D2143569-X.
    expect(orgCodeCheckCharacter('D2143569')).toBe('X');
  });

  it('composes codes that validate', () => {
    const code = composeUscc('91', '140428', 'MA0K3L2X');
    expect(code).toHaveLength(18);
    expect(usccProblem(code)).toBeNull();
  });

  it('normalises full-width characters and stray spaces from spreadsheets', () => {
    expect(normalizeUscc(' ９１３５０１００ｍ０００１００ｙ４３ ')).toBe('91350100M000100Y43');
  });
});
