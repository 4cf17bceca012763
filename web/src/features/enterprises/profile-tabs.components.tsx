import {
  Button,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Switch,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrorHandler } from '../../app/feedback';
import { useSession } from '../../app/session';
import { currentLocale, translateDynamic } from '../../i18n';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';
import { classificationLabel } from './classification-label';
import {
  CLASSIFICATION_KINDS,
  type ClassificationKind,
  type Contact,
  FOUR_ABOVE_SECTORS,
  type FourAboveSector,
  SRDI_LEVELS,
  type SrdiLevel,
  useAddClassificationMutation,
  useAddContactMutation,
  useEnterpriseHistoryQuery,
  useEnterpriseQuery,
  useRemoveClassificationMutation,
  useRemoveContactMutation,
} from './enterprises.api';
import { formatYuan } from './money';

const useCanManage = () => useSession().permissions.includes('enterprise.manage');

export function BasicTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { data: e } = useEnterpriseQuery(enterpriseId);
  if (!e) return null;
  const none = t('common.none');
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} data-testid="profile-basic">
      <Descriptions.Item label={t('enterprises.uscc')}>{e.uscc}</Descriptions.Item>
      <Descriptions.Item label={t('enterprises.status')}>
        {translateDynamic(`enterprises.status.${e.status}`, e.status)}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.formerNames')}>{e.formerNames.join('；') || none}</Descriptions.Item>
      <Descriptions.Item label={t('enterprises.legalRepresentative')}>
        {e.legalRepresentative ?? none}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.registeredCapital')}>
        {e.registeredCapitalYuan === null ? (
          none
        ) : (
          <span title={`${e.registeredCapitalYuan}`}>{formatYuan(e.registeredCapitalYuan, locale)}</span>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.foundedOn')}>
        {e.foundedOn ? formatDate(e.foundedOn, locale) : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.park')}>{e.parkName ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('enterprises.industry')}>
        {e.industryCode ? `${e.industryCode} ${e.industryName ?? ''}` : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.employees')}>
        {e.employees === null ? none : formatNumber(e.employees, locale)}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.address')}>{e.address ?? none}</Descriptions.Item>
    </Descriptions>
  );
}

interface ClassificationForm {
  kind: ClassificationKind;
  year: number;
  sector?: FourAboveSector;
  level?: SrdiLevel;
}

export function ClassificationsTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const { data: e } = useEnterpriseQuery(enterpriseId);
  const add = useAddClassificationMutation();
  const remove = useRemoveClassificationMutation();
  const [form] = Form.useForm<ClassificationForm>();
  const kind = Form.useWatch('kind', form);
  const onError = useFormErrorHandler(form, ['kind', 'year', 'sector', 'level']);
  const canManage = useCanManage();
  if (!e) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="profile-classifications">
      {canManage && (
        <Form<ClassificationForm>
          form={form}
          layout="inline"
          initialValues={{ year: new Date().getFullYear() - 1 }}
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
    </Space>
  );
}

export function ContactsTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const { data: e } = useEnterpriseQuery(enterpriseId);
  const add = useAddContactMutation();
  const remove = useRemoveContactMutation();
  const [form] = Form.useForm<Omit<Contact, 'id'>>();
  const onError = useFormErrorHandler(form, ['name', 'title', 'phone', 'email', 'isPrimary']);
  const canManage = useCanManage();
  if (!e) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="profile-contacts">
      {canManage && (
        <Form<Omit<Contact, 'id'>>
          form={form}
          layout="inline"
          onFinish={(values) => {
            const body = {
              ...values,
              title: values.title || null,
              phone: values.phone || null,
              email: values.email || null,
            };
            add.mutate({ id: enterpriseId, body }, { onSuccess: () => form.resetFields(), onError });
          }}
        >
          <Form.Item
            name="name"
            rules={[{ required: true, message: t('common.required', { field: t('enterprises.contact.name') }) }]}
          >
            <Input placeholder={t('enterprises.contact.name')} />
          </Form.Item>
          <Form.Item name="title">
            <Input placeholder={t('enterprises.contact.title')} />
          </Form.Item>
          <Form.Item name="phone">
            <Input placeholder={t('enterprises.contact.phone')} />
          </Form.Item>
          <Form.Item name="email">
            <Input placeholder={t('enterprises.contact.email')} />
          </Form.Item>
          <Form.Item name="isPrimary" valuePropName="checked" label={t('enterprises.contact.primary')}>
            <Switch size="small" />
          </Form.Item>
          <Button htmlType="submit" type="primary" loading={add.isPending}>
            {t('common.create')}
          </Button>
        </Form>
      )}
      <Table<Contact>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={e.contacts}
        columns={[
          {
            key: 'name',
            title: t('enterprises.contact.name'),
            render: (_, c) => (
              <>
                {c.name} {c.isPrimary && <Tag color="green">{t('enterprises.contact.primary')}</Tag>}
              </>
            ),
          },
          { key: 'title', title: t('enterprises.contact.title'), render: (_, c) => c.title ?? t('common.none') },
          { key: 'phone', title: t('enterprises.contact.phone'), render: (_, c) => c.phone ?? t('common.none') },
          { key: 'email', title: t('enterprises.contact.email'), render: (_, c) => c.email ?? t('common.none') },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, c: Contact) => (
                    <Popconfirm
                      title={t('enterprises.confirmDelete')}
                      onConfirm={() => remove.mutate({ id: enterpriseId, contactId: c.id })}
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
    </Space>
  );
}

export function HistoryTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [page, setPage] = useState(1);
  const history = useEnterpriseHistoryQuery(enterpriseId, page);
  return (
    <Table
      rowKey="seq"
      size="small"
      data-testid="profile-history"
      loading={history.isFetching}
      dataSource={history.data?.items ?? []}
      pagination={{ current: page, pageSize: 20, total: history.data?.total ?? 0, onChange: setPage }}
      columns={[
        { key: 'at', title: t('enterprises.history.at'), render: (_, e) => formatDateTime(e.occurredAt, locale) },
        { key: 'actor', title: t('enterprises.history.actor'), render: (_, e) => e.actorName ?? t('common.none') },
        {
          key: 'action',
          title: t('enterprises.history.action'),
          render: (_, e) => translateDynamic(`enterprises.action.${e.action}`, e.action),
        },
      ]}
    />
  );
}
