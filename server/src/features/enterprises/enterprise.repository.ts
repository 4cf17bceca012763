import { contains } from '../../db/contains.js';
import type { Db } from '../../db/database.js';
import { inScope } from '../../db/scope-filter.js';
import type { Scope } from '../../http/context.js';
import type { EnterpriseStatus } from './enterprise.table.js';

export interface EnterpriseListFilter {
  q?: string | undefined;
  parkId?: string | undefined;
  status?: EnterpriseStatus | undefined;
  sort: 'name' | 'uscc' | 'createdAt';
  order: 'asc' | 'desc';
}

function scoped(db: Db, scope: Scope, filter: EnterpriseListFilter) {
  let query = db
    .selectFrom('enterprises')
    .leftJoin('parks', 'parks.id', 'enterprises.parkId')
    .where(inScope(scope, { zone: 'enterprises.zoneId', park: 'enterprises.parkId', enterprise: 'enterprises.id' }));
  if (filter.q) {
    const text = filter.q;
    query = query.where((eb) => eb.or([contains('enterprises.name', text), contains('enterprises.uscc', text)]));
  }
  if (filter.parkId) query = query.where('enterprises.parkId', '=', filter.parkId);
  if (filter.status) query = query.where('enterprises.status', '=', filter.status);
  return query;
}

export async function countEnterprises(db: Db, scope: Scope, filter: EnterpriseListFilter): Promise<number> {
  const row = await scoped(db, scope, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listEnterprises(
  db: Db,
  scope: Scope,
  filter: EnterpriseListFilter,
  offset: number,
  limit: number,
) {
  return scoped(db, scope, filter)
    .select([
      'enterprises.id',
      'enterprises.uscc',
      'enterprises.name',
      'enterprises.parkId',
      'parks.name as parkName',
      'enterprises.status',
      'enterprises.industryCode',
    ])
    .orderBy(`enterprises.${filter.sort}`, filter.order)
    .orderBy('enterprises.id')
    .offset(offset)
    .limit(limit)
    .execute();
}
