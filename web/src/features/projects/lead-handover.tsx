import { ProjectOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useErrorMessage } from '../../app/feedback';
import { useHasPermission } from '../../app/session';
import { useProjectFromLeadMutation } from './projects.api';

/**
 * On a landed lead: 「转为项目」 hands it over to the project module in one step (project.manage);
 * once handed over, a link to its project.
 */
export function LeadHandover({ lead }: { lead: { id: string; stage: string; projectId: string | null } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayManage = useHasPermission('project.manage');
  const mayView = useHasPermission('project.view');
  const handover = useProjectFromLeadMutation();
  const showError = useErrorMessage();
  if (lead.projectId) {
    return mayView ? (
      <Link to={`/projects/${lead.projectId}`} data-testid="lead-project-link">
        <ProjectOutlined /> {t('projects.handover.openProject')}
      </Link>
    ) : null;
  }
  if (lead.stage !== 'landed' || !mayManage) return null;
  return (
    <Button
      icon={<ProjectOutlined />}
      loading={handover.isPending}
      onClick={() =>
        handover
          .mutateAsync(lead.id)
          .then((project) => navigate(`/projects/${project.id}`))
          .catch(showError)
      }
      data-testid="lead-to-project"
    >
      {t('projects.handover.button')}
    </Button>
  );
}
