import { EditOutlined } from '@ant-design/icons';
import { Button, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MilestoneDeleteButton } from './milestone-delete.button';
import type { Milestone, ProjectDetail } from './project.types';
import { stepLabel } from './project-labels';
import { milestoneFileUrl } from './projects.api';
import { RagLight } from './rag-light';

/** The checklist (清单): each item's light with its rule, owner, dates, predecessors and evidence. */
export function ChecklistTable({ project, onEdit }: { project: ProjectDetail; onEdit: (item: Milestone) => void }) {
  const { t } = useTranslation();
  const nameOf = new Map(project.milestones.map((m) => [m.id, m.name]));
  return (
    <Table<Milestone>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={project.milestones}
      scroll={{ x: 'max-content' }}
      data-testid="project-checklist"
      onRow={(item) =>
        ({ 'data-milestone-id': item.id, 'data-step': item.stepKey ?? '' }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          key: 'rag',
          title: t('projects.field.rag'),
          render: (_, m) => <RagLight status={m.ragStatus} rule={m.rule} />,
        },
        {
          key: 'name',
          title: t('projects.milestone.name'),
          render: (_, m) => (
            <Space direction="vertical" size={0}>
              <span>{m.name}</span>
              {m.stepKey && !m.name.startsWith(stepLabel(m.stepKey)) ? (
                <Typography.Text type="secondary">{stepLabel(m.stepKey)}</Typography.Text>
              ) : null}
            </Space>
          ),
        },
        { key: 'owner', title: t('projects.milestone.owner'), render: (_, m) => m.ownerName ?? '—' },
        { key: 'plannedStartOn', title: t('projects.milestone.plannedStartOn'), dataIndex: 'plannedStartOn' },
        {
          key: 'dueOn',
          title: t('projects.milestone.dueOn'),
          render: (_, m) => (
            <span title={m.baselineDueOn ? t('projects.milestone.baselineDue', { day: m.baselineDueOn }) : undefined}>
              {m.dueOn}
            </span>
          ),
        },
        {
          key: 'actualStartOn',
          title: t('projects.milestone.actualStartOn'),
          render: (_, m) => m.actualStartOn ?? '—',
        },
        {
          key: 'actualDoneOn',
          title: t('projects.milestone.actualDoneOn'),
          render: (_, m) => <span data-testid="milestone-done-on">{m.actualDoneOn ?? '—'}</span>,
        },
        {
          key: 'predecessors',
          title: t('projects.milestone.predecessors'),
          render: (_, m) => m.predecessorIds.map((id) => nameOf.get(id) ?? id).join('、') || '—',
        },
        {
          key: 'files',
          title: t('projects.milestone.files'),
          render: (_, m) =>
            m.files.length === 0 ? (
              '—'
            ) : (
              <Space direction="vertical" size={0}>
                {m.files.map((f) => (
                  <a key={f.id} href={milestoneFileUrl(project.id, m.id, f.id)} download={f.fileName}>
                    {f.fileName}
                  </a>
                ))}
              </Space>
            ),
        },
        {
          key: 'actions',
          title: '',
          render: (_, m) => (
            <Space size={4}>
              {m.canUpdate ? (
                <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(m)} data-testid="milestone-edit">
                  {t('common.edit')}
                </Button>
              ) : null}
              {project.canEdit ? <MilestoneDeleteButton project={project} item={m} /> : null}
            </Space>
          ),
        },
      ]}
    />
  );
}
