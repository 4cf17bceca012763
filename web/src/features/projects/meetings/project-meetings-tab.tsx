import { Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AgeTag, CadenceTag } from './meeting-labels';
import { useProjectMeetings } from './meetings.api';

/** The project page's 调度会 tab: meetings that had the project on the agenda, and its action items. */
export function ProjectMeetingsTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const data = useProjectMeetings(projectId);
  const actions = data.data?.actions ?? [];
  const open = actions.filter((a) => a.status === 'open');
  return (
    <Flex vertical gap={16} data-testid="project-meetings-tab">
      <Typography.Title level={5}>{t('meetings.project.openActions', { count: open.length })}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        loading={data.isLoading}
        dataSource={open}
        pagination={false}
        locale={{ emptyText: t('meetings.project.noOpenActions') }}
        columns={[
          {
            key: 'text',
            title: t('meetings.action.text'),
            render: (_, a) => <Link to={`/projects/meetings/${a.meetingId}`}>{a.text}</Link>,
          },
          { key: 'series', title: t('meetings.action.series'), dataIndex: 'seriesName' },
          { key: 'owner', title: t('meetings.action.owner'), render: (_, a) => a.ownerName ?? '—' },
          { key: 'due', title: t('meetings.action.dueOn'), dataIndex: 'dueOn' },
          { key: 'age', title: t('meetings.action.age'), render: (_, a) => <AgeTag action={a} /> },
        ]}
      />
      <Typography.Title level={5}>{t('meetings.project.meetings')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        loading={data.isLoading}
        dataSource={data.data?.meetings ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          {
            key: 'heldOn',
            title: t('meetings.heldOn'),
            render: (_, m) => <Link to={`/projects/meetings/${m.id}`}>{m.heldOn}</Link>,
          },
          {
            key: 'series',
            title: t('meetings.action.series'),
            render: (_, m) => (
              <span>
                <CadenceTag cadence={m.cadence} /> {m.seriesName}
              </span>
            ),
          },
          { key: 'topics', title: t('meetings.agenda.topic'), render: (_, m) => m.topics.join('；') },
          {
            key: 'site',
            title: t('meetings.onSite'),
            render: (_, m) => (m.onSite ? <Tag color="green">{m.siteEnterpriseName ?? m.place}</Tag> : null),
          },
          { key: 'open', title: t('meetings.openActions'), dataIndex: 'openActions' },
        ]}
      />
    </Flex>
  );
}
