/** Pure rules of an approval item: its date order, a step's day, and the statistics per department. */
export interface AgencyDates {
  submittedOn: string | null;
  acceptedOn: string | null;
  approvedOn: string | null;
}

export type AgencyDateProblem =
  | { field: 'submittedOn' | 'acceptedOn' | 'approvedOn'; code: 'dateInFuture' }
  | { field: 'acceptedOn'; code: 'acceptedBeforeSubmitted' }
  | { field: 'approvedOn'; code: 'approvedBeforeAccepted' };

/** Every problem at once: no date after today; accepted ≥ submitted; approved ≥ accepted. */
export function agencyDateProblems(item: AgencyDates, today: string): AgencyDateProblem[] {
  const problems: AgencyDateProblem[] = [];
  for (const field of ['submittedOn', 'acceptedOn', 'approvedOn'] as const) {
    const value = item[field];
    if (value !== null && value > today) problems.push({ field, code: 'dateInFuture' });
  }
  if (item.submittedOn !== null && item.acceptedOn !== null && item.acceptedOn < item.submittedOn)
    problems.push({ field: 'acceptedOn', code: 'acceptedBeforeSubmitted' });
  if (item.acceptedOn !== null && item.approvedOn !== null && item.approvedOn < item.acceptedOn)
    problems.push({ field: 'approvedOn', code: 'approvedBeforeAccepted' });
  return problems;
}

/** A step's day: not after the zone's today, not before the item's previous step. */
export function stepDayProblem(
  on: string,
  previousOn: string | null,
  today: string,
): 'dateInFuture' | 'beforePreviousStep' | null {
  if (on > today) return 'dateInFuture';
  if (previousOn !== null && on < previousOn) return 'beforePreviousStep';
  return null;
}

export interface DepartmentStats {
  departmentId: string;
  departmentName: string;
  count: number;
  approvedCount: number;
  meanWorkdaysToApproval: number | null;
  maxWorkdaysToApproval: number | null;
  overdueOpenCount: number;
}

/** Per department: items, approved items, mean (one decimal) and max working days to approval, open overdue. */
export function departmentStats(
  items: {
    departmentId: string;
    departmentName: string;
    approved: boolean;
    elapsedWorkdays: number | null;
    overdue: boolean;
  }[],
): DepartmentStats[] {
  const byDepartment = new Map<
    string,
    { name: string; count: number; approved: number; approvedDays: number[]; overdueOpen: number }
  >();
  for (const item of items) {
    const entry = byDepartment.get(item.departmentId) ?? {
      name: item.departmentName,
      count: 0,
      approved: 0,
      approvedDays: [],
      overdueOpen: 0,
    };
    entry.count += 1;
    if (item.approved) entry.approved += 1;
    if (item.approved && item.elapsedWorkdays !== null) entry.approvedDays.push(item.elapsedWorkdays);
    if (!item.approved && item.overdue) entry.overdueOpen += 1;
    byDepartment.set(item.departmentId, entry);
  }
  return [...byDepartment.entries()]
    .map(([departmentId, e]) => ({
      departmentId,
      departmentName: e.name,
      count: e.count,
      approvedCount: e.approved,
      meanWorkdaysToApproval:
        e.approvedDays.length === 0
          ? null
          : Math.round((e.approvedDays.reduce((a, b) => a + b, 0) / e.approvedDays.length) * 10) / 10,
      maxWorkdaysToApproval: e.approvedDays.length === 0 ? null : Math.max(...e.approvedDays),
      overdueOpenCount: e.overdueOpen,
    }))
    .sort((a, b) => a.departmentName.localeCompare(b.departmentName, 'zh-CN'));
}
