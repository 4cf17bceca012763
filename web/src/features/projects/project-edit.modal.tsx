import { Alert, App, Col, Divider, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { useErrorMessage } from '../../app/feedback';
import { useBuildingsQuery, useParcelsQuery } from '../land/land.api';
import { PhasesEditor } from './phases-editor';
import type { ProjectDetail } from './project.types';
import {
  changedOnly,
  type EditPhaseValues,
  editErrorPath,
  editValuesToPatch,
  type ProjectEditValues,
  projectToEditValues,
} from './project-edit';
import { useUpdateProjectMutation } from './project-edit.api';
import { ProjectFields } from './project-fields';
import { useRefreshProjects } from './projects.api';

type DayField = Dayjs | null | undefined;
type PhaseValues = Omit<EditPhaseValues, 'plannedStartOn' | 'plannedEndOn'> & {
  plannedStartOn?: DayField;
  plannedEndOn?: DayField;
};
type Values = Omit<ProjectEditValues, 'signedOn' | 'phases'> & { signedOn?: DayField; phases?: PhaseValues[] };

const day = (value: DayField): string | null => value?.format('YYYY-MM-DD') ?? null;
const toDay = (value: string | null | undefined): Dayjs | null => (value ? dayjs(value) : null);

/**
 * Edits every field of a project and its phases (编辑项目), sending the version read. When someone
 * saved first, the server's message (who, when) shows above the form, the page reloads the project
 * and what was typed here stays, so saving again applies it on top of the newer version.
 */
export function ProjectEditModal({
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
  const update = useUpdateProjectMutation();
  const refresh = useRefreshProjects();
  const showError = useErrorMessage();
  const [problem, setProblem] = useState<string | null>(null);
  // The project as the form opened on it: a save sends only what differs from it.
  const opened = useRef<ProjectEditValues | null>(null);
  const parkId = Form.useWatch('parkId', form) ?? undefined;
  const parcels = useParcelsQuery({ page: 1, pageSize: 200, sort: 'code', parkId }).data?.items ?? [];
  const buildings = useBuildingsQuery({ page: 1, pageSize: 200, parkId }).data?.items ?? [];

  // Filled when the modal opens, not when the project refetches (a conflict must not wipe the input).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on open
  useEffect(() => {
    if (!open) return;
    setProblem(null);
    const v = projectToEditValues(project);
    opened.current = v;
    form.resetFields();
    form.setFieldsValue({
      ...v,
      signedOn: toDay(v.signedOn),
      phases: v.phases.map((p) => ({
        ...p,
        plannedStartOn: toDay(p.plannedStartOn),
        plannedEndOn: toDay(p.plannedEndOn),
      })),
    });
  }, [open, form]);

  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 409) {
      setProblem(error.message);
      void refresh();
      return;
    }
    if (!isApiError(error) || error.fieldErrors.length === 0) {
      showError(error);
      return;
    }
    const placed = error.fieldErrors.flatMap((fieldError) => {
      const name = editErrorPath(fieldError.field);
      return name ? [{ name, errors: [fieldError.message] }] : [];
    });
    form.setFields(placed as Parameters<typeof form.setFields>[0]);
    if (placed.length < error.fieldErrors.length) showError(error);
  };

  const submit = () => {
    // Every stored value, not only the mounted fields: a phase's id and actual dates have no input.
    const v = form.getFieldsValue(true) as Values;
    const body = editValuesToPatch(
      {
        ...v,
        signedOn: day(v.signedOn),
        phases: (v.phases ?? []).map((p) => ({
          ...p,
          plannedStartOn: day(p.plannedStartOn),
          plannedEndOn: day(p.plannedEndOn),
        })),
      },
      project.version,
    );
    const baseline = opened.current ? editValuesToPatch(opened.current, project.version) : null;
    update
      .mutateAsync({ id: project.id, body: baseline ? changedOnly(body, baseline) : body })
      .then(() => {
        void message.success(t('projects.edit.saved'));
        onClose();
      })
      .catch(onError);
  };

  return (
    <Modal
      open={open}
      title={t('projects.edit.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      width={900}
      destroyOnHidden
    >
      {problem ? (
        <Alert type="error" showIcon title={problem} data-testid="project-edit-problem" style={{ marginBottom: 12 }} />
      ) : null}
      <Form form={form} layout="vertical" onFinish={submit} data-testid="project-edit-form">
        <Row gutter={12}>
          <ProjectFields
            testIdPrefix="project-edit"
            enterpriseName={project.enterpriseName}
            site={
              <>
                <Col span={12}>
                  <Form.Item name="parcelId" label={t('projects.field.parcel')}>
                    <Select
                      allowClear
                      showSearch={{ optionFilterProp: 'label' }}
                      options={parcels.map((p) => ({ value: p.id, label: `${p.code}（${p.areaMu} 亩）` }))}
                    />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="buildingId" label={t('projects.field.building')}>
                    <Select
                      allowClear
                      showSearch={{ optionFilterProp: 'label' }}
                      options={buildings.map((b) => ({ value: b.id, label: `${b.code} ${b.name}` }))}
                    />
                  </Form.Item>
                </Col>
              </>
            }
          />
          <Col span={24}>
            <Form.Item name="description" label={t('projects.field.description')}>
              <Input.TextArea rows={3} maxLength={4000} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('projects.phase.title')}</Divider>
        <PhasesEditor />
      </Form>
    </Modal>
  );
}
