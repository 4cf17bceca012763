import { BellOutlined } from '@ant-design/icons';
import { App, Badge, Button, Divider, Empty, Flex, Popover, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../../app/feedback';
import { useSession } from '../../app/session';
import { usePhoneScreen } from '../../app/use-screen';
import { NotificationLine, useOpenNotification } from './notification-line';
import { useMarkAllRead, useNotifications, useUnreadCount } from './notifications.api';

const LATEST = 8;

function LatestList({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useErrorMessage();
  const latest = useNotifications({ page: 1, pageSize: LATEST, unread: false });
  const markAll = useMarkAllRead();
  const open = useOpenNotification();
  const items = latest.data?.items ?? [];
  return (
    // No wider than a phone's screen less the popover's padding and a margin.
    <Flex vertical style={{ width: 380, maxWidth: 'calc(100vw - 48px)' }} data-testid="notification-dropdown">
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('notifications.latest')}</Typography.Text>
        <Button
          type="link"
          size="small"
          data-testid="notification-read-all"
          loading={markAll.isPending}
          onClick={() =>
            markAll.mutate(undefined, {
              onSuccess: (r) => void message.success(t('notifications.readAllDone', { count: r.marked })),
              onError: showError,
            })
          }
        >
          {t('notifications.readAll')}
        </Button>
      </Flex>
      <Divider style={{ margin: '8px 0' }} />
      {latest.isPending ? (
        <Spin style={{ padding: 24 }} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <Flex vertical gap={4} style={{ maxHeight: 420, overflowY: 'auto' }}>
          {items.map((item) => (
            <Button
              key={item.id}
              type="text"
              data-testid="notification-item"
              style={{ height: 'auto', textAlign: 'start', whiteSpace: 'normal', padding: '6px 8px', display: 'block' }}
              onClick={() => {
                onDone();
                open(item);
              }}
            >
              <NotificationLine item={item} />
            </Button>
          ))}
        </Flex>
      )}
      <Divider style={{ margin: '8px 0' }} />
      <Link to="/notifications" onClick={onDone} style={{ textAlign: 'center' }} data-testid="notification-all-link">
        {t('notifications.all')}
      </Link>
    </Flex>
  );
}

/** The bell in the header: unread count (polled each minute) and the latest notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const me = useSession();
  const unread = useUnreadCount();
  const phone = usePhoneScreen();
  const [open, setOpen] = useState(false);
  if (me.zone === null) return null;
  return (
    <Popover
      trigger="click"
      // Below the bell, on a phone shifted sideways as far as it takes to stay on the screen.
      placement={phone ? 'bottom' : 'bottomRight'}
      open={open}
      onOpenChange={setOpen}
      // antd mounts the content on first open; destroyed on close so each open reads the latest.
      destroyOnHidden
      content={<LatestList onDone={() => setOpen(false)} />}
    >
      <Button type="text" aria-label={t('notifications.bell')} data-testid="notification-bell">
        <Badge count={unread.data?.unread ?? 0} overflowCount={99} size="small" data-testid="notification-badge">
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
