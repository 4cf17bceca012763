import type { Insertable, Selectable } from 'kysely';

/**
 * What changed on a project (migration 20261129T1720). Kinds:
 * - `projectRag` / `milestoneRag`: a light turned (from_value → to_value: green|amber|red|done);
 * - `stage`: the derived stage moved;
 * - `milestoneDone`: an item got its actual done date (to_value = that date);
 * - `dueMoved`: an item's due date changed (from → to).
 */
export type ProjectChangeKind = 'projectRag' | 'milestoneRag' | 'stage' | 'milestoneDone' | 'dueMoved';

export interface ProjectChangeTable {
  id: string;
  zoneId: string;
  projectId: string;
  milestoneId: string | null;
  kind: ProjectChangeKind;
  fromValue: string | null;
  toValue: string | null;
  /** The zone's date of the change, YYYY-MM-DD. */
  onDay: string;
  /** ISO instant. */
  at: string;
  /** Null when the system changed it (the daily recompute, a calendar change). */
  byUserId: string | null;
  isDemo: number;
}
export type ProjectChangeRow = Selectable<ProjectChangeTable>;
export type NewProjectChange = Insertable<ProjectChangeTable>;
