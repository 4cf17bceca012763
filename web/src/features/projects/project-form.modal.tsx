import { PROJECT_KINDS } from '@zonehub/project-rules';
import { Col, DatePicker, Divider, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { useErrorMessage } from '../../app/feedback';
import { EnterpriseSelect } from '../users/enterprise-select';
import { PhasesEditor } from './phases-editor';
import type { PhaseFormValues } from './phases-form';
import type { ProjectDetail } from './project.types';
import { type ProjectFormValues, projectErrorPath, projectFormToInput } from './project-form';
import { projectKindLabel } from './project-labels';
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
          <Col span={16}>
            <Form.Item name="name" label={t('projects.field.name')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={120} data-testid="project-form-name" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kind" label={t('projects.field.kind')} rules={[{ required: true }]}>
              <Select options={PROJECT_KINDS.map((k) => ({ value: k, label: projectKindLabel(k) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="enterpriseId" label={t('projects.field.enterprise')}>
              <EnterpriseSelect />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="parkId" label={t('projects.field.park')}>
              <Select allowClear options={(options?.parks ?? []).map((p) => ({ value: p.id, label: p.name }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="taskForceId" label={t('projects.field.taskForce')} rules={[{ required: true }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={(options?.taskForces ?? []).map((f) => ({ value: f.id, label: f.name }))}
                data-testid="project-form-taskForce"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="leaderInChargeId" label={t('projects.field.leaderInCharge')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={(options?.leaders ?? []).map((o) => ({ value: o.id, label: o.displayName }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="totalInvestmentWan" label={t('projects.field.totalInvestmentWan')}>
              <InputNumber min={0} style={{ width: '100%' }} data-testid="project-form-investment" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="signedOn" label={t('projects.field.signedOn')} extra={t('projects.form.signedOnHint')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="isTransformation" label={t('projects.field.transformation')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="template" label={t('projects.form.template')} valuePropName="checked">
              <Switch data-testid="project-form-template" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('projects.phase.title')}</Divider>
        <PhasesEditor />
      </Form>
    </Modal>
  );
}
