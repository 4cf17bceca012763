import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHasPermission } from '../../../app/session';
import type { NotificationKind } from '../../notifications/notifications.api';

/** Notifications about a milestone or an action item: a leader may write an instruction on them. */
const ABOUT_AN_ITEM: ReadonlySet<NotificationKind> = new Set([
  'milestoneDueSoon',
  'milestoneOverdue',
  'milestoneEscalated',
  'actionAssigned',
  'actionDueSoon',
  'actionOverdue',
]);

export const takesInstruction = (kind: NotificationKind) => ABOUT_AN_ITEM.has(kind);

/**
 * "写批示" beside a notification about an item, for leaders (e.g. an overdue item escalated to them).
 * The click stays on the button (the row opens the notification); the page shows the form.
 */
export function InstructOnNotificationButton({ kind, onOpen }: { kind: NotificationKind; onOpen: () => void }) {
  const { t } = useTranslation();
  const mayWrite = useHasPermission('instruction.write');
  if (!mayWrite || !takesInstruction(kind)) return null;
  return (
    <Button
      size="small"
      data-testid="instruct-on-notification"
      onClick={(e) => {
        e.stopPropagation();
        onOpen();
      }}
    >
      {t('instructions.write')}
    </Button>
  );
}
