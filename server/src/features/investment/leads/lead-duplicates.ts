import { duplicateReason, investorKey } from '@zonehub/investment-rules';
import { type Expression, type SqlBool, sql } from 'kysely';
import { contains } from '../../../db/contains.js';
import type { Db } from '../../../db/database.js';
import type { Scope } from '../../../http/context.js';
import { nameKeys } from '../../enterprises/enterprise-names.js';
import { inLeadScope } from '../lead-scope.js';
import { LEAD_SCOPE } from './lead.repository.js';
import type { DuplicateMatch } from './lead.schema.js';

/**
 * The duplicate warning (issue 4, item 5). Candidates come from the whole zone, not only the
 * caller's scope, so that two task forces do not chase one investor unknowingly; a match the caller
 * may not see is named with its code, investor and task force only. SQL narrows the candidates (same
 * credit code, key or pinyin, or a key sharing a two-character piece, most shared pieces first);
 * duplicateReason() from the rules package decides.
 */
const MAX_CANDIDATES = 300;
const MAX_MATCHES = 20;

export interface InvestorKeys {
  key: string;
  pinyin: string;
}

export function investorKeys(investorName: string): InvestorKeys {
  const key = investorKey(investorName);
  return { key, pinyin: nameKeys(key).namePinyin };
}

function distinctBigrams(key: string): string[] {
  const chars = [...key];
  if (chars.length < 2) return chars.length === 1 ? [key] : [];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  return [...grams];
}

const RANK: Record<DuplicateMatch['reason'], number> = { uscc: 0, sameName: 1, samePinyin: 2, contains: 3, similar: 4 };

export async function findDuplicates(
  db: Db,
  scope: Scope,
  entered: { investorName: string; investorUscc?: string | null | undefined; excludeId?: string | undefined },
): Promise<DuplicateMatch[]> {
  const keys = investorKeys(entered.investorName);
  const uscc = entered.investorUscc?.trim() || null;
  if (keys.key === '' && uscc === null) return [];
  const grams = distinctBigrams(keys.key).slice(0, 40);
  const shared = grams.length
    ? sql<number>`(${sql.join(
        grams.map((g) => sql`case when ${contains('leads.investorKey', g)} then 1 else 0 end`),
        sql` + `,
      )})`
    : sql<number>`0`;
  const visible = sql<number>`case when ${inLeadScope(scope, LEAD_SCOPE)} then 1 else 0 end`;
  const rows = await db
    .selectFrom('leads')
    .leftJoin('orgUnits as taskForce', 'taskForce.id', 'leads.taskForceId')
    .select([
      'leads.id',
      'leads.code',
      'leads.name',
      'leads.stage',
      'leads.investorName',
      'leads.investorKey',
      'leads.investorPinyin',
      'leads.investorUscc',
      'taskForce.name as taskForceName',
      visible.as('visible'),
      shared.as('shared'),
    ])
    .where('leads.zoneId', '=', scope.zoneId)
    .$if(entered.excludeId !== undefined, (q) => q.where('leads.id', '!=', entered.excludeId ?? ''))
    .where((eb) => {
      const any: Expression<SqlBool>[] = [];
      if (uscc) any.push(eb('leads.investorUscc', '=', uscc));
      if (keys.key !== '') any.push(eb('leads.investorKey', '=', keys.key));
      if (keys.pinyin !== '') any.push(eb('leads.investorPinyin', '=', keys.pinyin));
      for (const gram of grams) any.push(contains('leads.investorKey', gram));
      return eb.or(any);
    })
    .orderBy(sql`case when ${sql.ref('leads.investorUscc')} = ${uscc ?? ''} then 1 else 0 end`, 'desc')
    .orderBy(sql`shared`, 'desc')
    .orderBy('leads.updatedAt', 'desc')
    .limit(MAX_CANDIDATES)
    .execute();
  const matches: DuplicateMatch[] = [];
  for (const row of rows) {
    const reason = duplicateReason(
      { ...keys, uscc },
      { key: row.investorKey, pinyin: row.investorPinyin, uscc: row.investorUscc },
    );
    if (reason === null) continue;
    const seen = Number(row.visible) === 1;
    matches.push({
      leadId: seen ? row.id : null,
      code: row.code,
      name: seen ? row.name : null,
      investorName: row.investorName,
      stage: seen ? row.stage : null,
      taskForceName: row.taskForceName,
      reason,
      visible: seen,
    });
  }
  return matches.sort((a, b) => RANK[a.reason] - RANK[b.reason]).slice(0, MAX_MATCHES);
}
