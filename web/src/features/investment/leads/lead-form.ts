import type { LeadDetail, LeadInput } from './lead.types';
import { wanToYuan, yuanToWan } from './money-input';

/** The lead form's values: amounts typed in 万元, the rest as the API takes them. */
export interface LeadFormValues {
  name: string;
  investorName: string;
  investorUscc?: string | null;
  investorRegion?: string | null;
  investorProvince?: string | null;
  investorCity?: string | null;
  industryCode?: string | null;
  chainName?: string | null;
  plannedInvestmentWan?: number | null;
  expectedOutputWan?: number | null;
  expectedTaxWan?: number | null;
  expectedJobs?: number | null;
  landDemandMu?: number | null;
  energyDemandTce?: number | null;
  methodId?: string | null;
  sourcePerson?: string | null;
  ownerId?: string | null;
  taskForceId: string;
  targetParkId?: string | null;
  description?: string | null;
  registeredOn?: string | null;
}

/** Where a server error on an API field shows in the form (amounts are typed in 万元). */
export const LEAD_FORM_FIELD_OF: Record<string, keyof LeadFormValues> = {
  plannedInvestmentYuan: 'plannedInvestmentWan',
  expectedOutputYuan: 'expectedOutputWan',
  expectedTaxYuan: 'expectedTaxWan',
};

export const LEAD_FORM_FIELDS: (keyof LeadFormValues)[] = [
  'name',
  'investorName',
  'investorUscc',
  'investorRegion',
  'investorProvince',
  'investorCity',
  'industryCode',
  'chainName',
  'plannedInvestmentWan',
  'expectedOutputWan',
  'expectedTaxWan',
  'expectedJobs',
  'landDemandMu',
  'energyDemandTce',
  'methodId',
  'sourcePerson',
  'ownerId',
  'taskForceId',
  'targetParkId',
  'description',
  'registeredOn',
];

const text = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);
const num = (value: number | null | undefined): number | null => (value === undefined ? null : value);

/** The POST /leads (or PATCH) body: blanks as null, amounts in yuan, the credit code upper-cased. */
export function leadFormToInput(v: LeadFormValues): LeadInput {
  const input: LeadInput = {
    name: v.name.trim(),
    investorName: v.investorName.trim(),
    investorUscc: text(v.investorUscc)?.toUpperCase() ?? null,
    investorRegion: v.investorRegion ?? null,
    investorProvince: text(v.investorProvince),
    investorCity: text(v.investorCity),
    industryCode: v.industryCode ?? null,
    chainName: text(v.chainName),
    plannedInvestmentYuan: wanToYuan(v.plannedInvestmentWan),
    expectedOutputYuan: wanToYuan(v.expectedOutputWan),
    expectedTaxYuan: wanToYuan(v.expectedTaxWan),
    expectedJobs: num(v.expectedJobs),
    landDemandMu: num(v.landDemandMu),
    energyDemandTce: num(v.energyDemandTce),
    methodId: v.methodId ?? null,
    sourcePerson: text(v.sourcePerson),
    ownerId: v.ownerId ?? null,
    taskForceId: v.taskForceId,
    targetParkId: v.targetParkId ?? null,
    description: text(v.description),
  };
  if (v.registeredOn) input.registeredOn = v.registeredOn;
  return input;
}

/** The form's values for editing a lead. */
export function leadToFormValues(lead: LeadDetail): LeadFormValues {
  return {
    name: lead.name,
    investorName: lead.investorName,
    investorUscc: lead.investorUscc,
    investorRegion: lead.investorRegion,
    investorProvince: lead.investorProvince,
    investorCity: lead.investorCity,
    industryCode: lead.industryCode,
    chainName: lead.chainName,
    plannedInvestmentWan: yuanToWan(lead.plannedInvestmentYuan),
    expectedOutputWan: yuanToWan(lead.expectedOutputYuan),
    expectedTaxWan: yuanToWan(lead.expectedTaxYuan),
    expectedJobs: lead.expectedJobs,
    landDemandMu: lead.landDemandMu,
    energyDemandTce: lead.energyDemandTce,
    methodId: lead.methodId,
    sourcePerson: lead.sourcePerson,
    ownerId: lead.ownerId,
    taskForceId: lead.taskForceId,
    targetParkId: lead.targetParkId,
    description: lead.description,
    registeredOn: lead.registeredOn,
  };
}
