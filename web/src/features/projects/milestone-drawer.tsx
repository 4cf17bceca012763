import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, DatePicker, Drawer, Flex, Form, Input, Row, Select, Space, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { useErrorMessage, useFormErrorHandler } from '../../app/feedback';
import { matchesName } from '../../app/name-filter';
import { zoneToday } from '../investment/contest/contest-period';
import type { Milestone, MilestonePatch, ProjectDetail } from './project.types';
import { useProjectOptions } from './project-options.api';
import {
  useRefreshProjects,
  useSetPredecessorsMutation,
  useUpdateMilestoneMutation,
  useUploadMilestoneFileMutation,
} from './projects.api';
import { RagLight } from './rag-light';

interface Values {
  ownerId?: string | null;
  plannedStartOn?: Dayjs | null;
  dueOn?: Dayjs | null;
  actualStartOn?: Dayjs | null;
  actualDoneOn?: Dayjs | null;
  notes?: string | null;
  predecessorIds?: string[];
}

const FIELDS = ['ownerId', 'plannedStartOn', 'dueOn', 'actualStartOn', 'actualDoneOn', 'notes', 'predecessorIds'];
/** Actual dates cannot be in the future of the zone (Asia/Shanghai), whatever the browser's time zone. */
const afterZoneToday = (d: Dayjs): boolean => d.format('YYYY-MM-DD') > zoneToday();
const day = (value: Dayjs | null | undefined): string | null => value?.format('YYYY-MM-DD') ?? null;
const toDay = (value: string | null): Dayjs | null => (value ? dayjs(value) : null);
const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * Edits one checklist item: the task force changes plan, owner and predecessors; the owner records
 * actual dates, notes and evidence. A conflict (someone saved first) shows the server's message and
 * reloads; a dependency cycle is shown with the items it runs through.
 */
export function MilestoneDrawer({
  project,
  item,
  onClose,
}: {
  project: ProjectDetail;
  item: Milestone | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const options = useProjectOptions().data;
  const update = useUpdateMilestoneMutation();
  const setPredecessors = useSetPredecessorsMutation();
  const upload = useUploadMilestoneFileMutation();
  const refresh = useRefreshProjects();
  const showError = useErrorMessage();
  const onFormError = useFormErrorHandler(form, FIELDS);
  const [problem, setProblem] = useState<string | null>(null);
  const planning = project.canEdit;

  // Reset when another item opens or a newer version arrives, not on every refetch of the page.
  const shown = item ? `${item.id}@${item.version}` : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shown` stands for the item's identity and version
  useEffect(() => {
    if (!item) return;
    setProblem(null);
    form.resetFields();
    form.setFieldsValue({
      ownerId: item.ownerId,
      plannedStartOn: toDay(item.plannedStartOn),
      dueOn: toDay(item.dueOn),
      actualStartOn: toDay(item.actualStartOn),
      actualDoneOn: toDay(item.actualDoneOn),
      notes: item.notes,
      predecessorIds: item.predecessorIds,
    });
  }, [shown, form]);

  if (!item) return null;

  const onError = (error: unknown) => {
    if (isApiError(error) && (error.status === 409 || error.code === 'project.dependencyCycle')) {
      setProblem(error.message);
      if (error.status === 409) void refresh();
      return;
    }
    onFormError(error);
  };

  const submit = async (v: Values) => {
    const body: MilestonePatch = {
      version: item.version,
      actualStartOn: day(v.actualStartOn),
      actualDoneOn: day(v.actualDoneOn),
      notes: v.notes?.trim() ? v.notes.trim() : null,
      ...(planning
        ? {
            ownerId: v.ownerId ?? null,
            plannedStartOn: day(v.plannedStartOn) ?? item.plannedStartOn,
            dueOn: day(v.dueOn) ?? item.dueOn,
          }
        : {}),
    };
    try {
      // The versioned PATCH first: the predecessors PUT carries no version and may bump it.
      await update.mutateAsync({ projectId: project.id, milestoneId: item.id, body });
      const ids = v.predecessorIds ?? [];
      if (planning && !sameIds(ids, item.predecessorIds)) {
        await setPredecessors.mutateAsync({ projectId: project.id, milestoneId: item.id, predecessorIds: ids });
      }
      void message.success(t('projects.milestone.saved'));
      onClose();
    } catch (error) {
      onError(error);
    }
  };

  const others = project.milestones.filter((m) => m.id !== item.id);
  return (
    <Drawer
      open
      size={480}
      title={
        <Space>
          <RagLight status={item.ragStatus} rule={item.rule} />
          {item.name}
        </Space>
      }
      onClose={onClose}
      extra={
        <Button
          type="primary"
          loading={update.isPending || setPredecessors.isPending}
          onClick={() => form.submit()}
          data-testid="milestone-save"
        >
          {t('common.save')}
        </Button>
      }
      data-testid="milestone-drawer"
    >
      <Flex vertical gap={12}>
        {problem ? <Alert type="error" showIcon title={problem} data-testid="milestone-problem" /> : null}
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="milestone-form">
          <Form.Item name="ownerId" label={t('projects.milestone.owner')}>
            <Select
              allowClear
              disabled={!planning}
              showSearch={{ filterOption: matchesName }}
              options={[
                ...(item.ownerId && !options?.owners.some((o) => o.id === item.ownerId)
                  ? [{ value: item.ownerId, label: item.ownerName ?? item.ownerId }]
                  : []),
                ...(options?.owners ?? []).map((o) => ({
                  value: o.id,
                  label: o.displayName,
                  searchKeys: o.searchKeys,
                })),
              ]}
            />
          </Form.Item>
          <Row gutter={8}>
            <Col span={12}>
              <Form.Item name="plannedStartOn" label={t('projects.milestone.plannedStartOn')}>
                <DatePicker disabled={!planning} allowClear={false} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="dueOn" label={t('projects.milestone.dueOn')}>
                <DatePicker disabled={!planning} allowClear={false} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="actualStartOn" label={t('projects.milestone.actualStartOn')}>
                <DatePicker style={{ width: '100%' }} disabledDate={afterZoneToday} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="actualDoneOn" label={t('projects.milestone.actualDoneOn')}>
                <DatePicker style={{ width: '100%' }} disabledDate={afterZoneToday} />
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
              disabled={!planning}
              showSearch={{ optionFilterProp: 'label' }}
              options={others.map((m) => ({ value: m.id, label: m.name }))}
            />
          </Form.Item>
          <Form.Item name="notes" label={t('projects.milestone.notes')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </Form>
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            upload
              .mutateAsync({ projectId: project.id, milestoneId: item.id, file })
              .then(() => message.success(t('projects.milestone.uploaded', { name: file.name })))
              .catch(showError);
            return false; // sent raw by the mutation, not as antd's multipart form
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending}>
            {t('projects.milestone.upload')}
          </Button>
        </Upload>
      </Flex>
    </Drawer>
  );
}
