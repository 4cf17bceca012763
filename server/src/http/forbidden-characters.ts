import { type ForbiddenCharacter, findForbiddenCharacter, stripForbiddenCharacters } from '@zonehub/xml-text';
import type { FastifyInstance } from 'fastify';
import { AppError, type FieldError } from './errors.js';
import { localeFrom } from './locale.js';
import { forbiddenCharacterError } from './validation.js';

/** Enough to fix a form or a file by; a body of a million bad strings is not answered in full. */
const MAX_REPORTED = 100;

interface Found {
  path: string;
  found: ForbiddenCharacter;
}

/**
 * Every string in a parsed request part (and every object key) that carries a character XML 1.0
 * forbids, by dotted path in document order. Walked with an explicit stack: a deeply nested JSON
 * body must not overflow the call stack.
 */
export function forbiddenCharacters(value: unknown, root: string, limit = MAX_REPORTED): Found[] {
  const out: Found[] = [];
  // Each entry: a value, its path, and what is wrong with the key that led to it (reported first).
  const stack: [unknown, string, ForbiddenCharacter | null][] = [[value, root, null]];
  while (stack.length > 0 && out.length < limit) {
    const [current, path, badKey] = stack.pop() as [unknown, string, ForbiddenCharacter | null];
    if (badKey) out.push({ path, found: badKey });
    if (typeof current === 'string') {
      const found = findForbiddenCharacter(current);
      if (found) out.push({ path, found });
      continue;
    }
    if (typeof current !== 'object' || current === null || Buffer.isBuffer(current)) continue;
    const entries = Array.isArray(current) ? current.map((v, i) => [String(i), v] as const) : Object.entries(current);
    // Reversed onto the stack so that paths come out in the order the request wrote them.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as readonly [string, unknown];
      stack.push([child, `${path}.${stripForbiddenCharacters(key)}`, findForbiddenCharacter(key)]);
    }
  }
  return out.slice(0, limit);
}

/**
 * Refuses, for every route and before its own validation, any path parameter, query parameter or
 * JSON body string carrying a NUL or another character XML 1.0 forbids: PostgreSQL cannot store
 * U+0000 (an unguarded one became a 500, even on the sign-in form) and the others break the .xlsx
 * and .docx files the text ends up in. Raw uploads (bodies parsed as bytes) are not text and pass;
 * their names come as query parameters and are checked here.
 */
export function installForbiddenCharacterCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const found = [
      ...forbiddenCharacters(request.params, 'params'),
      ...forbiddenCharacters(request.query, 'query'),
      ...forbiddenCharacters(request.body, 'body'),
    ].slice(0, MAX_REPORTED);
    if (found.length === 0) return;
    const locale = localeFrom(request.headers['accept-language']);
    const errors: FieldError[] = found.map((f) => forbiddenCharacterError(f.path, f.found, locale));
    throw new AppError('validation.failed', { count: errors.length }, errors);
  });
}
