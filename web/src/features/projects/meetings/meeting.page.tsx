import { Button, Card, Descriptions, Empty, Flex, List, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useHasPermission } from '../../../app/session';
import { ErrorResult, ForbiddenPage } from '../../errors/error-pages';
import { splitCarriedOver } from './meeting-form';
import { AgeTag, CadenceTag, KindTag, PLACE_KEYS } from './meeting-labels';
import { type Action, type MeetingDetail, minutesUrl, type Outcome, useMeeting } from './meetings.api';
import { AddOutcomeForm, CloseActionModal } from './outcome-forms';

/** One meeting: header, attendees, agenda with its outcomes, carried-over actions to close, the minutes. */
export function MeetingPage() {
  return useHasPermission('meeting.view') ? <MeetingView /> : <ForbiddenPage />;
}

function MeetingView() {
  const { t } = useTranslation();
  const { meetingId } = useParams();
  const meeting = useMeeting(meetingId);
  const [closing, setClosing] = useState<Action | null>(null);
  if (meeting.isError) return <ErrorResult error={meeting.error} />;
  if (!meeting.data) return <Spin />;
  const m = meeting.data;

  return (
    <Flex vertical gap={16} data-testid="meeting-page" data-meeting-id={m.id}>
      <Card
        title={
          <Space>
            <Link to={`/projects/meetings/series/${m.series.id}`}>{m.series.name}</Link>
            <CadenceTag cadence={m.series.cadence} />
            <Typography.Text strong data-testid="meeting-date">
              {m.heldOn}
            </Typography.Text>
          </Space>
        }
        extra={
          <Button href={minutesUrl(m.id)} download data-testid="minutes-download">
            {t('meetings.minutes')}
          </Button>
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'time', label: t('meetings.startsAt'), children: m.startsAt ?? '—' },
            { key: 'place', label: t('meetings.place'), children: m.place ?? '—' },
            {
              key: 'site',
              label: t('meetings.placeKind'),
              children: m.onSite ? (
                <Tag color="green" data-testid="meeting-place-kind">
                  {t(PLACE_KEYS[m.placeKind])}
                  {m.siteEnterpriseName ? `：${m.siteEnterpriseName}` : ''}
                </Tag>
              ) : (
                <span data-testid="meeting-place-kind">{t(PLACE_KEYS[m.placeKind])}</span>
              ),
            },
            {
              key: 'attendees',
              label: t('meetings.attendees'),
              span: 3,
              children: (
                <Flex wrap gap={4} data-testid="meeting-attendees">
                  {m.attendees.map((a) => (
                    <Tag key={a.id}>{a.organization ? `${a.name}（${a.organization}）` : a.name}</Tag>
                  ))}
                </Flex>
              ),
            },
            ...(m.summary ? [{ key: 'summary', label: t('meetings.summary'), span: 3, children: m.summary }] : []),
          ]}
        />
      </Card>
      <CarriedOver meeting={m} onClose={setClosing} />
      <Card title={t('meetings.agenda.title')} data-testid="meeting-agenda">
        <AgendaOutcomes meeting={m} />
      </Card>
      {m.canManage ? <AddOutcomeForm meeting={m} /> : null}
      {closing ? <CloseActionModal meeting={m} action={closing} onClose={() => setClosing(null)} /> : null}
    </Flex>
  );
}

function CarriedOver({ meeting, onClose }: { meeting: MeetingDetail; onClose: (a: Action) => void }) {
  const { t } = useTranslation();
  const { open, closedHere } = splitCarriedOver(meeting.id, meeting.carriedOver);
  return (
    <Card title={t('meetings.carried.title', { count: open.length })} data-testid="carried-over">
      <Table<Action>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...open, ...closedHere]}
        locale={{ emptyText: t('meetings.carried.empty') }}
        onRow={(a) => ({ 'data-action-id': a.id }) as object}
        columns={[
          { key: 'text', title: t('meetings.action.text'), render: (_, a) => withProject(a) },
          { key: 'owner', title: t('meetings.action.owner'), render: (_, a) => a.ownerName ?? '—' },
          { key: 'raised', title: t('meetings.action.raisedOn'), dataIndex: 'raisedOn' },
          { key: 'due', title: t('meetings.action.dueOn'), dataIndex: 'dueOn' },
          { key: 'age', title: t('meetings.action.age'), render: (_, a) => <AgeTag action={a} /> },
          {
            key: 'state',
            title: t('meetings.action.state'),
            render: (_, a) =>
              a.closedInMeetingId === meeting.id ? (
                <span data-testid="action-closed">
                  <Tag color="green">{t('meetings.action.closedHere')}</Tag>
                  {a.result}
                </span>
              ) : meeting.canManage && a.status === 'open' ? (
                <Button size="small" onClick={() => onClose(a)} data-testid="close-action">
                  {t('meetings.close.button')}
                </Button>
              ) : (
                <Tag>{a.status === 'open' ? t('meetings.action.open') : t('meetings.action.closedLater')}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}

const withProject = (o: Pick<Outcome, 'text' | 'projectName'>) =>
  o.projectName ? `【${o.projectName}】${o.text}` : o.text;

function OutcomeLine({ o }: { o: Outcome }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid="outcome" data-outcome-kind={o.kind}>
      <Space wrap>
        <KindTag kind={o.kind} />
        <span>{o.text}</span>
        {o.kind === 'action' ? (
          <Typography.Text type="secondary">
            {t('meetings.action.ownerDue', { owner: o.ownerName ?? '—', due: o.dueOn ?? '—' })}
          </Typography.Text>
        ) : null}
        {o.kind === 'action' ? (
          <Tag color={o.status === 'open' ? 'gold' : 'green'}>
            {o.status === 'open' ? t('meetings.action.open') : `${t('meetings.action.closed')} ${o.closedOn ?? ''}`}
          </Tag>
        ) : null}
      </Space>
    </List.Item>
  );
}

function AgendaOutcomes({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const loose = meeting.outcomes.filter((o) => !meeting.agenda.some((a) => a.id === o.agendaItemId));
  if (meeting.agenda.length === 0 && loose.length === 0) return <Empty description={t('meetings.agenda.empty')} />;
  return (
    <Flex vertical gap={12}>
      {meeting.agenda.map((a) => (
        <div key={a.id} data-testid="agenda-item">
          <Typography.Text strong>
            {a.seq}. {a.topic}
          </Typography.Text>
          {a.projectId ? (
            <Link to={`/projects/${a.projectId}`} style={{ marginLeft: 8 }}>
              {a.projectName}
            </Link>
          ) : null}
          <List
            size="small"
            dataSource={meeting.outcomes.filter((o) => o.agendaItemId === a.id)}
            renderItem={(o) => <OutcomeLine o={o} />}
          />
        </div>
      ))}
      {loose.length > 0 ? (
        <List
          size="small"
          header={t('meetings.agenda.other')}
          dataSource={loose}
          renderItem={(o) => <OutcomeLine o={o} />}
        />
      ) : null}
    </Flex>
  );
}
