import { describe, expect, it } from 'vitest';
import { toActivityInput } from './log-visit';

describe('toActivityInput', () => {
  it('sends a visit without a lead with its task force, trimmed text and no empty fields', () => {
    expect(
      toActivityInput({
        kind: 'outboundVisit',
        leadId: null,
        taskForceId: 'tf1',
        subject: '  赴深圳考察  ',
        happenedOn: '2026-04-14',
        endsOn: '2026-04-16',
        city: '深圳',
        participants: '张三、李四',
        counterparts: ' ',
        notes: '',
      }),
    ).toEqual({
      kind: 'outboundVisit',
      taskForceId: 'tf1',
      subject: '赴深圳考察',
      happenedOn: '2026-04-14',
      endsOn: '2026-04-16',
      city: '深圳',
      participants: '张三、李四',
    });
  });

  it("leaves the task force to the server when a lead is chosen (the lead's own)", () => {
    const input = toActivityInput({
      kind: 'inboundVisit',
      leadId: 'lead1',
      taskForceId: 'tf1',
      subject: '客商来访',
      happenedOn: '2026-04-14',
    });
    expect(input).toEqual({ kind: 'inboundVisit', leadId: 'lead1', subject: '客商来访', happenedOn: '2026-04-14' });
  });

  it('sends no end date for a one-day visit', () => {
    const input = toActivityInput({
      kind: 'outboundVisit',
      taskForceId: 'tf1',
      subject: '考察',
      happenedOn: '2026-04-14',
      endsOn: '2026-04-14',
    });
    expect(input).not.toHaveProperty('endsOn');
  });
});
