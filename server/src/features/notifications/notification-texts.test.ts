import { describe, expect, it } from 'vitest';
import { renderNotificationZh } from './notification-texts.js';
import { NOTIFICATION_KINDS } from './notify.js';

const milestone = { projectName: '星萌冻干生产线', itemName: '施工许可', dueOn: '2026-12-04' };
const action = { itemName: '协调电力增容', dueOn: '2026-12-10', meetingTitle: '星萌专班周调度会 2026-11-27' };

describe('renderNotificationZh', () => {
  it('names the project, the item, the due day and the working days for milestones', () => {
    expect(renderNotificationZh('milestoneDueSoon', { ...milestone, slackDays: 2 })).toBe(
      '【项目提醒】星萌冻干生产线的节点“施工许可”将于2026-12-04到期，剩余2个工作日。',
    );
    expect(renderNotificationZh('milestoneOverdue', { ...milestone, overdueDays: 3 })).toBe(
      '【项目预警】星萌冻干生产线的节点“施工许可”已于2026-12-04到期，已逾期3个工作日，请尽快办理。',
    );
    expect(renderNotificationZh('milestoneEscalated', { ...milestone, overdueDays: 5, ownerName: null })).toContain(
      '已逾期5个工作日（应于2026-12-04完成），负责人：未指定',
    );
  });

  it('names the meeting an action item came from', () => {
    expect(renderNotificationZh('actionOverdue', { ...action, overdueDays: 1 })).toBe(
      '【交办预警】星萌专班周调度会 2026-11-27交办的“协调电力增容”已于2026-12-10到期，已逾期1个工作日。',
    );
    expect(renderNotificationZh('actionAssigned', action)).toBe(
      '【交办事项】星萌专班周调度会 2026-11-27交办您：协调电力增容，要求2026-12-10前完成。',
    );
  });

  it('tells zone admins which account was locked by failed sign-ins', () => {
    expect(
      renderNotificationZh('accountLocked', {
        username: 'department',
        displayName: '部门人员',
        attempts: 20,
        minutes: 15,
      }),
    ).toBe('【安全提醒】账号“部门人员”（department）连续登录失败20次，已锁定15分钟，请核实是否有人尝试盗用。');
  });

  it('tells reviewers of a change request and its submitter of the decision', () => {
    expect(
      renderNotificationZh('enterpriseChangeSubmitted', { enterpriseName: '山西星萌科技有限公司', fieldCount: 2 }),
    ).toBe('【变更申请】山西星萌科技有限公司申请变更2项登记信息，请审核。');
    expect(
      renderNotificationZh('enterpriseChangeRejected', {
        enterpriseName: '山西星萌科技有限公司',
        reviewerName: '开发区管理员',
        reason: '请附营业执照',
      }),
    ).toBe('【变更申请】山西星萌科技有限公司的登记信息变更申请未通过审核（开发区管理员），原因：请附营业执照');
  });

  it('renders every kind without leaving a placeholder or "undefined"', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const body = renderNotificationZh(kind, {
        ...milestone,
        ...action,
        slackDays: 1,
        overdueDays: 1,
        ownerName: '张三',
        enterpriseName: '山西星萌科技有限公司',
        fieldCount: 1,
        reviewerName: '开发区管理员',
        reason: '请附营业执照',
      });
      expect(body).not.toMatch(/undefined|null|\{/);
      expect(body.length).toBeGreaterThan(10);
    }
  });
});
