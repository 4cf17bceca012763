import { describe, expect, it } from 'vitest';
import { forbiddenCharacters } from './forbidden-characters.js';

describe('forbiddenCharacters', () => {
  it('names every bad string and key by path, in the order the request wrote them', () => {
    const body = { a: 'ok', b: ['x', 'y\u0000'], c: { 'd\u0001': 'e', f: 'g\uFFFF' }, n: 1, t: true, z: null };
    expect(forbiddenCharacters(body, 'body').map((f) => [f.path, f.found.codePoint])).toEqual([
      ['body.b.1', 'U+0000'],
      ['body.c.d', 'U+0001'],
      ['body.c.f', 'U+FFFF'],
    ]);
    expect(forbiddenCharacters('a\u000b', 'body')).toEqual([
      { path: 'body', found: { position: 2, codePoint: 'U+000B' } },
    ]);
  });

  it('skips raw uploads and walks a very deep body without overflowing the stack', () => {
    expect(forbiddenCharacters(Buffer.from([0, 1, 2]), 'body')).toEqual([]);
    let deep: unknown = 'bottom\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const found = forbiddenCharacters(deep, 'body');
    expect(found).toHaveLength(1);
    expect(found[0]?.path.endsWith('.0.0')).toBe(true);
  });

  it('stops at the limit', () => {
    const many = Array.from({ length: 1000 }, () => '\u0000');
    expect(forbiddenCharacters(many, 'body', 100)).toHaveLength(100);
  });
});
