import { Button, Empty, Form, InputNumber, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormErrorHandler } from '../../app/feedback';
import { useHasPermission } from '../../app/session';
import { translateDynamic } from '../../i18n';
import { zoneToday } from '../../i18n/format';
import { classificationLabel } from './classification-label';
import {
  CLASSIFICATION_KINDS,
  type ClassificationKind,
  FOUR_ABOVE_SECTORS,
  type FourAboveSector,
  SRDI_LEVELS,
  type SrdiLevel,
  useAddClassificationMutation,
  useEnterpriseQuery,
  useRemoveClassificationMutation,
} from './enterprises.api';
import { FourAboveSuggestionPanel } from './four-above-suggestion';

interface ClassificationForm {
  kind: ClassificationKind;
  year: number;
  sector?: FourAboveSector;
  level?: SrdiLevel;
}

/** Classifications by year, the form to add one, and the 四上 suggestion from a reported revenue. */
export function ClassificationsTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const { data: e } = useEnterpriseQuery(enterpriseId);
  const add = useAddClassificationMutation();
  const remove = useRemoveClassificationMutation();
  const [form] = Form.useForm<ClassificationForm>();
  const kind = Form.useWatch('kind', form);
  const onError = useFormErrorHandler(form, ['kind', 'year', 'sector', 'level']);
  const canManage = useHasPermission('enterprise.manage');
  if (!e) return null;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="profile-classifications">
      {canManage && (
        <Form<ClassificationForm>
          form={form}
          layout="inline"
          initialValues={{ year: Number(zoneToday().slice(0, 4)) - 1 }}
          onFinish={(body) => add.mutate({ id: enterpriseId, body }, { onSuccess: () => form.resetFields(), onError })}
        >
          <Form.Item name="kind" rules={[{ required: true, message: t('enterprises.classification') }]}>
            <Select
              style={{ width: 160 }}
              placeholder={t('enterprises.classification')}
              options={CLASSIFICATION_KINDS.map((k) => ({
                value: k,
                label: translateDynamic(`enterprises.kind.${k}`, k),
              }))}
            />
          </Form.Item>
          <Form.Item name="year" rules={[{ required: true }]}>
            <InputNumber min={1990} max={2100} placeholder={t('enterprises.year')} />
          </Form.Item>
          {kind === 'fourAbove' && (
            <Form.Item name="sector" rules={[{ required: true, message: t('enterprises.sector') }]}>
              <Select
                style={{ width: 180 }}
                placeholder={t('enterprises.sector')}
                options={FOUR_ABOVE_SECTORS.map((s) => ({
                  value: s,
                  label: translateDynamic(`enterprises.sector.${s}`, s),
                }))}
              />
            </Form.Item>
          )}
          {kind === 'srdi' && (
            <Form.Item name="level" rules={[{ required: true, message: t('enterprises.level') }]}>
              <Select
                style={{ width: 160 }}
                placeholder={t('enterprises.level')}
                options={SRDI_LEVELS.map((l) => ({ value: l, label: translateDynamic(`enterprises.level.${l}`, l) }))}
              />
            </Form.Item>
          )}
          <Button htmlType="submit" type="primary" loading={add.isPending}>
            {t('common.create')}
          </Button>
        </Form>
      )}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={e.classifications}
        locale={{ emptyText: <Empty description={t('enterprises.noClassifications')} /> }}
        columns={[
          { key: 'year', title: t('enterprises.year'), dataIndex: 'year' },
          {
            key: 'kind',
            title: t('enterprises.classification'),
            render: (_, c) => <Tag color="blue">{classificationLabel(c)}</Tag>,
          },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, c: { id: string }) => (
                    <Popconfirm
                      title={t('enterprises.confirmDelete')}
                      onConfirm={() => remove.mutate({ id: enterpriseId, classificationId: c.id })}
                    >
                      <Button type="link" size="small" danger>
                        {t('common.delete')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FourAboveSuggestionPanel enterprise={e} />
    </Space>
  );
}
