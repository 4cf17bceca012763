import type { Db } from '../../../db/database.js';
import { notify } from '../../notifications/notify.js';
import { taskForceMembers } from '../../notifications/project-alerts.repository.js';
import type { AgencyItemWithNames } from './agency.repository.js';
import { departmentStaffOf } from './agency.repository.js';
import type { AgencyStep } from './agency-flow.js';

/** Where the department works its items. */
export const DESK_PAGE = '/projects/agency';

/**
 * The other side hears of a step: the department's staff of a new or resubmitted item (待受理 or back
 * from 补正), the project's task force of a return with its reason. Once per step (its id is in the key).
 */
export async function tellOfStep(
  trx: Db,
  input: { row: AgencyItemWithNames; step: AgencyStep; stepId: string; reason: string | null; now: Date },
): Promise<void> {
  const { row, step } = input;
  const base = {
    zoneId: row.zoneId,
    subjectType: 'agencyItem',
    subjectId: row.id,
    dedupeKey: `agencyItem:${row.id}:${step}:${input.stepId}`,
    now: input.now,
  };
  const params = { projectName: row.projectName, itemName: row.item, enterpriseName: row.enterpriseName };
  if (step === 'submit' || step === 'resubmit') {
    for (const userId of await departmentStaffOf(trx, row.zoneId, row.departmentId))
      await notify(trx, {
        ...base,
        userId,
        kind: step === 'submit' ? 'agencyItemSubmitted' : 'agencyItemResubmitted',
        params,
        link: DESK_PAGE,
      });
  }
  if (step === 'return') {
    const members = (await taskForceMembers(trx, [row.taskForceId])).get(row.taskForceId) ?? [];
    for (const userId of members)
      await notify(trx, {
        ...base,
        userId,
        kind: 'agencyItemReturned',
        params: { ...params, departmentName: row.departmentName, reason: input.reason },
        link: `/projects/${row.projectId}`,
      });
  }
}
