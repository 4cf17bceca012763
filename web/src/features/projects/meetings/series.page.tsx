import { Button, Card, Descriptions, Flex, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useHasPermission } from '../../../app/session';
import { ErrorResult, ForbiddenPage } from '../../errors/error-pages';
import { HoldMeetingModal } from './hold-meeting.modal';
import { CadenceTag } from './meeting-labels';
import { type MeetingSummary, useSeries, useSeriesMeetings } from './meetings.api';

/** One series: its rhythm and open actions, its meetings newest first, and "召开会议". */
export function SeriesPage() {
  return useHasPermission('meeting.view') ? <SeriesView /> : <ForbiddenPage />;
}

function SeriesView() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [holding, setHolding] = useState(false);
  const series = useSeries(id);
  const meetings = useSeriesMeetings(id, page, 20);
  if (series.isError) return <ErrorResult error={series.error} />;
  if (!series.data) return <Spin />;
  const s = series.data;

  return (
    <Card
      data-testid="series-page"
      title={
        <Flex gap={8} align="center">
          <Typography.Text strong data-testid="series-name">
            {s.name}
          </Typography.Text>
          <CadenceTag cadence={s.cadence} />
          {s.isActive ? null : <Tag>{t('meetings.series.inactive')}</Tag>}
        </Flex>
      }
      extra={
        s.canManage && s.isActive ? (
          <Button type="primary" onClick={() => setHolding(true)} data-testid="hold-meeting">
            {t('meetings.hold.button')}
          </Button>
        ) : null
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          {
            key: 'tf',
            label: t('meetings.series.taskForce'),
            children: s.taskForceName ?? t('meetings.series.zoneWide'),
          },
          { key: 'chair', label: t('meetings.series.chair'), children: s.chairName ?? '—' },
          { key: 'place', label: t('meetings.series.defaultPlace'), children: s.defaultPlace ?? '—' },
          { key: 'last', label: t('meetings.series.last'), children: s.lastHeldOn ?? '—' },
          { key: 'next', label: t('meetings.series.next'), children: s.nextDueOn ?? '—' },
          {
            key: 'open',
            label: t('meetings.series.openActions'),
            children: `${s.openActions}${s.overdueActions > 0 ? ` (${t('meetings.series.overdue', { count: s.overdueActions })})` : ''}`,
          },
        ]}
      />
      <Table<MeetingSummary>
        style={{ marginTop: 16 }}
        rowKey="id"
        size="small"
        data-testid="series-meetings"
        loading={meetings.isLoading}
        dataSource={meetings.data?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: meetings.data?.total ?? 0, onChange: setPage }}
        columns={[
          {
            key: 'heldOn',
            title: t('meetings.heldOn'),
            render: (_, m) => (
              <Link to={`/projects/meetings/${m.id}`} data-testid="meeting-link">
                {m.heldOn} {m.startsAt ?? ''}
              </Link>
            ),
          },
          {
            key: 'place',
            title: t('meetings.place'),
            render: (_, m) => (
              <span>
                {m.place ?? '—'}
                {m.onSite ? (
                  <Tag color="green" style={{ marginLeft: 8 }}>
                    {t('meetings.onSiteAt', { name: m.siteEnterpriseName ?? m.place ?? '' })}
                  </Tag>
                ) : null}
              </span>
            ),
          },
          { key: 'agenda', title: t('meetings.agenda.count'), dataIndex: 'agendaCount' },
          { key: 'raised', title: t('meetings.actionsRaised'), dataIndex: 'actionsRaised' },
          { key: 'open', title: t('meetings.openActions'), dataIndex: 'openActions' },
        ]}
      />
      {holding ? (
        <HoldMeetingModal
          series={s}
          onClose={() => setHolding(false)}
          onHeld={(m) => navigate(`/projects/meetings/${m.id}`)}
        />
      ) : null}
    </Card>
  );
}
