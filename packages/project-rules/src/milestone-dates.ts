export type MilestoneDateProblem =
  | 'dueBeforeStart'
  | 'actualStartInFuture'
  | 'actualDoneInFuture'
  | 'doneBeforeStart'
  | 'predecessorNotDone';

export interface MilestoneDates {
  plannedStartOn: string | null;
  dueOn: string;
  actualStartOn: string | null;
  actualDoneOn: string | null;
}

/**
 * What is wrong with a milestone's dates, in a fixed order (none → []). Days are YYYY-MM-DD, so
 * string order is date order. Finish-to-start: an item may be started while predecessors are still
 * open (the agency service runs approvals in parallel, 容缺受理), but it cannot be marked done
 * before every predecessor is done.
 */
export function milestoneDateProblems(
  item: MilestoneDates,
  today: string,
  predecessorsDone: boolean,
): MilestoneDateProblem[] {
  const problems: MilestoneDateProblem[] = [];
  if (item.plannedStartOn !== null && item.dueOn < item.plannedStartOn) problems.push('dueBeforeStart');
  if (item.actualStartOn !== null && item.actualStartOn > today) problems.push('actualStartInFuture');
  if (item.actualDoneOn !== null && item.actualDoneOn > today) problems.push('actualDoneInFuture');
  if (item.actualDoneOn !== null && item.actualStartOn !== null && item.actualDoneOn < item.actualStartOn) {
    problems.push('doneBeforeStart');
  }
  if (item.actualDoneOn !== null && !predecessorsDone) problems.push('predecessorNotDone');
  return problems;
}
