import { PROJECT_STAGES } from '@zonehub/project-rules';
import { Alert, Descriptions, Steps, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { AppLink, useCanOpen } from '../../app/app-link';
import { YuanText } from '../investment/leads/money-text';
import type { Phase, ProjectDetail } from './project.types';
import { projectKindLabel, projectStageLabel } from './project-labels';

/** The stages as steps, the project's (derived from its milestones) current. */
export function ProjectSteps({ project }: { project: ProjectDetail }) {
  return (
    <Steps
      size="small"
      current={PROJECT_STAGES.indexOf(project.stage)}
      status={project.ragStatus === 'red' ? 'error' : project.stage === 'atCapacity' ? 'finish' : 'process'}
      items={PROJECT_STAGES.map((stage) => ({ title: projectStageLabel(stage) }))}
      data-testid="project-steps"
      data-stage={project.stage}
    />
  );
}

/** Years the working calendar does not know yet: lights past them count plain Mon–Fri weeks. */
export function CalendarWarning({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const mayOpen = useCanOpen();
  const years = project.calendar.uncoveredYears;
  if (years.length === 0) return null;
  // Only those who may open the settings are sent there to fill the calendar in.
  const hint = mayOpen('/projects/settings') ? 'projects.calendar.uncoveredHint' : 'projects.calendar.uncoveredNote';
  return (
    <Alert
      type="warning"
      showIcon
      title={t('projects.calendar.uncovered', { years: years.join('、') })}
      description={t(hint)}
      data-testid="calendar-warning"
    />
  );
}

export function ProjectFigures({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const none = '—';
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} bordered data-testid="project-figures">
      <Descriptions.Item label={t('projects.field.kind')}>
        {projectKindLabel(project.kind)}
        {project.isTransformation ? ` · ${t('projects.field.transformationShort')}` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('projects.field.enterprise')}>
        {project.enterpriseId ? (
          <AppLink to={`/registry/enterprises/${project.enterpriseId}`}>{project.enterpriseName}</AppLink>
        ) : (
          none
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('projects.field.park')}>{project.parkName ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('projects.field.taskForce')}>{project.taskForceName ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('projects.field.leaderInCharge')}>
        {project.leaderInChargeName ?? none}
      </Descriptions.Item>
      <Descriptions.Item label={t('projects.field.totalInvestment')}>
        <YuanText yuan={project.totalInvestmentYuan} />
      </Descriptions.Item>
      <Descriptions.Item label={t('projects.field.signedOn')}>{project.signedOn ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('projects.field.openOverdue')}>
        {project.openItems} / {project.overdueItems}
      </Descriptions.Item>
      <Descriptions.Item label={t('projects.field.lead')}>
        {project.leadId ? (
          <AppLink to={`/investment/leads/${project.leadId}`} fallback={t('projects.field.fromLead')}>
            {t('projects.field.openLead')}
          </AppLink>
        ) : (
          none
        )}
      </Descriptions.Item>
      {project.description ? (
        <Descriptions.Item label={t('projects.field.description')} span={3}>
          {project.description}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

const span = (from: string | null, to: string | null) => (from || to ? `${from ?? '…'} – ${to ?? '…'}` : '—');

export function PhasesTable({ phases }: { phases: Phase[] }) {
  const { t } = useTranslation();
  return (
    <Table<Phase>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={phases}
      data-testid="project-phases"
      locale={{ emptyText: t('projects.phase.none') }}
      columns={[
        { key: 'name', title: t('projects.phase.name'), dataIndex: 'name' },
        {
          key: 'investment',
          title: t('projects.phase.investment'),
          render: (_, p) => <YuanText yuan={p.investmentYuan} />,
        },
        { key: 'capacity', title: t('projects.phase.capacity'), render: (_, p) => p.capacity ?? '—' },
        {
          key: 'revenue',
          title: t('projects.phase.expectedRevenue'),
          render: (_, p) => <YuanText yuan={p.expectedRevenueYuan} />,
        },
        { key: 'tax', title: t('projects.phase.expectedTax'), render: (_, p) => <YuanText yuan={p.expectedTaxYuan} /> },
        { key: 'jobs', title: t('projects.phase.expectedJobs'), render: (_, p) => p.expectedJobs ?? '—' },
        {
          key: 'planned',
          title: t('projects.phase.planned'),
          render: (_, p) => span(p.plannedStartOn, p.plannedEndOn),
        },
        { key: 'actual', title: t('projects.phase.actual'), render: (_, p) => span(p.actualStartOn, p.actualEndOn) },
      ]}
    />
  );
}
