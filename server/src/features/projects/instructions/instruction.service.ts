import type { Db } from '../../../db/database.js';
import type { AppContext, Caller } from '../../../http/context.js';
import { AppError, notFound } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import { notify } from '../../notifications/notify.js';
import { findOutcome } from '../meetings/meeting-outcome.repository.js';
import { viewerOf } from '../meetings/meeting-view.js';
import { projectInScope } from '../milestone.service.js';
import * as repo from './instruction.repository.js';
import type { AcknowledgeBody, CreateInstructionBody, Instruction, ListQuery, Receipt } from './instruction.schema.js';
import type { InstructionTargetType } from './instruction.table.js';
import { instructionFieldError } from './instruction-messages.js';

/**
 * Leaders' instructions (批示): a leader writes one on a project, a milestone or a meeting's action
 * item (or on a notification, which names one of those); it reaches the item's owner and the task
 * force pushing it, each told by a notification, and stays on the record with who read and
 * acknowledged it. Everything is looked up in the caller's zone and project/meeting scope.
 */

interface Target {
  type: InstructionTargetType;
  id: string;
  name: string;
  projectId: string | null;
  link: string;
  ownerIds: string[];
  taskForceId: string | null;
}

const refuse = (locale: Locale, code: 'notificationWithoutItem' | 'noRecipients' | 'notAnAction') =>
  new AppError('validation.failed', { count: 1 }, [instructionFieldError(locale, 'body.targetId', code)]);

async function resolveTarget(
  db: Db,
  caller: Caller,
  type: InstructionTargetType,
  id: string,
  locale: Locale,
): Promise<Target> {
  const zoneId = caller.scope.zoneId;
  switch (type) {
    case 'project': {
      const project = await projectInScope(db, caller, id);
      const link = `/projects/${project.id}`;
      return {
        type,
        id,
        name: project.name,
        projectId: project.id,
        link,
        ownerIds: [],
        taskForceId: project.taskForceId,
      };
    }
    case 'milestone': {
      const item = await repo.findMilestoneTarget(db, zoneId, id);
      if (!item) throw notFound('milestone');
      await projectInScope(db, caller, item.projectId);
      return {
        type,
        id,
        name: item.name,
        projectId: item.projectId,
        link: `/projects/${item.projectId}`,
        ownerIds: item.ownerId ? [item.ownerId] : [],
        taskForceId: item.taskForceId,
      };
    }
    case 'actionItem': {
      const action = await findOutcome(db, viewerOf(caller), id);
      if (!action || action.zoneId !== zoneId) throw notFound('meetingOutcome');
      if (action.kind !== 'action') throw refuse(locale, 'notAnAction');
      return {
        type,
        id,
        name: action.text,
        projectId: action.projectId,
        link: `/projects/meetings/${action.meetingId}`,
        ownerIds: action.ownerId ? [action.ownerId] : [],
        taskForceId: action.taskForceId,
      };
    }
  }
}

/** A notification the leader received names the item it tells about; the instruction goes on that item. */
async function targetOfNotification(db: Db, caller: Caller, id: string, locale: Locale) {
  const n = await repo.findNotification(db, caller.scope.zoneId, caller.principal.userId, id);
  if (!n) throw notFound('notification');
  const type: InstructionTargetType | null =
    n.subjectType === 'milestone'
      ? 'milestone'
      : n.subjectType === 'meetingOutcome'
        ? 'actionItem'
        : n.subjectType === 'project'
          ? 'project'
          : null;
  if (type === null || n.subjectId === null) throw refuse(locale, 'notificationWithoutItem');
  return resolveTarget(db, caller, type, n.subjectId, locale);
}

