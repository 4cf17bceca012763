import { POOLS } from '@zonehub/investment-rules';
import { Alert, Descriptions, List, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { gateItemLabel, regionLabel, stageLabel } from '../investment-labels';
import type { LeadDetail } from './lead.types';
import { YuanText } from './money-text';

/** The pools as steps: the lead's pool current, a dropped lead marked where it left. */
export function LeadSteps({ lead }: { lead: LeadDetail }) {
  const dropped = lead.stage === 'dropped';
  const from = lead.droppedFromStage;
  const shownPool = POOLS.find((pool) => pool === (dropped ? from : lead.stage)) ?? 'reserve';
  const at = POOLS.indexOf(shownPool);
  return (
    <Steps
      size="small"
      current={at}
      status={dropped ? 'error' : 'process'}
      items={POOLS.map((pool) => ({ title: stageLabel(pool) }))}
      data-testid="lead-steps"
    />
  );
}

/** What the next pool still asks for (detail.gate.missing, computed by the server with the shared rule). */
export function GateChecklist({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  if (lead.stage === 'dropped')
    return (
      <Alert type="error" showIcon title={t('investment.lead.droppedBecause', { reason: lead.droppedReason ?? '' })} />
    );
  if (!lead.gate.nextPool) return null;
  if (lead.gate.missing.length === 0)
    return (
      <Alert
        type="success"
        showIcon
        title={t('investment.lead.gateReady', { stage: stageLabel(lead.gate.nextPool) })}
        data-testid="lead-gate"
      />
    );
  return (
    <Alert
      type="info"
      showIcon
      title={t('investment.lead.gateMissing', { stage: stageLabel(lead.gate.nextPool) })}
      description={
        <List
          size="small"
          dataSource={lead.gate.missing}
          renderItem={(item) => <List.Item data-gate-item={item}>{gateItemLabel(item)}</List.Item>}
        />
      }
      data-testid="lead-gate"
    />
  );
}

/** The lead's figures: investor, amounts, demand, people. */
export function LeadFigures({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  const none = '—';
  const place = [regionLabel(lead.investorRegion), lead.investorProvince, lead.investorCity]
    .filter(Boolean)
    .join(' · ');
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} bordered data-testid="lead-figures">
      <Descriptions.Item label={t('investment.leads.investor')}>{lead.investorName}</Descriptions.Item>
      <Descriptions.Item label={t('investment.leads.investorUscc')}>{lead.investorUscc ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('investment.leads.region')}>{place || none}</Descriptions.Item>
      <Descriptions.Item label={t('investment.leads.industry')}>
        {lead.industryName ?? lead.industryCode ?? none}
      </Descriptions.Item>
      <Descriptions.Item label={t('investment.leads.chain')}>{lead.chainName ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('investment.leads.method')}>{lead.methodName ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('investment.leads.plannedInvestment')}>
        <YuanText yuan={lead.plannedInvestmentYuan} />
      </Descriptions.Item>
      <Descriptions.Item label={t('investment.leads.expectedOutput')}>
        <YuanText yuan={lead.expectedOutputYuan} />
      </Descriptions.Item>
      <Descriptions.Item label={t('investment.leads.expectedTax')}>
        <YuanText yuan={lead.expectedTaxYuan} />
      </Descriptions.Item>
      <Descriptions.Item label={t('investment.leads.expectedJobs')}>{lead.expectedJobs ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('investment.leads.landDemandMu')}>{lead.landDemandMu ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('investment.leads.energyDemandTce')}>
        {lead.energyDemandTce ?? none}
      </Descriptions.Item>
      <Descriptions.Item label={t('investment.leads.taskForce')}>{lead.taskForceName ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('investment.leads.owner')}>{lead.ownerName ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('investment.leads.targetPark')}>{lead.targetParkName ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('investment.leads.sourcePerson')}>{lead.sourcePerson ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('investment.leads.registeredOn')}>{lead.registeredOn}</Descriptions.Item>
      <Descriptions.Item label={t('investment.leads.stageEnteredOn')}>{lead.stageEnteredOn}</Descriptions.Item>
      {lead.signedOn ? (
        <Descriptions.Item label={t('investment.lead.signed')}>
          {lead.signedOn} · <YuanText yuan={lead.signedAmountYuan} />
        </Descriptions.Item>
      ) : null}
      {lead.landedOn ? (
        <Descriptions.Item label={t('investment.lead.landed')}>
          {lead.landedOn} ·{' '}
          {lead.landedEnterpriseId ? (
            <Link to={`/registry/enterprises/${lead.landedEnterpriseId}`}>{lead.landedEnterpriseName}</Link>
          ) : null}{' '}
          {lead.landedParcelCode ?? lead.landedBuildingName ?? ''}
        </Descriptions.Item>
      ) : null}
      {lead.description ? (
        <Descriptions.Item label={t('investment.leads.description')} span={3}>
          {lead.description}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
