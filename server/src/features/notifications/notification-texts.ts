import type { NotificationKind } from './notify.js';

/** A notification's parameters as stored (JSON): names, dates and working-day counts. */
export type NotificationParams = Record<string, string | number | null>;

const text = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v));

/**
 * The zh-CN text an SMS or WeChat gateway sends. Pure, so the outbox row can be written in the
 * notification's transaction; the bell renders the same kind and params in the reader's language.
 */
export function renderNotificationZh(kind: NotificationKind, p: NotificationParams): string {
  const project = text(p.projectName);
  const item = text(p.itemName);
  const dueOn = text(p.dueOn);
  switch (kind) {
    case 'milestoneDueSoon':
      return `【项目提醒】${project}的节点“${item}”将于${dueOn}到期，剩余${text(p.slackDays)}个工作日。`;
    case 'milestoneOverdue':
      return `【项目预警】${project}的节点“${item}”已于${dueOn}到期，已逾期${text(p.overdueDays)}个工作日，请尽快办理。`;
    case 'milestoneEscalated':
      return `【督办提醒】您包联的${project}的节点“${item}”已逾期${text(p.overdueDays)}个工作日（应于${dueOn}完成），负责人：${text(p.ownerName) || '未指定'}。`;
    case 'actionAssigned':
      return `【交办事项】${text(p.meetingTitle)}交办您：${item}${dueOn ? `，要求${dueOn}前完成` : ''}。`;
    case 'actionDueSoon':
      return `【交办提醒】${text(p.meetingTitle)}交办的“${item}”将于${dueOn}到期，剩余${text(p.slackDays)}个工作日。`;
    case 'actionOverdue':
      return `【交办预警】${text(p.meetingTitle)}交办的“${item}”已于${dueOn}到期，已逾期${text(p.overdueDays)}个工作日。`;
    case 'accountLocked':
      return `【安全提醒】账号“${text(p.displayName)}”（${text(p.username)}）连续登录失败${text(p.attempts)}次，已锁定${text(p.minutes)}分钟，请核实是否有人尝试盗用。`;
    case 'enterpriseChangeSubmitted':
      return `【变更申请】${text(p.enterpriseName)}申请变更${text(p.fieldCount)}项登记信息，请审核。`;
    case 'enterpriseChangeApproved':
      return `【变更申请】${text(p.enterpriseName)}的登记信息变更申请已由${text(p.reviewerName)}审核通过，变更已生效。`;
    case 'enterpriseChangeRejected':
      return `【变更申请】${text(p.enterpriseName)}的登记信息变更申请未通过审核（${text(p.reviewerName)}），原因：${text(p.reason)}`;
    case 'agencyItemSubmitted':
      return `【代办事项】${project}${p.enterpriseName ? `（${text(p.enterpriseName)}）` : ''}提交了“${item}”，请受理。`;
    case 'agencyItemResubmitted':
      return `【代办事项】${project}的“${item}”已补正材料并重新提交，请继续办理。`;
    case 'agencyItemReturned':
      return `【代办事项】${text(p.departmentName)}退回${project}的“${item}”补正：${text(p.reason)}`;
    case 'instructionReceived':
      return `【领导批示】${text(p.authorName)}对${project ? `${project}的` : ''}“${item}”批示：${text(p.text)}`;
  }
}
