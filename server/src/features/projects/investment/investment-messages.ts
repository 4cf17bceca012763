import type { FieldError } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import type { MonthProblem } from './investment-share.js';

/** Field errors and names of investment completed in both languages (already in the caller's language). */
export type InvestmentFieldCode = MonthProblem | 'yearOutOfRange';

const WORDS: Record<Locale, Record<InvestmentFieldCode, string>> = {
  'zh-CN': {
    monthInFuture: '月份不能晚于本月（{currentMonth}），未到的月份不能填报完成投资',
    monthTooEarly: '月份不能早于 2000 年 1 月',
    yearOutOfRange: '年份须在 2000 年至 {maxYear} 年之间',
  },
  'en-US': {
    monthInFuture: 'the month cannot be after the current month ({currentMonth}); a month not reached has no figure',
    monthTooEarly: 'the month cannot be before January 2000',
    yearOutOfRange: 'the year must be between 2000 and {maxYear}',
  },
};

export function investmentFieldError(
  locale: Locale,
  field: string,
  code: InvestmentFieldCode,
  params: Record<string, string> = {},
): FieldError {
  const text = WORDS[locale][code].replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? `{${key}}`);
  return { field, code, message: text };
}

/** How a month's figure is named in a conflict message: 星萌… 2026-03 完成投资. */
export function monthEntityName(locale: Locale, projectName: string, month: string): string {
  return locale === 'en-US' ? `${projectName} investment completed ${month}` : `${projectName} ${month} 完成投资`;
}
