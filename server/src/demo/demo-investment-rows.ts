import { createHash } from 'node:crypto';
import { type ActivityKind, investorKey, type ScreeningVerdict, type Stage } from '@zonehub/investment-rules';
import type { Insertable } from 'kysely';
import { nameKeys, pinyinSearchKeys } from '../features/enterprises/enterprise-names.js';
import type {
  ContestTargetTable,
  LeadAccessScreeningTable,
  LeadActivityTable,
  LeadAttachmentTable,
  LeadStageMoveTable,
  NewLead,
} from '../features/investment/investment.table.js';
import { MEETING_KINDS } from '../features/investment/moves/move-evidence.repository.js';
import { demoId } from './seed.js';

/**
 * DEMO DATA (investment): turns a lead's story (registered, met, signed, landed or dropped on given
 * dates) into the rows the API expects, keeping the invariants the moves service keeps: one move per
 * pool passed (seq 2, 3, … so version = moves + 1), each with the evidence its gate asked for, the
 * pool entered on the last move's date, a screening and a contract before signing, a meeting before
 * negotiating, last_activity_on the latest past activity. Every row is_demo = 1.
 */
export interface DemoActivity {
  kind: ActivityKind;
  subject: string;
  happenedOn: string;
  endsOn?: string | null;
  city?: string | null;
  participants?: string | null;
  counterparts?: string | null;
  notes?: string | null;
  recordedBy: string | null;
}

export interface DemoScreening {
  verdict: ScreeningVerdict;
  reasons: string;
  conditions?: string | null;
  decidedBy: string;
  decidedOn: string;
}

export interface DemoLead {
  /** Unique within the zone; the lead's id is derived from it. */
  key: string;
  code: string;
  name: string;
  investorName: string;
  investorUscc?: string | null;
  investorRegion: string | null;
  investorProvince: string | null;
  investorCity: string | null;
  industryCode: string | null;
  chainName: string | null;
  plannedInvestmentYuan: number | null;
  expectedOutputYuan?: number | null;
  expectedTaxYuan?: number | null;
  expectedJobs?: number | null;
  landDemandMu?: number | null;
  energyDemandTce?: number | null;
  methodId: string | null;
  sourcePerson?: string | null;
  ownerId: string | null;
  taskForceId: string;
  targetParkId: string | null;
  description?: string | null;
  registeredOn: string;
  negotiatingOn?: string;
  signed?: { on: string; amountYuan: number; screening: DemoScreening };
  landed?: { on: string; enterpriseId: string; parcelId: string | null; buildingId: string | null };
  dropped?: { on: string; reason: string };
  /** A screening recorded while the lead is still in reserve or negotiating. */
  screening?: DemoScreening;
  activities: DemoActivity[];
}

/** A date `days` after (or before) a YYYY-MM-DD date. */
export function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A timestamp on a zone date (09:30 in China), never later than the seed's own time. */
export function stampOn(date: string, now: string, minute = 0): string {
  const at = new Date(Date.parse(`${date}T01:30:00.000Z`) + minute * 60_000).toISOString();
  return at < now ? at : now;
}

/** Pinyin is the costly part of a lead row, and generated investors repeat. */
const PINYIN_CACHE = new Map<string, string>();
function pinyinOf(key: string): string {
  const value = PINYIN_CACHE.get(key) ?? nameKeys(key).namePinyin;
  PINYIN_CACHE.set(key, value);
  return value;
}

export class InvestmentRows {
  readonly leads: NewLead[] = [];
  readonly moves: Insertable<LeadStageMoveTable>[] = [];
  readonly activities: Insertable<LeadActivityTable>[] = [];
  readonly screenings: Insertable<LeadAccessScreeningTable>[] = [];
  readonly attachments: Insertable<LeadAttachmentTable>[] = [];
  readonly targets: Insertable<ContestTargetTable>[] = [];

  constructor(
    readonly zoneCode: string,
    readonly zoneId: string,
    /** The seed's zone date (YYYY-MM-DD) and its timestamp. */
    readonly today: string,
    readonly now: string,
  ) {}

