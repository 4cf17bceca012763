import type { RagRule } from '@zonehub/project-rules';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../i18n/dictionaries';
import { ragRuleText } from './rag-rule';

const rule = (overrides: Partial<RagRule>): RagRule => ({
  status: 'green',
  slackWorkdays: 10,
  amberWorkdays: 5,
  dueOn: '2026-12-15',
  today: '2026-11-30',
  ...overrides,
});

/** Fills a zh-CN sentence the way i18next does ({{name}} placeholders). */
const render = (text: { key: keyof typeof zhCN; values: Record<string, string | number> }) =>
  zhCN[text.key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(text.values[name]));

describe('ragRuleText', () => {
  it('counts the overdue working days of a red item as a positive number', () => {
    const text = ragRuleText(rule({ status: 'red', slackWorkdays: -2 }));
    expect(text).toEqual({ key: 'projects.ruleText.red', values: { days: 2, dueOn: '2026-12-15' } });
    expect(render(text)).toContain('已逾期 2 个工作日');
  });

  it('names the remaining days and the amber threshold of an amber item', () => {
    const text = ragRuleText(rule({ status: 'amber', slackWorkdays: 3 }));
    expect(text.values).toEqual({ days: 3, amber: 5, dueOn: '2026-12-15' });
    expect(render(text)).toContain('剩余 3 个工作日，≤ 5 个工作日亮黄灯');
  });

  it('says an amber item is due today when no slack is left', () => {
    expect(ragRuleText(rule({ status: 'amber', slackWorkdays: 0 })).key).toBe('projects.ruleText.amberToday');
  });

  it('explains green with the threshold it is above', () => {
    const text = ragRuleText(rule({ status: 'green', slackWorkdays: 12, amberWorkdays: 4 }));
    expect(render(text)).toContain('剩余 12 个工作日');
    expect(text.values.amber).toBe(4);
  });

  it('says done for a finished item, whatever its slack', () => {
    expect(ragRuleText(rule({ status: 'done', slackWorkdays: null })).key).toBe('projects.ruleText.done');
  });
});
