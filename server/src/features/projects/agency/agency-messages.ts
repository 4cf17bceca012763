import type { FieldError } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import type { AgencyState, AgencyStep } from './agency-flow.js';

/** Field-error words of the agency service in both languages (already in the caller's language). */
export type AgencyFieldCode =
  | 'dateInFuture'
  | 'acceptedBeforeSubmitted'
  | 'approvedBeforeAccepted'
  | 'beforePreviousStep'
  | 'reason.required'
  | 'docNo.onlyOnApproval'
  | 'department.notDepartment'
  | 'department.lockedWhileHandled'
  | 'user.notInZone';

const WORDS: Record<Locale, Record<AgencyFieldCode, string>> = {
  'zh-CN': {
    dateInFuture: '日期不能晚于今天（{today}）',
    acceptedBeforeSubmitted: '受理日期不能早于提交日期',
    approvedBeforeAccepted: '办结日期不能早于受理日期',
    beforePreviousStep: '日期不能早于上一步（{previous}）',
    'reason.required': '退回补正须写明需补正的内容',
    'docNo.onlyOnApproval': '批复文号在办结时填写',
    'department.notDepartment': '办理部门须是当前开发区的部门',
    'department.lockedWhileHandled': '事项已提交办理部门，退回补正后才能更换部门',
    'user.notInZone': '该用户不在当前开发区',
  },
  'en-US': {
    dateInFuture: 'the date cannot be after today ({today})',
    acceptedBeforeSubmitted: 'the acceptance date cannot be before the submission date',
    approvedBeforeAccepted: 'the approval date cannot be before the acceptance date',
    beforePreviousStep: 'the date cannot be before the previous step ({previous})',
    'reason.required': 'say what the applicant must correct or supply',
    'docNo.onlyOnApproval': 'the document number is given on approval',
    'department.notDepartment': 'the handling department must be a department of this zone',
    'department.lockedWhileHandled': 'the item is with its department; change the department after it is returned',
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

/** The states and steps as a refused step names them. */
export const STATE_WORDS: Record<Locale, Record<AgencyState, string>> = {
  'zh-CN': { draft: '未提交', submitted: '待受理', accepted: '已受理', returned: '退回补正', approved: '已办结' },
  'en-US': {
    draft: 'not submitted',
    submitted: 'awaiting acceptance',
    accepted: 'accepted',
    returned: 'returned for correction',
    approved: 'approved',
  },
};

export const STEP_WORDS: Record<Locale, Record<AgencyStep, string>> = {
  'zh-CN': { submit: '提交', accept: '受理', return: '退回补正', resubmit: '重新提交', approve: '办结' },
  'en-US': {
    submit: 'submitted',
    accept: 'accepted',
    return: 'returned',
    resubmit: 'resubmitted',
    approve: 'approved',
  },
};