  /** An activity with no lead (a study trip to another zone, a team meeting). */
  addActivity(taskForceId: string, leadId: string | null, a: DemoActivity): void {
    const n = this.activities.length;
    const at = stampOn(a.happenedOn, this.now, n % 480);
    this.activities.push({
      id: demoId(this.zoneCode, 'activity', String(n)),
      zoneId: this.zoneId,
      leadId,
      taskForceId,
      kind: a.kind,
      subject: a.subject,
      happenedOn: a.happenedOn,
      endsOn: a.endsOn ?? null,
      city: a.city ?? null,
      participants: a.participants ?? null,
      counterparts: a.counterparts ?? null,
      notes: a.notes ?? null,
      recordedBy: a.recordedBy,
      isDemo: 1,
      createdAt: at,
      updatedAt: at,
    });
  }

  private addScreening(leadId: string, s: DemoScreening, recordedBy: string | null): void {
    this.screenings.push({
      id: demoId(this.zoneCode, 'screening', leadId, s.decidedOn),
      zoneId: this.zoneId,
      leadId,
      verdict: s.verdict,
      reasons: s.reasons,
      conditions: s.conditions ?? null,
      decidedBy: s.decidedBy,
      decidedOn: s.decidedOn,
      recordedBy,
      isDemo: 1,
      createdAt: stampOn(s.decidedOn, this.now, 60),
    });
  }

  private addContract(lead: DemoLead, leadId: string, signedOn: string, amountYuan: number): string {
    const id = demoId(this.zoneCode, 'attachment', leadId, 'contract');
    const text = [
      '【演示数据】本文件为演示用生成文本，不是真实合同。',
      `项目投资合作协议：${lead.name}`,
      `甲方：${this.zoneCode === 'changzi' ? '长子经济技术开发区管理委员会' : '清徐经济开发区管理委员会'}`,
      `乙方：${lead.investorName}`,
      `签约日期：${signedOn}`,
      `签约金额：${(amountYuan / 10_000).toLocaleString('zh-CN')}万元`,
      '',
    ].join('\n');
    const content = Buffer.from(text, 'utf8');
    this.attachments.push({
      id,
      zoneId: this.zoneId,
      leadId,
      kind: 'contract',
      fileName: `${lead.code}-投资合作协议（演示）.txt`,
      mediaType: 'text/plain; charset=utf-8',
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      uploadedBy: lead.ownerId,
      isDemo: 1,
      createdAt: stampOn(signedOn, this.now, 30),
    });
    return id;
  }

