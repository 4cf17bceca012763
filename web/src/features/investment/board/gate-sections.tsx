import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useErrorMessage, useFormErrorHandler } from '../../../app/feedback';
import { zoneToday } from '../../../i18n/format';
import { EnterpriseSelect } from '../../users/enterprise-select';
import { verdictLabel } from '../investment-labels';
import { useInvestmentOptions } from '../investment-options.api';
import { ACTIVITY_FIELDS, ActivityForm, type ActivityValues, activityBody } from '../leads/activity-form';
import type { LeadDetail } from '../leads/lead.types';
import { useAddActivityMutation, useUploadAttachmentMutation } from '../leads/moves.api';
import { ScreeningForm } from '../leads/screening-form';
import { BuildingPicker, ParcelPicker } from './site-select';

/** Negotiating: whether a meeting with the investor is recorded, and a short form to log one. */
export function MeetingSection({
  leadId,
  hasMeeting,
  error,
  onLogged,
}: {
  leadId: string;
  hasMeeting: boolean;
  error: string | null;
  onLogged: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ActivityValues>();
  const add = useAddActivityMutation();
  const onError = useFormErrorHandler(form, ACTIVITY_FIELDS);
  if (hasMeeting)
    return <Alert type="success" showIcon title={t('investment.gate.meetingFound')} data-testid="gate-meeting-ok" />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert
        type="warning"
        showIcon
        title={error ?? t('investment.gate.noMeeting')}
        data-testid="gate-meeting-missing"
      />
      <ActivityForm
        form={form}
        meetingOnly
        onFinish={(values) =>
          add
            .mutateAsync(activityBody(leadId, { ...values, kind: 'meeting' }))
            .then(() => {
              form.resetFields();
              onLogged();
            })
            .catch(onError)
        }
      />
      <Button onClick={() => form.submit()} loading={add.isPending} data-testid="gate-meeting-save">
        {t('investment.gate.logMeeting')}
      </Button>
    </Space>
  );
}

/** Signed: the latest environmental access screening, or the form to record one. */
export function ScreeningSection({
  detail,
  error,
  onSaved,
}: {
  detail: LeadDetail;
  error: string | null;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const latest = detail.screenings[0];
  if (latest && latest.verdict !== 'reject')
    return (
      <Alert
        type="success"
        showIcon
        title={t('investment.gate.screeningFound', { verdict: verdictLabel(latest.verdict), date: latest.decidedOn })}
        data-testid="gate-screening-ok"
      />
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert
        type="warning"
        showIcon
        title={error ?? (latest ? t('investment.gate.screeningRejected') : t('investment.gate.noScreening'))}
        data-testid="gate-screening-missing"
      />
      <ScreeningForm leadId={detail.id} onSaved={onSaved} />
    </Space>
  );
}

/** Signed: date and amount (typed in 万元, sent in yuan). */
export function SigningFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="signedOn" label={t('investment.gate.signedOn')} rules={[{ required: true }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => d.isAfter(dayjs(zoneToday()), 'day') || d.isBefore(dayjs('2000-01-01'))}
          data-testid="gate-signed-on"
        />
      </Form.Item>
      <Form.Item name="signedAmountWan" label={t('investment.gate.signedAmountWan')} rules={[{ required: true }]}>
        <InputNumber min={0} style={{ width: '100%' }} data-testid="gate-signed-amount" />
      </Form.Item>
    </>
  );
}

