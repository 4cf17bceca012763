import type { Db } from '../../../db/database.js';
import { notify } from '../../notifications/notify.js';
import { parkStaffOf } from '../../users/park-staff.repository.js';
import { zoneAdminsOf } from '../../users/zone-admins.repository.js';
import type { EnterpriseView } from '../enterprise.schema.js';
import type { ChangeRequestView } from './change-request.schema.js';

/** Where reviewers decide: the list of pending requests (the menu's 变更审核). */
export const REVIEW_PAGE = '/registry/change-requests';

/**
 * A new request goes to whoever may decide it: the zone's admins, and the park staff of the
 * enterprise's park. Each is told once per request (its id is in the dedupe key).
 */
export async function tellReviewers(
  trx: Db,
  input: { zoneId: string; enterprise: EnterpriseView; request: ChangeRequestView; now: Date },
): Promise<void> {
  const admins = await zoneAdminsOf(trx, [input.zoneId]);
  const parkStaff = input.enterprise.parkId ? await parkStaffOf(trx, input.zoneId, input.enterprise.parkId) : [];
  const reviewers = new Set([...admins.map((a) => a.userId), ...parkStaff.map((p) => p.userId)]);
  for (const userId of reviewers) {
    await notify(trx, {
      zoneId: input.zoneId,
      userId,
      kind: 'enterpriseChangeSubmitted',
      params: { enterpriseName: input.enterprise.name, fieldCount: input.request.changes.length },
      link: REVIEW_PAGE,
      subjectType: 'enterpriseChangeRequest',
      subjectId: input.request.id,
      dedupeKey: `enterpriseChange:${input.request.id}:submitted`,
      now: input.now,
    });
  }
}

/** The decision goes back to the user who submitted the request, linking to their enterprise. */
export async function tellSubmitter(
  trx: Db,
  input: { zoneId: string; request: ChangeRequestView; submittedBy: string | null; now: Date },
): Promise<void> {
  const { request } = input;
  if (!input.submittedBy || request.status === 'pending') return;
  const approved = request.status === 'approved';
  await notify(trx, {
    zoneId: input.zoneId,
    userId: input.submittedBy,
    kind: approved ? 'enterpriseChangeApproved' : 'enterpriseChangeRejected',
    params: {
      enterpriseName: request.enterpriseName,
      reviewerName: request.reviewedByName,
      ...(approved ? {} : { reason: request.reviewNote }),
    },
    link: `/registry/enterprises/${request.enterpriseId}`,
    subjectType: 'enterpriseChangeRequest',
    subjectId: request.id,
    dedupeKey: `enterpriseChange:${request.id}:${request.status}`,
    now: input.now,
  });
}
