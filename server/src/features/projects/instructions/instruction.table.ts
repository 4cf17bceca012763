import type { Insertable, Selectable } from 'kysely';

/** Leaders' instructions (批示), migration 20261207T1121. */
export type InstructionTargetType = 'project' | 'milestone' | 'actionItem';

export interface InstructionTable {
  id: string;
  zoneId: string;
  authorId: string;
  targetType: InstructionTargetType;
  targetId: string;
  /** The project the target belongs to (an action item may have none); its page lists the instruction. */
  projectId: string | null;
  /** The target's name when written (project name, item name, action text), kept for the record. */
  targetName: string;
  /** The web page of the target: the project, or the meeting that raised the action item. */
  link: string | null;
  /** Written from this notification (e.g. an escalated overdue item), resolved to its subject. */
  viaNotificationId: string | null;
  text: string;
  isDemo: number;
  createdAt: string;
}
export type InstructionRow = Selectable<InstructionTable>;
export type NewInstruction = Insertable<InstructionTable>;

export interface InstructionRecipientTable {
  instructionId: string;
  userId: string;
  readAt: string | null;
  acknowledgedAt: string | null;
  /** What the recipient answered when acknowledging (optional). */
  reply: string | null;
}
