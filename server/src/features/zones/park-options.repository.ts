import type { Db } from '../../db/database.js';
import type { Scope } from '../../http/context.js';

/**
 * The parks of the caller's zone that the caller may see and pick: every park for zone-wide roles,
 * their own parks for park staff, their enterprise's park for an enterprise user.
 */
export function parksInScope(db: Db, scope: Scope) {
  const parks = db.selectFrom('parks').select(['id', 'code', 'name']).where('parks.zoneId', '=', scope.zoneId);
  const scoped =
    scope.enterpriseId !== null
      ? parks.where(
          'parks.id',
          'in',
          db
            .selectFrom('enterprises')
            .select('enterprises.parkId')
            .where('enterprises.id', '=', scope.enterpriseId)
            .$narrowType<{ parkId: string }>(),
        )
      : scope.parkIds !== null
        ? parks.where('parks.id', 'in', scope.parkIds.length > 0 ? [...scope.parkIds] : [''])
        : parks;
  return scoped.orderBy('parks.sortOrder').orderBy('parks.code').execute();
}
