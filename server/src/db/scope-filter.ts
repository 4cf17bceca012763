import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Scope } from '../http/context.js';

/**
 * The data-scope condition for a table, to put in a WHERE: the zone always; the caller's parks for
 * park staff; the caller's own enterprise for enterprise users. `cols` names the table's columns
 * (qualified when the query joins), and a column left out means the table has no such link.
 */
export interface ScopeColumns {
  zone: string;
  park?: string;
  enterprise?: string;
  /**
   * SQLite only: write the zone test as `+zone_id = ?` so the planner cannot drive the query from a
   * zone index. For a search, the matches (a few out of many in one zone) must drive it instead.
   */
  zoneUnindexed?: boolean;
}

const FALSE: RawBuilder<SqlBool> = sql<SqlBool>`1 = 0`;

export function inScope(scope: Scope, cols: ScopeColumns): Expression<SqlBool> {
  const zone = cols.zoneUnindexed ? sql`+${sql.ref(cols.zone)}` : sql.ref(cols.zone);
  const parts: Expression<SqlBool>[] = [sql<SqlBool>`${zone} = ${scope.zoneId}`];
  if (scope.parkIds !== null) {
    if (!cols.park || scope.parkIds.length === 0) return FALSE;
    parts.push(sql<SqlBool>`${sql.ref(cols.park)} in (${sql.join(scope.parkIds)})`);
  }
  if (scope.enterpriseId !== null) {
    if (!cols.enterprise || scope.enterpriseId === '') return FALSE;
    parts.push(sql<SqlBool>`${sql.ref(cols.enterprise)} = ${scope.enterpriseId}`);
  }
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}
