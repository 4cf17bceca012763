import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Modal, Radio, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage, useFormErrorHandler } from '../../app/feedback';
import { zoneToday } from '../../i18n/format';
import { ErrorResult } from '../errors/error-pages';
import { CalendarLegend, CalendarYearView } from './calendar-year';
import type { CalendarDay, CalendarOverride, ProjectSettings } from './project.types';
import {
  useCalendarYearQuery,
  useDeleteOverrideMutation,
  useProjectSettingsQuery,
  usePutOverrideMutation,
  useSaveProjectSettingsMutation,
} from './settings.api';

const SETTINGS_FIELDS = ['amberWorkdays', 'escalateAfterWorkdays'];

/** Project settings (project.configure): the amber threshold, escalation, and the zone's calendar corrections. */
export function ProjectSettingsPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16} data-testid="project-settings">
      <Card title={<Typography.Text strong>{t('projects.settings.title')}</Typography.Text>}>
        <ThresholdsForm />
      </Card>
      <CalendarCard />
    </Flex>
  );
}

function ThresholdsForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProjectSettings>();
  const settings = useProjectSettingsQuery();
  const save = useSaveProjectSettingsMutation();
  const onError = useFormErrorHandler(form, SETTINGS_FIELDS);
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);
  if (settings.isError) return <ErrorResult error={settings.error} />;
  if (!settings.data) return <Spin />;
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(v) =>
        save
          .mutateAsync({ amberWorkdays: v.amberWorkdays, escalateAfterWorkdays: v.escalateAfterWorkdays })
          .then(() => message.success(t('projects.settings.saved')))
          .catch(onError)
      }
    >
      <Form.Item name="amberWorkdays" label={t('projects.settings.amberWorkdays')} rules={[{ required: true }]}>
        <InputNumber min={0} max={60} precision={0} data-testid="settings-amber" />
      </Form.Item>
      <Form.Item
        name="escalateAfterWorkdays"
        label={t('projects.settings.escalateAfterWorkdays')}
        rules={[{ required: true }]}
      >
        <InputNumber min={0} max={60} precision={0} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Form.Item>
      <Typography.Text type="secondary">{t('projects.settings.recomputeHint')}</Typography.Text>
    </Form>
  );
}

function CalendarCard() {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => Number(zoneToday().slice(0, 4)));
  const calendar = useCalendarYearQuery(year);
  const [picked, setPicked] = useState<CalendarDay | null>(null);
  return (
    <Card
      title={<Typography.Text strong>{t('projects.calendar.title', { year })}</Typography.Text>}
      extra={
        <Space>
          <Button onClick={() => setYear(year - 1)}>{t('projects.calendar.previousYear')}</Button>
          <Button onClick={() => setYear(year + 1)}>{t('projects.calendar.nextYear')}</Button>
        </Space>
      }
    >
      <Flex vertical gap={12}>
        {calendar.data && !calendar.data.covered ? (
          <Alert
            type="warning"
            showIcon
            title={t('projects.calendar.uncovered', { years: year })}
            description={t('projects.calendar.uncoveredHint')}
          />
        ) : null}
        <CalendarLegend />
        {calendar.isError ? (
          <ErrorResult error={calendar.error} />
        ) : calendar.data ? (
          <CalendarYearView days={calendar.data.days} onPick={setPicked} />
        ) : (
          <Spin />
        )}
      </Flex>
      <OverrideModal
        day={picked}
        override={calendar.data?.overrides.find((o) => o.day === picked?.day) ?? null}
        onClose={() => setPicked(null)}
      />
    </Card>
  );
}

/** Adds, changes or removes the zone's correction of one day (a local holiday, an extra working day). */
function OverrideModal({
  day,
  override,
  onClose,
}: {
  day: CalendarDay | null;
  override: CalendarOverride | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ kind: CalendarOverride['kind']; name: string }>();
  const put = usePutOverrideMutation();
  const remove = useDeleteOverrideMutation();
  const showError = useErrorMessage();
  const onError = useFormErrorHandler(form, ['kind', 'name']);
  useEffect(() => {
    if (!day) return;
    form.setFieldsValue(override ?? { kind: day.workday ? 'holiday' : 'workday', name: '' });
  }, [day, override, form]);
  if (!day) return null;
  return (
    <Modal
      open
      title={t('projects.calendar.overrideTitle', { day: day.day })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={put.isPending}
      footer={(buttons) => (
        <>
          {override ? (
            <Button
              danger
              loading={remove.isPending}
              onClick={() => remove.mutateAsync(day.day).then(onClose).catch(showError)}
            >
              {t('projects.calendar.removeOverride')}
            </Button>
          ) : null}
          {buttons}
        </>
      )}
    >
      <Typography.Paragraph type="secondary">{t('projects.calendar.overrideHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          put
            .mutateAsync({ day: day.day, ...v })
            .then(onClose)
            .catch(onError)
        }
      >
        <Form.Item name="kind" label={t('projects.calendar.kind')} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'holiday', label: t('projects.calendar.kind.holiday') },
              { value: 'workday', label: t('projects.calendar.kind.workday') },
            ]}
          />
        </Form.Item>
        <Form.Item name="name" label={t('projects.calendar.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={60} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
