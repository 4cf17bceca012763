import { ProjectOutlined } from '@ant-design/icons';
import { PROJECT_KINDS, type ProjectKind } from '@zonehub/project-rules';
import { Button, Form, Modal, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../api/problem';
import { useErrorMessage } from '../../app/feedback';
import { useHasPermission } from '../../app/session';
import { projectKindLabel } from './project-labels';
import { useProjectOptions } from './project-options.api';
import { type HandoverInput, useProjectFromLeadMutation } from './projects.api';

interface HandoverLead {
  id: string;
  name: string;
  stage: string;
  projectId: string | null;
  taskForceId: string;
  ownerId: string | null;
}

const FIELDS = ['taskForceId', 'leaderInChargeId', 'checklistOwnerId', 'kind', 'isTransformation', 'template'];

/**
 * On a landed lead: 「转为项目」 opens a dialog that confirms who runs the project (task force, leader
 * in charge, owner of the checklist items) before the hand-over (project.manage); once handed over,
 * a link to its project.
 */
export function LeadHandover({ lead }: { lead: HandoverLead }) {
  const { t } = useTranslation();
  const mayManage = useHasPermission('project.manage');
  const mayView = useHasPermission('project.view');
  const [open, setOpen] = useState(false);
  if (lead.projectId) {
    return mayView ? (
      <Link to={`/projects/${lead.projectId}`} data-testid="lead-project-link">
        <ProjectOutlined /> {t('projects.handover.openProject')}
      </Link>
    ) : null;
  }
  if (lead.stage !== 'landed' || !mayManage) return null;
  return (
    <>
      <Button icon={<ProjectOutlined />} onClick={() => setOpen(true)} data-testid="lead-to-project">
        {t('projects.handover.button')}
      </Button>
      {open ? <HandoverDialog lead={lead} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

type Values = Omit<HandoverInput, 'checklistOwnerId'> & { checklistOwnerId?: string };

function HandoverDialog({ lead, onClose }: { lead: HandoverLead; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useProjectOptions().data;
  const handover = useProjectFromLeadMutation();
  const showError = useErrorMessage();
  const [form] = Form.useForm<Values>();
  const template = Form.useWatch('template', form) ?? true;
  const taskForceId = Form.useWatch('taskForceId', form) ?? lead.taskForceId;
  // The task force's own people first: they are who usually own its items.
  const owners = [...(options?.owners ?? [])].sort(
    (a, b) => Number(b.taskForceIds.includes(taskForceId)) - Number(a.taskForceIds.includes(taskForceId)),
  );
  const leadOwner = options?.owners.some((o) => o.id === lead.ownerId) ? (lead.ownerId ?? undefined) : undefined;

  const submit = (values: Values) => {
    const body: HandoverInput = {
      ...values,
      checklistOwnerId: values.template ? (values.checklistOwnerId ?? null) : null,
    };
    handover
      .mutateAsync({ leadId: lead.id, body })
      .then((project) => navigate(`/projects/${project.id}`))
      .catch((error: unknown) => {
        if (!isApiError(error) || error.fieldErrors.length === 0) {
          showError(error);
          return;
        }
        const placed = error.fieldErrors.flatMap((e) => {
          const name = e.field.replace(/^body\./, '');
          return FIELDS.includes(name) ? [{ name: name as keyof Values, errors: [e.message] }] : [];
        });
        form.setFields(placed);
        if (placed.length < error.fieldErrors.length) showError(error);
      });
  };

  return (
    <Modal
      open
      title={t('projects.handover.title', { name: lead.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('projects.handover.confirm')}
      okButtonProps={{ id: 'handover-submit' }}
      confirmLoading={handover.isPending}
      cancelText={t('common.cancel')}
      destroyOnHidden
      data-testid="handover-dialog"
    >
      <Typography.Paragraph type="secondary">{t('projects.handover.intro')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="handover-form"
        initialValues={{
          taskForceId: lead.taskForceId,
          kind: 'new' satisfies ProjectKind,
          isTransformation: false,
          template: true,
          checklistOwnerId: leadOwner,
        }}
      >
        <Form.Item name="taskForceId" label={t('projects.field.taskForce')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(options?.taskForces ?? []).map((f) => ({ value: f.id, label: f.name }))}
            data-testid="handover-taskForce"
          />
        </Form.Item>
        <Form.Item
          name="leaderInChargeId"
          label={t('projects.field.leaderInCharge')}
          rules={[{ required: true, message: t('projects.handover.leaderRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(options?.leaders ?? []).map((o) => ({ value: o.id, label: o.displayName }))}
            data-testid="handover-leader"
          />
        </Form.Item>
        <Form.Item name="kind" label={t('projects.field.kind')}>
          <Select options={PROJECT_KINDS.map((k) => ({ value: k, label: projectKindLabel(k) }))} />
        </Form.Item>
        <Form.Item name="template" label={t('projects.form.template')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {template ? (
          <Form.Item
            name="checklistOwnerId"
            label={t('projects.handover.owner')}
            extra={t('projects.handover.ownerHint')}
            rules={[{ required: true, message: t('projects.handover.ownerRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={owners.map((o) => ({ value: o.id, label: o.displayName }))}
              data-testid="handover-owner"
            />
          </Form.Item>
        ) : null}
        <Form.Item name="isTransformation" label={t('projects.field.transformation')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
