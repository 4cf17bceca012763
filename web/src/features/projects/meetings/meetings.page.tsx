import { App, Button, Card, Flex, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormErrorHandler } from '../../../app/feedback';
import { useHasPermission } from '../../../app/session';
import { ErrorResult } from '../../errors/error-pages';
import { AgeTag, CADENCE_KEYS, CadenceTag } from './meeting-labels';
import {
  type Cadence,
  type Series,
  useCreateSeries,
  useMeetingOptions,
  useMyActions,
  useSeriesList,
} from './meetings.api';

const CADENCES: Cadence[] = ['daily', 'weekly', 'monthly', 'quarterly', 'annual'];

/** /projects/meetings: the series the caller sees (日碰头 … 年交账), their rhythm and open actions; my action items. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const series = useSeriesList();
  const mine = useMyActions();
  const mayManage = useHasPermission('meeting.manage');
  const [creating, setCreating] = useState(false);
  if (series.isError) return <ErrorResult error={series.error} />;

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('meetings.series.title')}
        extra={
          mayManage ? (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="series-create">
              {t('meetings.series.create')}
            </Button>
          ) : null
        }
      >
        <Table<Series>
          rowKey="id"
          size="small"
          data-testid="series-list"
          loading={series.isLoading}
          dataSource={series.data?.items ?? []}
          pagination={false}
          columns={[
            {
              key: 'name',
              title: t('meetings.series.name'),
              render: (_, s) => (
                <Link to={`/projects/meetings/series/${s.id}`} data-testid="series-link" data-series-name={s.name}>
                  {s.name}
                </Link>
              ),
            },
            {
              key: 'cadence',
              title: t('meetings.series.cadence'),
              render: (_, s) => <CadenceTag cadence={s.cadence} />,
            },
            {
              key: 'taskForce',
              title: t('meetings.series.taskForce'),
              render: (_, s) => s.taskForceName ?? <Tag>{t('meetings.series.zoneWide')}</Tag>,
            },
            { key: 'count', title: t('meetings.series.count'), dataIndex: 'meetingCount' },
            { key: 'last', title: t('meetings.series.last'), render: (_, s) => s.lastHeldOn ?? '—' },
            {
              key: 'next',
              title: t('meetings.series.next'),
              render: (_, s) => (s.isActive ? (s.nextDueOn ?? '—') : <Tag>{t('meetings.series.inactive')}</Tag>),
            },
            {
              key: 'open',
              title: t('meetings.series.openActions'),
              render: (_, s) => (
                <span>
                  {s.openActions}
                  {s.overdueActions > 0 ? (
                    <Tag color="red" style={{ marginLeft: 8 }}>
                      {t('meetings.series.overdue', { count: s.overdueActions })}
                    </Tag>
                  ) : null}
                </span>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('meetings.mine.title')}>
        <Table
          rowKey="id"
          size="small"
          data-testid="my-actions"
          loading={mine.isLoading}
          dataSource={mine.data?.items ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: t('meetings.mine.empty') }}
          columns={[
            {
              key: 'text',
              title: t('meetings.action.text'),
              render: (_, a) => <Link to={`/projects/meetings/${a.meetingId}`}>{a.text}</Link>,
            },
            { key: 'series', title: t('meetings.action.series'), dataIndex: 'seriesName' },
            { key: 'project', title: t('meetings.action.project'), render: (_, a) => a.projectName ?? '—' },
            { key: 'raised', title: t('meetings.action.raisedOn'), dataIndex: 'raisedOn' },
            { key: 'due', title: t('meetings.action.dueOn'), dataIndex: 'dueOn' },
            { key: 'age', title: t('meetings.action.age'), render: (_, a) => <AgeTag action={a} /> },
          ]}
        />
      </Card>
      {creating ? (
        <CreateSeriesModal
          onClose={() => setCreating(false)}
          onCreated={(s) => navigate(`/projects/meetings/series/${s.id}`)}
        />
      ) : null}
    </Flex>
  );
}

interface SeriesValues {
  name: string;
  cadence: Cadence;
  taskForceId?: string | null;
  defaultPlace?: string | null;
}

function CreateSeriesModal({ onClose, onCreated }: { onClose: () => void; onCreated: (s: Series) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SeriesValues>();
  const options = useMeetingOptions().data;
  const create = useCreateSeries();
  const onError = useFormErrorHandler(form, ['name', 'cadence', 'taskForceId', 'defaultPlace']);
  const submit = async (v: SeriesValues) => {
    try {
      const created = await create.mutateAsync({
        name: v.name,
        cadence: v.cadence,
        taskForceId: v.taskForceId ?? null,
        defaultPlace: v.defaultPlace?.trim() || null,
      });
      void message.success(t('meetings.series.created'));
      onClose();
      onCreated(created);
    } catch (error) {
      onError(error);
    }
  };
  return (
    <Modal
      open
      title={t('meetings.series.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
    >
      <Form form={form} layout="vertical" initialValues={{ cadence: 'weekly' }} onFinish={(v) => void submit(v)}>
        <Form.Item name="name" label={t('meetings.series.name')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="cadence" label={t('meetings.series.cadence')} rules={[{ required: true }]}>
          <Select options={CADENCES.map((c) => ({ value: c, label: t(CADENCE_KEYS[c]) }))} />
        </Form.Item>
        <Form.Item name="taskForceId" label={t('meetings.series.taskForce')} extra={t('meetings.series.zoneWideHint')}>
          <Select allowClear options={(options?.taskForces ?? []).map((tf) => ({ value: tf.id, label: tf.name }))} />
        </Form.Item>
        <Form.Item name="defaultPlace" label={t('meetings.series.defaultPlace')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{t('meetings.series.rhythm')}</Typography.Text>
    </Modal>
  );
}
