import { Descriptions, Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { activityKindLabel } from '../investment-labels';
import type { Activity } from '../leads/lead.types';

/** The details of an activity logged for a task force without a lead (or any, when asked). */
export function ActivityDrawer({ activity, onClose }: { activity: Activity | null; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const none = t('common.none');
  const dates = activity
    ? activity.endsOn && activity.endsOn !== activity.happenedOn
      ? `${formatDate(activity.happenedOn, locale)} – ${formatDate(activity.endsOn, locale)}`
      : formatDate(activity.happenedOn, locale)
    : '';
  return (
    <Drawer
      open={activity !== null}
      onClose={onClose}
      title={activity?.subject}
      size={420}
      data-testid="activity-drawer"
    >
      {activity ? (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('investment.calendar.kind')}>
            {activityKindLabel(activity.kind)}
          </Descriptions.Item>
          <Descriptions.Item label={t('investment.calendar.dates')}>{dates}</Descriptions.Item>
          <Descriptions.Item label={t('investment.calendar.city')}>{activity.city ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('investment.calendar.taskForce')}>
            {activity.taskForceName ?? none}
          </Descriptions.Item>
          <Descriptions.Item label={t('investment.calendar.lead')}>
            {activity.leadId ? (
              <Link to={`/investment/leads/${activity.leadId}`}>{activity.leadName ?? activity.leadCode}</Link>
            ) : (
              t('investment.calendar.noLead')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('investment.calendar.participants')}>
            {activity.participants ?? none}
          </Descriptions.Item>
          <Descriptions.Item label={t('investment.calendar.counterparts')}>
            {activity.counterparts ?? none}
          </Descriptions.Item>
          <Descriptions.Item label={t('investment.calendar.notes')}>{activity.notes ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('investment.calendar.recordedBy')}>
            {activity.recordedBy?.name ?? none}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
    </Drawer>
  );
}
