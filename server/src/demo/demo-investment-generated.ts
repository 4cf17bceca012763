import { type ActivityKind, daysBetween, periodOf, type Stage } from '@zonehub/investment-rules';
import { BRAND_WORDS } from './demo-enterprise-generator.js';
import type { DemoSite, DemoStaff, ZoneSeed } from './demo-investment.js';
import { type DemoActivity, type DemoLead, shift } from './demo-investment-rows.js';
import {
  CALL_SUBJECTS,
  DROP_REASONS,
  INVESTOR_ORIGINS,
  LOOSE_SUBJECTS,
  MEETING_SUBJECTS,
  NOTE_SUBJECTS,
  TASK_FORCE_VOCABULARY,
} from './demo-investment-vocabulary.js';

/**
 * DEMO DATA (investment): a year of generated leads and activities before the seed date, spread
 * over every task force with a strength per task force and per quarter, so the contest ranks them
 * differently for the current quarter, the previous one and the year. Some leads are dropped with a
 * reason, some fall idle (no activity for weeks) so reminders show. Seeded PRNG: same rows every run.
 */
export interface GenerateOptions {
  leads: number;
  /** Activities without a lead: trips to collect project information, task-force meetings. */
  looseActivities: number;
  /** A person who must own a lead in every pool of that task force (the demo account). */
  ownerOfAllPools: { taskForce: string; ownerId: string } | null;
  /** How many follow-up activities a lead gets beyond its first contact and meeting (default 1–7). */
  followUps?: [min: number, max: number];
}

const FORCED: Stage[] = ['reserve', 'negotiating', 'signed', 'landed', 'dropped'];

