import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Drawer, Flex, Form, Input, Timeline } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/problem';
import { useFormErrorHandler } from '../../../app/feedback';
import { elapsedParts } from '../agency-form';
import { type DeskItem, deskNotesBody } from './agency-desk';
import { useRecordAgencyItem } from './agency-desk.api';
import { AgencyFiles, AgencyFileUpload, AgencyStateTag, AgencyStepButtons } from './agency-steps';

/**
 * One item on the desk: its state and a button for each step the department may take now (受理,
 * 退回补正, 办结 — each stamps the day and the handler), the statutory clock, the approval's number
 * and file, the steps so far, and the desk's notes. A stale save shows who changed it first.
 */
export function AgencyDeskDrawer({ item, onClose }: { item: DeskItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ notes: string | null }>();
  const record = useRecordAgencyItem();
  const queryClient = useQueryClient();
  const onFormError = useFormErrorHandler(form, ['notes']);
  const [problem, setProblem] = useState<string | null>(null);

  const shown = item ? item.id : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when another item opens, not on refetch
  useEffect(() => {
    if (!item) return;
    setProblem(null);
    form.resetFields();
    form.setFieldsValue({ notes: item.notes });
  }, [shown, form]);

  if (!item) return null;

  const saveNotes = async (v: { notes: string | null }) => {
    try {
      await record.mutateAsync({ item, body: deskNotesBody(v.notes, item) });
      void message.success(t('projects.agency.saved'));
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        setProblem(error.message);
        void queryClient.invalidateQueries({ queryKey: ['projects', 'agency'] });
      } else onFormError(error);
    }
  };

  const dash = (value: string | null) => value ?? '—';
  return (
    <Drawer open size={500} title={item.item} onClose={onClose} data-testid="agency-desk-drawer">
      <Flex vertical gap={12}>
        {problem ? <Alert type="error" showIcon title={problem} data-testid="agency-desk-problem" /> : null}
        <Flex gap={8} align="center" wrap>
          <AgencyStateTag item={item} />
          <AgencyStepButtons item={item} />
        </Flex>
        {item.state === 'returned' && item.returnReason ? (
          <Alert type="warning" showIcon title={t('projects.agency.returnReason')} description={item.returnReason} />
        ) : null}
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('projects.agency.desk.project')}>{item.projectName}</Descriptions.Item>
          <Descriptions.Item label={t('projects.agency.desk.enterprise')}>
            {dash(item.enterpriseName)}
          </Descriptions.Item>
          <Descriptions.Item label={t('projects.agency.department')}>{item.departmentName}</Descriptions.Item>
          <Descriptions.Item label={t('projects.agency.submittedOn')}>{dash(item.submittedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('projects.agency.acceptedOn')}>
            <span data-testid="agency-accepted-on">{dash(item.acceptedOn)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('projects.agency.elapsed')}>
            {t('projects.agency.elapsedValue', elapsedParts(item))}
            {item.pausedWorkdays > 0 ? ` ${t('projects.agency.pausedDays', { days: item.pausedWorkdays })}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('projects.agency.dueOn')}>
            {item.paused ? t('projects.agency.paused') : dash(item.dueOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('projects.agency.approvedOn')}>{dash(item.approvedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('projects.agency.approvalDocNo')}>
            <span data-testid="agency-docno">{dash(item.approvalDocNo)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('projects.agency.approvalFile')}>
            <Flex gap={8} align="center" wrap>
              <AgencyFiles item={item} />
              <AgencyFileUpload item={item} />
            </Flex>
          </Descriptions.Item>
          <Descriptions.Item label={t('projects.agency.handledBy')}>{dash(item.handledByName)}</Descriptions.Item>
        </Descriptions>
        <Timeline
          data-testid="agency-steps"
          items={item.steps.map((s) => ({
            content: `${s.on} ${t(`projects.agency.step.${s.step}`)}${s.actorName ? ` · ${s.actorName}` : ''}${
              s.reason ? `：${s.reason}` : ''
            }`,
          }))}
        />
        <Form form={form} layout="vertical" onFinish={(v) => void saveNotes(v)} data-testid="agency-desk-form">
          <Form.Item name="notes" label={t('projects.agency.notes')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Button loading={record.isPending} onClick={() => form.submit()} data-testid="agency-desk-save">
            {t('common.save')}
          </Button>
        </Form>
      </Flex>
    </Drawer>
  );
}
