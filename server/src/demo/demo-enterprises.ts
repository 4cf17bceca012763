import type { Insertable } from 'kysely';
import type { Db } from '../db/database.js';
import { insertClassifications } from '../features/enterprises/enterprise.repository.js';
import type { EnterpriseContactTable } from '../features/enterprises/enterprise.table.js';
import { type EnterpriseInput, insertEnterprises } from '../features/enterprises/enterprise.writer.js';
import {
  type GeneratedEnterprise,
  generateEnterprises,
  INDUSTRIAL_TRADES,
  OTHER_TRADES,
  seededRandom,
} from './demo-enterprise-generator.js';
import { DEMO_PROFILES, type DemoClassification } from './demo-enterprise-profiles.js';
import type { DemoZone } from './demo-zones.js';

/**
 * DEMO DATA: the registry's enterprises of a demo zone: the named ones with their profiles, plus
 * generated ones so that the zone totals match the articles. 清徐 (2023): 458 enterprises, 107 四上,
 * of which 49 规上工业 (四上 in the industry sector), and 9 高新技术. 长子: the article's 8 equipment
 * makers (3 named, 5 generated). Every row is_demo = 1; writes go through the enterprise writer so the
 * search index is built as for any other enterprise.
 */
export interface DemoIds {
  zoneId: string;
  park(code: string): string;
  enterprise(name: string): string;
  uscc(name: string): string;
}

interface Plan {
  park: string;
  industryCode: string;
  generated?: GeneratedEnterprise;
  classifications: DemoClassification[];
}

const QINGXU_TOTALS = { enterprises: 458, fourAbove: 107, aboveScaleIndustrial: 49, highTech: 9, year: 2023 };

/** The generated part of a zone: who they are and what they are classified as. */
function generatedPlans(zone: DemoZone): Plan[] {
  const random = seededRandom(zone.code === 'qingxu' ? 4581 : 8);
  const taken = new Set(zone.enterprises.map((e) => e.name));
  const parks = zone.parks.map((p) => p.code);
  const parkOf = (i: number) => parks[i % parks.length] ?? parks[0] ?? '';
  if (zone.code === 'changzi') {
    return generateEnterprises(random, '长子县', INDUSTRIAL_TRADES.slice(4, 8), 5, taken).map((g) => ({
      park: 'central',
      industryCode: '3511',
      generated: g,
      classifications: [],
    }));
  }
  if (zone.code !== 'qingxu') return [];
  const named = zone.enterprises.map((e) => DEMO_PROFILES[e.name]?.classifications ?? []);
  const count = (kind: string) => named.filter((list) => list.some((c) => c.kind === kind)).length;
  const { year } = QINGXU_TOTALS;
  const industrial = QINGXU_TOTALS.aboveScaleIndustrial - count('aboveScaleIndustrial');
  const otherFourAbove = QINGXU_TOTALS.fourAbove - QINGXU_TOTALS.aboveScaleIndustrial;
  const rest = QINGXU_TOTALS.enterprises - zone.enterprises.length - industrial - otherFourAbove;
  let highTech = QINGXU_TOTALS.highTech - count('highTech');
  const plans: Plan[] = [];
  for (const g of generateEnterprises(random, '清徐县', INDUSTRIAL_TRADES, industrial, taken)) {
    const classifications: DemoClassification[] = [
      { kind: 'aboveScaleIndustrial', year },
      { kind: 'fourAbove', year, sector: 'industry' },
    ];
    if (highTech-- > 0) classifications.push({ kind: 'highTech', year });
    plans.push({ park: parkOf(plans.length), industryCode: g.trade.industryCode, generated: g, classifications });
  }
  for (const g of generateEnterprises(random, '清徐县', OTHER_TRADES, otherFourAbove, taken)) {
    const classifications: DemoClassification[] = [{ kind: 'fourAbove', year, sector: g.trade.sector }];
    plans.push({ park: parkOf(plans.length), industryCode: g.trade.industryCode, generated: g, classifications });
  }
  const all = [...INDUSTRIAL_TRADES, ...OTHER_TRADES];
  for (const g of generateEnterprises(random, '清徐县', all, rest, taken)) {
    plans.push({ park: parkOf(plans.length), industryCode: g.trade.industryCode, generated: g, classifications: [] });
  }
  return plans;
}

export async function seedDemoEnterprises(trx: Db, zone: DemoZone, ids: DemoIds, now: string): Promise<void> {
  const stamp = { isDemo: 1, createdAt: now, updatedAt: now };
  const rows: EnterpriseInput[] = [];
  const classifications: { enterpriseId: string; list: DemoClassification[] }[] = [];
  const contacts: Insertable<EnterpriseContactTable>[] = [];
  for (const e of zone.enterprises) {
    const profile = DEMO_PROFILES[e.name];
    const id = ids.enterprise(e.name);
    rows.push({
      id,
      zoneId: ids.zoneId,
      parkId: ids.park(e.park),
      uscc: ids.uscc(e.name),
      name: e.name,
      formerNames: profile?.formerNames ? JSON.stringify(profile.formerNames) : null,
      legalRepresentative: profile?.legalRepresentative ?? null,
      registeredCapitalYuan: profile?.registeredCapitalYuan ?? null,
      foundedOn: profile?.foundedOn ?? null,
      address: profile?.address ?? null,
      employees: profile?.employees ?? null,
      status: 'operating',
      industryCode: e.industryCode,
      ...stamp,
    });
    classifications.push({ enterpriseId: id, list: profile?.classifications ?? [] });
    if (profile?.contact) {
      contacts.push({
        id: ids.enterprise(`${e.name}/contact`),
        enterpriseId: id,
        ...profile.contact,
        isPrimary: 1,
        ...stamp,
      });
    }
  }
  for (const [i, plan] of generatedPlans(zone).entries()) {
    const g = plan.generated;
    if (!g) continue;
    const id = ids.enterprise(g.name);
    rows.push({
      id,
      zoneId: ids.zoneId,
      parkId: ids.park(plan.park),
      uscc: ids.uscc(g.name),
      name: g.name,
      legalRepresentative: g.legalRepresentative,
      registeredCapitalYuan: g.registeredCapitalYuan,
      foundedOn: g.foundedOn,
      employees: g.employees,
      address: `${zone.name}${zone.parks.find((p) => p.code === plan.park)?.name ?? ''}`,
      // A few of the small ones have stopped or left, as in any real register.
      status: plan.classifications.length === 0 && i % 37 === 0 ? 'suspended' : 'operating',
      industryCode: plan.industryCode,
      ...stamp,
    });
    classifications.push({ enterpriseId: id, list: plan.classifications });
  }
  await insertEnterprises(trx, rows);
  await insertClassifications(
    trx,
    classifications.flatMap(({ enterpriseId, list }) =>
      list.map((c) => ({
        id: ids.enterprise(`${enterpriseId}/${c.kind}/${c.year}`),
        enterpriseId,
        zoneId: ids.zoneId,
        kind: c.kind,
        sector: c.sector ?? null,
        level: c.level ?? null,
        year: c.year,
        isDemo: 1,
        createdAt: now,
      })),
    ),
  );
  if (contacts.length > 0) await trx.insertInto('enterpriseContacts').values(contacts).execute();
}
