import { DEMO_USERNAME_BY_ROLE } from '@zonehub/access';
import type { Db } from '../db/database.js';
import { recipientCandidates } from '../features/projects/instructions/instruction.repository.js';
import { demoZoneToday } from './demo-projects.js';
import { CHANGZI } from './demo-zones.js';
import { demoId } from './seed.js';

const PROJECT = '星萌冻干食品产业园项目';
const DAY_MS = 86_400_000;

/**
 * DEMO DATA (issue 10 item 6): the demo leader's instructions (批示) on 星萌: one on the project five
 * days before the demo's today, acknowledged by the task force with a reply, and one yesterday on its
 * open milestone due first (overdue when the demo has one), not read yet, so 我的批示, 收到的批示 and the project's 批示 tab have
 * something to show. Recipients are found as the service finds them. is_demo = 1.
 */
export async function seedDemoInstructions(trx: Db, now: Date): Promise<void> {
  const zoneId = demoId('zone', CHANGZI.code);
  const project = await trx
    .selectFrom('projects')
    .select(['id', 'name', 'taskForceId'])
    .where('zoneId', '=', zoneId)
    .where('name', '=', PROJECT)
    .executeTakeFirst();
  if (!project) return;
  const today = demoZoneToday(now);
  // The open item due first: overdue when the demo has one, else the next one due.
  const urgent = await trx
    .selectFrom('projectMilestones')
    .select(['id', 'name', 'ownerId', 'dueOn'])
    .where('projectId', '=', project.id)
    .where('actualDoneOn', 'is', null)
    .orderBy('dueOn')
    .executeTakeFirst();
  const authorId = demoId('user', DEMO_USERNAME_BY_ROLE.leader);
  const written = [
    {
      key: 'project',
      targetType: 'project' as const,
      targetId: project.id,
      targetName: project.name,
      ownerIds: [] as string[],
      text: '星萌项目是全区重点项目，专班要倒排工期、挂图作战，确保二期按期投产；遇到要素保障问题当天报我。',
      daysAgo: 5,
      reply: '已收悉，专班已倒排工期，每周五报送进度。',
    },
    ...(urgent
      ? [
          {
            key: 'milestone',
            targetType: 'milestone' as const,
            targetId: urgent.id,
            targetName: urgent.name,
            ownerIds: urgent.ownerId ? [urgent.ownerId] : [],
            text:
              urgent.dueOn < today
                ? `“${urgent.name}”已逾期，请责任人说明原因，本周内拿出办结时间表。`
                : `“${urgent.name}”${urgent.dueOn}到期，请责任人提前对接审批部门，确保按期办结。`,
            daysAgo: 1,
            reply: null,
          },
        ]
      : []),
  ];
  for (const w of written) {
    const id = demoId(CHANGZI.code, 'instruction', w.key);
    const at = new Date(now.getTime() - w.daysAgo * DAY_MS).toISOString();
    const recipients = (await recipientCandidates(trx, zoneId, w.ownerIds, project.taskForceId)).filter(
      (u) => u.id !== authorId,
    );
    if (recipients.length === 0) continue;
    await trx
      .insertInto('instructions')
      .values({
        id,
        zoneId,
        authorId,
        targetType: w.targetType,
        targetId: w.targetId,
        projectId: project.id,
        targetName: w.targetName,
        link: `/projects/${project.id}`,
        viaNotificationId: null,
        text: w.text,
        isDemo: 1,
        createdAt: at,
      })
      .execute();
    const answered = new Date(now.getTime() - (w.daysAgo - 1) * DAY_MS).toISOString();
    await trx
      .insertInto('instructionRecipients')
      .values(
        recipients.map((u) => ({
          instructionId: id,
          userId: u.id,
          readAt: w.reply ? answered : null,
          acknowledgedAt: w.reply ? answered : null,
          reply: w.reply,
        })),
      )
      .execute();
  }
}
