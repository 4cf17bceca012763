import type { Stage } from '@zonehub/investment-rules';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stageLabel } from '../investment-labels';
import type { LeadSummary } from '../leads/lead.types';
import type { BoardColumn } from './board-model';
import { LEAD_DRAG_TYPE, LeadCard } from './lead-card';

const STAGE_COLOR: Record<Stage, string> = {
  reserve: '#8c8c8c',
  negotiating: '#1677ff',
  signed: '#722ed1',
  landed: '#52c41a',
  dropped: '#ff4d4f',
};

/** One pool of the board: its total, its cards, "load more", and a drop zone while a card is dragged. */
export function BoardColumnView({
  column,
  today,
  canMove,
  accepts,
  loadingMore,
  onLoadMore,
  onDragStart,
  onDrop,
  onMove,
}: {
  column: BoardColumn;
  today: string;
  canMove: boolean;
  /** Whether the card being dragged may enter this pool (null: nothing is being dragged). */
  accepts: boolean | null;
  loadingMore: boolean;
  onLoadMore: () => void;
  onDragStart: (lead: LeadSummary) => void;
  onDrop: (to: Stage) => void;
  onMove: (lead: LeadSummary, to: Stage) => void;
}) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const highlight = accepts === true ? (over ? '#e6f4ff' : '#f6fbff') : undefined;
  return (
    <Card
      size="small"
      title={
        <Flex justify="space-between">
          <span style={{ color: STAGE_COLOR[column.stage] }}>{stageLabel(column.stage)}</span>
          <Typography.Text type="secondary" data-testid="board-column-total">
            {column.total}
          </Typography.Text>
        </Flex>
      }
      style={{ width: 260, flex: '0 0 260px', background: highlight, opacity: accepts === false ? 0.6 : 1 }}
      styles={{ body: { padding: 8, maxHeight: 'calc(100vh - 300px)', overflowY: 'auto' } }}
      onDragOver={(event) => {
        if (!accepts || !event.dataTransfer.types.includes(LEAD_DRAG_TYPE)) return;
        event.preventDefault(); // allows the drop
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        if (!accepts) return;
        event.preventDefault();
        onDrop(column.stage);
      }}
      data-testid={`board-column-${column.stage}`}
    >
      <Flex vertical gap={8}>
        {column.cards.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : null}
        {column.cards.map((lead) => (
          <LeadCard
            key={lead.id}
            lead={lead}
            today={today}
            canMove={canMove}
            onDragStart={onDragStart}
            onMove={onMove}
          />
        ))}
        {column.nextPage !== null ? (
          <Button block loading={loadingMore} onClick={onLoadMore} data-testid="board-load-more">
            {t('investment.board.loadMore', { shown: column.cards.length, total: column.total })}
          </Button>
        ) : null}
      </Flex>
    </Card>
  );
}
