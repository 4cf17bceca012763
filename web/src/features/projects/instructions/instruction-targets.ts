import type { Action } from '../meetings/meetings.api';
import type { Milestone } from '../project.types';
import type { Instruction, InstructionTargetType, Receipt } from './instructions.api';

/** One thing a leader may write an instruction on, from the project page. */
export interface TargetOption {
  type: InstructionTargetType;
  id: string;
  name: string;
  overdue: boolean;
}

const isOverdueMilestone = (m: Milestone) => m.actualDoneOn === null && m.slackWorkdays !== null && m.slackWorkdays < 0;

/**
 * What the "写批示" form offers on a project: the project itself, then its open milestones and its
 * open action items, overdue ones first (those are what a leader usually writes on).
 */
export function targetOptions(
  project: { id: string; name: string; milestones: Milestone[] },
  actions: Action[],
): TargetOption[] {
  const milestones = project.milestones
    .filter((m) => m.actualDoneOn === null)
    .map((m) => ({ type: 'milestone' as const, id: m.id, name: m.name, overdue: isOverdueMilestone(m) }));
  const open = actions
    .filter((a) => a.status === 'open')
    .map((a) => ({ type: 'actionItem' as const, id: a.id, name: a.text, overdue: a.overdue }));
  const overdueFirst = (a: TargetOption, b: TargetOption) => Number(b.overdue) - Number(a.overdue);
  return [
    { type: 'project', id: project.id, name: project.name, overdue: false },
    ...[...milestones].sort(overdueFirst),
    ...[...open].sort(overdueFirst),
  ];
}

export const targetValue = (o: Pick<TargetOption, 'type' | 'id'>) => `${o.type}:${o.id}`;

export function parseTargetValue(value: string): { targetType: InstructionTargetType; targetId: string } | null {
  const [type, ...rest] = value.split(':');
  const targetId = rest.join(':');
  if ((type === 'project' || type === 'milestone' || type === 'actionItem') && targetId !== '')
    return { targetType: type, targetId };
  return null;
}

/** A receipt's state: acknowledged, read, or unread. */
export type ReceiptState = 'acknowledged' | 'read' | 'unread';
export const receiptState = (r: Receipt): ReceiptState =>
  r.acknowledgedAt !== null ? 'acknowledged' : r.readAt !== null ? 'read' : 'unread';

/** How many of the recipients have acknowledged it. */
export const acknowledgedCount = (i: Pick<Instruction, 'recipients'>) =>
  i.recipients.filter((r) => r.acknowledgedAt !== null).length;
