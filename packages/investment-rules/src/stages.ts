/**
 * The four pools (四库) a lead moves through, and 终止 (dropped). A lead moves forward one pool at a
 * time, so that every pool it passes has its own dated record with its evidence; it can be dropped
 * from any pool. Going back is not a move: only a zone admin undoes the last move, with a reason.
 */
export const POOLS = ['reserve', 'negotiating', 'signed', 'landed'] as const;
export type Pool = (typeof POOLS)[number];

export const STAGES = [...POOLS, 'dropped'] as const;
export type Stage = (typeof STAGES)[number];

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

/** The pool after this one, or null for the landed pool and for dropped leads. */
export function nextPool(stage: Stage): Pool | null {
  if (stage === 'dropped') return null;
  return POOLS[POOLS.indexOf(stage) + 1] ?? null;
}

/** Why a move from one stage to another is not a move at all (before any evidence is looked at). */
export type MoveRefusal = 'sameStage' | 'fromDropped' | 'backward' | 'skipsPool';

export function moveRefusal(from: Stage, to: Stage): MoveRefusal | null {
  if (from === to) return 'sameStage';
  if (from === 'dropped') return 'fromDropped';
  if (to === 'dropped') return null;
  const step = POOLS.indexOf(to) - POOLS.indexOf(from);
  if (step < 0) return 'backward';
  if (step > 1) return 'skipsPool';
  return null;
}
