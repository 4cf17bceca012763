import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { phaseName } from './phases-form';

/**
 * The phases of a project (一期 / 二期 / 三期) inside a Form, under the field `phases`: investment and
 * expected revenue and tax in 万元, capacity as text, jobs, planned start and end (dayjs values).
 */
export function PhasesEditor() {
  const { t } = useTranslation();
  const wan = (name: number, field: string, label: string) => (
    <Col span={6}>
      <Form.Item name={[name, field]} label={label}>
        <InputNumber min={0} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
  return (
    <Form.List name="phases">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              style={{ marginBottom: 8 }}
              data-testid="phase-card"
              extra={<Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} />}
              title={
                <Form.Item name={[field.name, 'name']} noStyle rules={[{ required: true, whitespace: true }]}>
                  <Input variant="borderless" style={{ width: 160 }} placeholder={phaseName(index)} />
                </Form.Item>
              }
            >
              <Row gutter={8}>
                {wan(field.name, 'investmentWan', t('projects.phase.investmentWan'))}
                {wan(field.name, 'expectedRevenueWan', t('projects.phase.expectedRevenueWan'))}
                {wan(field.name, 'expectedTaxWan', t('projects.phase.expectedTaxWan'))}
                <Col span={6}>
                  <Form.Item name={[field.name, 'expectedJobs']} label={t('projects.phase.expectedJobs')}>
                    <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name={[field.name, 'capacity']} label={t('projects.phase.capacity')}>
                    <Input maxLength={200} placeholder={t('projects.phase.capacityPlaceholder')} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name={[field.name, 'plannedStartOn']} label={t('projects.phase.plannedStartOn')}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name={[field.name, 'plannedEndOn']} label={t('projects.phase.plannedEndOn')}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ name: phaseName(fields.length) })}
            data-testid="phase-add"
          >
            {t('projects.phase.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