  /** Adds a lead with its moves, screenings, contract and activities; throws on a broken story. */
  addLead(lead: DemoLead): string {
    const id = demoId(this.zoneCode, 'lead', lead.key);
    const fail = (why: string) => new Error(`demo lead ${lead.code} ${lead.name}: ${why}`);
    for (const a of lead.activities) this.addActivity(lead.taskForceId, id, a);
    if (lead.screening) this.addScreening(id, lead.screening, lead.ownerId);
    const steps: { to: Stage; on: string; evidence: object; reason: string | null }[] = [];
    let contractId: string | null = null;
    if (lead.negotiatingOn) {
      const on = lead.negotiatingOn;
      const meetingCount = lead.activities.filter(
        (a) => (MEETING_KINDS as readonly string[]).includes(a.kind) && a.happenedOn <= on,
      ).length;
      if (meetingCount < 1) throw fail('negotiating without a meeting before it');
      steps.push({ to: 'negotiating', on, evidence: { meetingCount }, reason: null });
    }
    if (lead.signed) {
      const s = lead.signed;
      if (steps.length !== 1) throw fail('signed without negotiating');
      if (s.screening.verdict === 'reject' || s.screening.decidedOn > s.on) throw fail('no passing screening');
      this.addScreening(id, s.screening, lead.ownerId);
      contractId = this.addContract(lead, id, s.on, s.amountYuan);
      const evidence = {
        screeningVerdict: s.screening.verdict,
        signedOn: s.on,
        signedAmountYuan: s.amountYuan,
        contractAttachmentId: contractId,
      };
      steps.push({ to: 'signed', on: s.on, evidence, reason: null });
    }
    if (lead.landed) {
      const l = lead.landed;
      if (steps.length !== 2) throw fail('landed without signing');
      const evidence = { enterpriseId: l.enterpriseId, parcelId: l.parcelId, buildingId: l.buildingId };
      steps.push({ to: 'landed', on: l.on, evidence, reason: null });
    }
    if (lead.dropped) {
      const reason = lead.dropped.reason;
      steps.push({ to: 'dropped', on: lead.dropped.on, evidence: { reason }, reason });
    }
    let from: Stage = 'reserve';
    let previousOn = lead.registeredOn;
    let updatedAt = stampOn(lead.registeredOn, this.now);
    for (const [i, step] of steps.entries()) {
      if (step.on < previousOn || step.on > this.today) throw fail(`move to ${step.to} out of order`);
      const movedAt = stampOn(step.on, this.now, 120 + i);
      this.moves.push({
        id: demoId(this.zoneCode, 'move', id, String(i + 2)),
        zoneId: this.zoneId,
        leadId: id,
        seq: i + 2,
        kind: step.to === 'dropped' ? 'drop' : 'forward',
        fromStage: from,
        toStage: step.to,
        effectiveOn: step.on,
        reason: step.reason,
        evidence: JSON.stringify(step.evidence),
        undoesMoveId: null,
        undone: 0,
        movedBy: lead.ownerId,
        movedAt,
        isDemo: 1,
      });
      from = step.to;
      previousOn = step.on;
      if (movedAt > updatedAt) updatedAt = movedAt;
    }
    const past = lead.activities.map((a) => a.happenedOn).filter((d) => d <= this.today);
    const key = investorKey(lead.investorName);
    this.leads.push({
      id,
      zoneId: this.zoneId,
      code: lead.code,
      name: lead.name,
      stage: from,
      version: steps.length + 1,
      investorName: lead.investorName,
      investorUscc: lead.investorUscc ?? null,
      investorKey: key,
      investorPinyin: pinyinOf(key),
      searchKeys: pinyinSearchKeys(lead.name, lead.investorName),
      investorRegion: lead.investorRegion,
      investorProvince: lead.investorProvince,
      investorCity: lead.investorCity,
      industryCode: lead.industryCode,
      chainName: lead.chainName,
      plannedInvestmentYuan: lead.plannedInvestmentYuan,
      expectedOutputYuan: lead.expectedOutputYuan ?? null,
      expectedTaxYuan: lead.expectedTaxYuan ?? null,
      expectedJobs: lead.expectedJobs ?? null,
      landDemandMu: lead.landDemandMu ?? null,
      energyDemandTce: lead.energyDemandTce ?? null,
      methodId: lead.methodId,
      sourcePerson: lead.sourcePerson ?? null,
      ownerId: lead.ownerId,
      taskForceId: lead.taskForceId,
      targetParkId: lead.targetParkId,
      description: lead.description ?? null,
      registeredOn: lead.registeredOn,
      stageEnteredOn: previousOn,
      lastActivityOn: past.sort().at(-1) ?? null,
      signedOn: lead.signed?.on ?? null,
      signedAmountYuan: lead.signed?.amountYuan ?? null,
      contractAttachmentId: contractId,
      landedOn: lead.landed?.on ?? null,
      landedEnterpriseId: lead.landed?.enterpriseId ?? null,
      landedParcelId: lead.landed?.parcelId ?? null,
      landedBuildingId: lead.landed?.buildingId ?? null,
      droppedReason: lead.dropped?.reason ?? null,
      droppedFromStage: lead.dropped ? (steps.at(-2)?.to ?? 'reserve') : null,
      projectId: null,
      isDemo: 1,
      createdBy: lead.ownerId,
      createdAt: stampOn(lead.registeredOn, this.now),
      updatedAt,
    });
    return id;
  }
}
