import { App, Button, DatePicker, Flex, Form, Input, Modal, Radio, Select, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormErrorHandler } from '../../../app/feedback';
import { matchesName } from '../../../app/name-filter';
import { zoneToday } from '../../investment/contest/contest-period';
import { type HoldMeetingValues, meetingBody } from './meeting-form';
import { PLACE_KEYS } from './meeting-labels';
import { type MeetingDetail, PLACE_KINDS, type Series, useHoldMeeting, useMeetingOptions } from './meetings.api';

type Values = Omit<HoldMeetingValues, 'heldOn'> & { heldOn: Dayjs };

const FIELDS = ['heldOn', 'startsAt', 'place', 'placeKind', 'siteEnterpriseId', 'summary', 'userIds', 'outside'];

/** "召开会议": date, time, place (office, at a firm, on a site; 现场交办), attendees (users and outside people), agenda. */
export function HoldMeetingModal({
  series,
  onClose,
  onHeld,
}: {
  series: Series;
  onClose: () => void;
  onHeld: (m: MeetingDetail) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // The form's initial agenda lists the series' projects: it mounts once the options are in.
  const options = useMeetingOptions().data;
  const hold = useHoldMeeting();
  const onError = useFormErrorHandler(form, FIELDS);
  const placeKind = Form.useWatch('placeKind', form);
  const projects = (options?.projects ?? []).filter(
    (p) => series.taskForceId === null || p.taskForceId === series.taskForceId,
  );
  const others = (options?.projects ?? []).filter((p) => !projects.includes(p));
  const enterprises = [
    ...new Map(
      (options?.projects ?? []).flatMap((p) => (p.enterpriseId ? [[p.enterpriseId, p.enterpriseName ?? '']] : [])),
    ).entries(),
  ];
  const people = [...(options?.people ?? [])].sort(
    (a, b) =>
      Number(series.taskForceId !== null && b.taskForceIds.includes(series.taskForceId)) -
      Number(series.taskForceId !== null && a.taskForceIds.includes(series.taskForceId)),
  );

  const submit = async (v: Values) => {
    try {
      const held = await hold.mutateAsync({
        seriesId: series.id,
        body: meetingBody({
          ...v,
          heldOn: v.heldOn.format('YYYY-MM-DD'),
          userIds: v.userIds ?? [],
          agenda: v.agenda ?? [],
        }),
      });
      void message.success(t('meetings.hold.held'));
      onHeld(held);
    } catch (error) {
      onError(error);
    }
  };

  return (
    <Modal
      open
      width={720}
      title={t('meetings.hold.title', { name: series.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'hold-meeting-submit' }}
      confirmLoading={hold.isPending}
      data-testid="hold-meeting-modal"
    >
      {options === undefined ? (
        <Spin />
      ) : (
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            heldOn: dayjs(zoneToday()),
            startsAt: '09:00',
            place: series.defaultPlace,
            placeKind: 'office',
            userIds: [],
            agenda: projects.map((p) => ({
              topic: t('meetings.hold.defaultTopic', { name: p.name }),
              projectId: p.id,
            })),
          }}
          onFinish={(v) => void submit(v)}
        >
          <Flex gap={12}>
            <Form.Item name="heldOn" label={t('meetings.heldOn')} rules={[{ required: true }]}>
              <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > zoneToday()} />
            </Form.Item>
            <Form.Item name="startsAt" label={t('meetings.startsAt')}>
              <Input placeholder="09:00" style={{ width: 100 }} data-testid="hold-meeting-time" />
            </Form.Item>
            <Form.Item name="place" label={t('meetings.place')} style={{ flex: 1 }}>
              <Input maxLength={200} data-testid="hold-meeting-place" />
            </Form.Item>
          </Flex>
          <Flex gap={12} align="center">
            <Form.Item name="placeKind" label={t('meetings.placeKind')}>
              <Radio.Group
                optionType="button"
                data-testid="hold-meeting-place-kind"
                options={PLACE_KINDS.map((value) => ({ value, label: t(PLACE_KEYS[value]) }))}
              />
            </Form.Item>
            {placeKind !== undefined && placeKind !== 'office' ? (
              <Form.Item name="siteEnterpriseId" label={t('meetings.siteEnterprise')} style={{ flex: 1 }}>
                <Select allowClear options={enterprises.map(([value, label]) => ({ value, label }))} />
              </Form.Item>
            ) : null}
          </Flex>
          <Form.Item name="userIds" label={t('meetings.attendees')}>
            <Select
              mode="multiple"
              filterOption={matchesName}
              data-testid="hold-meeting-users"
              options={people.map((p) => ({ value: p.id, label: p.displayName, searchKeys: p.searchKeys }))}
            />
          </Form.Item>
          <Form.Item name="outside" label={t('meetings.hold.outside')} extra={t('meetings.hold.outsideHint')}>
            <Input.TextArea rows={2} data-testid="hold-meeting-outside" />
          </Form.Item>
          <Form.List name="agenda">
            {(fields, { add, remove }) => (
              <Flex vertical gap={4} data-testid="hold-meeting-agenda">
                {fields.map((field) => (
                  <Flex key={field.key} gap={8}>
                    <Form.Item name={[field.name, 'topic']} style={{ flex: 2, marginBottom: 4 }}>
                      <Input placeholder={t('meetings.agenda.topic')} maxLength={300} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'projectId']} style={{ flex: 1, marginBottom: 4 }}>
                      <Select
                        allowClear
                        showSearch
                        filterOption={matchesName}
                        placeholder={t('meetings.agenda.project')}
                        options={[...projects, ...others].map((p) => ({
                          value: p.id,
                          label: p.name,
                          searchKeys: p.searchKeys,
                        }))}
                      />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>{t('meetings.agenda.remove')}</Button>
                  </Flex>
                ))}
                <Button type="dashed" onClick={() => add({ topic: '', projectId: null })}>
                  {t('meetings.agenda.add')}
                </Button>
              </Flex>
            )}
          </Form.List>
          <Form.Item name="summary" label={t('meetings.summary')} style={{ marginTop: 12 }}>
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
