import type { ForbiddenCharacter } from '@zonehub/xml-text';
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import type { DayRange } from './day-schema.js';
import type { FieldError } from './errors.js';
import type { Locale } from './locale.js';

/**
 * Our own validator compiler (instead of the type provider's) so that issues keep the input: that is
 * what tells a missing field from a wrong type, and lets the message say so in the caller's language.
 */
export class RequestValidationError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super('request validation failed');
  }
}

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues) };
  };

type Words = {
  required: string;
  type: (expected: string) => string;
  tooSmall: (min: string, unit: string) => string;
  tooBig: (max: string, unit: string) => string;
  format: (format: string) => string;
  oneOf: (values: string) => string;
  unknown: string;
  invalid: string;
  chars: string;
  items: string;
  forbiddenCharacter: (codePoint: string, position: number) => string;
  dateOutOfRange: (min: string, max: string) => string;
};

const WORDS: Record<Locale, Words> = {
  'zh-CN': {
    required: '必填',
    type: (e) => `类型错误，应为${TYPE_ZH[e] ?? e}`,
    tooSmall: (m, u) => `不能少于 ${m}${u}`,
    tooBig: (m, u) => `不能超过 ${m}${u}`,
    format: (f) => `格式不正确（${f}）`,
    oneOf: (v) => `取值须为以下之一：${v}`,
    unknown: '不允许的字段',
    invalid: '取值无效',
    chars: ' 个字符',
    items: ' 项',
    forbiddenCharacter: (c, p) => `含有不允许的字符（第 ${p} 个字符 ${c}）`,
    dateOutOfRange: (min, max) => `日期须在 ${min} 至 ${max} 之间`,
  },
  'en-US': {
    required: 'is required',
    type: (e) => `must be a ${e}`,
    tooSmall: (m, u) => `must be at least ${m}${u}`,
    tooBig: (m, u) => `must be at most ${m}${u}`,
    format: (f) => `must be a valid ${f}`,
    oneOf: (v) => `must be one of: ${v}`,
    unknown: 'is not an allowed field',
    invalid: 'is not valid',
    chars: ' characters',
    items: ' items',
    forbiddenCharacter: (c, p) => `contains a character that is not allowed (${c} at position ${p})`,
    dateOutOfRange: (min, max) => `must be a date from ${min} to ${max}`,
  },
};

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
};

function unitOf(origin: string | undefined, words: Words): string {
  if (origin === 'string') return words.chars;
  if (origin === 'array' || origin === 'set') return words.items;
  return '';
}

/** Turns Zod issues into field errors; `context` (body, querystring, params) prefixes each path. */
export function fieldErrors(issues: z.core.$ZodIssue[], context: string, locale: Locale): FieldError[] {
  const words = WORDS[locale];
  const out: FieldError[] = [];
  for (const issue of issues) {
    const path = [context, ...issue.path.map(String)].filter(Boolean).join('.');
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined) out.push({ field: path, code: 'required', message: words.required });
        else out.push({ field: path, code: 'invalidType', message: words.type(issue.expected) });
        break;
      case 'too_small':
        out.push({
          field: path,
          code: 'tooSmall',
          message: words.tooSmall(String(issue.minimum), unitOf(issue.origin, words)),
        });
        break;
      case 'too_big':
        out.push({
          field: path,
          code: 'tooBig',
          message: words.tooBig(String(issue.maximum), unitOf(issue.origin, words)),
        });
        break;
      case 'invalid_format':
        out.push({ field: path, code: 'invalidFormat', message: words.format(issue.format) });
        break;
      case 'invalid_value':
        out.push({ field: path, code: 'notOneOf', message: words.oneOf(issue.values.map(String).join(', ')) });
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys)
          out.push({ field: `${path}.${key}`, code: 'unknownField', message: words.unknown });
        break;
      case 'custom': {
        // The shared day schemas (day-schema.ts) mark their range check with its bounds.
        const range = (issue.params as { dateRange?: DayRange } | undefined)?.dateRange;
        if (range)
          out.push({ field: path, code: 'dateOutOfRange', message: words.dateOutOfRange(range.min, range.max) });
        else out.push({ field: path, code: 'invalid', message: issue.message || words.invalid });
        break;
      }
      default:
        out.push({ field: path, code: 'invalid', message: issue.message || words.invalid });
    }
  }
  return out;
}

/** The field error of a string carrying a character XML 1.0 (and PostgreSQL, for U+0000) cannot store. */
export function forbiddenCharacterError(field: string, found: ForbiddenCharacter, locale: Locale): FieldError {
  return {
    field,
    code: 'forbiddenCharacter',
    message: WORDS[locale].forbiddenCharacter(found.codePoint, found.position),
  };
}
