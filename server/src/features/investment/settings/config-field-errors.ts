import { type Period, parsePeriod } from '@zonehub/investment-rules';
import { AppError, type FieldError } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';

/**
 * Field-error words of the contest, settings, targets and methods, in both languages. Field errors
 * carry their message already in the caller's language (the handler only localizes title and detail).
 */
type ConfigFieldCode = 'period.invalid' | 'period.mismatch' | 'taskForce.notInZone' | 'target.duplicate';

const WORDS: Record<Locale, Record<ConfigFieldCode, string>> = {
  'zh-CN': {
    'period.invalid': '期间“{value}”无效：应为年份（2026）、季度（2026-Q2）或月份（2026-05），年份在 2000–2100 之间',
    'period.mismatch': '请求体中的期间 {body} 与地址中的期间 {query} 不一致',
    'taskForce.notInZone': '不是本开发区的专班',
    'target.duplicate': '同一专班的同一指标重复填写（另见第 {other} 项）',
  },
  'en-US': {
    'period.invalid':
      'period "{value}" is not valid: give a year (2026), a quarter (2026-Q2) or a month (2026-05), years 2000–2100',
    'period.mismatch': 'the period in the body ({body}) differs from the one in the address ({query})',
    'taskForce.notInZone': 'is not a task force of this zone',
    'target.duplicate': 'the same task force and metric are given twice (see also item {other})',
  },
};

export function configFieldError(
  locale: Locale,
  field: string,
  code: ConfigFieldCode,
  params: Record<string, string | number> = {},
): FieldError {
  const text = WORDS[locale][code].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
  return { field, code, message: text };
}

export const invalidInput = (errors: FieldError[]) =>
  new AppError('validation.failed', { count: errors.length }, errors);

/** The period a request names, or a 400 naming the field when the key is not a period. */
export function requirePeriod(key: string, field: string, locale: Locale): Period {
  const period = parsePeriod(key);
  if (!period) throw invalidInput([configFieldError(locale, field, 'period.invalid', { value: key })]);
  return period;
}
