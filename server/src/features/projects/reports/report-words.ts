import type { ContestMetric } from '@zonehub/investment-rules';
import { weekWords } from '@zonehub/zone-dates';

/** The words of the generated files (zh-CN: the files go to the committee's leaders as they are). */
export const STAGE_ZH: Record<string, string> = {
  signed: '签约',
  preliminary: '前期手续',
  started: '开工',
  underConstruction: '在建',
  completed: '竣工',
  producing: '投产',
  atCapacity: '达产',
};

export const RAG_ZH: Record<string, string> = { green: '绿灯', amber: '黄灯', red: '红灯', done: '已完成' };

export const CHANGE_ZH: Record<string, string> = {
  projectRag: '项目亮灯变化',
  milestoneRag: '事项亮灯变化',
  stage: '阶段变化',
  milestoneDone: '事项完成',
  dueMoved: '时限调整',
};

export const METRIC_ZH: Record<ContestMetric, string> = {
  newLeads: '新增项目信息（个）',
  visits: '考察/来访（次）',
  negotiating: '转入在谈（个）',
  signedCount: '签约个数',
  signedAmountYuan: '签约金额（万元）',
  landedCount: '落地个数',
  landedAmountYuan: '落地金额（万元）',
};

export const KIND_TITLE = {
  weekly: '周调度报告',
  monthly: '月度汇总',
  quarterly: '季度分析',
  annual: '年度交账',
} as const;

/** A change's from → to in words (lights and stages named; days as they are). */
export function changeValue(kind: string, value: string | null): string {
  if (value === null) return '';
  if (kind === 'projectRag' || kind === 'milestoneRag') return RAG_ZH[value] ?? value;
  if (kind === 'stage') return STAGE_ZH[value] ?? value;
  return value;
}

/** 2026-W48 → 2026年第48周; 2026-11 → 2026年11月; 2026-Q4 → 2026年第四季度; 2026 → 2026年. */
export function periodWords(key: string): string {
  if (/^\d{4}-W\d{2}$/.test(key)) return weekWords(key);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return `${quarter[1]}年第${'一二三四'[Number(quarter[2]) - 1]}季度`;
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return `${month[1]}年${Number(month[2])}月`;
  return `${key}年`;
}

/** Yuan → 万元, two decimals (the files show money in 万元; the JSON keeps yuan). */
export const wan = (yuan: number | null) => (yuan === null ? null : Math.round(yuan / 100) / 100);