export function generateDemoLeads(seed: ZoneSeed, options: GenerateOptions): void {
  const { random, rows } = seed;
  const today = rows.today;
  const windowStart = shift(today, -364);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const taskForces = seed.zone.taskForces;
  const strength = new Map(taskForces.map((tf) => [tf, 0.4 + random() * 1.2]));
  const quarterly = new Map<string, number>();
  const boost = (tf: string, date: string) => {
    const key = `${tf}/${periodOf('quarter', date).key}`;
    let m = quarterly.get(key);
    if (m === undefined) {
      m = 0.2 + random() * 0.8;
      quarterly.set(key, m);
    }
    return m;
  };
  const total = [...strength.values()].reduce((a, b) => a + b, 0);
  const pickTaskForce = () => {
    let r = random() * total;
    for (const [tf, s] of strength) {
      r -= s;
      if (r <= 0) return tf;
    }
    return taskForces[0] ?? '';
  };
  /** A day in the window, more likely in the quarters the task force was busy. */
  const busyDay = (tf: string) => {
    for (let tries = 0; ; tries++) {
      const day = shift(windowStart, int(0, 364));
      if (tries > 20 || random() < boost(tf, day)) return day;
    }
  };
  const pickStaff = (tf: string): DemoStaff | null => {
    const people = seed.staff.get(tf) ?? [];
    return people.length === 0
      ? null
      : (people[Math.min(people.length - 1, Math.floor(random() ** 1.5 * people.length))] ?? null);
  };
  const localCity = seed.zone.code === 'changzi' ? '长治市' : '太原市';

  const leads: DemoLead[] = [];
  for (let i = 0; i < options.leads; i++) {
    const forced = options.ownerOfAllPools && i < FORCED.length ? FORCED[i] : undefined;
    const taskForce = forced ? (options.ownerOfAllPools?.taskForce ?? '') : pickTaskForce();
    const vocabulary = TASK_FORCE_VOCABULARY[taskForce];
    if (!vocabulary) throw new Error(`demo: no vocabulary for ${taskForce}`);
    const [project, industryCode, trade] = pick(vocabulary.projects);
    const [region, province, city] = pick(INVESTOR_ORIGINS);
    const brand = pick(BRAND_WORDS);
    const owner = forced ? { id: options.ownerOfAllPools?.ownerId ?? '', name: '' } : pickStaff(taskForce);
    const registeredOn = forced ? shift(windowStart, 5 * i) : busyDay(taskForce);
    const planned = Math.round(10 ** (7.3 + random() * 1.6) / 1_000_000) * 1_000_000;

    // The lead's path: how far it gets, each step a few weeks after the last, never past today.
    const wants = {
      negotiating: forced ? forced !== 'reserve' && forced !== 'dropped' : random() < 0.6,
      signed: forced ? forced === 'signed' || forced === 'landed' : random() < 0.45,
      landed: forced ? forced === 'landed' : random() < 0.5,
      dropped: forced ? forced === 'dropped' : random() < 0.1,
    };
    const negotiatingOn = shift(registeredOn, int(10, 60));
    const signedOn = shift(negotiatingOn, int(20, 90));
    const landedOn = shift(signedOn, int(15, 75));
    const lead: DemoLead = {
      key: `gen/${i}`,
      code: '',
      name: `${brand}${project}项目`,
      investorName: `${city.replace(/市$/, '')}${brand}${trade}有限公司`,
      investorRegion: region,
      investorProvince: province,
      investorCity: city,
      industryCode,
      chainName: vocabulary.chain,
      plannedInvestmentYuan: planned,
      expectedOutputYuan: Math.round((planned * (0.8 + random())) / 100_000) * 100_000,
      expectedTaxYuan: Math.round((planned * (0.03 + random() * 0.05)) / 10_000) * 10_000,
      expectedJobs: int(20, 400),
      landDemandMu: Math.round(planned / 3_000_000),
      energyDemandTce: int(2, 60) * 100,
      methodId: seed.methodId(pick(vocabulary.methods)),
      sourcePerson: pick(['招商局', '商会推荐', '企业推荐', '专班走访', '网络平台']),
      ownerId: owner?.id ?? null,
      taskForceId: seed.taskForceId(taskForce),
      targetParkId: seed.parkId(vocabulary.park),
      registeredOn,
      activities: [],
    };
    let end = registeredOn;
    if (wants.negotiating && negotiatingOn <= today) {
      lead.negotiatingOn = negotiatingOn;
      end = negotiatingOn;
      if (wants.signed && signedOn <= today) {
        const verdict = random() < 0.8 ? 'pass' : 'conditional';
        lead.signed = {
          on: signedOn,
          amountYuan: Math.round((planned * (0.8 + random() * 0.3)) / 100_000) * 100_000,
          screening: {
            verdict,
            reasons: '符合园区产业定位，污染物排放满足总量控制要求。',
            conditions: verdict === 'conditional' ? '须配套建设污水预处理设施，环评批复后方可开工。' : null,
            decidedBy: '环保服务所',
            decidedOn: shift(signedOn, -int(3, 15)),
          },
        };
        end = signedOn;
        if (wants.landed && landedOn <= today) {
          const site = siteFor(seed.sites, industryCode, random);
          if (site) {
            lead.landed = {
              on: landedOn,
              enterpriseId: site.enterpriseId,
              parcelId: site.parcelId,
              buildingId: site.buildingId,
            };
            lead.targetParkId = site.parkId;
            end = landedOn;
          }
        }
      }
    }
    // A lead left far past its pool's limit is usually given up; the rest stay as stale reminders.
    const limit = lead.signed ? 180 : lead.negotiatingOn ? 120 : 90;
    const stuck = !lead.landed && !forced && daysBetween(end, today) > limit && random() < 0.45;
    const droppedOn = shift(end, stuck ? int(30, limit) : int(10, 60));
    if ((wants.dropped || stuck) && !lead.landed && droppedOn <= today) {
      const reason = pick(DROP_REASONS);
      lead.dropped = { on: droppedOn, reason };
      if (reason.startsWith('环保') && !lead.signed)
        lead.screening = {
          verdict: 'reject',
          reasons: '项目能耗和排放超出园区环境容量。',
          decidedBy: '环保服务所',
          decidedOn: shift(droppedOn, -int(1, 9)),
        };
    }

    // Activities: a first contact, a meeting before negotiating, then follow-ups until the lead is
    // dropped, or a month after landing, or today (or weeks before today for the idle ones).
    const recorder = () => (random() < 0.6 ? owner : pickStaff(taskForce)) ?? owner;
    const activity = (kind: ActivityKind, on: string, subject: string): DemoActivity => ({
      kind,
      subject,
      happenedOn: on,
      endsOn: kind === 'outboundVisit' ? shift(on, int(1, 3)) : null,
      city: kind === 'outboundVisit' ? city : localCity,
      participants: [owner?.name, pickStaff(taskForce)?.name].filter(Boolean).join('、') || null,
      counterparts: lead.investorName,
      recordedBy: recorder()?.id ?? null,
    });
    const firstOn = shift(registeredOn, int(0, 5));
    lead.activities.push(
      activity(random() < 0.6 ? 'call' : 'note', [firstOn, today].sort()[0] ?? today, pick(CALL_SUBJECTS)),
    );
    if (lead.negotiatingOn) {
      const kind = pick<ActivityKind>(['outboundVisit', 'outboundVisit', 'inboundVisit', 'inboundVisit', 'meeting']);
      const on = shift(lead.negotiatingOn, -int(0, 6));
      lead.activities.push(
        activity(kind, [on, registeredOn].sort()[1] ?? on, visitSubject(kind, lead.investorName, project)),
      );
    }
    let last = lead.dropped?.on ?? (lead.landed ? shift(lead.landed.on, 30) : today);
    const open = !lead.landed && !lead.dropped;
    const idle = open && !forced && random() < 0.1;
    if (idle) last = shift(today, -int(35, 100));
    if (last > today) last = today;
    // An idle lead's last word is `last`: quiet for 35 to 100 days, not since some random earlier day.
    // Written without the PRNG, so every other lead comes out as it did before this call was added.
    if (idle && last > registeredOn)
      lead.activities.push({
        kind: 'call',
        subject: CALL_SUBJECTS[0] ?? '',
        happenedOn: last,
        endsOn: null,
        city: localCity,
        participants: owner?.name || null,
        counterparts: lead.investorName,
        recordedBy: owner?.id ?? null,
      });
    const span = Math.max(0, (Date.parse(last) - Date.parse(registeredOn)) / 86_400_000);
    const [fewest, most] = options.followUps ?? [1, 7];
    const extra = span < 7 ? 0 : int(fewest, most);
    for (let k = 0; k < extra; k++) {
      const on = shift(registeredOn, int(1, span));
      const kind = pick<ActivityKind>([
        'call',
        'call',
        'call',
        'meeting',
        'meeting',
        'outboundVisit',
        'inboundVisit',
        'note',
        'note',
      ]);
      const subject =
        kind === 'call'
          ? pick(CALL_SUBJECTS)
          : kind === 'meeting'
            ? pick(MEETING_SUBJECTS)
            : kind === 'note'
              ? pick(NOTE_SUBJECTS)
              : visitSubject(kind, lead.investorName, project);
      lead.activities.push(activity(kind, on, subject));
    }
    // Open leads are followed up within the month, except the idle ones the reminders are for.
    const recent = shift(today, -int(2, 25));
    if (open && !idle && recent > registeredOn) lead.activities.push(activity('call', recent, pick(CALL_SUBJECTS)));
    leads.push(lead);
  }
  // Codes follow registration, as they do when staff enter leads one by one.
  leads.sort((a, b) => (a.registeredOn < b.registeredOn ? -1 : a.registeredOn > b.registeredOn ? 1 : 0));
  for (const lead of leads) rows.addLead({ ...lead, code: seed.nextCode(lead.registeredOn.slice(0, 4)) });

  for (let i = 0; i < options.looseActivities; i++) {
    const taskForce = pickTaskForce();
    const [kind, subject] = pick(LOOSE_SUBJECTS);
    const [, , city] = pick(INVESTOR_ORIGINS);
    const on = busyDay(taskForce);
    const person = pickStaff(taskForce);
    rows.addActivity(seed.taskForceId(taskForce), null, {
      kind,
      subject: kind === 'outboundVisit' ? `赴${city}${subject}` : subject,
      happenedOn: on,
      endsOn: kind === 'outboundVisit' ? shift(on, int(1, 4)) : null,
      city: kind === 'outboundVisit' ? city : localCity,
      participants: person?.name ?? null,
      recordedBy: person?.id ?? null,
    });
  }
}

function visitSubject(kind: ActivityKind, investor: string, project: string): string {
  if (kind === 'outboundVisit') return `赴${investor}考察洽谈${project}项目`;
  if (kind === 'inboundVisit') return `${investor}来访考察${project}项目选址`;
  return `${project}项目洽谈会`;
}

/** An enterprise of the same trade (by GB/T division) with a site, or any with a site. */
function siteFor(sites: readonly DemoSite[], industryCode: string, random: () => number): DemoSite | undefined {
  const same = sites.filter((s) => s.industryCode?.slice(0, 2) === industryCode.slice(0, 2));
  const pool = same.length > 0 ? same : sites;
  return pool[Math.floor(random() * pool.length)];
}
