import type { FieldError } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';

/** Field-error words of leaders' instructions (批示) in both languages. */
export type InstructionFieldCode = 'notificationWithoutItem' | 'noRecipients' | 'notAnAction';

const WORDS: Record<Locale, Record<InstructionFieldCode, string>> = {
  'zh-CN': {
    notificationWithoutItem: '该消息没有对应的项目、节点或交办事项，不能批示',
    noRecipients: '该事项没有可接收批示的责任人或专班成员，请先指定责任人',
    notAnAction: '只能对交办事项批示，不能对会议的通报或决定批示',
  },
  'en-US': {
    notificationWithoutItem: 'this notification is not about a project, milestone or action item',
    noRecipients: 'no owner or task force member can receive an instruction on this item; assign an owner first',
    notAnAction: 'only action items take instructions, not a meeting’s information or decisions',
  },
};

export function instructionFieldError(locale: Locale, field: string, code: InstructionFieldCode): FieldError {
  return { field, code, message: WORDS[locale][code] };
}
