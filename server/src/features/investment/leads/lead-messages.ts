import type { FieldError } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';

/**
 * The leads' field-error words in both languages. Field errors carry their message already in the
 * caller's language (the error handler only localizes title and detail).
 */
export type LeadFieldCode =
  | 'taskForce.notInZone'
  | 'owner.notInZone'
  | 'industry.unknown'
  | 'method.notActive'
  | 'park.notInZone'
  | 'date.inFuture'
  | 'date.tooEarly'
  | 'savedFilter.nameTaken'
  | 'attachment.empty';

const WORDS: Record<Locale, Record<LeadFieldCode, string>> = {
  'zh-CN': {
    'taskForce.notInZone': '专班不存在或不属于当前开发区',
    'owner.notInZone': '负责人不是当前开发区的用户',
    'industry.unknown': '行业代码 {code} 不在国民经济行业分类（GB/T 4754）中',
    'method.notActive': '招商方式不存在、已停用或不属于当前开发区',
    'park.notInZone': '目标园区不属于当前开发区',
    'date.inFuture': '日期不能晚于今天（{today}）',
    'date.tooEarly': '日期不能早于 2000-01-01',
    'savedFilter.nameTaken': '已有名为“{name}”的筛选条件',
    'attachment.empty': '文件为空：请求体应为文件本身',
  },
  'en-US': {
    'taskForce.notInZone': 'the task force does not exist or is not in this zone',
    'owner.notInZone': 'the owner is not a user of this zone',
    'industry.unknown': 'industry code {code} is not in the GB/T 4754 classification',
    'method.notActive': 'the promotion method does not exist, is inactive or is not in this zone',
    'park.notInZone': 'the target park is not in this zone',
    'date.inFuture': 'the date cannot be after today ({today})',
    'date.tooEarly': 'the date cannot be before 2000-01-01',
    'savedFilter.nameTaken': 'a saved filter named "{name}" exists already',
    'attachment.empty': 'the file is empty: send the file itself as the body',
  },
};

export function leadFieldError(
  locale: Locale,
  field: string,
  code: LeadFieldCode,
  params: Record<string, string | number> = {},
): FieldError {
  const text = WORDS[locale][code].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
  return { field, code, message: text };
}
