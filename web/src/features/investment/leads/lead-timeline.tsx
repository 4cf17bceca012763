import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Form, Modal, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrorHandler } from '../../../app/feedback';
import { activityKindLabel, joinList, labelled, stageLabel } from '../investment-labels';
import { ACTIVITY_FIELDS, ActivityForm, type ActivityValues, activityBody } from './activity-form';
import type { LeadDetail } from './lead.types';
import { useAddActivityMutation, useLeadActivitiesQuery } from './moves.api';
import { timelineEntries } from './timeline';

/** The lead's timeline: activities and pool moves by date, and the "log activity" form. */
export function LeadTimeline({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  const activities = useLeadActivitiesQuery(lead.id);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ActivityValues>();
  const add = useAddActivityMutation();
  const onError = useFormErrorHandler(form, ACTIVITY_FIELDS);
  const entries = timelineEntries(activities.data?.items ?? [], lead.moves);

  return (
    <Flex vertical gap={12} data-testid="lead-timeline">
      {lead.canEdit ? (
        <div>
          <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="log-activity">
            {t('investment.activity.log')}
          </Button>
        </div>
      ) : null}
      {entries.length === 0 ? (
        <Empty />
      ) : (
        <Timeline
          items={entries.map((entry) =>
            entry.kind === 'move'
              ? {
                  key: `m-${entry.move.id}`,
                  color: entry.move.undone ? 'gray' : entry.move.kind === 'drop' ? 'red' : 'blue',
                  children: (
                    <div data-testid="timeline-move">
                      <Typography.Text strong>
                        {entry.on}{' '}
                        {labelled(
                          t(`investment.move.kind.${entry.move.kind}`),
                          `${stageLabel(entry.move.fromStage)} → ${stageLabel(entry.move.toStage)}`,
                        )}
                      </Typography.Text>
                      {entry.move.undone ? <Tag style={{ marginLeft: 8 }}>{t('investment.move.undone')}</Tag> : null}
                      <div>
                        {entry.move.movedBy?.name ?? ''} {entry.move.reason ?? ''}
                      </div>
                    </div>
                  ),
                }
              : {
                  key: `a-${entry.activity.id}`,
                  color: 'green',
                  children: (
                    <div data-testid="timeline-activity">
                      <Typography.Text strong>
                        {entry.on}
                        {entry.activity.endsOn ? ` ~ ${entry.activity.endsOn}` : ''}{' '}
                        {labelled(activityKindLabel(entry.activity.kind), entry.activity.subject)}
                      </Typography.Text>
                      <div>
                        {joinList([
                          entry.activity.city,
                          entry.activity.participants &&
                            labelled(t('investment.activity.participants'), entry.activity.participants),
                          entry.activity.counterparts &&
                            labelled(t('investment.activity.counterparts'), entry.activity.counterparts),
                        ])}
                      </div>
                      {entry.activity.notes ? (
                        <Typography.Paragraph type="secondary">{entry.activity.notes}</Typography.Paragraph>
                      ) : null}
                    </div>
                  ),
                },
          )}
        />
      )}
      <Modal
        open={open}
        title={t('investment.activity.log')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={add.isPending}
        destroyOnHidden
      >
        <ActivityForm
          form={form}
          onFinish={(values) =>
            add
              .mutateAsync(activityBody(lead.id, values))
              .then(() => {
                setOpen(false);
                form.resetFields();
              })
              .catch(onError)
          }
        />
      </Modal>
    </Flex>
  );
}
