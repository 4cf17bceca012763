import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Descriptions, Drawer, Flex, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/problem';
import { useFormErrorHandler } from '../../../app/feedback';
import { zoneToday } from '../../investment/contest/contest-period';
import { type DeskFormValues, type DeskItem, deskBodyOf, deskFormValuesOf } from './agency-desk';
import { useRecordAgencyItem } from './agency-desk.api';

type DateField = 'submittedOn' | 'acceptedOn' | 'approvedOn';
type Values = Omit<DeskFormValues, DateField> & Record<DateField, Dayjs | null | undefined>;
const DATE_FIELDS: DateField[] = ['submittedOn', 'acceptedOn', 'approvedOn'];
const FIELDS = [...DATE_FIELDS, 'handledByName', 'notes'];
/** Dates cannot be in the future of the zone (Asia/Shanghai), whatever the browser's time zone. */
const afterZoneToday = (d: Dayjs): boolean => d.format('YYYY-MM-DD') > zoneToday();
const day = (value: Dayjs | null | undefined): string | null => value?.format('YYYY-MM-DD') ?? null;

/**
 * The desk records an item's submitted / accepted / approved dates, its handler and notes. A save
 * on a stale version shows who changed it and when, and keeps what was typed so it can be redone.
 */
export function AgencyDeskDrawer({ item, onClose }: { item: DeskItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useRecordAgencyItem();
  const queryClient = useQueryClient();
  const onFormError = useFormErrorHandler(form, FIELDS);
  const [problem, setProblem] = useState<string | null>(null);

  const shown = item ? item.id : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when another item opens, not on refetch
  useEffect(() => {
    if (!item) return;
    setProblem(null);
    const v = deskFormValuesOf(item);
    form.resetFields();
    const toDay = (value: string | null) => (value ? dayjs(value) : null);
    form.setFieldsValue({
      handledByName: v.handledByName,
      notes: v.notes,
      submittedOn: toDay(v.submittedOn),
      acceptedOn: toDay(v.acceptedOn),
      approvedOn: toDay(v.approvedOn),
    });
  }, [shown, form]);

  if (!item) return null;

  const submit = async (v: Values) => {
    const values: DeskFormValues = {
      ...v,
      submittedOn: day(v.submittedOn),
      acceptedOn: day(v.acceptedOn),
      approvedOn: day(v.approvedOn),
    };
    try {
      await record.mutateAsync({ item, body: deskBodyOf(values, item) });
      void message.success(t('projects.agency.saved'));
      onClose();
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        // Show who saved first; reload the item (its new version) but keep what was typed here.
        setProblem(error.message);
        void queryClient.invalidateQueries({ queryKey: ['projects', 'agency'] });
      } else onFormError(error);
    }
  };

  return (
    <Drawer
      open
      size={460}
      title={item.item}
      onClose={onClose}
      extra={
        <Button type="primary" loading={record.isPending} onClick={() => form.submit()} data-testid="agency-desk-save">
          {t('common.save')}
        </Button>
      }
      data-testid="agency-desk-drawer"
    >
      <Flex vertical gap={12}>
        {problem ? <Alert type="error" showIcon title={problem} data-testid="agency-desk-problem" /> : null}
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('projects.agency.desk.project')}>{item.projectName}</Descriptions.Item>
          <Descriptions.Item label={t('projects.agency.desk.enterprise')}>
            {item.enterpriseName ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('projects.agency.department')}>{item.departmentName}</Descriptions.Item>
          <Descriptions.Item label={t('projects.agency.statutoryDays')}>{item.statutoryDays}</Descriptions.Item>
        </Descriptions>
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="agency-desk-form">
          {DATE_FIELDS.map((field) => (
            <Form.Item key={field} name={field} label={t(`projects.agency.${field}`)}>
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={afterZoneToday}
                data-testid={`agency-desk-${field}`}
              />
            </Form.Item>
          ))}
          <Form.Item name="handledByName" label={t('projects.agency.handledBy')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="notes" label={t('projects.agency.notes')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </Form>
      </Flex>
    </Drawer>
  );
}
