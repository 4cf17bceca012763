import { App, Button, Card, Flex, Segmented, Table, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZE } from '../../api/types';
import { useErrorMessage } from '../../app/feedback';
import { ErrorResult } from '../errors/error-pages';
import { InstructOnNotificationButton } from '../projects/instructions/instruct-on-notification';
import { WriteInstructionModal } from '../projects/instructions/write-instruction.modal';
import { NotificationLine, useOpenNotification } from './notification-line';
import { notificationText } from './notification-text';
import { type NotificationItem, useMarkAllRead, useNotifications } from './notifications.api';

/** Every notification of mine in this zone, newest first; filter, page, open, mark all read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const unread = params.get('unread') === 'true';
  const page = Number(params.get('page')) || 1;
  const pageSize = Number(params.get('pageSize')) || DEFAULT_PAGE_SIZE;
  const list = useNotifications({ page, pageSize, unread }, { poll: true });
  const markAll = useMarkAllRead();
  const open = useOpenNotification();
  // A leader writes an instruction (批示) on the item a notification is about.
  const [instructing, setInstructing] = useState<NotificationItem | null>(null);

  const setQuery = (next: { unread?: boolean; page?: number; pageSize?: number }) => {
    const merged = { unread, page, pageSize, ...next };
    const search = new URLSearchParams();
    if (merged.unread) search.set('unread', 'true');
    if (merged.page > 1) search.set('page', String(merged.page));
    if (merged.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(merged.pageSize));
    setParams(search);
  };

  const columns: TableProps<NotificationItem>['columns'] = [
    { key: 'line', render: (_, item) => <NotificationLine item={item} /> },
    {
      key: 'instruct',
      align: 'right',
      render: (_, item) => <InstructOnNotificationButton kind={item.kind} onOpen={() => setInstructing(item)} />,
    },
  ];
  const sentence = (item: NotificationItem) => {
    const text = notificationText(item);
    return t(text.key, text.values);
  };

  if (list.isError) return <ErrorResult error={list.error} />;
  return (
    <Card
      data-testid="notifications-page"
      title={<Typography.Text strong>{t('notifications.title')}</Typography.Text>}
      extra={
        <Flex gap={12} align="center">
          <Segmented
            data-testid="notifications-filter"
            value={unread ? 'unread' : 'all'}
            options={[
              { value: 'all', label: t('notifications.filter.all') },
              { value: 'unread', label: t('notifications.filter.unread') },
            ]}
            onChange={(value) => setQuery({ unread: value === 'unread', page: 1 })}
          />
          <Button
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
      }
    >
      <Table<NotificationItem>
        rowKey="id"
        showHeader={false}
        loading={list.isFetching && !list.data}
        columns={columns}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t(unread ? 'notifications.emptyUnread' : 'notifications.empty') }}
        onRow={(item) => ({ onClick: () => open(item), style: { cursor: item.link ? 'pointer' : 'default' } })}
        // A list of sentences: on a phone they wrap to the screen rather than scroll sideways.
        scroll={{}}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('notifications.total', { total }),
          onChange: (nextPage, nextSize) =>
            setQuery({ page: nextSize !== pageSize ? 1 : nextPage, pageSize: nextSize }),
        }}
      />
      {instructing ? (
        <WriteInstructionModal
          notification={{ id: instructing.id, sentence: sentence(instructing) }}
          onClose={() => setInstructing(null)}
        />
      ) : null}
    </Card>
  );
}
