import { useQueryClient } from '@tanstack/react-query';
import type { Stage } from '@zonehub/investment-rules';
import { Alert, App, DatePicker, Form, Input, List, Modal, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/problem';
import { zoneToday } from '../../../i18n/format';
import { gateItemLabel, joinList, stageLabel } from '../investment-labels';
import type { LeadSummary } from '../leads/lead.types';
import { LEADS_KEY, useLeadQuery } from '../leads/leads.api';
import { useMoveLeadMutation } from '../leads/moves.api';
import { buildMoveBody, type GateValues, gateFieldOf, gateSections, openGateItems } from './gate-form';
import {
  ContractField,
  EnterpriseFields,
  GateSectionTitle,
  MeetingSection,
  ScreeningSection,
  SigningFields,
  SiteFields,
} from './gate-sections';

type FormValues = Omit<GateValues, 'effectiveOn' | 'signedOn'> & { effectiveOn?: Dayjs; signedOn?: Dayjs };

const VERSION_CONFLICT = 'lead.versionConflict';

/**
 * The gate of a pool: asks for the evidence the target pool needs (by the shared gate rule), lets
 * the user provide what is missing right here, and submits the move with the card's version.
 */
export function GateDialog({ lead, to, onClose }: { lead: LeadSummary; to: Stage; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const sections = gateSections(to);
  const detail = useLeadQuery(lead.id);
  const move = useMoveLeadMutation();
  const [sectionErrors, setSectionErrors] = useState<{ meeting: string | null; screening: string | null }>({
    meeting: null,
    screening: null,
  });
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const values = Form.useWatch([], form) ?? {};
  const plain = toGateValues(values);
  // Which activities count as a meeting is the server's rule: read it from the lead's own gate.
  const known = {
    meetingCount: detail.data && !detail.data.gate.missing.includes('meeting') ? 1 : 0,
    screeningVerdict: detail.data?.screenings[0]?.verdict ?? null,
  };
  const open = openGateItems(to, known, plain);

  const submit = (formValues: FormValues) => {
    setOtherErrors([]);
    // The card's version: a move someone else made since the board loaded answers 409, never a
    // second move. (Meetings, screenings and uploads logged here do not change the version.)
    move
      .mutateAsync({ id: lead.id, body: buildMoveBody(to, lead.version, toGateValues(formValues)) })
      .then((moved) => {
        void message.success(t('investment.gate.moved', { name: moved.name, stage: stageLabel(to) }));
        onClose();
      })
      .catch((error: unknown) => {
        if (!isApiError(error)) {
          setOtherErrors([String(error)]);
          return;
        }
        if (error.code === VERSION_CONFLICT) {
          void message.error(error.message);
          void queryClient.invalidateQueries({ queryKey: LEADS_KEY });
          onClose();
          return;
        }
        const next = { meeting: null as string | null, screening: null as string | null };
        const rest: string[] = [];
        const fields: { name: keyof FormValues; errors: string[] }[] = [];
        // Only items on screen can show an error; any other one is listed above the form.
        const shown = new Set(Object.keys(form.getFieldsValue()));
        for (const fieldError of error.fieldErrors) {
          const target = gateFieldOf(fieldError.field);
          if (target === 'meeting' || target === 'screening') next[target] = fieldError.message;
          else if (target && shown.has(target)) fields.push({ name: target, errors: [fieldError.message] });
          else rest.push(fieldError.message);
        }
        form.setFields(fields);
        setSectionErrors(next);
        setOtherErrors(rest.length > 0 || error.fieldErrors.length === 0 ? [error.message, ...rest] : []);
      });
  };

  const evidenceWritten = () => {
    setSectionErrors({ meeting: null, screening: null });
  };

  return (
    <Modal
      open
      title={t('investment.gate.title', { name: lead.name, stage: stageLabel(to) })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('investment.gate.submit')}
      okButtonProps={{ disabled: !detail.data, id: 'gate-submit' }}
      confirmLoading={move.isPending}
      cancelText={t('common.cancel')}
      width={640}
      destroyOnHidden
      data-testid="gate-dialog"
    >
      {detail.data ? (
        <>
          <List
            size="small"
            header={t('investment.gate.checklist')}
            dataSource={open}
            locale={{ emptyText: t('investment.gate.allPresent') }}
            renderItem={(item) => <List.Item data-gate-item={item}>{gateItemLabel(item)}</List.Item>}
            data-testid="gate-checklist"
            style={{ marginBottom: 12 }}
          />
          {otherErrors.length > 0 ? (
            <Alert
              type="error"
              showIcon
              title={joinList(otherErrors)}
              style={{ marginBottom: 12 }}
              data-testid="gate-error"
            />
          ) : null}
          {sections.includes('meeting') ? (
            <MeetingSection
              leadId={lead.id}
              hasMeeting={known.meetingCount > 0}
              error={sectionErrors.meeting}
              onLogged={evidenceWritten}
            />
          ) : null}
          {sections.includes('screening') ? (
            <>
              <GateSectionTitle>{t('investment.gate.screening')}</GateSectionTitle>
              <ScreeningSection detail={detail.data} error={sectionErrors.screening} onSaved={evidenceWritten} />
            </>
          ) : null}
          <Form
            form={form}
            layout="vertical"
            onFinish={submit}
            // Left empty, the server takes the zone's today (the browser's day may differ).
            // The new enterprise's park defaults to the lead's target park.
            initialValues={{
              enterpriseMode: 'existing',
              siteKind: 'parcel',
              newEnterpriseParkId: detail.data.targetParkId ?? undefined,
            }}
            style={{ marginTop: 12 }}
            data-testid="gate-form"
          >
            {sections.includes('signing') ? <SigningFields /> : null}
            {sections.includes('contract') ? (
              <ContractField
                detail={detail.data}
                onUploaded={(id) => {
                  evidenceWritten();
                  form.setFieldValue('contractAttachmentId', id);
                }}
              />
            ) : null}
            {sections.includes('enterprise') ? <EnterpriseFields mode={plain.enterpriseMode ?? 'existing'} /> : null}
            {sections.includes('site') ? <SiteFields kind={plain.siteKind ?? 'parcel'} /> : null}
            {to === 'signed' || to === 'landed' || to === 'negotiating' ? (
              <Form.Item name="effectiveOn" label={t('investment.gate.effectiveOn')}>
                <DatePicker
                  style={{ width: '100%' }}
                  placeholder={t('investment.gate.effectiveOnToday')}
                  disabledDate={(d) => d.isAfter(dayjs(zoneToday()), 'day')}
                />
              </Form.Item>
            ) : null}
            <Form.Item
              name="reason"
              label={to === 'dropped' ? t('investment.gate.dropReason') : t('investment.gate.note')}
              rules={
                to === 'dropped'
                  ? [{ required: true, whitespace: true, message: t('investment.gate.reasonRequired') }]
                  : []
              }
            >
              <Input.TextArea rows={2} maxLength={2000} data-testid="gate-reason" />
            </Form.Item>
          </Form>
        </>
      ) : (
        <Spin />
      )}
    </Modal>
  );
}

function toGateValues(values: FormValues): GateValues {
  return {
    ...values,
    effectiveOn: values.effectiveOn?.format('YYYY-MM-DD'),
    signedOn: values.signedOn?.format('YYYY-MM-DD'),
  };
}