/** Signed: the contract document, picked from the lead's contract attachments or uploaded here. */
export function ContractField({ detail, onUploaded }: { detail: LeadDetail; onUploaded: (id: string) => void }) {
  const { t } = useTranslation();
  const upload = useUploadAttachmentMutation();
  const showError = useErrorMessage();
  const contracts = detail.attachments.filter((a) => a.kind === 'contract');
  return (
    <Form.Item label={t('investment.gate.contract')} required>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item
          name="contractAttachmentId"
          noStyle
          rules={[{ required: true, message: t('investment.gate.contractRequired') }]}
        >
          <Select
            style={{ width: '100%' }}
            placeholder={t('investment.gate.contractPick')}
            options={contracts.map((a) => ({ value: a.id, label: a.fileName }))}
            data-testid="gate-contract"
          />
        </Form.Item>
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            upload
              .mutateAsync({ id: detail.id, file, kind: 'contract' })
              .then((meta) => onUploaded(meta.id))
              .catch(showError);
            return false; // the mutation sends the raw file; antd must not post a multipart form
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="gate-contract-upload">
            {t('investment.gate.upload')}
          </Button>
        </Upload>
      </Space.Compact>
    </Form.Item>
  );
}

/** Landed: an enterprise of the registry, or a new one created with the move. */
export function EnterpriseFields({ mode }: { mode: 'existing' | 'new' }) {
  const { t } = useTranslation();
  const parks = useInvestmentOptions().data?.parks ?? [];
  return (
    <>
      <Form.Item name="enterpriseMode" label={t('investment.gate.enterprise')}>
        <Radio.Group
          options={[
            { value: 'existing', label: t('investment.gate.enterpriseExisting') },
            { value: 'new', label: t('investment.gate.enterpriseNew') },
          ]}
        />
      </Form.Item>
      {mode === 'existing' ? (
        <Form.Item name="enterpriseId" rules={[{ required: true, message: t('investment.gate.enterpriseRequired') }]}>
          <EnterpriseSelect />
        </Form.Item>
      ) : (
        <>
          <Form.Item
            name="newEnterpriseName"
            label={t('investment.gate.newEnterpriseName')}
            rules={[{ required: true }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="newEnterpriseUscc"
            label={t('investment.gate.newEnterpriseUscc')}
            rules={[{ required: true }]}
          >
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item
            name="newEnterpriseParkId"
            label={t('investment.gate.newEnterprisePark')}
            rules={[{ required: true }]}
          >
            <Select options={parks.map((p) => ({ value: p.id, label: p.name }))} />
          </Form.Item>
          <Form.Item name="newEnterpriseContactName" label={t('investment.gate.newEnterpriseContact')}>
            <Input maxLength={50} data-testid="gate-contact-name" />
          </Form.Item>
          <Form.Item name="newEnterpriseContactPhone" label={t('investment.gate.newEnterprisePhone')}>
            <Input maxLength={40} data-testid="gate-contact-phone" />
          </Form.Item>
        </>
      )}
    </>
  );
}

/** Landed: the parcel or the factory building. */
export function SiteFields({ kind }: { kind: 'parcel' | 'building' }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="siteKind" label={t('investment.gate.site')}>
        <Radio.Group
          options={[
            { value: 'parcel', label: t('investment.gate.siteParcel') },
            { value: 'building', label: t('investment.gate.siteBuilding') },
          ]}
        />
      </Form.Item>
      {kind === 'parcel' ? (
        <Form.Item
          name="parcelId"
          rules={[{ required: true, message: t('investment.gate.siteRequired') }]}
          extra={t('investment.gate.parcelFreeOnly')}
        >
          <ParcelPicker />
        </Form.Item>
      ) : (
        <>
          <Form.Item name="buildingId" rules={[{ required: true, message: t('investment.gate.siteRequired') }]}>
            <BuildingPicker />
          </Form.Item>
          <Form.Item
            name="buildingAreaM2"
            label={t('investment.gate.buildingArea')}
            rules={[{ required: true, message: t('investment.gate.buildingAreaRequired') }]}
          >
            <InputNumber min={0.01} style={{ width: '100%' }} data-testid="gate-building-area" />
          </Form.Item>
        </>
      )}
    </>
  );
}

export function GateSectionTitle({ children }: { children: string }) {
  return (
    <Typography.Title level={5} style={{ marginTop: 8 }}>
      {children}
    </Typography.Title>
  );
}
