import type { Stage } from '@zonehub/investment-rules';
import type { Db } from '../../db/database.js';
import type { AppContext, Caller } from '../../http/context.js';
import { AppError, conflict, notFound } from '../../http/errors.js';
import type { Locale } from '../../http/locale.js';
import { recordChange } from '../audit/audit.service.js';
import { findLeadRow } from '../investment/leads/lead.repository.js';
import type { HandoverBody, ProjectDetail } from './project.schema.js';
import { createProject } from './project.service.js';

const STAGE_WORDS: Record<Locale, Record<Stage, string>> = {
  'zh-CN': { reserve: '储备库', negotiating: '洽谈库', signed: '签约库', landed: '落地库', dropped: '已终止' },
  'en-US': { reserve: 'reserve', negotiating: 'negotiating', signed: 'signed', landed: 'landed', dropped: 'dropped' },
};

async function handedOver(db: Db, name: string, projectId: string): Promise<AppError> {
  const project = await db.selectFrom('projects').select('code').where('id', '=', projectId).executeTakeFirst();
  return new AppError('project.leadHandedOver', { name, code: project?.code ?? projectId });
}

/**
 * A landed lead becomes a project in one step (one transaction): its name, enterprise, park (the
 * lead's target park, else the enterprise's), site, planned investment, signing date and task force,
 * and phase 1 with its expected output, tax and jobs; the lead then points at the project. The
 * caller confirms the task force, the leader in charge and the checklist owner (checked by
 * createProject as the create route checks them; a refusal writes nothing).
 */
export async function handOverLead(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  leadId: string,
  body: HandoverBody,
  locale: Locale,
): Promise<ProjectDetail> {
  const lead = await findLeadRow(trx, caller.scope, leadId);
  if (!lead) throw notFound('lead');
  if (lead.projectId !== null) throw await handedOver(trx, lead.name, lead.projectId);
  if (lead.stage !== 'landed')
    throw new AppError('project.leadNotLanded', { name: lead.name, stage: STAGE_WORDS[locale][lead.stage] });
  // Claim the lead first: of two hand-overs at once, the later waits on this row and then finds it taken.
  const updatedAt = ctx.clock.now().toISOString();
  const claimed = await trx
    .updateTable('leads')
    .set({ version: lead.version + 1, updatedAt })
    .where('id', '=', lead.id)
    .where('version', '=', lead.version)
    .where('projectId', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) {
    const now = await trx.selectFrom('leads').select('projectId').where('id', '=', lead.id).executeTakeFirst();
    throw now?.projectId ? await handedOver(trx, lead.name, now.projectId) : conflict('lead changed');
  }
  const enterprise = lead.landedEnterpriseId
    ? await trx.selectFrom('enterprises').select('parkId').where('id', '=', lead.landedEnterpriseId).executeTakeFirst()
    : undefined;
  const detail = await createProject(
    ctx,
    trx,
    caller,
    {
      code: body.code,
      name: lead.name,
      kind: body.kind,
      isTransformation: body.isTransformation,
      enterpriseId: lead.landedEnterpriseId,
      parkId: lead.targetParkId ?? enterprise?.parkId ?? null,
      parcelId: lead.landedParcelId,
      buildingId: lead.landedBuildingId,
      totalInvestmentYuan: lead.plannedInvestmentYuan ?? lead.signedAmountYuan,
      taskForceId: body.taskForceId ?? lead.taskForceId,
      leaderInChargeId: body.leaderInChargeId,
      checklistOwnerId: body.checklistOwnerId,
      signedOn: lead.signedOn,
      description: lead.description,
      phases: [
        {
          name: locale === 'zh-CN' ? '一期' : 'Phase 1',
          investmentYuan: lead.plannedInvestmentYuan,
          expectedRevenueYuan: lead.expectedOutputYuan,
          expectedTaxYuan: lead.expectedTaxYuan,
          expectedJobs: lead.expectedJobs,
          plannedStartOn: lead.landedOn,
        },
      ],
      template: body.template,
    },
    locale,
    lead.id,
  );
  await trx.updateTable('leads').set({ projectId: detail.id }).where('id', '=', lead.id).execute();
  await recordChange(trx, ctx, caller.principal, {
    action: 'lead.handover',
    entityType: 'lead',
    entityId: lead.id,
    zoneId: lead.zoneId,
    before: { projectId: null },
    after: { projectId: detail.id, projectCode: detail.code },
  });
  return detail;
}
