import { DEMO_USERNAME_BY_ROLE } from '@zonehub/access';
import type { Db } from '../db/database.js';
import type { FieldChange } from '../features/enterprises/change-requests/change-request.table.js';
import { DEMO_PROFILES } from './demo-enterprise-profiles.js';
import { CHANGZI } from './demo-zones.js';
import { demoId } from './seed.js';

const ENTERPRISE = '山西星萌科技有限公司';

/**
 * DEMO DATA (issue 10 item 8): one change request (变更申请) waiting on 变更审核, from the demo
 * enterprise user: 星萌 raising its registered capital after a capital increase, three days before
 * the demo's today, so reviewers have something to decide. is_demo = 1.
 */
export async function seedDemoChangeRequests(trx: Db, now: Date): Promise<void> {
  const profile = DEMO_PROFILES[ENTERPRISE];
  if (!profile) return;
  const changes: FieldChange[] = [
    {
      field: 'registeredCapitalYuan',
      before: profile.registeredCapitalYuan,
      after: profile.registeredCapitalYuan + 20_000_000,
    },
  ];
  await trx
    .insertInto('enterpriseChangeRequests')
    .values({
      id: demoId(CHANGZI.code, 'changeRequest', ENTERPRISE, 'capital'),
      zoneId: demoId('zone', CHANGZI.code),
      enterpriseId: demoId(CHANGZI.code, 'enterprise', ENTERPRISE),
      status: 'pending',
      changes: JSON.stringify(changes),
      reason: '经股东会决议增资2000万元，已完成工商变更登记，申请同步更新注册资本。',
      submittedBy: demoId('user', DEMO_USERNAME_BY_ROLE.enterpriseUser),
      submittedAt: new Date(now.getTime() - 3 * 86_400_000).toISOString(),
      isDemo: 1,
    })
    .execute();
}
