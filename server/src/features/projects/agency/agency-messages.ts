import type { FieldError } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';

/** Field-error words of the agency service in both languages (already in the caller's language). */
export type AgencyFieldCode =
  | 'dateInFuture'
  | 'acceptedBeforeSubmitted'
  | 'approvedBeforeAccepted'
  | 'department.notDepartment'
  | 'user.notInZone';

const WORDS: Record<Locale, Record<AgencyFieldCode, string>> = {
  'zh-CN': {
    dateInFuture: '日期不能晚于今天（{today}）',
    acceptedBeforeSubmitted: '受理日期不能早于提交日期',
    approvedBeforeAccepted: '办结日期不能早于受理日期',
    'department.notDepartment': '办理部门须是当前开发区的部门',
    'user.notInZone': '该用户不在当前开发区',
  },
  'en-US': {
    dateInFuture: 'the date cannot be after today ({today})',
    acceptedBeforeSubmitted: 'the acceptance date cannot be before the submission date',
    approvedBeforeAccepted: 'the approval date cannot be before the acceptance date',
    'department.notDepartment': 'the handling department must be a department of this zone',
    'user.notInZone': 'the user is not in this zone',
  },
};

export function agencyFieldError(
  locale: Locale,
  field: string,
  code: AgencyFieldCode,
  params: Record<string, string> = {},
): FieldError {
  const text = WORDS[locale][code].replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? `{${key}}`);
  return { field, code, message: text };
}
