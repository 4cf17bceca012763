import { beforeAll, describe, expect, it } from 'vitest';
import { addOutcome, createSeries, holdMeeting, MEETINGS } from './meetings-world.js';
import { expectOfficialLayout } from './official-docx.js';
import { buildReportWorld, W } from './project-reports-world.js';
import { clients, ids, setUpProjectWorld, t } from './project-world.js';

/**
 * The minutes and the reports are laid out as the committee's documents (GB/T 9704): they used to
 * look like a default Word file, with blue headings and a title that broke "2026-12-" across lines.
 */
setUpProjectWorld();

beforeAll(async () => {
  await buildReportWorld();
});

describe('documents as the committee files them', () => {
  it('lays the minutes out by GB/T 9704, the date under the title and dates as 2025年10月13日', async () => {
    const series = await createSeries({ name: 'DOC 星萌周调度会' });
    const meeting = await holdMeeting(series, { heldOn: '2025-10-13', agenda: [{ topic: '主体结构' }] });
    await addOutcome(meeting, {
      kind: 'action',
      text: 'DOC 协调临时用电',
      ownerId: ids['user:investmentStaff'],
      dueOn: '2025-10-24',
    });
    await addOutcome(meeting, { kind: 'decision', text: 'DOC 节点列入督办' });

    const response = await clients.leader.get(`${MEETINGS}/${meeting.id}/minutes.docx`);
    expect(response.statusCode).toBe(200);
    const texts = expectOfficialLayout(response.rawPayload, /^（2025年10月13日）$/);
    expect(texts[0]).toBe('DOC 星萌周调度会纪要');
    expect(texts).toContain('时间：2025年10月13日 09:00');
    expect(texts).toContain('一、参会人员');
    expect(texts).toContain('五、本次交办事项');
    expect(texts).toContain('1.DOC 节点列入督办');
    expect(texts).toContain('2025年10月24日');
  });

  it('lays a report out the same way, the period under the title and the time generated in the zone', async () => {
    // 00:30 in Beijing is still the day before in UTC: the document is dated the zone's day.
    const now = t.clock.now().getTime();
    const nextHalfPastFour = Math.ceil((now - 16.5 * 3_600_000) / 86_400_000) * 86_400_000 + 16.5 * 3_600_000;
    t.clock.advance(nextHalfPastFour - now);
    const beijingDay = new Date(nextHalfPastFour + 8 * 3_600_000);
    const leader = await t.loginAs('leader');

    const response = await leader.get(`/api/v1/projects/reports/monthly.docx?period=2026-10&taskForceId=${W.tf}`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const texts = expectOfficialLayout(response.rawPayload, /^（2026年10月）$/);
    expect(texts[0]).toBe('PJT 报告专班月度汇总');
    expect(texts).toContain('统计期间：2026年10月1日至2026年10月31日（数据截至2026年10月31日）');
    expect(texts).toContain(
      `生成时间：${beijingDay.getUTCFullYear()}年${beijingDay.getUTCMonth() + 1}月${beijingDay.getUTCDate()}日 00:30`,
    );
    expect(texts.filter((text) => /^[一二三四五六七八九十]+、/.test(text))).toEqual([
      '一、主要指标',
      '二、项目进展',
      '三、各专班完成投资',
      '四、按期完成的节点',
      '五、未按期的节点',
      '六、说明',
    ]);
  });
});
