import type {
  ActivityKind,
  GateItem,
  InvestorRegion,
  ReminderKind,
  ScreeningVerdict,
  Stage,
} from '@zonehub/investment-rules';
import i18next from 'i18next';
import type { TranslationKey } from '../../i18n';

/**
 * Labels of the investment vocabulary from the shared rules package, read from the dictionaries
 * (investment-leads.ts); the keys are spelled out so a missing label fails type-checking.
 */
const STAGE_KEYS: Record<Stage, TranslationKey> = {
  reserve: 'investment.stage.reserve',
  negotiating: 'investment.stage.negotiating',
  signed: 'investment.stage.signed',
  landed: 'investment.stage.landed',
  dropped: 'investment.stage.dropped',
};

const REGION_KEYS: Record<InvestorRegion, TranslationKey> = {
  jingjinji: 'investment.region.jingjinji',
  huanbohai: 'investment.region.huanbohai',
  yangtzeDelta: 'investment.region.yangtzeDelta',
  greaterBay: 'investment.region.greaterBay',
  chengyu: 'investment.region.chengyu',
  centralChina: 'investment.region.centralChina',
  withinProvince: 'investment.region.withinProvince',
  west: 'investment.region.west',
  northeast: 'investment.region.northeast',
  overseas: 'investment.region.overseas',
};

const ACTIVITY_KEYS: Record<ActivityKind, TranslationKey> = {
  outboundVisit: 'investment.activity.outboundVisit',
  inboundVisit: 'investment.activity.inboundVisit',
  meeting: 'investment.activity.meeting',
  call: 'investment.activity.call',
  note: 'investment.activity.note',
};

const VERDICT_KEYS: Record<ScreeningVerdict, TranslationKey> = {
  pass: 'investment.verdict.pass',
  conditional: 'investment.verdict.conditional',
  reject: 'investment.verdict.reject',
};

const GATE_KEYS: Record<GateItem, TranslationKey> = {
  meeting: 'investment.gate.meeting',
  signedOn: 'investment.gate.signedOn',
  signedAmount: 'investment.gate.signedAmount',
  contractDocument: 'investment.gate.contractDocument',
  screening: 'investment.gate.screening',
  screeningRejected: 'investment.gate.screeningRejected',
  enterprise: 'investment.gate.enterprise',
  site: 'investment.gate.site',
  reason: 'investment.gate.reason',
};

const REMINDER_KEYS: Record<ReminderKind, TranslationKey> = {
  idle: 'investment.reminder.idle',
  stale: 'investment.reminder.stale',
};

export const stageLabel = (stage: Stage): string => i18next.t(STAGE_KEYS[stage]);
export const activityKindLabel = (kind: ActivityKind): string => i18next.t(ACTIVITY_KEYS[kind]);
export const verdictLabel = (verdict: ScreeningVerdict): string => i18next.t(VERDICT_KEYS[verdict]);
export const gateItemLabel = (item: GateItem): string => i18next.t(GATE_KEYS[item]);

/** A region code from the server; an unknown one (added server-side later) shows as itself. */
export function regionLabel(region: string | null | undefined): string {
  if (!region) return '';
  const key = (REGION_KEYS as Record<string, TranslationKey | undefined>)[region];
  return key ? i18next.t(key) : region;
}

/** "12 天无动态（上限 30 天）" for a reminder badge. */
export const reminderLabel = (reminder: { kind: ReminderKind; days: number; limit: number }): string =>
  i18next.t(REMINDER_KEYS[reminder.kind], { days: reminder.days, limit: reminder.limit });

/** Text joined the way each language punctuates it (；/（）/： in Chinese, ; ( ) : in English). */
export const joinList = (items: readonly (string | null | undefined | false)[]): string =>
  items
    .filter((item): item is string => typeof item === 'string' && item !== '')
    .join(i18next.t('investment.text.listSeparator'));
export const labelled = (label: string, value: string): string =>
  i18next.t('investment.text.labelled', { label, value });
export const withAside = (main: string, aside: string | null | undefined): string =>
  aside ? i18next.t('investment.text.withAside', { main, aside }) : main;
