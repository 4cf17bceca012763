import { PROJECT_KINDS } from '@zonehub/project-rules';
import { Col, DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesName } from '../../app/name-filter';
import { EnterpriseSelect } from '../users/enterprise-select';
import { projectKindLabel } from './project-labels';
import { useProjectOptions } from './project-options.api';

/**
 * The project fields the new-project form and the edit form share, as columns of the caller's
 * <Row>: name, kind, enterprise, park, then `site` (the edit form's parcel and building), task force,
 * leader in charge, total investment, signing date, transformation, then `extra` (the new form's
 * template switch). Test ids are `${testIdPrefix}-name|taskForce|investment`.
 */
export function ProjectFields({
  testIdPrefix,
  enterpriseName,
  signedOnHint,
  site,
  extra,
}: {
  testIdPrefix: string;
  enterpriseName?: string | null;
  signedOnHint?: string;
  site?: ReactNode;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const { data: options } = useProjectOptions();
  // With a trailing switch the figures row shares its width with it.
  const figureSpan = extra ? 8 : 10;
  return (
    <>
      <Col span={16}>
        <Form.Item name="name" label={t('projects.field.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} data-testid={`${testIdPrefix}-name`} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="kind" label={t('projects.field.kind')} rules={[{ required: true }]}>
          <Select options={PROJECT_KINDS.map((k) => ({ value: k, label: projectKindLabel(k) }))} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="enterpriseId" label={t('projects.field.enterprise')}>
          <EnterpriseSelect initialName={enterpriseName ?? undefined} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="parkId" label={t('projects.field.park')}>
          <Select allowClear options={(options?.parks ?? []).map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
      </Col>
      {site}
      <Col span={12}>
        <Form.Item name="taskForceId" label={t('projects.field.taskForce')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(options?.taskForces ?? []).map((f) => ({ value: f.id, label: f.name }))}
            data-testid={`${testIdPrefix}-taskForce`}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="leaderInChargeId" label={t('projects.field.leaderInCharge')}>
          <Select
            allowClear
            showSearch={{ filterOption: matchesName }}
            options={(options?.leaders ?? []).map((o) => ({
              value: o.id,
              label: o.displayName,
              searchKeys: o.searchKeys,
            }))}
          />
        </Form.Item>
      </Col>
      <Col span={figureSpan}>
        <Form.Item name="totalInvestmentWan" label={t('projects.field.totalInvestmentWan')}>
          <InputNumber min={0} style={{ width: '100%' }} data-testid={`${testIdPrefix}-investment`} />
        </Form.Item>
      </Col>
      <Col span={figureSpan}>
        <Form.Item name="signedOn" label={t('projects.field.signedOn')} extra={signedOnHint}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={4}>
        <Form.Item name="isTransformation" label={t('projects.field.transformation')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      {extra}
    </>
  );
}
