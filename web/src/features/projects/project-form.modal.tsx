import { Col, Divider, Form, Modal, Row, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { useErrorMessage } from '../../app/feedback';
import { PhasesEditor } from './phases-editor';
import type { PhaseFormValues } from './phases-form';
import type { ProjectDetail } from './project.types';
import { ProjectFields } from './project-fields';
import { type ProjectFormValues, projectErrorPath, projectFormToInput } from './project-form';
import { useProjectOptions } from './project-options.api';
import { useCreateProjectMutation } from './projects.api';

type DayField = Dayjs | null | undefined;
type PhaseValues = Omit<PhaseFormValues, 'plannedStartOn' | 'plannedEndOn'> & {
  plannedStartOn?: DayField;
  plannedEndOn?: DayField;
};
type Values = Omit<ProjectFormValues, 'signedOn' | 'phases'> & { signedOn?: DayField; phases?: PhaseValues[] };

const day = (value: DayField): string | null => value?.format('YYYY-MM-DD') ?? null;

/** A new project: kind, name, enterprise, park, task force, leader, investment, phases, from the template or empty. */
export function ProjectFormModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (project: ProjectDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const options = useProjectOptions().data;
  const create = useCreateProjectMutation();
  const showError = useErrorMessage();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    const mine = options?.taskForces.find((f) => f.mine);
    form.setFieldsValue({ kind: 'new', taskForceId: mine?.id, template: true, isTransformation: false, phases: [] });
  }, [open, form, options]);

  const onError = (error: unknown) => {
    if (!isApiError(error) || error.fieldErrors.length === 0) {
      showError(error);
      return;
    }
    const placed = error.fieldErrors.flatMap((fieldError) => {
      const name = projectErrorPath(fieldError.field);
      return name ? [{ name, errors: [fieldError.message] }] : [];
    });
    // Paths are built from the server's field names (phases.1.investmentWan), so typed loosely here.
    form.setFields(placed as Parameters<typeof form.setFields>[0]);
    if (placed.length < error.fieldErrors.length) showError(error);
  };

  const submit = (v: Values) => {
    const input = projectFormToInput({
      ...v,
      signedOn: day(v.signedOn),
      phases: (v.phases ?? []).map((p) => ({
        ...p,
        plannedStartOn: day(p.plannedStartOn),
        plannedEndOn: day(p.plannedEndOn),
      })),
    });
    create
      .mutateAsync(input)
      .then((project) => {
        onClose();
        onCreated(project);
      })
      .catch(onError);
  };

  return (
    <Modal
      open={open}
      title={t('projects.list.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      width={900}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="project-form">
        <Row gutter={12}>
          <ProjectFields
            testIdPrefix="project-form"
            signedOnHint={t('projects.form.signedOnHint')}
            extra={
              <Col span={4}>
                <Form.Item name="template" label={t('projects.form.template')} valuePropName="checked">
                  <Switch data-testid="project-form-template" />
                </Form.Item>
              </Col>
            }
          />
        </Row>
        <Divider titlePlacement="start">{t('projects.phase.title')}</Divider>
        <PhasesEditor />
      </Form>
    </Modal>
  );
}