const excerpt = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max)}…` : text);

export async function createInstruction(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  body: CreateInstructionBody,
  locale: Locale,
): Promise<Instruction> {
  const target =
    body.targetType === 'notification'
      ? await targetOfNotification(trx, caller, body.targetId, locale)
      : await resolveTarget(trx, caller, body.targetType, body.targetId, locale);
  const zoneId = caller.scope.zoneId;
  const recipients = (await repo.recipientCandidates(trx, zoneId, target.ownerIds, target.taskForceId)).filter(
    (u) => u.id !== caller.principal.userId,
  );
  if (recipients.length === 0) throw refuse(locale, 'noRecipients');
  const id = crypto.randomUUID();
  const now = ctx.clock.now();
  await repo.insertInstruction(
    trx,
    {
      id,
      zoneId,
      authorId: caller.principal.userId,
      targetType: target.type,
      targetId: target.id,
      projectId: target.projectId,
      targetName: target.name,
      link: target.link,
      viaNotificationId: body.targetType === 'notification' ? body.targetId : null,
      text: body.text,
      isDemo: 0,
      createdAt: now.toISOString(),
    },
    recipients.map((u) => u.id),
  );
  const after = await instructionIn(trx, caller, id);
  for (const user of recipients)
    await notify(trx, {
      zoneId,
      userId: user.id,
      kind: 'instructionReceived',
      params: {
        authorName: caller.principal.displayName,
        itemName: target.name,
        projectName: target.type === 'project' ? null : after.projectName,
        text: excerpt(body.text),
      },
      // Every recipient may open the received list; not every one may open the project.
      link: `/projects/instructions?id=${id}`,
      subjectType: 'instruction',
      subjectId: id,
      dedupeKey: `instruction:${id}`,
      now,
    });
  await recordChange(trx, ctx, caller.principal, {
    action: 'instruction.create',
    entityType: 'instruction',
    entityId: id,
    zoneId,
    after,
  });
  return after;
}

/** Whether the caller may read the instruction: its author, a recipient, or who sees its project. */
async function mayRead(db: Db, caller: Caller, row: repo.InstructionWithNames, mine: boolean): Promise<boolean> {
  if (mine || row.authorId === caller.principal.userId) return true;
  if (row.projectId === null || caller.scope.enterpriseId !== null) return false;
  try {
    await projectInScope(db, caller, row.projectId);
    return true;
  } catch {
    return false;
  }
}

function toInstruction(row: repo.InstructionWithNames, receipts: Receipt[], userId: string): Instruction {
  return {
    id: row.id,
    authorId: row.authorId,
    authorName: row.authorName,
    targetType: row.targetType,
    targetId: row.targetId,
    targetName: row.targetName,
    projectId: row.projectId,
    projectName: row.projectName,
    viaNotificationId: row.viaNotificationId,
    link: row.link,
    text: row.text,
    createdAt: row.createdAt,
    recipients: receipts,
    mine: receipts.find((r) => r.userId === userId) ?? null,
  };
}

async function withReceipts(db: Db, caller: Caller, rows: repo.InstructionWithNames[]): Promise<Instruction[]> {
  const receipts = await repo.recipientsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    toInstruction(
      row,
      receipts.filter((r) => r.instructionId === row.id).map(({ instructionId: _i, ...receipt }) => receipt),
      caller.principal.userId,
    ),
  );
}

/** One instruction the caller may read, or 404 (nothing tells them it exists). */
export async function instructionIn(db: Db, caller: Caller, id: string): Promise<Instruction> {
  const row = await repo.findInstruction(db, caller.scope.zoneId, id);
  if (!row) throw notFound('instruction');
  const [view] = await withReceipts(db, caller, [row]);
  if (!view || !(await mayRead(db, caller, row, view.mine !== null))) throw notFound('instruction');
  return view;
}

export async function listMine(db: Db, caller: Caller, query: ListQuery) {
  const page = { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
  const { items, total } = await repo.listByAuthor(db, caller.scope.zoneId, caller.principal.userId, page);
  return { items: await withReceipts(db, caller, items), total, page: query.page, pageSize: query.pageSize };
}

export async function listReceived(db: Db, caller: Caller, query: ListQuery) {
  const page = { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
  const { items, total } = await repo.listReceived(
    db,
    caller.scope.zoneId,
    caller.principal.userId,
    query.pending ?? false,
    page,
  );
  return { items: await withReceipts(db, caller, items), total, page: query.page, pageSize: query.pageSize };
}

/** The project page's list: instructions on the project, its milestones and its action items. */
export async function listForProject(db: Db, caller: Caller, projectId: string) {
  await projectInScope(db, caller, projectId);
  return { items: await withReceipts(db, caller, await repo.listForProject(db, caller.scope.zoneId, projectId)) };
}

/** A recipient opened it: read, once (not audited: reading changes no record). */
export async function markRead(ctx: AppContext, trx: Db, caller: Caller, id: string): Promise<Instruction> {
  const before = await instructionIn(trx, caller, id);
  if (before.mine === null) throw notFound('instruction');
  await repo.markRead(trx, id, caller.principal.userId, ctx.clock.now().toISOString());
  return instructionIn(trx, caller, id);
}

/** A recipient acknowledges it (收悉), with an optional reply; audited. Acknowledging again updates the reply. */
export async function acknowledgeInstruction(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  body: AcknowledgeBody,
): Promise<Instruction> {
  const before = await instructionIn(trx, caller, id);
  const mine = before.mine;
  if (mine === null) throw notFound('instruction');
  const now = ctx.clock.now().toISOString();
  await repo.acknowledge(trx, id, caller.principal.userId, {
    readAt: mine.readAt ?? now,
    acknowledgedAt: mine.acknowledgedAt ?? now,
    reply: body.reply,
  });
  const after = await instructionIn(trx, caller, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'instruction.acknowledge',
    entityType: 'instruction',
    entityId: id,
    zoneId: caller.scope.zoneId,
    before: { receipt: mine },
    after: { receipt: after.mine },
  });
  return after;
}
