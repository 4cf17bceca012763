import { Alert, App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { useFormErrorHandler } from '../../app/feedback';
import { matchesName } from '../../app/name-filter';
import { MILESTONE_ADD_FIELDS, type MilestoneAddValues, milestoneAddBody } from './milestone-add';
import type { ProjectDetail } from './project.types';
import { useAddMilestoneMutation } from './project-edit.api';
import { useProjectOptions } from './project-options.api';

type Values = Omit<MilestoneAddValues, 'plannedStartOn' | 'dueOn'> & { plannedStartOn?: Dayjs; dueOn?: Dayjs };

/**
 * Adds a custom item to the checklist (新增节点): name, phase, owner, planned start, deadline and
 * predecessors. The server's field errors (a deadline before the start, an owner outside the zone)
 * land on their fields; a dependency cycle is shown above the form with the items it runs through.
 */
export function MilestoneAddModal({
  project,
  open,
  onClose,
}: {
  project: ProjectDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const options = useProjectOptions().data;
  const add = useAddMilestoneMutation();
  const onFormError = useFormErrorHandler(form, MILESTONE_ADD_FIELDS);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
  }, [open, form]);

  const submit = async (v: Values) => {
    const body = milestoneAddBody({
      ...v,
      plannedStartOn: v.plannedStartOn?.format('YYYY-MM-DD') ?? '',
      dueOn: v.dueOn?.format('YYYY-MM-DD') ?? '',
    });
    try {
      await add.mutateAsync({ projectId: project.id, body });
      void message.success(t('projects.milestone.added'));
      onClose();
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length === 0 && error.status !== 500) setProblem(error.message);
      else onFormError(error);
    }
  };

  return (
    <Modal
      open={open}
      title={t('projects.milestone.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      {problem ? <Alert type="error" showIcon title={problem} data-testid="milestone-add-problem" /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="milestone-add-form">
        <Form.Item name="name" label={t('projects.milestone.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} data-testid="milestone-add-name" />
        </Form.Item>
        <Row gutter={8}>
          <Col span={12}>
            <Form.Item name="phaseId" label={t('projects.milestone.phase')}>
              <Select allowClear options={project.phases.map((p) => ({ value: p.id, label: p.name }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="ownerId" label={t('projects.milestone.owner')}>
              <Select
                allowClear
                showSearch={{ filterOption: matchesName }}
                options={(options?.owners ?? []).map((o) => ({
                  value: o.id,
                  label: o.displayName,
                  searchKeys: o.searchKeys,
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="plannedStartOn"
              label={t('projects.milestone.plannedStartOn')}
              rules={[{ required: true }]}
            >
              <DatePicker style={{ width: '100%' }} data-testid="milestone-add-start" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="dueOn" label={t('projects.milestone.dueOn')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} data-testid="milestone-add-due" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="predecessorIds"
          label={t('projects.milestone.predecessors')}
          extra={t('projects.milestone.predecessorsHint')}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={project.milestones.map((m) => ({ value: m.id, label: m.name }))}
          />
        </Form.Item>
        <Form.Item name="notes" label={t('projects.milestone.notes')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
