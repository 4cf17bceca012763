import { Alert, App, Button, Checkbox, Flex, Form, Input, InputNumber, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { useFormErrorHandler } from '../../app/feedback';
import { type AgencyItem, useAgencyDepartments, useProjectAgencyItems, useSaveAgencyItem } from './agency.api';
import { type AgencyFormValues, bodyOf, elapsedParts, formValuesOf } from './agency-form';
import { AgencyFiles, AgencyStateTag, AgencyStepButtons } from './agency-page/agency-steps';
import type { ProjectDetail } from './project.types';

const FIELDS = ['item', 'departmentId', 'statutoryDays', 'tolerance', 'commitment', 'notes', 'submit'];

/**
 * The project's approval items (全代办): their state, working days used against the statutory limit
 * since acceptance, overdue flagged; the task force adds, submits and (after 退回补正) resubmits them,
 * the handling department takes the other steps on its desk.
 */
export function AgencyTab({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const items = useProjectAgencyItems(project.id);
  const [editing, setEditing] = useState<AgencyItem | 'new' | null>(null);
  const yesNo = (on: boolean, key: 'projects.agency.tolerance' | 'projects.agency.commitment') =>
    on ? <Tag key={key}>{t(key)}</Tag> : null;

  return (
    <Flex vertical gap={12} data-testid="agency-tab">
      {project.canEdit ? (
        <Flex justify="end">
          <Button type="primary" onClick={() => setEditing('new')} data-testid="agency-add">
            {t('projects.agency.add')}
          </Button>
        </Flex>
      ) : null}
      <Table<AgencyItem>
        rowKey="id"
        size="small"
        loading={items.isLoading}
        dataSource={items.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('projects.agency.empty') }}
        scroll={{ x: 'max-content' }}
        onRow={(item) =>
          ({
            'data-item-id': item.id,
            onClick: () => (item.canUpdate ? setEditing(item) : undefined),
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          { key: 'item', title: t('projects.agency.item'), dataIndex: 'item' },
          { key: 'department', title: t('projects.agency.department'), dataIndex: 'departmentName' },
          {
            key: 'state',
            title: t('projects.agency.desk.status'),
            render: (_, item) => (
              <Flex vertical gap={4}>
                <AgencyStateTag item={item} />
                {item.state === 'returned' && item.returnReason ? (
                  <span data-testid="agency-return-reason">{item.returnReason}</span>
                ) : null}
              </Flex>
            ),
          },
          {
            key: 'actions',
            title: t('projects.agency.desk.actions'),
            render: (_, item) => <AgencyStepButtons item={item} />,
          },
          { key: 'submittedOn', title: t('projects.agency.submittedOn'), dataIndex: 'submittedOn' },
          { key: 'acceptedOn', title: t('projects.agency.acceptedOn'), dataIndex: 'acceptedOn' },
          { key: 'approvedOn', title: t('projects.agency.approvedOn'), dataIndex: 'approvedOn' },
          { key: 'docNo', title: t('projects.agency.approvalDocNo'), dataIndex: 'approvalDocNo' },
          { key: 'files', title: t('projects.agency.approvalFile'), render: (_, item) => <AgencyFiles item={item} /> },
          {
            key: 'elapsed',
            title: t('projects.agency.elapsed'),
            render: (_, item) => (
              <span data-testid="agency-elapsed">
                {t('projects.agency.elapsedValue', elapsedParts(item))}{' '}
                {item.overdue ? <Tag color="red">{t('projects.agency.overdue')}</Tag> : null}
              </span>
            ),
          },
          {
            key: 'flags',
            title: t('projects.agency.flags'),
            render: (_, item) => (
              <>
                {yesNo(item.tolerance, 'projects.agency.tolerance')}
                {yesNo(item.commitment, 'projects.agency.commitment')}
              </>
            ),
          },
          { key: 'handledBy', title: t('projects.agency.handledBy'), dataIndex: 'handledByName' },
        ]}
      />
      {editing === null ? null : (
        <AgencyItemModal project={project} item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Flex>
  );
}

function AgencyItemModal({
  project,
  item,
  onClose,
}: {
  project: ProjectDetail;
  item: AgencyItem | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AgencyFormValues>();
  const departments = useAgencyDepartments().data?.items ?? [];
  const save = useSaveAgencyItem();
  const onFormError = useFormErrorHandler(form, FIELDS);
  const [problem, setProblem] = useState<string | null>(null);
  const mayWork = project.canEdit;
  const initial = formValuesOf(item);

  const submit = async (values: AgencyFormValues) => {
    try {
      await save.mutateAsync({ projectId: project.id, itemId: item?.id ?? null, body: bodyOf(values, item, mayWork) });
      void message.success(t('projects.agency.saved'));
      onClose();
    } catch (error) {
      if (isApiError(error) && error.status === 409) setProblem(error.message);
      else onFormError(error);
    }
  };

  return (
    <Modal
      open
      title={t(item ? 'projects.agency.edit' : 'projects.agency.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      data-testid="agency-modal"
    >
      {problem ? <Alert type="error" showIcon title={problem} /> : null}
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)}>
        <Form.Item name="item" label={t('projects.agency.item')} rules={[{ required: true }]}>
          <Input maxLength={200} disabled={!mayWork} />
        </Form.Item>
        <Form.Item name="departmentId" label={t('projects.agency.department')} rules={[{ required: true }]}>
          <Select
            disabled={!mayWork || (item !== null && !['draft', 'returned'].includes(item.state))}
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Form.Item name="statutoryDays" label={t('projects.agency.statutoryDays')} rules={[{ required: true }]}>
          <InputNumber min={1} max={365} precision={0} disabled={!mayWork} />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item name="tolerance" valuePropName="checked">
            <Checkbox disabled={!mayWork}>{t('projects.agency.tolerance')}</Checkbox>
          </Form.Item>
          <Form.Item name="commitment" valuePropName="checked">
            <Checkbox disabled={!mayWork}>{t('projects.agency.commitment')}</Checkbox>
          </Form.Item>
        </Flex>
        <Form.Item name="notes" label={t('projects.agency.notes')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        {item === null ? (
          <Form.Item name="submit" valuePropName="checked">
            <Checkbox data-testid="agency-submit-now">{t('projects.agency.submitNow')}</Checkbox>
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
