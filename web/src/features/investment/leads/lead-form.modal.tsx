import { INVESTOR_REGIONS } from '@zonehub/investment-rules';
import { Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/problem';
import { useErrorMessage } from '../../../app/feedback';
import { formFieldName } from '../../../app/form-errors';
import { matchesName } from '../../../app/name-filter';
import { zoneToday } from '../../../i18n/format';
import { IndustryPicker } from '../../industries/industry-picker';
import { regionLabel } from '../investment-labels';
import { useInvestmentOptions } from '../investment-options.api';
import { DuplicateWarning } from './duplicate-warning';
import type { DuplicateMatch, LeadDetail } from './lead.types';
import {
  LEAD_FORM_FIELD_OF,
  LEAD_FORM_FIELDS,
  type LeadFormValues,
  leadFormToInput,
  leadToFormValues,
} from './lead-form';
import { useCreateLeadMutation, useDuplicatesQuery, useUpdateLeadMutation } from './leads.api';

type Values = Omit<LeadFormValues, 'registeredOn'> & { registeredOn?: Dayjs | null };

function useDebounced(value: string, ms = 300): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Create or edit a lead. As the investor's name and credit code are typed, leads of the same
 * investor are listed (debounced GET /leads/duplicates); after a create, the server's own matches.
 */
export function LeadFormModal({
  open,
  lead,
  onClose,
  onCreated,
}: {
  open: boolean;
  lead: LeadDetail | null;
  onClose: () => void;
  onCreated?: (lead: LeadDetail, duplicates: DuplicateMatch[]) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const options = useInvestmentOptions().data;
  const create = useCreateLeadMutation();
  const update = useUpdateLeadMutation();
  const showError = useErrorMessage();
  const investorName = useDebounced(Form.useWatch('investorName', form) ?? '');
  const investorUscc = useDebounced(Form.useWatch('investorUscc', form) ?? '');
  const taskForceId = Form.useWatch('taskForceId', form);
  const duplicates = useDuplicatesQuery(open ? investorName : '', investorUscc, lead?.id);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (lead) {
      const values = leadToFormValues(lead);
      form.setFieldsValue({ ...values, registeredOn: values.registeredOn ? dayjs(values.registeredOn) : null });
    } else {
      const mine = options?.taskForces.find((f) => f.mine);
      // registeredOn stays empty: the server takes the zone's today.
      form.setFieldsValue({ taskForceId: mine?.id });
    }
  }, [open, lead, form, options]);

  const onError = (error: unknown) => {
    if (!isApiError(error) || error.fieldErrors.length === 0) {
      showError(error);
      return;
    }
    const fields = new Map<keyof LeadFormValues, string[]>();
    for (const fieldError of error.fieldErrors) {
      const apiName = formFieldName(fieldError.field).split('.')[0] ?? '';
      const name = LEAD_FORM_FIELD_OF[apiName] ?? LEAD_FORM_FIELDS.find((f) => f === apiName);
      if (name) fields.set(name, [...(fields.get(name) ?? []), fieldError.message]);
    }
    form.setFields([...fields].map(([name, errors]) => ({ name, errors })));
    if (fields.size === 0) showError(error);
  };

  const submit = (v: Values) => {
    const input = leadFormToInput({ ...v, registeredOn: v.registeredOn?.format('YYYY-MM-DD') ?? null });
    const done = lead
      ? update.mutateAsync({ id: lead.id, body: { ...input, version: lead.version } }).then(() => onClose())
      : create.mutateAsync(input).then((created) => {
          onClose();
          onCreated?.(created.lead, created.duplicates);
        });
    done.catch(onError);
  };

  const owners = (options?.owners ?? []).filter((o) => !taskForceId || o.taskForceIds.includes(taskForceId));
  const wan = (name: keyof Values, label: string) => (
    <Col span={8}>
      <Form.Item name={name} label={label}>
        <InputNumber min={0} style={{ width: '100%' }} data-testid={`lead-form-${name}`} />
      </Form.Item>
    </Col>
  );

  return (
    <Modal
      open={open}
      title={lead ? t('investment.leads.edit') : t('investment.leads.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      width={820}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="lead-form">
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="name" label={t('investment.leads.name')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={120} data-testid="lead-form-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="taskForceId" label={t('investment.leads.taskForce')} rules={[{ required: true }]}>
              <Select options={(options?.taskForces ?? []).map((f) => ({ value: f.id, label: f.name }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="investorName"
              label={t('investment.leads.investor')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={120} data-testid="lead-form-investor" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="investorUscc" label={t('investment.leads.investorUscc')}>
              <Input maxLength={18} data-testid="lead-form-uscc" />
            </Form.Item>
          </Col>
        </Row>
        <DuplicateWarning matches={duplicates.data?.items ?? []} />
        <Row gutter={12} style={{ marginTop: 12 }}>
          <Col span={8}>
            <Form.Item name="investorRegion" label={t('investment.leads.region')}>
              <Select allowClear options={INVESTOR_REGIONS.map((r) => ({ value: r, label: regionLabel(r) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="investorProvince" label={t('investment.leads.province')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="investorCity" label={t('investment.leads.city')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="industryCode" label={t('investment.leads.industry')}>
              <IndustryPicker />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="chainName" label={t('investment.leads.chain')}>
              <Input maxLength={80} />
            </Form.Item>
          </Col>
          {wan('plannedInvestmentWan', t('investment.leads.plannedInvestmentWan'))}
          {wan('expectedOutputWan', t('investment.leads.expectedOutputWan'))}
          {wan('expectedTaxWan', t('investment.leads.expectedTaxWan'))}
          {wan('expectedJobs', t('investment.leads.expectedJobs'))}
          {wan('landDemandMu', t('investment.leads.landDemandMu'))}
          {wan('energyDemandTce', t('investment.leads.energyDemandTce'))}
          <Col span={8}>
            <Form.Item name="methodId" label={t('investment.leads.method')}>
              <Select
                allowClear
                options={(options?.methods ?? [])
                  .filter((m) => m.active || m.id === lead?.methodId)
                  .map((m) => ({ value: m.id, label: m.name }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="ownerId" label={t('investment.leads.owner')}>
              <Select
                allowClear
                showSearch={{ filterOption: matchesName }}
                options={owners.map((o) => ({ value: o.id, label: o.displayName, searchKeys: o.searchKeys }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="targetParkId" label={t('investment.leads.targetPark')}>
              <Select allowClear options={(options?.parks ?? []).map((p) => ({ value: p.id, label: p.name }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="sourcePerson" label={t('investment.leads.sourcePerson')}>
              <Input maxLength={80} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="registeredOn" label={t('investment.leads.registeredOn')}>
              <DatePicker
                style={{ width: '100%' }}
                placeholder={t('investment.gate.effectiveOnToday')}
                disabledDate={(d) => d.isAfter(dayjs(zoneToday()), 'day')}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="description" label={t('investment.leads.description')}>
              <Input.TextArea rows={3} maxLength={4000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
