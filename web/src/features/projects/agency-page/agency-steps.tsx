import { UploadOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Tag, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage, useFormErrorHandler } from '../../../app/feedback';
import { zoneToday } from '../../investment/contest/contest-period';
import {
  type AgencyItem,
  type AgencyState,
  type AgencyStep,
  agencyFileHref,
  useAgencyStep,
  useUploadAgencyFile,
} from '../agency.api';

/** The tag colour of each state (antd presets): new in gold, in hand blue, with the applicant red, done green. */
export const STATE_COLORS: Record<AgencyState, string> = {
  draft: 'default',
  submitted: 'gold',
  accepted: 'processing',
  returned: 'error',
  approved: 'success',
};

/** The item's state, with 超时 when open past its limit and 补正中 while the clock stands still. */
export function AgencyStateTag({ item }: { item: Pick<AgencyItem, 'state' | 'overdue' | 'paused'> }) {
  const { t } = useTranslation();
  return (
    <span data-testid="agency-state" data-state={item.state}>
      <Tag color={STATE_COLORS[item.state]}>{t(`projects.agency.state.${item.state}`)}</Tag>
      {item.overdue ? (
        <Tag color={item.state === 'approved' ? 'warning' : 'red'}>
          {t(item.state === 'approved' ? 'projects.agency.status.approvedLate' : 'projects.agency.overdue')}
        </Tag>
      ) : null}
    </span>
  );
}

/** The approval's files, each a download link. */
export function AgencyFiles({ item }: { item: AgencyItem }) {
  if (item.files.length === 0) return <>—</>;
  return (
    <Flex vertical gap={2}>
      {item.files.map((f) => (
        <a key={f.id} href={agencyFileHref(item, f)} data-testid="agency-file">
          {f.fileName}
        </a>
      ))}
    </Flex>
  );
}

/** One button per step the caller may take now (the server lists them); each opens a short form. */
export function AgencyStepButtons({ item, onDone }: { item: AgencyItem; onDone?: (item: AgencyItem) => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<AgencyStep | null>(null);
  if (item.actions.length === 0) return null;
  return (
    // Clicks inside (the modal too: React bubbles through portals) are not the row's click.
    // biome-ignore lint/a11y/noStaticElementInteractions: only stops propagation
    // biome-ignore lint/a11y/useKeyWithClickEvents: only stops propagation
    <div onClick={(event) => event.stopPropagation()}>
      <Flex gap={8} wrap>
        {item.actions.map((s) => (
          <Button
            key={s}
            size="small"
            type={s === 'return' ? 'default' : 'primary'}
            danger={s === 'return'}
            onClick={() => setStep(s)}
            data-testid={`agency-step-${s}`}
          >
            {t(`projects.agency.step.${s}`)}
          </Button>
        ))}
        {step ? (
          <AgencyStepModal
            item={item}
            step={step}
            onClose={(done) => {
              setStep(null);
              if (done) onDone?.(done);
            }}
          />
        ) : null}
      </Flex>
    </div>
  );
}

interface StepValues {
  on: Dayjs | null;
  reason?: string;
  approvalDocNo?: string;
}

const FIELDS = ['on', 'reason', 'approvalDocNo'];
const afterZoneToday = (d: Dayjs): boolean => d.format('YYYY-MM-DD') > zoneToday();

/** The day (the zone's today unless an earlier one is picked), the reason of a return, the 批复文号 and file of an approval. */
function AgencyStepModal({
  item,
  step,
  onClose,
}: {
  item: AgencyItem;
  step: AgencyStep;
  onClose: (done: AgencyItem | null) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<StepValues>();
  const take = useAgencyStep();
  const upload = useUploadAgencyFile();
  const onFormError = useFormErrorHandler(form, FIELDS);
  const showError = useErrorMessage();
  const [file, setFile] = useState<File | null>(null);

  const submit = async (v: StepValues) => {
    try {
      const done = await take.mutateAsync({
        item,
        body: {
          step,
          ...(v.on ? { on: v.on.format('YYYY-MM-DD') } : {}),
          ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
          ...(v.approvalDocNo?.trim() ? { approvalDocNo: v.approvalDocNo.trim() } : {}),
        },
      });
      if (file) await upload.mutateAsync({ item: done, file }).catch(showError);
      void message.success(t('projects.agency.stepDone', { step: t(`projects.agency.step.${step}`) }));
      onClose(done);
    } catch (error) {
      onFormError(error);
    }
  };

  return (
    <Modal
      open
      title={`${t(`projects.agency.step.${step}`)}：${item.item}`}
      onCancel={() => onClose(null)}
      onOk={() => form.submit()}
      okText={t(`projects.agency.step.${step}`)}
      confirmLoading={take.isPending || upload.isPending}
      data-testid="agency-step-modal"
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ on: dayjs(zoneToday()) }}
        onFinish={(v) => void submit(v)}
        data-testid="agency-step-form"
      >
        <Form.Item name="on" label={t('projects.agency.stepOn')} extra={t('projects.agency.stepOnHint')}>
          <DatePicker disabledDate={afterZoneToday} allowClear={false} data-testid="agency-step-on" />
        </Form.Item>
        {step === 'return' ? (
          <Form.Item
            name="reason"
            label={t('projects.agency.returnReason')}
            rules={[{ required: true, whitespace: true, message: t('projects.agency.returnReasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} data-testid="agency-step-reason" />
          </Form.Item>
        ) : null}
        {step === 'approve' ? (
          <>
            <Form.Item name="approvalDocNo" label={t('projects.agency.approvalDocNo')}>
              <Input maxLength={100} placeholder="长环审〔2026〕12号" data-testid="agency-step-docno" />
            </Form.Item>
            <Form.Item label={t('projects.agency.approvalFile')}>
              <Upload
                maxCount={1}
                beforeUpload={(f) => {
                  setFile(f);
                  return false; // sent raw after the step, not as antd's multipart form
                }}
                onRemove={() => setFile(null)}
              >
                <Button icon={<UploadOutlined />} data-testid="agency-step-file">
                  {t('projects.agency.chooseFile')}
                </Button>
              </Upload>
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}

/** Attach a (further) approval file to an accepted or approved item. */
export function AgencyFileUpload({ item }: { item: AgencyItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadAgencyFile();
  const showError = useErrorMessage();
  if (!item.canUpdate || !['accepted', 'approved'].includes(item.state)) return null;
  return (
    <Upload
      showUploadList={false}
      beforeUpload={(file) => {
        upload
          .mutateAsync({ item, file })
          .then(() => message.success(t('projects.agency.uploaded', { name: file.name })))
          .catch(showError);
        return false;
      }}
    >
      <Button size="small" icon={<UploadOutlined />} loading={upload.isPending} data-testid="agency-file-upload">
        {t('projects.agency.approvalFile')}
      </Button>
    </Upload>
  );
}
