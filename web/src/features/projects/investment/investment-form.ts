import { wanToYuan, yuanToWan } from '../../investment/leads/money-input';
import type { InvestmentMonth } from './investment.api';

/** A month row as the tab edits it: the figure typed in 万元, the note, and what the server holds. */
export interface MonthDraft {
  wan: number | null;
  note: string;
}

export const draftOf = (m: InvestmentMonth): MonthDraft => ({ wan: yuanToWan(m.completedYuan), note: m.note ?? '' });

/** Whether the row differs from what the server holds (so its save button wakes up). */
export function isDirty(m: InvestmentMonth, draft: MonthDraft): boolean {
  return wanToYuan(draft.wan) !== m.completedYuan || (draft.note.trim() || null) !== (m.note ?? null);
}

/**
 * What saving the row sends: the figure in yuan (null clears the month), the trimmed note, and the
 * version read, so a figure someone else saved meanwhile is reported, not overwritten.
 */
export function saveOf(m: InvestmentMonth, draft: MonthDraft) {
  return {
    month: m.month,
    completedYuan: wanToYuan(draft.wan),
    note: draft.note.trim() || null,
    version: m.version,
  };
}

/** Months after the zone's current month take no figure. */
export const isFutureMonth = (month: string, currentMonth: string) => month > currentMonth;
