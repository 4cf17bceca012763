import type { Db } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { lastChangeWords } from '../audit/last-change.js';

/**
 * The 409 for a stale version of a project or a milestone: names it, who changed it last and when (in
 * the zone's time), and its version now, so the later of two saves knows what happened.
 */
export async function versionConflict(
  db: Db,
  entityType: 'project' | 'projectMilestone' | 'agencyItem',
  current: { id: string; name: string; version: number; zoneId: string; updatedAt: string },
): Promise<AppError> {
  const { by, at } = await lastChangeWords(db, { type: entityType, ...current });
  return new AppError('project.versionConflict', { name: current.name, by, at, version: Number(current.version) });
}
