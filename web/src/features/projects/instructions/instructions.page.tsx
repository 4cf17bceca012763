import { Card, Checkbox, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useHasPermission } from '../../../app/session';
import { InstructionList } from './instruction-list';
import { useMarkInstructionRead, useMyInstructions, useReceivedInstructions } from './instructions.api';

const PAGE_SIZE = 20;

/**
 * 领导批示: 收到的批示 for everyone who may receive one (opened from a notification, `?id=` marks it
 * read and shows it first), and 我的批示 for leaders, with who read and acknowledged each.
 */
export function InstructionsPage() {
  const { t } = useTranslation();
  const mayWrite = useHasPermission('instruction.write');
  const [params] = useSearchParams();
  const openedId = params.get('id');
  const [tab, setTab] = useState<string>('received');
  return (
    <Card title={t('instructions.title')} data-testid="instructions-page">
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'received', label: t('instructions.tab.received'), children: <Received openedId={openedId} /> },
          ...(mayWrite ? [{ key: 'mine', label: t('instructions.tab.mine'), children: <Mine /> }] : []),
        ]}
      />
    </Card>
  );
}

function Received({ openedId }: { openedId: string | null }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [pending, setPending] = useState(false);
  const list = useReceivedInstructions(page, PAGE_SIZE, pending);
  const markRead = useMarkInstructionRead();
  const items = list.data?.items ?? [];
  const opened = items.find((i) => i.id === openedId);
  const unreadOpened = opened?.mine !== null && opened?.mine !== undefined && opened.mine.readAt === null;
  const { mutate } = markRead;
  useEffect(() => {
    if (unreadOpened && openedId) mutate(openedId);
  }, [unreadOpened, openedId, mutate]);
  return (
    <>
      <Checkbox
        checked={pending}
        onChange={(e) => {
          setPending(e.target.checked);
          setPage(1);
        }}
        style={{ marginBottom: 8 }}
      >
        {t('instructions.pendingOnly')}
      </Checkbox>
      <InstructionList
        items={opened ? [opened, ...items.filter((i) => i !== opened)] : items}
        loading={list.isLoading}
        highlightId={openedId}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage }}
      />
    </>
  );
}

function Mine() {
  const [page, setPage] = useState(1);
  const list = useMyInstructions(page, PAGE_SIZE, true);
  return (
    <InstructionList
      items={list.data?.items ?? []}
      loading={list.isLoading}
      pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage }}
    />
  );
}
