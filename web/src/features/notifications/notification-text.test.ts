import { describe, expect, it } from 'vitest';
import { enUS, zhCN } from '../../i18n/dictionaries';
import { type NotificationText, notificationText } from './notification-text';
import type { NotificationKind } from './notifications.api';

/** Fills a sentence the way i18next does ({{name}} placeholders); fails on a placeholder with no value. */
const render = (dictionary: Record<string, string>, text: NotificationText) =>
  (dictionary[text.key] ?? '').replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in text.values)) throw new Error(`no value for {{${name}}} in ${text.key}`);
    return String(text.values[name]);
  });

const milestone = { projectName: '星萌冻干生产线', itemName: '施工许可', dueOn: '2026-12-04' };
const action = { itemName: '协调电力增容', dueOn: '2026-12-10', meetingTitle: '星萌专班周调度会 2026-11-27' };

describe('notificationText', () => {
  it('renders a due-soon milestone with its slack in zh-CN and en-US', () => {
    const text = notificationText({ kind: 'milestoneDueSoon', params: { ...milestone, slackDays: 2 } });
    expect(render(zhCN, text)).toBe('星萌冻干生产线：节点“施工许可”将于 2026-12-04 到期，剩余 2 个工作日');
    expect(render(enUS, text)).toBe('星萌冻干生产线: milestone “施工许可” is due on 2026-12-04, 2 working day(s) left');
  });

  it('counts overdue working days for late kinds, not the slack', () => {
    const text = notificationText({ kind: 'actionOverdue', params: { ...action, overdueDays: 3, slackDays: -3 } });
    expect(text.values.days).toBe(3);
    expect(render(zhCN, text)).toBe(
      '星萌专班周调度会 2026-11-27 交办的“协调电力增容”已逾期 3 个工作日（应于 2026-12-10 完成）',
    );
  });

  it('says so when an escalated item has no owner or an assigned action no due date', () => {
    const named = notificationText({
      kind: 'milestoneEscalated',
      params: { ...milestone, overdueDays: 5, ownerName: '张三' },
    });
    expect(render(zhCN, named)).toContain('负责人 张三');
    const nobody = notificationText({
      kind: 'milestoneEscalated',
      params: { ...milestone, overdueDays: 5, ownerName: null },
    });
    expect(render(zhCN, nobody)).toContain('尚无负责人');
    expect(render(enUS, nobody)).toContain('no owner yet');
    const noDue = notificationText({ kind: 'actionAssigned', params: { ...action, dueOn: null } });
    expect(render(zhCN, noDue)).toBe('星萌专班周调度会 2026-11-27 交办您：“协调电力增容”');
  });

  it('names the locked account for its zone admins', () => {
    const text = notificationText({
      kind: 'accountLocked',
      params: { username: 'department', displayName: '部门人员', attempts: 20, minutes: 15 },
    });
    expect(render(zhCN, text)).toBe(
      '账号“部门人员”（department）连续登录失败 20 次，已锁定 15 分钟，请核实是否有人尝试盗用',
    );
    expect(render(enUS, text)).toContain('locked for 15 minutes after 20 failed sign-ins');
  });

  it('tells the reviewers of a change request and its submitter of the decision, in both languages', () => {
    const submitted = notificationText({
      kind: 'enterpriseChangeSubmitted',
      params: { enterpriseName: '山西星萌科技有限公司', fieldCount: 2 },
    });
    expect(render(zhCN, submitted)).toBe('山西星萌科技有限公司申请变更 2 项登记信息，请审核');
    const rejected = notificationText({
      kind: 'enterpriseChangeRejected',
      params: { enterpriseName: '山西星萌科技有限公司', reviewerName: '开发区管理员', reason: '请附营业执照' },
    });
    expect(render(enUS, rejected)).toContain('rejected by 开发区管理员: 请附营业执照');
  });

  it('tells a department of a new item and the task force of a return with its reason', () => {
    const submitted = notificationText({
      kind: 'agencyItemSubmitted',
      params: { projectName: '星萌冻干', itemName: '环评批复', enterpriseName: null },
    });
    expect(render(zhCN, submitted)).toBe('星萌冻干提交了代办事项“环评批复”，请受理');
    const returned = notificationText({
      kind: 'agencyItemReturned',
      params: { projectName: '星萌冻干', itemName: '环评批复', departmentName: '环保服务所', reason: '请补充选址论证' },
    });
    expect(render(enUS, returned)).toContain(
      '环保服务所 returned "环评批复" of 星萌冻干 for correction: 请补充选址论证',
    );
  });

  it('clips a long action text', () => {
    const text = notificationText({
      kind: 'actionDueSoon',
      params: { ...action, itemName: '长'.repeat(100), slackDays: 1 },
    });
    expect(String(text.values.itemName)).toHaveLength(60);
    expect(String(text.values.itemName).endsWith('…')).toBe(true);
  });

  it('has a sentence in both languages for every kind, with every placeholder filled', () => {
    const kinds: NotificationKind[] = [
      'milestoneDueSoon',
      'milestoneOverdue',
      'milestoneEscalated',
      'actionAssigned',
      'actionDueSoon',
      'actionOverdue',
      'accountLocked',
      'enterpriseChangeSubmitted',
      'enterpriseChangeApproved',
      'enterpriseChangeRejected',
      'agencyItemSubmitted',
      'agencyItemResubmitted',
      'agencyItemReturned',
      'instructionReceived',
    ];
    for (const kind of kinds) {
      const text = notificationText({
        kind,
        params: {
          ...milestone,
          ...action,
          slackDays: 1,
          overdueDays: 1,
          ownerName: '张三',
          authorName: '李主任',
          text: '加快进度',
        },
      });
      for (const dictionary of [zhCN, enUS]) {
        const sentence = render(dictionary, text);
        expect(sentence.length).toBeGreaterThan(10);
        expect(sentence).not.toContain('{{');
      }
    }
  });
});
