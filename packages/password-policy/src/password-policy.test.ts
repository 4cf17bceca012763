import { describe, expect, it } from 'vitest';
import { characterClasses, passwordViolations } from './index.js';

describe('password rules', () => {
  it('accepts 8+ characters from 3 of 4 classes', () => {
    expect(passwordViolations('Demo@2026')).toEqual([]);
    expect(passwordViolations('abcdEF12')).toEqual([]);
  });

  it('names each rule broken', () => {
    expect(passwordViolations('Ab1!')).toEqual(['tooShort']);
    expect(passwordViolations('abcdefgh')).toEqual(['tooFewClasses']);
    expect(passwordViolations('abc')).toEqual(['tooShort', 'tooFewClasses']);
    expect(passwordViolations(`${'x'.repeat(129)}A1`)).toContain('tooLong');
  });

  it('refuses a password containing the username, in any case', () => {
    expect(passwordViolations('Leader#2026', 'leader')).toEqual(['containsUsername']);
  });

  it('counts Chinese characters as symbols and by code point for length', () => {
    expect(characterClasses('密码abc1')).toBe(3);
    expect(passwordViolations('开发区密码ab1')).toEqual([]);
    expect(passwordViolations('开发区ab1')).toEqual(['tooShort']);
  });
});
