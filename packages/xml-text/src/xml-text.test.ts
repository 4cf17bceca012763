import { describe, expect, it } from 'vitest';
import { findForbiddenCharacter, hasForbiddenCharacter, stripForbiddenCharacters, xmlSafe } from './index.js';

describe('characters XML 1.0 cannot carry', () => {
  it('finds NUL, the other C0 controls, U+FFFE/U+FFFF and lone surrogates, with a position people count', () => {
    expect(findForbiddenCharacter('admin\u0000')).toEqual({ position: 6, codePoint: 'U+0000' });
    expect(findForbiddenCharacter('长子\u000b县')).toEqual({ position: 3, codePoint: 'U+000B' });
    expect(findForbiddenCharacter('😀\u001f')).toEqual({ position: 2, codePoint: 'U+001F' });
    expect(findForbiddenCharacter('x\uFFFE')?.codePoint).toBe('U+FFFE');
    expect(findForbiddenCharacter('\uFFFF')?.codePoint).toBe('U+FFFF');
    expect(findForbiddenCharacter('a\uD800b')).toEqual({ position: 2, codePoint: 'U+D800' });
    expect(findForbiddenCharacter('a\uDC00')).toEqual({ position: 2, codePoint: 'U+DC00' });
    expect(findForbiddenCharacter('\uDBFF')?.codePoint).toBe('U+DBFF');
  });

  it('lets through tab, line feed, carriage return, Chinese, emoji, supplementary ideographs and DEL', () => {
    for (const text of ['a\tb\nc\r\n', '长子县经济技术开发区', '🚀😀', '𠀀𪚥', '\u007f\u0085', '\uFFFD', ''])
      expect(hasForbiddenCharacter(text), JSON.stringify(text)).toBe(false);
  });

  it('strips every forbidden character and nothing else', () => {
    expect(stripForbiddenCharacters('a\u0000b\u0001c\td\uFFFFe\uD800f😀')).toBe('abc\tdef😀');
    const clean = '山西星萌科技有限公司';
    expect(stripForbiddenCharacters(clean)).toBe(clean);
    expect(xmlSafe('x\u000by')).toBe('xy');
    expect(xmlSafe(42)).toBe(42);
    expect(xmlSafe(null)).toBe(null);
  });
});
