import { EnvironmentOutlined } from '@ant-design/icons';
import type { ActivityKind } from '@zonehub/investment-rules';
import { theme } from 'antd';
import { activityKindLabel } from '../investment-labels';
import type { Activity } from '../leads/lead.types';
import { isVisit } from './calendar-days';

/** Visits stand out: outbound in blue, inbound in green; other kinds stay grey. */
export const KIND_COLORS: Record<ActivityKind, string> = {
  outboundVisit: '#1668dc',
  inboundVisit: '#389e0d',
  meeting: '#8c8c8c',
  call: '#8c8c8c',
  note: '#8c8c8c',
};

/** The hover text: kind, subject, city, people on both sides, and the lead. */
function hoverText(activity: Activity): string {
  return [
    `${activityKindLabel(activity.kind)} · ${activity.subject}`,
    activity.city,
    activity.participants,
    activity.counterparts,
    activity.leadName,
  ]
    .filter((line): line is string => Boolean(line))
    .join('\n');
}

/** One activity in a day cell; a click opens its lead or its details. */
export function CalendarItem({ activity, onOpen }: { activity: Activity; onOpen: (activity: Activity) => void }) {
  const { token } = theme.useToken();
  const visit = isVisit(activity.kind);
  const color = KIND_COLORS[activity.kind];
  return (
    <button
      type="button"
      title={hoverText(activity)}
      data-testid="calendar-item"
      data-kind={activity.kind}
      onClick={(event) => {
        // The cell underneath would select its day (and may switch the month) otherwise.
        event.stopPropagation();
        onOpen(activity);
      }}
      style={{
        display: 'block',
        width: '100%',
        textAlign: 'left',
        cursor: 'pointer',
        border: 'none',
        borderLeft: `3px solid ${color}`,
        background: visit ? `${color}1a` : token.colorFillQuaternary,
        color: token.colorText,
        borderRadius: 2,
        padding: '0 4px',
        marginBottom: 2,
        fontSize: 12,
        lineHeight: '18px',
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
      }}
    >
      {visit && activity.city ? (
        <>
          <EnvironmentOutlined style={{ color }} /> {activity.city} ·{' '}
        </>
      ) : null}
      {activity.subject}
      {visit && activity.participants ? ` (${activity.participants})` : ''}
    </button>
  );
}
