import type { Stage } from '@zonehub/investment-rules';
import { Alert, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useErrorMessage } from '../../../app/feedback';
import { patchSearch } from '../../../app/list-search';
import { useHasPermission } from '../../../app/session';
import { zoneToday } from '../../../i18n/format';
import { ErrorResult } from '../../errors/error-pages';
import type { LeadSummary } from '../leads/lead.types';
import { boardFilter, filterKey, readLeadFilter } from '../leads/lead-filter';
import { LeadFilters } from '../leads/lead-filters';
import { BOARD_PAGE_SIZE, fetchPoolPage, useBoardQuery } from '../leads/leads.api';
import { RemindersCard } from '../reminders/reminders-card';
import { BoardColumnView } from './board-column';
import { boardColumns, canDropOn } from './board-model';
import { GateDialog } from './gate-dialog';

type ExtraPages = Partial<Record<Stage, LeadSummary[][]>>;

/**
 * The four-pool Kanban (四库看板): the first page of each pool from GET /leads/board, more per
 * column on demand, never every card. Dragging a card onto another pool opens that pool's gate.
 */
export function BoardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = boardFilter(readLeadFilter(params));
  const key = filterKey(filter);
  const board = useBoardQuery(filter);
  const canMove = useHasPermission('investment.manage');
  const showError = useErrorMessage();
  const today = zoneToday();
  // Extra pages belong to one filter and one board answer: a new filter or a move starts again.
  const [extra, setExtra] = useState<{ key: string; pages: ExtraPages }>({ key, pages: {} });
  const pages = extra.key === `${key}@${board.dataUpdatedAt}` ? extra.pages : {};
  const [loading, setLoading] = useState<Stage | null>(null);
  const [dragged, setDragged] = useState<LeadSummary | null>(null);
  const [gate, setGate] = useState<{ lead: LeadSummary; to: Stage } | null>(null);

  const columns = boardColumns(board.data?.pools ?? [], pages, BOARD_PAGE_SIZE);

  const loadMore = (stage: Stage, page: number) => {
    setLoading(stage);
    const answerKey = `${key}@${board.dataUpdatedAt}`;
    fetchPoolPage(filter, stage, page)
      .then((result) =>
        setExtra((current) => {
          const base = current.key === answerKey ? current.pages : {};
          return { key: answerKey, pages: { ...base, [stage]: [...(base[stage] ?? []), result.items] } };
        }),
      )
      .catch(showError)
      .finally(() => setLoading(null));
  };

  const openGate = (lead: LeadSummary, to: Stage) => {
    setDragged(null);
    if (canDropOn(lead.stage, to)) setGate({ lead, to });
  };

  return (
    <Card
      title={<Typography.Text strong>{t('investment.board.title')}</Typography.Text>}
      data-testid="investment-board"
      data-read-only={canMove ? undefined : 'true'}
    >
      <Flex vertical gap={12}>
        <LeadFilters filter={filter} onChange={(patch) => setParams(patchSearch(params, patch))} />
        {canMove ? null : (
          <Alert type="info" showIcon title={t('investment.board.readOnly')} data-testid="board-read-only" />
        )}
        {board.isError ? (
          <ErrorResult error={board.error} />
        ) : (
          <Flex gap={12} style={{ overflowX: 'auto', paddingBottom: 8 }} onDragEnd={() => setDragged(null)}>
            {columns.map((column) => (
              <BoardColumnView
                key={column.stage}
                column={column}
                today={today}
                canMove={canMove}
                accepts={dragged ? canDropOn(dragged.stage, column.stage) : null}
                loadingMore={loading === column.stage}
                onLoadMore={() => column.nextPage !== null && loadMore(column.stage, column.nextPage)}
                onDragStart={setDragged}
                onDrop={(to) => dragged && openGate(dragged, to)}
                onMove={openGate}
              />
            ))}
          </Flex>
        )}
        <RemindersCard limit={5} />
      </Flex>
      {gate ? <GateDialog lead={gate.lead} to={gate.to} onClose={() => setGate(null)} /> : null}
    </Card>
  );
}
