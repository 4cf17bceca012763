import type { FieldError } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';

/** The activity rules' field errors in both languages (dates use the moves' date words). */
type ActivityFieldCode =
  | 'taskForce.required'
  | 'taskForce.unknown'
  | 'taskForce.notLead'
  | 'lead.unknown'
  | 'endsOn.beforeStart';

const WORDS: Record<Locale, Record<ActivityFieldCode, string>> = {
  'zh-CN': {
    'taskForce.required': '未关联项目信息的活动须注明所属专班',
    'taskForce.unknown': '本开发区没有这个专班',
    'taskForce.notLead': '专班须与所关联项目信息的专班一致（{taskForceName}）',
    'lead.unknown': '找不到该项目信息，或无权查看',
    'endsOn.beforeStart': '结束日期不能早于开始日期 {happenedOn}',
  },
  'en-US': {
    'taskForce.required': 'An activity without a lead must name its task force',
    'taskForce.unknown': 'This zone has no such task force',
    'taskForce.notLead': "The task force must be the lead's own ({taskForceName})",
    'lead.unknown': 'No such lead, or you may not see it',
    'endsOn.beforeStart': 'The end date cannot be before the start date {happenedOn}',
  },
};

export function activityFieldError(
  locale: Locale,
  field: string,
  code: ActivityFieldCode,
  params: Record<string, string> = {},
): FieldError {
  const message = WORDS[locale][code].replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? `{${key}}`);
  return { field, code, message };
}
