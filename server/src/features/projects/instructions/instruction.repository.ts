import { rolesWith } from '@zonehub/access';
import type { Db } from '../../../db/database.js';
import type { InstructionRecipientTable, NewInstruction } from './instruction.table.js';

/** All SQL of leaders' instructions (批示): the records, their recipients, and the targets they name. */

function instructionsQuery(db: Db) {
  return db
    .selectFrom('instructions as i')
    .innerJoin('users as author', 'author.id', 'i.authorId')
    .leftJoin('projects', 'projects.id', 'i.projectId')
    .selectAll('i')
    .select(['author.displayName as authorName', 'projects.name as projectName']);
}
export type InstructionWithNames = Awaited<ReturnType<ReturnType<typeof instructionsQuery>['executeTakeFirstOrThrow']>>;

export async function insertInstruction(db: Db, row: NewInstruction, recipientIds: string[]): Promise<void> {
  await db.insertInto('instructions').values(row).execute();
  await db
    .insertInto('instructionRecipients')
    .values(
      recipientIds.map((userId) => ({
        instructionId: row.id,
        userId,
        readAt: null,
        acknowledgedAt: null,
        reply: null,
      })),
    )
    .execute();
}

export function findInstruction(db: Db, zoneId: string, id: string) {
  return instructionsQuery(db).where('i.zoneId', '=', zoneId).where('i.id', '=', id).executeTakeFirst();
}

/** Recipients of the given instructions with their names and read/acknowledged state. */
export function recipientsOf(db: Db, instructionIds: string[]) {
  if (instructionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('instructionRecipients as r')
    .innerJoin('users', 'users.id', 'r.userId')
    .select(['r.instructionId', 'r.userId', 'users.displayName', 'r.readAt', 'r.acknowledgedAt', 'r.reply'])
    .where('r.instructionId', 'in', instructionIds)
    .orderBy('users.displayName')
    .execute();
}
export type RecipientRow = Awaited<ReturnType<typeof recipientsOf>>[number];

export interface Page {
  limit: number;
  offset: number;
}

async function paged(
  query: ReturnType<typeof instructionsQuery>,
  page: Page,
): Promise<{ items: InstructionWithNames[]; total: number }> {
  const [items, total] = await Promise.all([
    query.orderBy('i.createdAt', 'desc').orderBy('i.id').limit(page.limit).offset(page.offset).execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** 我的批示: what the author wrote in the zone, newest first. */
export function listByAuthor(db: Db, zoneId: string, authorId: string, page: Page) {
  return paged(instructionsQuery(db).where('i.zoneId', '=', zoneId).where('i.authorId', '=', authorId), page);
}

/** 收到的批示: what is addressed to the user in the zone; `pending` keeps those not yet acknowledged. */
export function listReceived(db: Db, zoneId: string, userId: string, pending: boolean, page: Page) {
  const query = instructionsQuery(db)
    .where('i.zoneId', '=', zoneId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('instructionRecipients as mine')
          .select('mine.userId')
          .whereRef('mine.instructionId', '=', 'i.id')
          .where('mine.userId', '=', userId)
          .$if(pending, (q) => q.where('mine.acknowledgedAt', 'is', null)),
      ),
    );
  return paged(query, page);
}

/** Every instruction on a project, its milestones and its action items (the project page's list). */
export function listForProject(db: Db, zoneId: string, projectId: string) {
  return instructionsQuery(db)
    .where('i.zoneId', '=', zoneId)
    .where('i.projectId', '=', projectId)
    .orderBy('i.createdAt', 'desc')
    .orderBy('i.id')
    .limit(500)
    .execute();
}

export async function markRead(db: Db, instructionId: string, userId: string, at: string): Promise<void> {
  await db
    .updateTable('instructionRecipients')
    .set({ readAt: at })
    .where('instructionId', '=', instructionId)
    .where('userId', '=', userId)
    .where('readAt', 'is', null)
    .execute();
}

export async function acknowledge(
  db: Db,
  instructionId: string,
  userId: string,
  set: Pick<InstructionRecipientTable, 'readAt' | 'acknowledgedAt' | 'reply'>,
): Promise<void> {
  await db
    .updateTable('instructionRecipients')
    .set(set)
    .where('instructionId', '=', instructionId)
    .where('userId', '=', userId)
    .execute();
}

/** A milestone of the zone with its project's task force (the caller's project scope is checked after). */
export function findMilestoneTarget(db: Db, zoneId: string, id: string) {
  return db
    .selectFrom('projectMilestones as m')
    .innerJoin('projects', 'projects.id', 'm.projectId')
    .select(['m.id', 'm.name', 'm.ownerId', 'm.projectId', 'projects.taskForceId'])
    .where('m.zoneId', '=', zoneId)
    .where('m.id', '=', id)
    .executeTakeFirst();
}

/** A notification the user received in the zone: what it is about. */
export function findNotification(db: Db, zoneId: string, userId: string, id: string) {
  return db
    .selectFrom('notifications')
    .select(['id', 'subjectType', 'subjectId', 'link'])
    .where('zoneId', '=', zoneId)
    .where('userId', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Who of the given users (an item's owner) and of the task force's members may receive an
 * instruction: active, in the zone, in a role holding instruction.view.
 */
export async function recipientCandidates(
  db: Db,
  zoneId: string,
  userIds: string[],
  taskForceId: string | null,
): Promise<{ id: string; displayName: string }[]> {
  if (userIds.length === 0 && taskForceId === null) return [];
  return db
    .selectFrom('userZoneRoles')
    .innerJoin('users', 'users.id', 'userZoneRoles.userId')
    .select(['users.id', 'users.displayName'])
    .distinct()
    .where('userZoneRoles.zoneId', '=', zoneId)
    .where('userZoneRoles.role', 'in', rolesWith('instruction.view'))
    .where('users.active', '=', 1)
    .where((eb) => {
      const ors = [];
      if (userIds.length > 0) ors.push(eb('users.id', 'in', userIds));
      if (taskForceId !== null)
        ors.push(
          eb.exists(
            eb
              .selectFrom('userOrgUnits')
              .select('userOrgUnits.userId')
              .whereRef('userOrgUnits.userId', '=', 'users.id')
              .where('userOrgUnits.orgUnitId', '=', taskForceId),
          ),
        );
      return eb.or(ors);
    })
    .orderBy('users.displayName')
    .execute();
}
