import { AppError, type FieldError } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';

/** Field-error words of dispatch meetings in both languages (already in the caller's language). */
export type MeetingFieldCode =
  | 'taskForce.notInZone'
  | 'user.notInZone'
  | 'enterprise.notInZone'
  | 'project.notInZone'
  | 'agendaItem.notInMeeting'
  | 'attendee.nameRequired'
  | 'heldInFuture'
  | 'siteRequiresOnSite'
  | 'ownerRequired'
  | 'owner.cannotSeeMeetings'
  | 'dueRequired'
  | 'dueBeforeMeeting'
  | 'onlyActionsHaveOwners'
  | 'resultOnlyWhenClosed'
  | 'closedInFuture'
  | 'closedBeforeRaised'
  | 'meeting.notInSeries'
  | 'meeting.beforeRaised';

const WORDS: Record<Locale, Record<MeetingFieldCode, string>> = {
  'zh-CN': {
    'taskForce.notInZone': '专班不属于当前开发区',
    'user.notInZone': '该用户不在当前开发区',
    'enterprise.notInZone': '企业不属于当前开发区',
    'project.notInZone': '项目不属于当前开发区或您无权查看',
    'agendaItem.notInMeeting': '议题须是本次会议的议题',
    'attendee.nameRequired': '请填写参会人姓名（或选择平台用户）',
    heldInFuture: '会议日期不能晚于今天（{today}）',
    siteRequiresOnSite: '只有现场会才填写现场企业',
    ownerRequired: '交办事项须指定责任人',
    'owner.cannotSeeMeetings': '该用户无权查看调度会，不能作为交办事项的责任人',
    dueRequired: '交办事项须填写完成时限',
    dueBeforeMeeting: '完成时限不能早于会议日期 {heldOn}',
    onlyActionsHaveOwners: '只有交办事项才有责任人和完成时限',
    resultOnlyWhenClosed: '事项销号后才能修改办理结果',
    closedInFuture: '销号日期不能晚于今天（{today}）',
    closedBeforeRaised: '销号日期不能早于交办日期 {raisedOn}',
    'meeting.notInSeries': '须是同一系列的会议',
    'meeting.beforeRaised': '销号会议不能早于交办会议（{raisedOn}）',
  },
  'en-US': {
    'taskForce.notInZone': 'the task force is not in this zone',
    'user.notInZone': 'the user is not in this zone',
    'enterprise.notInZone': 'the enterprise is not in this zone',
    'project.notInZone': 'the project is not in this zone or not visible to you',
    'agendaItem.notInMeeting': 'the agenda item must belong to this meeting',
    'attendee.nameRequired': 'enter the attendee’s name (or pick a platform user)',
    heldInFuture: 'the meeting date cannot be after today ({today})',
    siteRequiresOnSite: 'only an on-site meeting names a site enterprise',
    ownerRequired: 'an action item needs an owner',
    'owner.cannotSeeMeetings': 'this user cannot open dispatch meetings, so cannot own an action item',
    dueRequired: 'an action item needs a due date',
    dueBeforeMeeting: 'the due date cannot be before the meeting date {heldOn}',
    onlyActionsHaveOwners: 'only action items have an owner and a due date',
    resultOnlyWhenClosed: 'the result can be edited only after the item is closed',
    closedInFuture: 'the closing date cannot be after today ({today})',
    closedBeforeRaised: 'the closing date cannot be before the item was raised ({raisedOn})',
    'meeting.notInSeries': 'must be a meeting of the same series',
    'meeting.beforeRaised': 'the closing meeting cannot be before the meeting that raised it ({raisedOn})',
  },
};

export function meetingFieldError(
  locale: Locale,
  field: string,
  code: MeetingFieldCode,
  params: Record<string, string> = {},
): FieldError {
  const text = WORDS[locale][code].replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? `{${key}}`);
  return { field, code, message: text };
}

/** Throws the one validation problem when any field error was found; nothing has been written. */
export function refuseIfAny(errors: FieldError[]): void {
  if (errors.length > 0) throw new AppError('validation.failed', { count: errors.length }, errors);
}
