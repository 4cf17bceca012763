import type { Selectable } from 'kysely';

/** GB/T 4754-2017 levels: 门类 / 大类 / 中类 / 小类 */
export const INDUSTRY_LEVELS = ['section', 'division', 'group', 'class'] as const;
export type IndustryLevel = (typeof INDUSTRY_LEVELS)[number];

/** Reference data, loaded by migration from server/data/gbt4754-2017.csv; never written by the app. */
export interface IndustryCodeTable {
  code: string;
  level: IndustryLevel;
  name: string;
  parentCode: string | null;
  /** The section letter (A–T) every code falls under. */
  section: string;
  sortOrder: number;
}

export type IndustryCodeRow = Selectable<IndustryCodeTable>;
