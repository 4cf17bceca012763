import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../app/feedback';
import type { Milestone, ProjectDetail } from './project.types';
import { useDeleteMilestoneMutation } from './project-edit.api';

/** Removes a checklist item after a confirmation naming it (its dependencies and files go with it). */
export function MilestoneDeleteButton({ project, item }: { project: ProjectDetail; item: Milestone }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = useDeleteMilestoneMutation();
  const showError = useErrorMessage();
  return (
    <Popconfirm
      title={t('projects.milestone.deleteConfirm', { name: item.name })}
      description={t('projects.milestone.deleteHint')}
      okText={t('common.delete')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: remove.isPending }}
      onConfirm={() =>
        remove
          .mutateAsync({ projectId: project.id, milestoneId: item.id })
          .then(() => message.success(t('projects.milestone.deleted', { name: item.name })))
          .catch(showError)
      }
    >
      <Button size="small" danger type="text" icon={<DeleteOutlined />} data-testid="milestone-delete" />
    </Popconfirm>
  );
}
