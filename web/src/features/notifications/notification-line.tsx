import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCanOpen } from '../../app/app-link';
import { useErrorMessage } from '../../app/feedback';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { isLate, KIND_LABEL_KEYS, notificationText } from './notification-text';
import { type NotificationItem, useMarkRead } from './notifications.api';

/** One notification: its kind as a tag, its sentence (bold while unread) and when it came. */
export function NotificationLine({ item }: { item: NotificationItem }) {
  const { t } = useTranslation();
  const text = notificationText(item);
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <Flex gap={6} align="center" wrap>
        <Tag color={isLate(item.kind) ? 'red' : 'gold'} style={{ marginInlineEnd: 0 }}>
          {t(KIND_LABEL_KEYS[item.kind])}
        </Tag>
        {item.readAt === null ? <Tag color="blue">{t('notifications.unread')}</Tag> : null}
        <Tooltip title={item.createdAt}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(item.createdAt, currentLocale())}
          </Typography.Text>
        </Tooltip>
      </Flex>
      <Typography.Text strong={item.readAt === null}>{t(text.key, text.values)}</Typography.Text>
    </Flex>
  );
}

/**
 * Clicking a notification marks it read and opens what it is about, when the reader may open that
 * page (an item's owner may sit in a department that cannot open the project): never a 无权访问.
 */
export function useOpenNotification(): (item: NotificationItem) => void {
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const showError = useErrorMessage();
  const mayOpen = useCanOpen();
  return (item) => {
    const go = () => {
      if (item.link && mayOpen(item.link)) void navigate(item.link);
    };
    if (item.readAt !== null) return go();
    markRead.mutate(item.id, { onSuccess: go, onError: showError });
  };
}
