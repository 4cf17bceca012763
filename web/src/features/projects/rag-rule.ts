import type { RagRule } from '@zonehub/project-rules';
import type { TranslationKey } from '../../i18n';

/** A sentence that explains a light: a dictionary key and its values (kept pure for tests). */
export interface RuleText {
  key: TranslationKey;
  values: Record<string, string | number>;
}

/**
 * Why an item has its light, from the rule the server computed with @zonehub/project-rules:
 * 「已逾期 2 个工作日」, 「剩余 3 个工作日，≤ 5 个工作日亮黄灯」, 「剩余 12 个工作日（> 5 个工作日为绿灯）」,
 * 「已完成」. The slack counts working days on the zone's calendar.
 */
export function ragRuleText(rule: RagRule): RuleText {
  const slack = rule.slackWorkdays ?? 0;
  const amber = rule.amberWorkdays;
  switch (rule.status) {
    case 'done':
      return { key: 'projects.ruleText.done', values: {} };
    case 'red':
      return { key: 'projects.ruleText.red', values: { days: -slack, dueOn: rule.dueOn } };
    case 'amber':
      return slack === 0
        ? { key: 'projects.ruleText.amberToday', values: { amber, dueOn: rule.dueOn } }
        : { key: 'projects.ruleText.amber', values: { days: slack, amber, dueOn: rule.dueOn } };
    case 'green':
      return { key: 'projects.ruleText.green', values: { days: slack, amber, dueOn: rule.dueOn } };
  }
}
