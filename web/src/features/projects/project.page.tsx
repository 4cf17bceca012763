import { Card, Flex, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useHasPermission } from '../../app/session';
import { ErrorResult, ForbiddenPage } from '../errors/error-pages';
import { AgencyTab } from './agency-tab';
import { ChecklistTable } from './checklist-table';
import { GanttTab } from './gantt-tab';
import { ProjectInstructionsTab } from './instructions/project-instructions-tab';
import { InvestmentTab } from './investment/investment-tab';
import { ProjectMeetingsTab } from './meetings/project-meetings-tab';
import { MilestoneDrawer } from './milestone-drawer';
import { ProjectEditActions } from './project-edit-actions';
import { CalendarWarning, PhasesTable, ProjectFigures, ProjectSteps } from './project-header';
import { projectStageLabel } from './project-labels';
import { useProjectQuery } from './projects.api';
import { ProjectRagLight } from './rag-light';

/** One project: its stage and light, figures, phases, the checklist with its lights, and the Gantt. */
export function ProjectPage() {
  const mayView = useHasPermission('project.view');
  return mayView ? <ProjectView /> : <ForbiddenPage />;
}

function ProjectView() {
  const { t } = useTranslation();
  const { id } = useParams();
  const project = useProjectQuery(id);
  const mayMeet = useHasPermission('meeting.view');
  const mayReadInstructions = useHasPermission('instruction.view');
  // The id, not the item: the drawer follows the item as the page refetches it (new version, files).
  const [editingId, setEditingId] = useState<string | null>(null);

  if (project.isError) return <ErrorResult error={project.error} />;
  if (!project.data) return <Spin />;
  const p = project.data;
  const editing = p.milestones.find((m) => m.id === editingId) ?? null;

  return (
    <Card
      data-testid="project-page"
      extra={<ProjectEditActions project={p} />}
      title={
        <Space>
          <ProjectRagLight status={p.ragStatus} slack={p.ragSlackWorkdays} />
          <Typography.Text strong data-testid="project-name">
            {p.name}
          </Typography.Text>
          <Typography.Text type="secondary">{p.code}</Typography.Text>
          <Tag color="blue" data-testid="project-stage">
            {projectStageLabel(p.stage)}
          </Tag>
        </Space>
      }
    >
      <Flex vertical gap={16}>
        <ProjectSteps project={p} />
        <CalendarWarning project={p} />
        <ProjectFigures project={p} />
        <Tabs
          items={[
            {
              key: 'checklist',
              label: t('projects.tab.checklist'),
              children: <ChecklistTable project={p} onEdit={(m) => setEditingId(m.id)} />,
            },
            { key: 'phases', label: t('projects.tab.phases'), children: <PhasesTable phases={p.phases} /> },
            { key: 'gantt', label: t('projects.tab.gantt'), children: <GanttTab project={p} />, destroyOnHidden: true },
            { key: 'agency', label: t('projects.tab.agency'), children: <AgencyTab project={p} /> },
            {
              key: 'investment',
              label: t('projectInvestment.tab'),
              children: <InvestmentTab project={p} />,
              destroyOnHidden: true,
            },
            ...(mayMeet
              ? [
                  {
                    key: 'meetings',
                    label: t('projects.tab.meetings'),
                    children: <ProjectMeetingsTab projectId={p.id} />,
                  },
                ]
              : []),
            ...(mayReadInstructions
              ? [
                  {
                    key: 'instructions',
                    label: t('projects.tab.instructions'),
                    children: <ProjectInstructionsTab project={p} />,
                  },
                ]
              : []),
          ]}
        />
      </Flex>
      <MilestoneDrawer project={p} item={editing} onClose={() => setEditingId(null)} />
    </Card>
  );
}
