import { daysBetween, moveRefusal, STAGES, type Stage } from '@zonehub/investment-rules';
import type { BoardPool, LeadSummary } from '../leads/lead.types';

/** One column of the Kanban: the board's first page plus the pages loaded with "load more". */
export interface BoardColumn {
  stage: Stage;
  total: number;
  cards: LeadSummary[];
  /** The next page of GET /leads?stage= to load, or null when every card is shown. */
  nextPage: number | null;
}

/**
 * Builds the five columns in pool order. Extra pages are appended without repeating a card (a lead
 * that moved between two page loads may appear in two pages); a pool the server left out is empty.
 */
export function boardColumns(
  pools: readonly BoardPool[],
  extraPages: Partial<Record<Stage, readonly (readonly LeadSummary[])[]>>,
  pageSize: number,
): BoardColumn[] {
  return STAGES.map((stage) => {
    const pool = pools.find((p) => p.stage === stage);
    const seen = new Set<string>();
    const cards: LeadSummary[] = [];
    for (const card of [pool?.items ?? [], ...(extraPages[stage] ?? [])].flat()) {
      if (seen.has(card.id)) continue;
      seen.add(card.id);
      cards.push(card);
    }
    const total = pool?.total ?? 0;
    const extra = extraPages[stage] ?? [];
    const loadedPages = 1 + extra.length;
    // An empty or short page means the pool shrank while loading: nothing more to ask for.
    const lastPage = extra.at(-1);
    const exhausted = lastPage !== undefined && lastPage.length < pageSize;
    const more = cards.length < total && !exhausted;
    return { stage, total, cards, nextPage: more ? loadedPages + 1 : null };
  });
}

/** Whether a card may be dropped on a column: only the moves the rules allow (one pool forward, or drop). */
export const canDropOn = (from: Stage, to: Stage): boolean => moveRefusal(from, to) === null;

/** The stages a card may move to, for the card's "move to" menu (the keyboard and touch path). */
export const dropTargets = (from: Stage): Stage[] => STAGES.filter((to) => canDropOn(from, to));

/** Days since the lead entered its pool, as of the zone's today. */
export const daysInPool = (lead: Pick<LeadSummary, 'stageEnteredOn'>, today: string): number =>
  Math.max(0, daysBetween(lead.stageEnteredOn, today));
