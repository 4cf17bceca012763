import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MilestoneAddModal } from './milestone-add.modal';
import type { ProjectDetail } from './project.types';
import { ProjectEditModal } from './project-edit.modal';

/** The project page's edit buttons (编辑项目, 新增节点), for those who may work the project. */
export function ProjectEditActions({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'edit' | 'add' | null>(null);
  if (!project.canEdit) return null;
  return (
    <Space>
      <Button icon={<EditOutlined />} onClick={() => setOpen('edit')} data-testid="project-edit">
        {t('projects.edit.title')}
      </Button>
      <Button icon={<PlusOutlined />} onClick={() => setOpen('add')} data-testid="milestone-add">
        {t('projects.milestone.add')}
      </Button>
      <ProjectEditModal project={project} open={open === 'edit'} onClose={() => setOpen(null)} />
      <MilestoneAddModal project={project} open={open === 'add'} onClose={() => setOpen(null)} />
    </Space>
  );
}
